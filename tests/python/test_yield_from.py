# yield from: delegation of next/send/throw/close to the sub-iterator, its return value,
# StopIteration handling, delegation to plain iterators and to objects with their own
# send/throw/close, "generator already executing", and PEP 479.
def stop_value(e):
    return e.args[0] if e.args else None

log = []

def inner():
    try:
        received = yield 1
        log.append(("inner got", received))
        received = yield 2
        log.append(("inner got", received))
    except ValueError as e:
        log.append(("inner caught", str(e)))
        yield "recovered"
    finally:
        log.append("inner finally")
    return "inner result"

def outer():
    result = yield from inner()
    log.append(("outer result", result))
    yield "after"
    return "outer result"

g = outer()
assert next(g) == 1
assert g.send("a") == 2
assert g.send("b") == "after"
assert log == [("inner got", "a"), ("inner got", "b"), "inner finally", ("outer result", "inner result")]
try:
    next(g)
    assert False
except StopIteration as e:
    assert stop_value(e) == "outer result"

# throw() goes to the delegate, which may handle it.
log.clear()
g = outer()
next(g)
assert g.throw(ValueError("bad")) == "recovered"
assert log == [("inner caught", "bad")]
assert next(g) == "after"
assert log[-2:] == ["inner finally", ("outer result", "inner result")]

# An exception the delegate does not handle comes out in the delegating generator.
def catching_outer():
    try:
        yield from inner()
    except KeyError as e:
        yield ("outer caught", e.args)
log.clear()
g = catching_outer()
next(g)
assert g.throw(KeyError("k")) == ("outer caught", ("k",))
assert log == ["inner finally"]

# close() closes the delegate first.
log.clear()
g = outer()
next(g)
g.close()
assert log == ["inner finally"]
try:
    next(g)
    assert False
except StopIteration:
    pass

# Delegating to plain iterables: next() only; their return value is None.
def chain(*iterables):
    for it in iterables:
        result = yield from it
        assert result is None
assert list(chain([1, 2], (3,), range(4, 6), "ab", {7: 0})) == [1, 2, 3, 4, 5, "a", "b", 7]

def send_to_list():
    yield from [1, 2]
g = send_to_list()
next(g)
try:
    g.send("x")
    assert False
except AttributeError as e:
    assert str(e) == "'list_iterator' object has no attribute 'send'"

# An iterator class whose __next__ raises StopIteration(value) returns that value.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration("liftoff")
        self.n -= 1
        return self.n

def launch():
    result = yield from Countdown(3)
    yield result
assert list(launch()) == [2, 1, 0, "liftoff"]

# Objects with send/throw/close get them forwarded.
calls = []
class Echo:
    def __iter__(self):
        return self
    def __next__(self):
        calls.append("next")
        return "n"
    def send(self, value):
        calls.append(("send", value))
        if value == "stop":
            raise StopIteration("stopped")
        return value
    def throw(self, exc):
        calls.append(("throw", type(exc).__name__))
        return "thrown"
    def close(self):
        calls.append("close")

def delegate_echo():
    result = yield from Echo()
    return result

g = delegate_echo()
assert next(g) == "n"
assert g.send(None) == "n"            # sending None calls __next__
assert g.send(5) == 5
assert g.throw(ValueError()) == "thrown"
try:
    g.send("stop")
    assert False
except StopIteration as e:
    assert stop_value(e) == "stopped"
assert calls == ["next", "next", ("send", 5), ("throw", "ValueError"), ("send", "stop")]

calls.clear()
g = delegate_echo()
next(g)
g.close()
assert calls == ["next", "close"]

# A delegate without throw(): the exception is raised in the delegating generator.
def delegate_list():
    try:
        yield from [1, 2, 3]
    except ValueError:
        yield "caught in outer"
g = delegate_list()
next(g)
assert g.throw(ValueError) == "caught in outer"

# Return value through several levels.
def level(n):
    if n == 0:
        yield "bottom"
        return 0
    result = yield from level(n - 1)
    return result + 1

def top():
    total = yield from level(5)
    yield total
assert list(top()) == ["bottom", 5]

# A generator that returns at once: yield from gives its value without yielding.
def immediate():
    return "now"
    yield
def uses_immediate():
    value = yield from immediate()
    yield value
assert list(uses_immediate()) == ["now"]

# yield from an exhausted generator returns None.
exhausted = immediate()
for _ in exhausted:
    pass
def after_exhausted():
    value = yield from exhausted
    yield value
assert list(after_exhausted()) == [None]

# Re-entering a running generator.
def reenter():
    yield g_self.send(None)
g_self = reenter()
try:
    next(g_self)
    assert False
except ValueError as e:
    assert str(e) == "generator already executing"

# ...also through yield from: the outer generator is running while its delegate runs.
def inner_reenter():
    yield outer_self.send(None)
def outer_reentering():
    yield from inner_reenter()
outer_self = outer_reentering()
try:
    next(outer_self)
    assert False
except ValueError as e:
    assert str(e) == "generator already executing"

# PEP 479: StopIteration escaping a generator becomes RuntimeError.
def leaks_stop():
    yield 1
    raise StopIteration("oops")
g = leaks_stop()
next(g)
try:
    next(g)
    assert False
except RuntimeError as e:
    assert str(e) == "generator raised StopIteration"
    assert type(e.__cause__) is StopIteration

def leaks_via_next():
    it = iter([])
    yield next(it)
try:
    list(leaks_via_next())
    assert False
except RuntimeError as e:
    assert str(e) == "generator raised StopIteration"

# A StopIteration from a delegate's throw-handling is its return value, not an error.
def returns_on_throw():
    try:
        yield 1
    except ValueError:
        return "handled"
def wraps():
    r = yield from returns_on_throw()
    yield ("got", r)
g = wraps()
next(g)
assert g.throw(ValueError) == ("got", "handled")

# yield from a generator expression and a non-iterable.
def from_genexp():
    yield from (i * i for i in range(4))
assert list(from_genexp()) == [0, 1, 4, 9]
def from_int():
    yield from 5
try:
    next(from_int())
    assert False
except TypeError as e:
    assert str(e) == "'int' object is not iterable"

# GeneratorExit thrown into a delegating generator, delegate ignores it.
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "ignored"
def wraps_stubborn():
    yield from stubborn()
g = wraps_stubborn()
next(g)
try:
    g.close()
    assert False
except RuntimeError as e:
    assert str(e) == "generator ignored GeneratorExit"

# send() on a just-started generator must be None.
def plain():
    yield 1
try:
    plain().send(1)
    assert False
except TypeError as e:
    assert str(e) == "can't send non-None value to a just-started generator"

# throw() into a just-started generator raises at once and finishes it.
g = plain()
try:
    g.throw(KeyError("early"))
    assert False
except KeyError:
    pass
assert list(g) == []

# A generator suspended inside an except block keeps its handled exception to itself: the
# caller's bare raise doesn't see it, and the generator's does after resuming.
def suspended_in_handler():
    try:
        raise ValueError("inner")
    except ValueError:
        yield 1
        yield 2
        raise
g = suspended_in_handler()
next(g)
try:
    raise
except RuntimeError as e:
    assert str(e) == "No active exception to reraise"
try:
    raise KeyError("caller")
except KeyError:
    assert next(g) == 2
    try:
        raise
    except KeyError as e:
        assert e.args == ("caller",)
try:
    next(g)
    assert False
except ValueError as e:
    assert e.args == ("inner",)

# ...and exceptions raised in a generator take the caller's handled exception as context.
def raises_at_once():
    raise IndexError("k")
    yield
try:
    raise TypeError("outer")
except TypeError:
    try:
        next(raises_at_once())
    except IndexError as e:
        assert type(e.__context__) is TypeError

# sys.exception() follows the same rules, through yield from as well.
import sys
def reports():
    try:
        raise KeyError("gen")
    except KeyError:
        yield sys.exception()
        yield sys.exception()
    yield sys.exception()
def delegating():
    yield from reports()
for factory in (reports, delegating):
    g = factory()
    assert type(next(g)) is KeyError
    assert sys.exception() is None
    try:
        raise ValueError("caller")
    except ValueError:
        assert type(next(g)) is KeyError
        assert type(sys.exception()) is ValueError
        assert type(next(g)) is ValueError   # outside its handler, the generator sees the caller's
    assert sys.exception() is None
