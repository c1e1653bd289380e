def f():
    x = 1
    def g():
        nonlocal __debug__
