def f(a, a):
    return
return
