async def g():
    def f[T](a: await x): pass
