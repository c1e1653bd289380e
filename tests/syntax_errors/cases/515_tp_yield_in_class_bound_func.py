def g():
    class A[T: (yield)]: pass
