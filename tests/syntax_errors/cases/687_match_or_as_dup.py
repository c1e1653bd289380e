match x:
    case (1 as a) | (2 as a) | (3 as b):
        pass
