def f():
    return {k: (yield) for k in y}
