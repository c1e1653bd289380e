match x:
    case {None: a, None: b}:
        pass
