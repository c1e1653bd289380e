def f(x):
    def g():
        global x
        nonlocal x
