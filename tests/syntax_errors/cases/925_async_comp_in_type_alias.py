type A = [x async for x in y]
