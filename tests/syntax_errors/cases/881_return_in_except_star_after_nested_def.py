def f():
    try:
        pass
    except* E:
        def g():
            return 1
        for x in y:
            break
        return
