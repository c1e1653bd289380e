# The match statement in every kind of scope: captures into cells (closures), globals
# declared in functions, deleted locals, generators (yield and yield from in case bodies)
# and coroutines (await in guards and bodies).
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
        return 7

async def classify(v):
    match v:
        case [x, *_] if await Tick() == 7:
            return ("first", x, await Tick())
        case {"await": value} if value == await Tick():
            return "seven"
        case _:
            return "other"
assert run(classify([1, 2])) == ("first", 1, 7)
assert run(classify({"await": 7})) == "seven"
assert run(classify({"await": 8})) == "other"
assert run(classify(3)) == "other"

def closure(v):
    match v:
        case {"k": captured}:
            pass
    return lambda: captured
assert closure({"k": 9})() == 9
try:
    closure({})()
    assert False
except NameError as e:
    assert str(e) == "cannot access free variable 'captured' where it is not associated with a value in enclosing scope"

def set_global(v):
    global G
    match v:
        case (G, _):
            pass
set_global((5, 6))
assert G == 5

def generator(items):
    for item in items:
        match item:
            case int():
                yield item * 10
            case str(s):
                yield from s
            case [*parts]:
                result = yield from parts
                assert result is None
assert list(generator([1, "ab", 2, [3, 4]])) == [10, "a", "b", 20, 3, 4]

def deleted():
    match 1:
        case y:
            del y
    try:
        return y
    except UnboundLocalError as e:
        return str(e)
assert deleted() == "cannot access local variable 'y' where it is not associated with a value"

def maybe_bound(v):
    match v:
        case [z]:
            pass
        case _:
            pass
    return z
assert maybe_bound([4]) == 4
try:
    maybe_bound(4)
    assert False
except UnboundLocalError as e:
    assert str(e) == "cannot access local variable 'z' where it is not associated with a value"

# Match in a lambda-free comprehension helper and in a method using self.
class Shape:
    __match_args__ = ("kind", "size")
    def __init__(self, kind, size):
        self.kind = kind
        self.size = size
    def area(self):
        match self:
            case Shape("square", s):
                return s * s
            case Shape("rect", (w, h)):
                return w * h
            case Shape(kind=k):
                raise ValueError(k)
assert [Shape("square", 3).area(), Shape("rect", (2, 5)).area()] == [9, 10]
try:
    Shape("circle", 1).area()
    assert False
except ValueError as e:
    assert e.args == ("circle",)
