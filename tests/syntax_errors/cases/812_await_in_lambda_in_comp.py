async def f():
    return [lambda: await x for y in z]
