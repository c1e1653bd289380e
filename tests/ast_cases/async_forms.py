# Coroutines: async def, await, async for, async with, async generators.
import asyncio

async def fetch(session, url):
    async with session.get(url) as response:
        return await response.text()

async def iterate(source):
    async for item in source:
        print(item)
    else:
        print('done')
    async for a, b in pairs():
        continue

async def contexts():
    async with a as x, b as y:
        pass
    async with (a as x, b as y):
        pass
    async with a, b:
        pass

async def agen():
    yield 1
    await asyncio.sleep(0)
    x = await y
    return

@decorated
async def decorated_coro[T](x: T) -> T:
    return await (await x)

async def awaits():
    await a
    await a.b()
    r = [await x for x in y]
    z = await a ** 2
    w = -await a
    v = await a + await b
    print(await a, *await b)

class Client:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *exc):
        return False
