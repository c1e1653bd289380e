def f():
    lambda: x
    global x
    return
nonlocal z
