class A[T](metaclass=(yield)): pass
