def g():
    for (yield) in y:
        pass
