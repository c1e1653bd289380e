for x in y:
    with a:
        def g():
            break
