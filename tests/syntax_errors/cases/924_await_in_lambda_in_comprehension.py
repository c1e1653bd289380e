async def f():
    return [(lambda: await x) for z in w]
