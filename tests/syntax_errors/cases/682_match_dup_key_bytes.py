match x:
    case {b'x': a, b'x': b}:
        pass
