def f():
    x = 1
    global x
__debug__ = 1
