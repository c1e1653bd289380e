def f():
    print(__debug__)
    x = 1
    def g():
        nonlocal __debug__, x
        x = 2
