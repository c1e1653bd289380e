async def f():
    return [(yield) async for x in y]
