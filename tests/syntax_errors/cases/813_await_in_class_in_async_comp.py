async def f():
    class A:
        [x async for x in y]
