for a, f() in y:
    pass
