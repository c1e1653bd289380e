match x:
    case {b"\x00\xff'": a, b"\x00\xff'": b}:
        pass
