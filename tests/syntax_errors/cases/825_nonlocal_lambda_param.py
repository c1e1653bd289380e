def f():
    x = 1
    lambda x: 0
    def g():
        nonlocal y
