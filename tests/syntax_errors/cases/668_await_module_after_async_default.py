async def f():
    def g(a=await x): pass
await y
