def f():
    x: int = x
    global x
