match x:
    case True as y:
        pass
    case y:
        pass
    case _:
        pass
