class A:
    f = lambda: [(y := 1) for x in z]
    [(y := 1) for x in z]
