# Classes: __init__, methods, instance and class attributes, inheritance with method
# overriding, dunder operators, isinstance/issubclass, repr/str, exceptions as classes.
class Point:
    dimensions = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x and self.y == other.y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

p = Point(3, 4)
assert p.norm2() == 25 and p.x == 3 and Point.dimensions == 2 and p.dimensions == 2
assert p + Point(1, 1) == Point(4, 5)
assert repr(p) == "Point(3, 4)" and str(p) == "Point(3, 4)"
assert p != Point(0, 0)
p.z = 10
assert p.z == 10
method = p.norm2
assert method() == 25

class Point3(Point):
    dimensions = 3
    def __init__(self, x, y, z):
        Point.__init__(self, x, y)
        self.z = z
    def norm2(self):
        return Point.norm2(self) + self.z * self.z

q = Point3(1, 2, 2)
assert q.norm2() == 9 and q.dimensions == 3
assert isinstance(q, Point) and isinstance(q, Point3) and not isinstance(p, Point3)
assert issubclass(Point3, Point) and issubclass(Point, object)
assert type(q) is Point3 and type(q).__name__ == "Point3"
assert Point3.__mro__ == (Point3, Point, object)

class Counter:
    def __init__(self):
        self.items = {}
    def add(self, key):
        self.items[key] = self.items.get(key, 0) + 1
        return self
    def __len__(self):
        return len(self.items)
    def __getitem__(self, key):
        return self.items[key]
    def __contains__(self, key):
        return key in self.items

c = Counter().add("a").add("b").add("a")
assert len(c) == 2 and c["a"] == 2 and "b" in c and "z" not in c and bool(c)

class Empty:
    pass
e = Empty()
try:
    e.missing
    raise AssertionError("no AttributeError")
except AttributeError as err:
    assert str(err) == "'Empty' object has no attribute 'missing'"
try:
    Empty(1)
except TypeError as err:
    assert str(err) == "Empty() takes no arguments"

class AppError(Exception):
    pass
class DetailedError(AppError):
    def __init__(self, code):
        AppError.__init__(self, "code %d" % code if False else "code")
        self.code = code

try:
    raise DetailedError(7)
except AppError as err:
    assert err.code == 7 and isinstance(err, Exception) and str(err) == "code"

# C3 linearisation with diamonds.
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
assert D.__mro__ == (D, B, C, A, object)
