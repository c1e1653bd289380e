match x:
    case {1: a, **a}:
        pass
