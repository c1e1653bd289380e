# Async generators driven by hand: __anext__/asend/athrow/aclose awaitables, values yielded
# by inner awaits passing through, StopAsyncIteration at the end, finally blocks on aclose,
# "already running" and reuse errors, PEP 479, async generator expressions, aiter/anext.
def stop_value(e):
    return e.args[0] if e.args else None

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return stop_value(e)

class Tick:
    def __await__(self):
        yield "tick"

async def numbers(n):
    for i in range(n):
        yield i

g = numbers(2)
assert type(g).__name__ == "async_generator"
assert repr(g).startswith("<async_generator object numbers at ")
assert g.__aiter__() is g
step = g.__anext__()
assert type(step).__name__ == "async_generator_asend"
try:
    step.send(None)
    assert False
except StopIteration as e:
    assert stop_value(e) == 0
try:
    step.send(None)
    assert False
except RuntimeError as e:
    assert str(e) == "cannot reuse already awaited __anext__()/asend()"
assert run(g.__anext__()) == 1
try:
    run(g.__anext__())
    assert False
except StopAsyncIteration:
    pass
try:  # and again: finished for good
    run(g.__anext__())
    assert False
except StopAsyncIteration:
    pass

# Collecting through async for in a coroutine.
async def collect(agen):
    return [x async for x in agen]
assert run(collect(numbers(4))) == [0, 1, 2, 3]

# Values yielded by awaits inside the generator reach the driver; yielded values end the step.
async def ticking():
    await Tick()
    yield "a"
    await Tick()
    await Tick()
    yield "b"

g = ticking()
step = g.__anext__()
assert step.send(None) == "tick"
try:
    step.send(None)
    assert False
except StopIteration as e:
    assert stop_value(e) == "a"
step = g.__anext__()
assert step.send(None) == "tick"
assert step.send(None) == "tick"
try:
    step.send(None)
except StopIteration as e:
    assert stop_value(e) == "b"

# asend() sends a value in; the first asend of a fresh generator must send None.
async def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            return
        total += value

g = accumulator()
assert run(g.asend(None)) == 0
assert run(g.asend(5)) == 5
assert run(g.asend(7)) == 12
try:
    run(g.asend(None))
    assert False
except StopAsyncIteration:
    pass

# athrow(): the exception is raised at the yield; a handled one gives the next yield.
async def resilient():
    while True:
        try:
            yield "ok"
        except ValueError as e:
            yield f"handled {e}"

g = resilient()
assert run(g.__anext__()) == "ok"
t = g.athrow(ValueError("x"))
assert type(t).__name__ == "async_generator_athrow"
assert run(t) == "handled x"
try:
    run(t)
    assert False
except RuntimeError as e:
    assert str(e) == "cannot reuse already awaited aclose()/athrow()"
try:
    run(g.athrow(KeyError("k")))
    assert False
except KeyError:
    pass
try:
    run(g.__anext__())
    assert False
except StopAsyncIteration:
    pass

# aclose() runs finally blocks; closing twice is fine; a closed generator stops.
log = []
async def with_cleanup():
    try:
        yield 1
        yield 2
    finally:
        log.append("cleanup")

g = with_cleanup()
assert run(g.__anext__()) == 1
assert run(g.aclose()) is None
assert log == ["cleanup"]
assert run(g.aclose()) is None
try:
    run(g.__anext__())
    assert False
except StopAsyncIteration:
    pass

# aclose() of a generator never started does nothing.
log.clear()
g = with_cleanup()
assert run(g.aclose()) is None
assert log == []

# aclose() with an await in the finally block: the await's values pass through.
async def slow_cleanup():
    try:
        yield 1
    finally:
        await Tick()
        log.append("slow cleanup")
log.clear()
g = slow_cleanup()
run(g.__anext__())
closing = g.aclose()
assert closing.send(None) == "tick"
try:
    closing.send(None)
    assert False
except StopIteration:
    pass
assert log == ["slow cleanup"]

# Yielding in finally while closing is an error.
async def stubborn():
    try:
        yield 1
    finally:
        yield 2
g = stubborn()
run(g.__anext__())
try:
    run(g.aclose())
    assert False
except RuntimeError as e:
    assert str(e) == "async generator ignored GeneratorExit"

# Stepping a generator that is already running another step.
async def waits():
    await Tick()
    yield 1
g = waits()
first = g.__anext__()
assert first.send(None) == "tick"
for make, message in ((g.__anext__, "anext(): asynchronous generator is already running"),
                      (g.aclose, "aclose(): asynchronous generator is already running"),
                      (lambda: g.athrow(ValueError), "athrow(): asynchronous generator is already running")):
    try:
        make().send(None)
        assert False
    except RuntimeError as e:
        assert str(e) == message
assert g.ag_running

# PEP 479 / PEP 525: StopIteration and StopAsyncIteration raised inside become RuntimeError.
async def leaks_stop():
    yield 1
    raise StopIteration
async def leaks_async_stop():
    yield 1
    raise StopAsyncIteration
for factory, name in ((leaks_stop, "StopIteration"), (leaks_async_stop, "StopAsyncIteration")):
    g = factory()
    run(g.__anext__())
    try:
        run(g.__anext__())
        assert False
    except RuntimeError as e:
        assert str(e) == "async generator raised " + name

# Async generator expressions.
agen = (x * 2 async for x in numbers(3))
assert type(agen).__name__ == "async_generator"
assert run(collect(agen)) == [0, 2, 4]

async def awaited_elements():
    async def double(v):
        return v * 2
    gen = (await double(i) for i in range(3))
    assert type(gen).__name__ == "async_generator"
    return [x async for x in gen]
assert run(awaited_elements()) == [0, 2, 4]

# Async comprehensions of every kind, with conditions and nesting.
async def comprehensions():
    lst = [x async for x in numbers(5) if x % 2]
    st = {x % 2 async for x in numbers(5)}
    dct = {x: x * x async for x in numbers(3)}
    nested = [(x, y) async for x in numbers(2) for y in range(2)]
    mixed = [y async for x in numbers(3) async for y in numbers(x)]
    return lst, st, dct, nested, mixed
assert run(comprehensions()) == ([1, 3], {0, 1}, {0: 0, 1: 1, 2: 4},
                                 [(0, 0), (0, 1), (1, 0), (1, 1)], [0, 0, 1])

# aiter() and anext().
async def use_builtins():
    it = aiter(numbers(2))
    first = await anext(it)
    second = await anext(it, "default")
    third = await anext(it, "default")
    try:
        await anext(it)
    except StopAsyncIteration:
        fourth = "stopped"
    return first, second, third, fourth
assert run(use_builtins()) == (0, 1, "default", "stopped")

async def anext_passes_ticks():
    return await anext(ticking(), None)
c = anext_passes_ticks()
assert c.send(None) == "tick"
try:
    c.send(None)
except StopIteration as e:
    assert stop_value(e) == "a"

assert type(anext(numbers(1))).__name__ == "async_generator_asend"
assert type(anext(numbers(1), 0)).__name__ == "anext_awaitable"
for bad, message in ((lambda: aiter(1), "'int' object is not an async iterable"),
                     (lambda: anext(1), "'int' object is not an async iterator"),
                     (lambda: anext([], 0), "'list' object is not an async iterator")):
    try:
        bad()
        assert False
    except TypeError as e:
        assert str(e) == message

class BadAiter:
    def __aiter__(self):
        return 1
try:
    aiter(BadAiter())
    assert False
except TypeError as e:
    assert str(e) == "aiter() returned not an async iterator of type 'int'"

# Async generator methods.
class Source:
    def __init__(self, items):
        self.items = items
    async def stream(self):
        for item in self.items:
            await Tick()
            yield item
async def drain():
    return [x async for x in Source("ab").stream()]
c = drain()
assert c.send(None) == "tick" and c.send(None) == "tick"
try:
    c.send(None)
except StopIteration as e:
    assert stop_value(e) == ["a", "b"]

# athrow() checks its arguments only when the awaitable runs.
async def simple():
    yield 1
for args, message in (((), "athrow expected at least 1 argument, got 0"),
                      ((1,), "exceptions must be classes or instances deriving from BaseException, not int"),
                      ((ValueError("x"), 1), "instance exception may not have a separate value"),
                      ((1, 2, 3, 4), "athrow expected at most 3 arguments, got 4")):
    pending = simple().athrow(*args)
    try:
        pending.send(None)
        assert False
    except TypeError as e:
        assert str(e) == message
g = simple()
try:
    run(g.athrow(ValueError, "with value"))
    assert False
except ValueError as e:
    assert e.args == ("with value",)

# throw() on a used-up awaitable reports the reuse before looking at its arguments.
g = simple()
step = g.__anext__()
run(step)
try:
    step.throw()
    assert False
except RuntimeError as e:
    assert str(e) == "cannot reuse already awaited __anext__()/asend()"
closer = g.aclose()
run(closer)
try:
    closer.throw(ValueError)
    assert False
except RuntimeError as e:
    assert str(e) == "cannot reuse already awaited aclose()/athrow()"

# athrow() on a finished generator: StopIteration from the awaitable (it returns None).
g = simple()
try:
    run(g.athrow(ValueError))
    assert False
except ValueError:
    pass
assert run(g.athrow(ValueError)) is None

# anext() with a default calls __anext__ at once; the default replaces StopAsyncIteration.
calls = []
class Lazy:
    def __aiter__(self):
        return self
    def __anext__(self):
        calls.append("anext")
        return Sleepless()
class Sleepless:
    def __await__(self):
        raise StopAsyncIteration
        yield
pending = anext(Lazy(), "fallback")
assert calls == ["anext"]
assert run(pending) == "fallback"

# Iterating an asend by hand: it is its own iterator and awaitable.
g = ticking()
step = g.__anext__()
assert iter(step) is step and step.__await__() is step
assert next(step) == "tick"
try:
    next(step)
    assert False
except StopIteration as e:
    assert stop_value(e) == "a"
