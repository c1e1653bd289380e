def f():
    y: x
    global x
