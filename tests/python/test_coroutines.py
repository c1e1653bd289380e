# Coroutines (async def / await) driven by hand: coroutine objects and their methods,
# awaiting coroutines and objects with __await__, a tiny event loop over generator-based
# awaitables, errors of await, and reuse of finished coroutines.
def stop_value(e):
    return e.args[0] if e.args else None

def run(coro):
    """Drives a coroutine whose awaitables yield nothing the driver must act on."""
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return stop_value(e)

async def add(a, b):
    return a + b

c = add(1, 2)
assert type(c).__name__ == "coroutine"
assert repr(c).startswith("<coroutine object add at ")
assert c.__name__ == "add" and c.__qualname__ == "add"
assert run(c) == 3

async def chain():
    x = await add(1, 2)
    y = await add(x, 10)
    return [x, y]
assert run(chain()) == [3, 13]

# A coroutine can't be iterated, and a finished one can't be resumed.
c = add(1, 1)
try:
    iter(c)
    assert False
except TypeError as e:
    assert str(e) == "'coroutine' object is not iterable"
run(c)
for op in (lambda: c.send(None), lambda: c.throw(ValueError)):
    try:
        op()
        assert False
    except RuntimeError as e:
        assert str(e) == "cannot reuse already awaited coroutine"
assert c.close() is None

# Awaiting a finished coroutine fails the same way.
done = add(0, 0)
run(done)
async def await_done():
    await done
try:
    run(await_done())
    assert False
except RuntimeError as e:
    assert str(e) == "cannot reuse already awaited coroutine"

# Objects with __await__ returning an iterator; the values it yields reach the driver.
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        for i in range(self.ticks):
            yield ("tick", i)
        return "slept"

async def sleeper():
    r = await Sleep(2)
    return r

c = sleeper()
assert c.send(None) == ("tick", 0)
assert c.send(None) == ("tick", 1)
try:
    c.send(None)
    assert False
except StopIteration as e:
    assert stop_value(e) == "slept"

# Values sent in reach the innermost awaitable's yield.
class Receive:
    def __await__(self):
        got = yield "waiting"
        return got

async def receiver():
    first = await Receive()
    second = await Receive()
    return first + second

c = receiver()
assert c.send(None) == "waiting"
assert c.send(10) == "waiting"
try:
    c.send(5)
except StopIteration as e:
    assert stop_value(e) == 15

# throw() reaches the awaited generator; close() runs finally blocks.
log = []
class Guarded:
    def __await__(self):
        try:
            yield "in guarded"
        except KeyError:
            log.append("guarded caught")
            return "recovered"
        finally:
            log.append("guarded finally")

async def uses_guarded():
    try:
        return await Guarded()
    finally:
        log.append("coroutine finally")

c = uses_guarded()
assert c.send(None) == "in guarded"
try:
    c.throw(KeyError("k"))
    assert False
except StopIteration as e:
    assert stop_value(e) == "recovered"
assert log == ["guarded caught", "guarded finally", "coroutine finally"]

log.clear()
c = uses_guarded()
c.send(None)
c.close()
assert log == ["guarded finally", "coroutine finally"]

# throw() with an exception nobody handles propagates out of send's caller.
c = uses_guarded()
c.send(None)
try:
    c.throw(ValueError("v"))
    assert False
except ValueError as e:
    assert str(e) == "v"

# throw() into a just-created coroutine raises at once.
c = add(1, 2)
try:
    c.throw(ValueError("x"))
    assert False
except ValueError as e:
    assert str(e) == "x"
try:
    c.send(None)
    assert False
except RuntimeError as e:
    assert str(e) == "cannot reuse already awaited coroutine"

# __await__ of a coroutine: a coroutine_wrapper iterator driving it.
c = sleeper()
w = c.__await__()
assert type(w).__name__ == "coroutine_wrapper"
assert iter(w) is w
assert next(w) == ("tick", 0)
assert w.send(None) == ("tick", 1)
try:
    next(w)
    assert False
except StopIteration as e:
    assert stop_value(e) == "slept"

# Errors of await.
async def await_int():
    await 1
try:
    run(await_int())
    assert False
except TypeError as e:
    assert str(e) == "object int can't be used in 'await' expression"

class BadAwait:
    def __await__(self):
        return 5
async def await_bad():
    await BadAwait()
try:
    run(await_bad())
    assert False
except TypeError as e:
    assert str(e) == "__await__() returned non-iterator of type 'int'"

class AwaitCoroutine:
    def __await__(self):
        return add(1, 2)
async def await_coroutine_returner():
    await AwaitCoroutine()
try:
    run(await_coroutine_returner())
    assert False
except TypeError as e:
    assert str(e) == "__await__() returned a coroutine"

def gen_from_coroutine():
    yield from add(1, 2)
try:
    next(gen_from_coroutine())
    assert False
except TypeError as e:
    assert str(e) == "cannot 'yield from' a coroutine object in a non-coroutine generator"

# PEP 479 in coroutines.
async def raises_stop():
    raise StopIteration("s")
try:
    run(raises_stop())
    assert False
except RuntimeError as e:
    assert str(e) == "coroutine raised StopIteration"

# A running coroutine can't be re-entered.
async def reenter():
    me.send(None)
me = reenter()
try:
    me.send(None)
    assert False
except ValueError as e:
    assert str(e) == "coroutine already executing"

# Awaiting the same coroutine from two places.
async def waiter():
    return await Sleep(1)
shared = waiter()
async def first():
    return await shared
async def second():
    return await shared
a = first()
assert a.send(None) == ("tick", 0)
b = second()
try:
    b.send(None)
    assert False
except RuntimeError as e:
    assert str(e) == "coroutine is being awaited already"

# cr_running / cr_await.
class Peek:
    def __await__(self):
        yield
async def peek():
    assert probe.cr_running
    await Peek()
probe = peek()
assert not probe.cr_running and probe.cr_await is None
probe.send(None)
assert probe.cr_await is not None and not probe.cr_running
probe.close()

# A tiny round-robin event loop over generator-based awaitables.
class Yield:
    def __await__(self):
        yield "switch"

async def worker(name, steps, out):
    for i in range(steps):
        out.append(f"{name}{i}")
        await Yield()
    return name

def event_loop(coroutines):
    ready = list(coroutines)
    results = {}
    while ready:
        coro = ready.pop(0)
        try:
            coro.send(None)
        except StopIteration as e:
            results[coro.__name__ + str(len(results))] = stop_value(e)
        else:
            ready.append(coro)
    return results

out = []
results = event_loop([worker("a", 3, out), worker("b", 2, out), worker("c", 1, out)])
assert out == ["a0", "b0", "c0", "a1", "b1", "a2"]
assert sorted(results.values()) == ["a", "b", "c"]

# Exceptions propagate through awaits with their handlers.
async def fails():
    await Yield()
    raise KeyError("deep")
async def handles():
    try:
        await fails()
    except KeyError as e:
        return ("handled", e.args)
c = handles()
assert c.send(None) == "switch"
try:
    c.send(None)
except StopIteration as e:
    assert stop_value(e) == ("handled", ("deep",))

# Async lambdas don't exist, but nested async functions and closures do.
def make_counter():
    count = 0
    async def bump(n):
        nonlocal count
        count += n
        return count
    return bump
bump = make_counter()
assert run(bump(2)) == 2 and run(bump(3)) == 5

# Methods can be coroutines.
class Service:
    def __init__(self):
        self.calls = 0
    async def call(self, x):
        self.calls += 1
        return await add(x, self.calls)
s = Service()
assert run(s.call(10)) == 11 and run(s.call(10)) == 12

# Await inside comprehensions of a coroutine.
async def squares(n):
    return [await add(i, i) for i in range(n)]
assert run(squares(4)) == [0, 2, 4, 6]

# Code flags: COROUTINE (0x80) for async def, ASYNC_GENERATOR (0x200) when it yields,
# GENERATOR (0x20) only for plain generators.
async def agen_flags():
    yield
def gen_flags():
    yield
assert add.__code__.co_flags & 0x2A0 == 0x80
assert agen_flags.__code__.co_flags & 0x2A0 == 0x200
assert gen_flags.__code__.co_flags & 0x2A0 == 0x20
