# _weakref.proxy: ProxyType / CallableProxyType forward attribute access, operators,
# containers, iteration and calls to the referent; once it is collected every use raises
# ReferenceError. Referents die by gc.collect() (prompt on both CPython and Pyxis).
import gc
import _weakref
from _weakref import proxy, ProxyType, CallableProxyType


def message(fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
    return "no exception"


class Box:
    def __init__(self, items):
        self.items = list(items)
        self.name = "box"
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
    def __contains__(self, v):
        return v in self.items
    def __iter__(self):
        return iter(self.items)
    def __add__(self, other):
        return ("add", other)
    def __radd__(self, other):
        return ("radd", other)
    def __mul__(self, other):
        return ("mul", other)
    def __neg__(self):
        return "neg"
    def __eq__(self, other):
        return isinstance(other, Box) and self.items == other.items
    def __lt__(self, other):
        return len(self.items) < len(other.items)
    __hash__ = None
    def __bool__(self):
        return bool(self.items)
    def __str__(self):
        return "Box%r" % (self.items,)
    def total(self, extra=0):
        return sum(self.items) + extra


b = Box([1, 2, 3])
p = proxy(b)
assert type(p) is ProxyType
assert proxy(b) is p
assert _weakref.getweakrefcount(b) == 1
assert proxy(b, lambda w: None) is not p

# attributes
assert p.name == "box"
p.name = "renamed"
assert b.name == "renamed"
p.color = "red"
assert b.color == "red"
del p.color
assert not hasattr(b, "color")
assert message(lambda: p.missing) == "AttributeError: 'Box' object has no attribute 'missing'"
assert p.total() == 6 and p.total(extra=4) == 10

# operators, both sides
assert p + 1 == ("add", 1)
assert 1 + p == ("radd", 1)
assert p * 3 == ("mul", 3)
assert -p == "neg"
assert p == Box([1, 2, 3])
assert p == b
assert not (p != b)
assert p < Box([1, 2, 3, 4])
n = proxy(Box([5]))

# containers and iteration
assert len(p) == 3
assert p[0] == 1
p[0] = 10
assert b.items[0] == 10
del p[0]
assert b.items == [2, 3]
assert 3 in p and 99 not in p
assert list(p) == [2, 3]
assert [x * 2 for x in p] == [4, 6]
assert bool(p) is True
assert str(p) == "Box[2, 3]"

# proxies of builtin-backed behaviour: numbers through a class
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return Num(self.v + (other.v if isinstance(other, Num) else other))
x = Num(2)
px = proxy(x)
assert (px + 3).v == 5
assert (px + px).v == 4

# hashing is refused
assert message(hash, p) == "TypeError: unhashable type: 'weakref.ProxyType'"

# repr
assert repr(p) == "<weakproxy at %s to Box at %s>" % (hex(id(p)), hex(id(b)))

# callable referents give a CallableProxyType
def add(a, b=0, *, c=0):
    return a + b + c
pf = proxy(add)
assert type(pf) is CallableProxyType
assert pf(1) == 1 and pf(1, 2) == 3 and pf(1, b=5, c=1) == 7
class Callable:
    def __call__(self, v):
        return v * 2
cc = Callable()
pc = proxy(cc)
assert type(pc) is CallableProxyType and pc(21) == 42
assert message(ProxyType) .startswith("TypeError: cannot create ")

# the referent dies: every use raises ReferenceError
dead_message = "ReferenceError: weakly-referenced object no longer exists"
called = []
def gone(w):
    called.append(w)
victim = Box([1])
victim.me = victim
pv = proxy(victim, gone)
assert pv.name == "box"
del victim
gc.collect()
assert len(called) == 1 and called[0] is pv
assert message(lambda: pv.name) == dead_message
assert message(setattr, pv, "name", 1) == dead_message
assert message(lambda: pv + 1) == dead_message
assert message(lambda: 1 + pv) == dead_message
assert message(len, pv) == dead_message
assert message(bool, pv) == dead_message
assert message(str, pv) == dead_message
assert message(lambda: pv[0]) == dead_message
assert message(lambda: 1 in pv) == dead_message
assert message(iter, pv) == dead_message
assert message(lambda: pv == 1) == dead_message
assert repr(pv).startswith("<weakproxy at %s to NoneType at " % hex(id(pv)))
def temporary(v):
    return v
pt = proxy(temporary)
del temporary
gc.collect()
assert message(pt, 1) == dead_message

# ReferenceError is a builtin Exception subclass
assert issubclass(ReferenceError, Exception)
