match x:
    case {**rest, 1: 2}:
        pass
