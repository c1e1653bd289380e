# async for and async with: the __aiter__/__anext__ and __aenter__/__aexit__ protocols,
# else clauses, break/continue/return, exceptions and suppression, nesting, and the
# TypeErrors for objects that don't implement the protocols.
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

class Counter:
    """An async iterator written by hand."""
    def __init__(self, stop):
        self.i = 0
        self.stop = stop
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Tick()
        if self.i >= self.stop:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def loop_sum(n):
    total = 0
    async for x in Counter(n):
        total += x
    else:
        total += 100
    return total
assert run(loop_sum(3)) == 106

# The awaits inside __anext__ reach the driver.
c = loop_sum(1)
assert c.send(None) == "tick" and c.send(None) == "tick"
try:
    c.send(None)
    assert False
except StopIteration as e:
    assert stop_value(e) == 101

async def control_flow():
    seen = []
    async for x in Counter(10):
        if x == 2:
            continue
        if x == 5:
            break
        seen.append(x)
    else:
        seen.append("else not run")
    async for x in Counter(3):
        if x == 2:
            return seen + ["returned", x]
    return seen
assert run(control_flow()) == [1, 3, 4, "returned", 2]

# Unpacking targets and nested loops.
class Pairs:
    def __init__(self):
        self.items = [(1, "a"), (2, "b")]
    def __aiter__(self):
        return self
    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)

async def nested():
    out = []
    async for number, letter in Pairs():
        async for inner in Counter(number):
            out.append(f"{letter}{inner}")
    return out
assert run(nested()) == ["a1", "b1", "b2"]

# Exceptions from __anext__ other than StopAsyncIteration propagate.
class Failing:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise KeyError("from anext")
async def failing_loop():
    try:
        async for _ in Failing():
            pass
    except KeyError as e:
        return e.args
assert run(failing_loop()) == ("from anext",)

# __anext__ may return any awaitable.
class PlainAnext:
    def __init__(self):
        self.left = 2
    def __aiter__(self):
        return self
    def __anext__(self):
        self.left -= 1
        if self.left < 0:
            raise StopAsyncIteration
        return Tick()
async def plain_anext():
    count = 0
    async for value in PlainAnext():
        assert value is None
        count += 1
    return count
assert run(plain_anext()) == 2

# Protocol errors.
async def iterate(obj):
    async for _ in obj:
        pass
class NoAnext:
    def __aiter__(self):
        return 1
class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 1
for obj, message in ((1, "'async for' requires an object with __aiter__ method, got int"),
                     ([], "'async for' requires an object with __aiter__ method, got list"),
                     (NoAnext(), "'async for' received an object from __aiter__ that does not implement __anext__: int"),
                     (BadAnext(), "'async for' received an invalid object from __anext__: int")):
    try:
        run(iterate(obj))
        assert False
    except TypeError as e:
        assert str(e) == message, str(e)

# async with.
log = []
class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        await Tick()
        log.append(("enter", self.name))
        return self.name.upper()
    async def __aexit__(self, exc_type, exc, tb):
        await Tick()
        log.append(("exit", self.name, exc_type.__name__ if exc_type else None))
        return self.suppress

async def simple():
    async with Manager("a") as value:
        log.append(("body", value))
    return "done"
c = simple()
assert c.send(None) == "tick"
assert c.send(None) == "tick"
try:
    c.send(None)
    assert False
except StopIteration as e:
    assert stop_value(e) == "done"
assert log == [("enter", "a"), ("body", "A"), ("exit", "a", None)]

log.clear()
async def several():
    async with Manager("a") as a, Manager("b") as b:
        log.append(("body", a, b))
run(several())
assert log == [("enter", "a"), ("enter", "b"), ("body", "A", "B"), ("exit", "b", None), ("exit", "a", None)]

# Exceptions: __aexit__ sees them; a true result suppresses.
log.clear()
async def raising(suppress):
    async with Manager("m", suppress):
        raise ValueError("inside")
    return "after"
assert run(raising(True)) == "after"
assert log == [("enter", "m"), ("exit", "m", "ValueError")]
try:
    run(raising(False))
    assert False
except ValueError as e:
    assert str(e) == "inside"

# return / break / continue leave through __aexit__.
log.clear()
async def leaves():
    async with Manager("r"):
        return "from body"
assert run(leaves()) == "from body"
assert log == [("enter", "r"), ("exit", "r", None)]

log.clear()
async def loops():
    for i in range(3):
        async with Manager(str(i)):
            if i == 0:
                continue
            if i == 1:
                break
    return "out"
assert run(loops()) == "out"
assert log == [("enter", "0"), ("exit", "0", None), ("enter", "1"), ("exit", "1", None)]

# Errors of async with.
async def use(manager):
    async with manager:
        pass
class OnlyEnter:
    async def __aenter__(self):
        return 1
class SyncEnter:
    def __aenter__(self):
        return 1
    def __aexit__(self, *args):
        return 1
class SyncExit:
    async def __aenter__(self):
        return 1
    def __aexit__(self, *args):
        return 1
class WithOnly:
    def __enter__(self):
        return 1
    def __exit__(self, *args):
        return 1
for manager, message in ((1, "'int' object does not support the asynchronous context manager protocol"),
                         (WithOnly(), "'WithOnly' object does not support the asynchronous context manager protocol"),
                         (OnlyEnter(), "'OnlyEnter' object does not support the asynchronous context manager protocol (missed __aexit__ method)"),
                         (SyncEnter(), "'async with' received an object from __aenter__ that does not implement __await__: int"),
                         (SyncExit(), "'async with' received an object from __aexit__ that does not implement __await__: int")):
    try:
        run(use(manager))
        assert False
    except TypeError as e:
        assert str(e) == message, str(e)

# An exception raised by __aexit__ replaces the body's.
class ExitRaises:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *args):
        raise KeyError("exit")
async def replaced():
    async with ExitRaises():
        raise ValueError("body")
try:
    run(replaced())
    assert False
except KeyError as e:
    assert type(e.__context__) is ValueError

# async with around an async for over an async generator.
async def agen():
    for i in range(3):
        await Tick()
        yield i
log.clear()
async def combined():
    total = 0
    async with Manager("c"):
        async for v in agen():
            total += v
    return total
assert run(combined()) == 3
assert log == [("enter", "c"), ("exit", "c", None)]
