def f():
    try:
        pass
    except* E:
        try:
            return 1
        finally:
            pass
