def g():
    @(yield)
    def f[T](): pass
yield
