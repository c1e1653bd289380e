def f(a=x):
    global x
    return
nonlocal z
