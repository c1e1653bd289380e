match x:
    case {-0j: a, -0j: b}:
        pass
