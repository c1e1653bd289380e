async def f():
    async for x in y:
        pass
def g():
    async for x in y:
        pass
