match x:
    case C(k=a, __debug__=1):
        pass
