# Generators: yield, iteration, send/throw/close, return values in StopIteration,
# generator expressions, PEP 479, and generators holding state across many resumes.
def count_up(limit):
    n = 0
    while n < limit:
        yield n
        n += 1
    return "done"

assert list(count_up(4)) == [0, 1, 2, 3]
g = count_up(2)
assert next(g) == 0 and next(g) == 1
try:
    next(g)
except StopIteration as e:
    assert e.args == ("done",)
assert list(g) == []

def echo():
    received = []
    while True:
        value = yield len(received)
        if value is None:
            return received
        received.append(value)

e = echo()
assert next(e) == 0 and e.send("a") == 1 and e.send("b") == 2
try:
    e.send(None)
except StopIteration as stop:
    assert stop.args == (["a", "b"],)

def guarded():
    try:
        yield 1
        yield 2
    except ValueError as err:
        yield "caught " + str(err)
    finally:
        log.append("cleanup")

log = []
g = guarded()
assert next(g) == 1 and g.throw(ValueError("x")) == "caught x"
g.close()
assert log == ["cleanup"]
g = guarded()
next(g)
g.close()
assert log == ["cleanup", "cleanup"]

assert sum(x * x for x in range(5)) == 30
assert list(x for x in "abc" if x != "b") == ["a", "c"]
assert [(a, b) for a, b in zip((i for i in range(3)), (j * 2 for j in range(3)))] == [(0, 0), (1, 2), (2, 4)]
factor = 3
assert list(v * factor for v in range(3)) == [0, 3, 6]
def nested_generators(rows):
    return list(list(c for c in row) for row in rows)
assert nested_generators(["ab", "c"]) == [["a", "b"], ["c"]]

def bad():
    yield 1
    raise StopIteration
try:
    list(bad())
except RuntimeError as err:
    assert str(err) == "generator raised StopIteration" and isinstance(err.__cause__, StopIteration)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
values = [next(f) for _ in range(100)]
assert values[-1] == 218922995834555169026
gen = count_up(3)
assert iter(gen) is gen and repr(gen).startswith("<generator object count_up at")
try:
    count_up(1).send(5)
except TypeError as err:
    assert str(err) == "can't send non-None value to a just-started generator"
def running():
    yield next(me)
me = running()
try:
    next(me)
except ValueError as err:
    assert str(err) == "generator already executing"
