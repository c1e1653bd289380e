type A = lambda: (yield)
yield
