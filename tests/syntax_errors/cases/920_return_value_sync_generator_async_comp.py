def f():
    return 1
    yield [x async for x in y]
