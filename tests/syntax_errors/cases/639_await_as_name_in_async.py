async def f():
    await = 1
