async def g():
    class A[T](await x): pass
