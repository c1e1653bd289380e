match x:
    case {"\x00\u200b\xe9": a, "\x00\u200b\xe9": b}:
        pass
