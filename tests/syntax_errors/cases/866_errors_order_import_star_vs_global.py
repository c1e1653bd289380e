def f():
    from a import *
    x = 1
    global x
