match x:
    case {1e400: a, 1e500: b}:
        pass
