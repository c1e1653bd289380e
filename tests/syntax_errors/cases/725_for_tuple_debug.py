for a, __debug__ in b:
    pass
