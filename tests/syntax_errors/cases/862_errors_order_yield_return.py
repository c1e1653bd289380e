def f():
    pass
return 1
yield 2
