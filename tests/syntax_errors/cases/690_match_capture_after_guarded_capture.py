match x:
    case y if y:
        pass
    case z:
        pass
    case 3:
        pass
