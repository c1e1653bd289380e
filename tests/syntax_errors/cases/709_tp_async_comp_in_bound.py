async def g():
    class A[T: [x async for x in y]]: pass
