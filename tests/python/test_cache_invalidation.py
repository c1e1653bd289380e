# The interpreter's caches (globals, builtins, attributes, methods) never show stale values:
# the same instructions run repeatedly while names, classes and instances change.
import builtins

def read_global():
    return counter_value

counter_value = 1
results = [read_global() for _ in range(3)]
counter_value = 2
results.append(read_global())
del counter_value
try:
    read_global()
except NameError as e:
    results.append(str(e))
counter_value = 3
results.append(read_global())
assert results == [1, 1, 1, 2, "name 'counter_value' is not defined", 3]

def call_len(x):
    return len(x)

assert [call_len('ab') for _ in range(3)] == [2, 2, 2]
def len(x):            # a global now shadows the builtin
    return 'shadowed'
assert call_len('ab') == 'shadowed'
del len
assert call_len('abc') == 3
original_abs = builtins.abs
def use_abs():
    return abs(-5)
assert use_abs() == 5
builtins.abs = lambda x: 'patched'
try:
    assert use_abs() == 'patched'
finally:
    builtins.abs = original_abs
assert use_abs() == 5

class Point:
    def __init__(self, x):
        self.x = x
    def describe(self):
        return 'point'

def get_x(p):
    return p.x
def set_x(p, v):
    p.x = v
def describe(p):
    return p.describe()

p = Point(1)
assert [get_x(p) for _ in range(3)] == [1, 1, 1]
set_x(p, 5)
assert get_x(p) == 5
q = Point(7)
assert get_x(q) == 7 and get_x(p) == 5
del p.x
try:
    get_x(p)
except AttributeError as e:
    assert str(e) == "'Point' object has no attribute 'x'"
Point.x = 'class level'
assert get_x(p) == 'class level'
Point.x = property(lambda self: 'property wins')
assert get_x(q) == 'property wins'       # a data descriptor added later beats the instance dict
del Point.x
assert get_x(q) == 7

assert [describe(q) for _ in range(3)] == ['point'] * 3
Point.describe = lambda self: 'patched method'
assert describe(q) == 'patched method'
q.describe = lambda: 'instance attribute'
assert describe(q) == 'instance attribute'
del q.describe

class Other:
    def __init__(self):
        self.x = 'other x'
    def describe(self):
        return 'other'
r = Point(0)
assert get_x(r) == 0 and describe(r) == 'patched method'
r.__class__ = Other
assert describe(r) == 'other' and get_x(r) == 0

class Base:
    def who(self):
        return 'base'
class Child(Base):
    pass
c = Child()
def who(o):
    return o.who()
assert who(c) == 'base'
Base.who = lambda self: 'base patched'      # a change to a base class reaches subclasses
assert who(c) == 'base patched'
Child.who = lambda self: 'child'
assert who(c) == 'child'

class WithGetattr:
    def __init__(self):
        self.real = 1
w = WithGetattr()
def read_missing(o):
    return o.missing
try:
    read_missing(w)
except AttributeError:
    pass
WithGetattr.__getattr__ = lambda self, name: 'via __getattr__'
assert read_missing(w) == 'via __getattr__' and get_x.__name__ == 'get_x'

many = [Point(i) for i in range(50)]
for i, pt in enumerate(many):
    if i % 2:
        pt.extra = i          # different dict layouts at the same instruction
assert [get_x(pt) for pt in many] == list(range(50))
print("ok")
