# Class patterns: isinstance checks, keyword sub-patterns (attribute lookups), positional
# sub-patterns through __match_args__, the builtin types that match themselves, and the
# TypeErrors CPython raises at run time.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def where(p):
    match p:
        case Point3(0, 0, 0):
            return "origin3"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return ("on y", y)
        case Point(x, 0):
            return ("on x", x)
        case Point(x=x, y=y) if x == y:
            return ("diagonal", x)
        case Point():
            return "somewhere"
        case _:
            return "not a point"

assert where(Point(0, 0)) == "origin"
assert where(Point3(0, 0, 0)) == "origin3"
assert where(Point3(0, 0, 1)) == "origin"      # subclasses match the base class pattern
assert where(Point(0, 5)) == ("on y", 5)
assert where(Point(4, 0)) == ("on x", 4)
assert where(Point(3, 3)) == ("diagonal", 3)
assert where(Point(1, 2)) == "somewhere"
assert where((0, 0)) == "not a point"

# A missing attribute is no match (AttributeError is swallowed); other errors propagate.
class Partial:
    __match_args__ = ("a", "b")
    a = 1
match Partial():
    case Partial(a, b):
        assert False
    case Partial(a):
        assert a == 1
class Raising:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    match Raising():
        case Raising(boom=_):
            assert False
    assert False
except KeyError as e:
    assert e.args == ("boom",)

# Builtin types whose single positional sub-pattern matches the subject itself.
def kind(v):
    match v:
        case bool(b):
            return ("bool", b)
        case int(i):
            return ("int", i)
        case float(f):
            return ("float", f)
        case str(s):
            return ("str", s)
        case list([first, *_]):
            return ("list", first)
        case tuple(t):
            return ("tuple", t)
        case dict({"k": value}):
            return ("dict", value)
        case set(s) | frozenset(s):
            return ("set", len(s))
        case _:
            return "other"

assert kind(True) == ("bool", True)
assert kind(3) == ("int", 3)
assert kind(2.5) == ("float", 2.5)
assert kind("s") == ("str", "s")
assert kind([9, 8]) == ("list", 9)
assert kind([]) == "other"
assert kind((1,)) == ("tuple", (1,))
assert kind({"k": "v"}) == ("dict", "v")
assert kind({1, 2}) == ("set", 2)
assert kind(frozenset()) == ("set", 0)
assert kind(None) == "other"

# Keyword sub-patterns work on any object, builtin ones included.
match 5:
    case int(__class__=c) if c is int:
        pass
    case _:
        assert False
match "ab":
    case str(upper=method):
        assert method() == "AB"
    case _:
        assert False

# object() and plain classes accept keywords only.
class Plain:
    def __init__(self):
        self.v = 1
match Plain():
    case object(v=1):
        pass
    case _:
        assert False

try:
    match Plain():
        case Plain(1):
            assert False
    assert False
except TypeError as e:
    assert str(e) == "Plain() accepts 0 positional sub-patterns (1 given)"

class D:
    __match_args__ = ("a",)
    a = 1
try:
    match D():
        case D(z, w):
            assert False
    assert False
except TypeError as e:
    assert str(e) == "D() accepts 1 positional sub-pattern (2 given)"
try:
    match D():
        case D(z, a=w):
            assert False
    assert False
except TypeError as e:
    assert str(e) == "D() got multiple sub-patterns for attribute 'a'"
try:
    match 1:
        case int(z, w):
            assert False
    assert False
except TypeError as e:
    assert str(e) == "int() accepts 1 positional sub-pattern (2 given)"

class BadArgs:
    __match_args__ = ["a"]
try:
    match BadArgs():
        case BadArgs(z):
            assert False
    assert False
except TypeError as e:
    assert str(e) == "BadArgs.__match_args__ must be a tuple (got list)"

class BadNames:
    __match_args__ = (1,)
try:
    match BadNames():
        case BadNames(z):
            assert False
    assert False
except TypeError as e:
    assert str(e) == "__match_args__ elements must be strings (got int)"

# The errors come only when the isinstance check passed.
match 3:
    case BadArgs(z):
        assert False
    case _:
        pass

# The class must be a class.
not_a_class = 3
try:
    match 1:
        case not_a_class.__class__.__name__.upper():
            assert False
    assert False
except TypeError as e:
    assert str(e) == "called match pattern must be a class"

# Sub-patterns are matched left to right, positional first; attribute lookups stop at the
# first failing one.
looked_up = []
class Spy:
    __match_args__ = ("p", "q")
    def __getattr__(self, name):
        looked_up.append(name)
        if name == "q":
            raise AttributeError(name)
        return 0
match Spy():
    case Spy(0, 0, r=0):
        assert False
    case _:
        pass
assert looked_up == ["p", "q"]

# Nested class patterns with captures.
class Line:
    __match_args__ = ("start", "end")
    def __init__(self, start, end):
        self.start = start
        self.end = end
match Line(Point(0, 1), Point(2, 3)):
    case Line(Point(x1, y1), end=Point(x=x2, y=y2)):
        assert (x1, y1, x2, y2) == (0, 1, 2, 3)
    case _:
        assert False
