def f[T]():
    return [(T := 1) for x in y]
return 1
