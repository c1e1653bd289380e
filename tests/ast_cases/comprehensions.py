# List, set, dict and generator comprehensions, nested loops, conditions, walrus.
squares = [x * x for x in range(10)]
evens = {x for x in range(10) if x % 2 == 0}
mapping = {k: v for k, v in pairs}
gen = (x for x in data if x if not x < 0)
nested = [(x, y) for x in range(3) for y in range(x) if y]
matrix = [[row[i] for row in rows] for i in range(4)]
total = sum(x for x in range(10))
call_two = f((x for x in a), b)
walrus = [y for x in data if (y := f(x)) is not None]
tuple_target = [a + b for (a, b) in pairs]
star_target = [first for first, *rest in rows]
dict_nested = {k: {kk: vv for kk, vv in v.items()} for k, v in d.items()}
cond = [x if x else -x for x in data]
lambda_in = [lambda: x for x in range(3)]
async def agen():
    r1 = [x async for x in aiter()]
    r2 = {x: y async for x, y in aiter() if x}
    r3 = (await x for x in coros)
    r4 = [x for x in data async for y in other]
    r5 = {await x async for x in aiter()}
