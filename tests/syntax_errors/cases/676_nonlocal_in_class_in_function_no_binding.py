def f():
    x = 1
    class A:
        nonlocal x
        nonlocal y
