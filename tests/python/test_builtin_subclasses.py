# Python classes deriving from builtin types (int, float, str, tuple, list, dict, set,
# frozenset): construction, inherited behaviour, overrides, super() and __missing__.

def raises(exc_type, fn, message=None):
    try:
        fn()
    except exc_type as e:
        if message is not None:
            assert str(e) == message, (str(e), message)
        return e
    raise AssertionError(f"{exc_type.__name__} not raised")

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return f"Point(x={self[0]}, y={self[1]})"

p = Point(1, 2)
assert p.x == 1 and p.y == 2 and len(p) == 2 and p == (1, 2) and (1, 2) == p
assert repr(p) == "Point(x=1, y=2)" and str(p) == "Point(x=1, y=2)"
assert isinstance(p, tuple) and isinstance(p, Point) and type(p) is Point
assert list(p) == [1, 2] and p[::-1] == (2, 1) and 2 in p
assert hash(p) == hash((1, 2)) and {p: 'v'}[(1, 2)] == 'v'
a, b = p
assert (a, b) == (1, 2)
assert p + (3,) == (1, 2, 3) and type(p + (3,)) is tuple
assert tuple.__new__(Point, [5, 6]) == (5, 6)

class Stack(list):
    def push(self, item):
        self.append(item)
    def peek(self):
        return self[-1]

s = Stack()
s.push(1)
s.push(2)
assert s == [1, 2] and s.peek() == 2 and len(s) == 2 and type(s) is Stack
s += [3]
assert type(s) is Stack and s == [1, 2, 3]
s.extend([4])
s[0] = 10
del s[1]
assert s == [10, 3, 4] and s.pop() == 4 and sorted(Stack([3, 1, 2])) == [1, 2, 3]
assert repr(Stack([1])) == "[1]" and bool(Stack()) is False and bool(Stack([0])) is True
s.tag = 'mine'
assert s.tag == 'mine'

class LoggingList(list):
    def __init__(self, items):
        super().__init__(items)
        self.created = True
    def append(self, item):
        super().append(item * 10)

ll = LoggingList([1, 2])
ll.append(3)
assert ll == [1, 2, 30] and ll.created

class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = value = len(key)
        return value

d = DefaultDict(a=1)
assert d['a'] == 1 and d['abc'] == 3 and d == {'a': 1, 'abc': 3}
assert d.get('zz') is None and 'zz' not in d
assert isinstance(d, dict) and list(d.keys()) == ['a', 'abc']

class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)
    def __setattr__(self, name, value):
        self[name] = value

ad = AttrDict({'x': 1})
ad.y = 2
assert ad.x == 1 and ad.y == 2 and ad == {'x': 1, 'y': 2}
raises(AttributeError, lambda: ad.zzz, "zzz")

class Upper(str):
    def shout(self):
        return self.upper() + '!'

u = Upper('hi')
assert u == 'hi' and u.shout() == 'HI!' and len(u) == 2 and u + '?' == 'hi?'
assert str(u) == 'hi' and repr(u) == "'hi'" and hash(u) == hash('hi') and {u: 1}['hi'] == 1
assert f"{u}" == 'hi' and u[0] == 'h' and 'i' in u and type(u.upper()) is str

class Flag(int):
    def __repr__(self):
        return f"Flag({int.__repr__(self)})"

f = Flag(5)
assert f == 5 and f + 1 == 6 and type(f + 1) is int and f * 2 == 10 and -f == -5
assert repr(f) == "Flag(5)" and str(f) == "Flag(5)"
assert [10, 20, 30, 40, 50, 60][f] == 60 and hash(f) == hash(5)
assert f < 6 and 4 < f and f == 5.0 and bool(Flag(0)) is False
assert isinstance(f, int) and int(f) == 5 and type(int(f)) is int
assert Flag('12') == 12 and Flag('ff', 16) == 255

class Celsius(float):
    pass
c = Celsius(21.5)
assert c == 21.5 and c + 0.5 == 22.0 and type(c + 0.5) is float and repr(c) == '21.5'

class TaggedSet(set):
    pass
ts = TaggedSet([1, 2, 2, 3])
assert ts == {1, 2, 3} and len(ts) == 3 and 2 in ts and type(ts) is TaggedSet
ts.add(4)
assert ts == {1, 2, 3, 4}

class Frozen(frozenset):
    pass
fz = Frozen([1, 2])
assert fz == frozenset({1, 2}) and hash(fz) == hash(frozenset({1, 2}))

class Sub(Stack):
    pass
sb = Sub([1])
sb.push(2)
assert sb == [1, 2] and isinstance(sb, Stack) and isinstance(sb, list)

raises(TypeError, lambda: type('B', (bool,), {}), "type 'bool' is not an acceptable base type")
raises(TypeError, lambda: type('LD', (list, dict), {}), "multiple bases have instance lay-out conflict")
print("ok")
