class C:
    return [x async for x in y]
