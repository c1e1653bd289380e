def f():
    x: f(k=1, k=1) = 1
    return
return
