class C:
    def f[__T]():
        nonlocal __T
