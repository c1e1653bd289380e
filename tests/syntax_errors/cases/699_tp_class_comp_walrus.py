class A[T]:
    [(T := 1) for x in y]
