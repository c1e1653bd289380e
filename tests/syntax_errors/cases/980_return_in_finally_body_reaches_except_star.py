def f():
    try:
        pass
    except* E:
        try:
            return g()
        finally:
            break
