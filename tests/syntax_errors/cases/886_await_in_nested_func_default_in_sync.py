def f():
    def g(a=await x): pass
