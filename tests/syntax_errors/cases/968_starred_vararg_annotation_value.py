def f(*args: *f(k=1, k=1)): pass
