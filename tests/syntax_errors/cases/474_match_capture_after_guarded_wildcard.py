match x:
    case _ if y:
        pass
    case a:
        pass
    case 2:
        pass
