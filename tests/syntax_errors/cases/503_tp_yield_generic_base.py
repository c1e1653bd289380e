class A[T]((yield)): pass
