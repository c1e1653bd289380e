match x:
    case [a] | [b] | [c, c]:
        pass
