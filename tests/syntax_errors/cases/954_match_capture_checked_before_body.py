match x:
    case y:
        f(k=1, k=1)
    case 1:
        pass
