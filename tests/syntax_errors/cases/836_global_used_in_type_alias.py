def f():
    type x = int
    global x
