class A[T]((x := 1)): pass
