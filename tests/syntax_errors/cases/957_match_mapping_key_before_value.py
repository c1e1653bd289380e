match x:
    case {1: [a, a], 1: b}:
        pass
