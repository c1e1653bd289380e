def f(a=lambda b, b: 0): pass
