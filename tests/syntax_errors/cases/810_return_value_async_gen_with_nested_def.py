async def f():
    def g():
        return 1
    yield
    return 2
