async def g():
    async for f() in y:
        pass
