def f():
    [(yield (yield 1)) for x in y]
