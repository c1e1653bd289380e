class A:
    ((v := 1) for k in y)
