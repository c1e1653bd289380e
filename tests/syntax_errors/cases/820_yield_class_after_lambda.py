class A:
    f = lambda: (yield)
    yield
