def f():
    x.y: int
    global x
