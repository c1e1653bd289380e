def f():
    type A[T] = int
    nonlocal T
