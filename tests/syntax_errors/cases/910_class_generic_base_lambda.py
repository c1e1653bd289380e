class C:
    class D[T](B[lambda: 1]): pass
