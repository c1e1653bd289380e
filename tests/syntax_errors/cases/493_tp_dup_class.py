class A[T, *T]: pass
