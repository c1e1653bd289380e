def outer():
    x = 1
    def f():
        global x
        def g():
            nonlocal x
