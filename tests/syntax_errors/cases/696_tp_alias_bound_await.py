async def f():
    type A[T: await x] = int
