for __debug__ in y:
    pass
