match x:
    case C(1, a=1, a=2):
        pass
