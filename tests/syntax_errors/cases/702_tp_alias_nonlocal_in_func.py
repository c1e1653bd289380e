def f():
    type A = int
    def g():
        nonlocal A
    nonlocal q
