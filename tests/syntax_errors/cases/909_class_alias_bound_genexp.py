class C:
    type A[T: (x for x in y)] = int
