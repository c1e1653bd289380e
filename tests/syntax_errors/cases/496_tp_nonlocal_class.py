class A[T]:
    def f(self):
        nonlocal T
