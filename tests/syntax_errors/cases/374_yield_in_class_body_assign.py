class A:
    x = (yield)
