def f():
    def g(x, x): pass
    nonlocal y
