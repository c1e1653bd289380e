def f():
    def g(a=x): pass
    global x
