# _weakref.ref: dereferencing, sharing of the basic ref, callbacks (run once, after the
# collector frees the referent), __callback__, hash/eq rules, repr, which types accept weak
# references, subclassing, getweakrefcount/getweakrefs/_remove_dead_weakref, __weakref__.
# Objects die by gc.collect() here: CPython frees some at once by refcounting, Pyxis at the
# next collection (docs/runtime.md section 3), and after gc.collect() both agree.
import gc
import _weakref
from _weakref import ref


class C:
    pass


def cycle():
    c = C()
    c.me = c
    return c


def message(fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
    return "no exception"


# --- the type
assert _weakref.ReferenceType is ref
assert ref.__name__ == "ReferenceType" and ref.__module__ == "weakref"
assert repr(ref) == "<class 'weakref.ReferenceType'>"
assert _weakref.ProxyType.__name__ == "ProxyType"
assert _weakref.CallableProxyType.__name__ == "CallableProxyType"

# --- dereferencing, the shared basic ref
c = C()
r = ref(c)
assert r() is c
assert ref(c) is r
assert ref(c, None) is r
assert r.__callback__ is None
assert type(r) is ref and isinstance(r, ref)

# --- the referent dies: the ref is cleared, the callback runs once with the ref
log = []
def callback(w):
    log.append(w)

c = cycle()
r = ref(c, callback)
assert r.__callback__ is callback
assert ref(c, callback) is not r
assert r() is c
del c
gc.collect()
assert r() is None
assert len(log) == 1 and log[0] is r
gc.collect()
assert len(log) == 1

# A plain object (no cycle) too.
log.clear()
c = C()
r = ref(c, callback)
del c
gc.collect()
assert r() is None and log == [r]

# Callbacks may allocate, and an exception in one is reported, never propagated.
log.clear()
def raising(w):
    raise ValueError("in callback")
def allocating(w):
    log.append([[i] for i in range(1000)])
a, b = cycle(), cycle()
ra = ref(a, raising)
rb = ref(b, allocating)
del a, b
gc.collect()
assert ra() is None and rb() is None
assert len(log) == 1 and len(log[0]) == 1000

# A weak reference that dies with its referent does not call back.
log.clear()
c = cycle()
c.r = ref(c, callback)
del c
gc.collect()
assert log == []

# A callback sees the referent gone and can drop its own ref.
seen = []
def check(w):
    seen.append(w() is None)
c = cycle()
r = ref(c, check)
del c
gc.collect()
assert seen == [True]

# --- hash: the referent's, remembered after it dies; a dead ref without one raises
k = C()
rk = ref(k)
assert hash(rk) == hash(k)
remembered = hash(rk)
del k
gc.collect()
assert rk() is None
assert hash(rk) == remembered
k = cycle()
rk = ref(k)
del k
gc.collect()
assert message(hash, rk) == "TypeError: weak object has gone away"

# --- equality: the referents' while both live, identity once either is dead
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Eq) and self.v == other.v
    def __hash__(self):
        return hash(self.v)

x, y = Eq(1), Eq(1)
rx, ry = ref(x), ref(y)
assert rx == ry and not (rx != ry)
assert rx != ref(Eq(2)) or True
z = Eq(2)
assert rx != ref(z)
assert hash(rx) == hash(ry) == hash(1)
del x
gc.collect()
assert rx() is None
assert rx != ry and not (rx == ry)
assert rx == rx
assert (rx == 1) is False
assert "not supported between instances of" in message(lambda: ry < ry)

# --- repr
c = C()
r = ref(c)
assert repr(r) == "<weakref at %s; to 'C' at %s>" % (hex(id(r)), hex(id(c)))
def named():
    pass
rf = ref(named)
assert repr(rf) == "<weakref at %s; to 'function' at %s (named)>" % (hex(id(rf)), hex(id(named)))
rc = ref(C)
assert repr(rc) == "<weakref at %s; to 'type' at %s (C)>" % (hex(id(rc)), hex(id(C)))
d = cycle()
rd = ref(d)
del d
gc.collect()
assert repr(rd) == "<weakref at %s; dead>" % hex(id(rd))

# --- which objects accept weak references
for value in [1, "s", [], {}, (), object(), 1.5, None, True, range(3), iter([])]:
    assert message(ref, value) == "TypeError: cannot create weak reference to '%s' object" % type(value).__name__, value
assert message(ref, Exception()) == "TypeError: cannot create weak reference to 'Exception' object"
assert message(ref, ref(C)) == "TypeError: cannot create weak reference to 'weakref.ReferenceType' object"

class MyError(Exception):
    pass

def gen():
    yield 1

class M:
    def method(self):
        return 1

accepted = [C, C(), MyError(), named, len, set(), frozenset(), gen(), M().method, named.__code__, gc, int]
for value in accepted:
    assert ref(value)() is value

# --- construction errors
assert message(ref) == "TypeError: __new__ expected at least 1 argument, got 0"
assert message(ref, C(), None, 3) == "TypeError: __new__ expected at most 2 arguments, got 3"
assert message(ref, C(), callback=None) == "TypeError: ref() takes no keyword arguments"
assert message(ref(C)) == "no exception"
assert message(ref(C), 1) == "TypeError: weakref expected 0 arguments, got 1"

# --- subclasses keep attributes and run their __init__
class Tagged(ref):
    def __init__(self, ob, callback=None, tag=None):
        super().__init__(ob, callback)
        self.tag = tag

c = C()
t = Tagged(c, None)
assert t() is c and t.tag is None
assert type(t) is Tagged and isinstance(t, ref)
assert t is not ref(c)
t.extra = 5
assert t.__dict__ == {"tag": None, "extra": 5}
assert t == ref(c)
assert repr(t).startswith("<weakref at ")
log.clear()
c2 = cycle()
t2 = Tagged(c2, callback)
del c2
gc.collect()
assert log == [t2] and t2() is None

class Plain(ref):
    pass
c = C()
p = Plain(c)
assert p() is c and type(p) is Plain
p.note = "x"
assert p.note == "x"

# --- getweakrefcount / getweakrefs / __weakref__
c = C()
assert _weakref.getweakrefcount(c) == 0 and _weakref.getweakrefs(c) == []
assert c.__weakref__ is None
r1 = ref(c)
assert _weakref.getweakrefcount(c) == 1
assert _weakref.getweakrefs(c) == [r1] and _weakref.getweakrefs(c)[0] is r1
assert c.__weakref__ is r1
r2 = ref(c, callback)
assert _weakref.getweakrefcount(c) == 2
assert _weakref.getweakrefs(c)[0] is r1 and c.__weakref__ is r1
assert r2 in _weakref.getweakrefs(c)
assert _weakref.getweakrefcount(1) == 0 and _weakref.getweakrefs(1) == []
assert message(_weakref.getweakrefcount) == "TypeError: _weakref.getweakrefcount() takes exactly one argument (0 given)"

# --- _remove_dead_weakref drops a key only when its value is a dead ref
alive = C()
dying = cycle()
table = {"alive": ref(alive), "dead": ref(dying), "other": 1}
del dying
gc.collect()
_weakref._remove_dead_weakref(table, "dead")
_weakref._remove_dead_weakref(table, "alive")
_weakref._remove_dead_weakref(table, "missing")
assert sorted(table) == ["alive", "other"]
assert message(_weakref._remove_dead_weakref, table, "other") == "TypeError: not a weakref"
assert message(_weakref._remove_dead_weakref, [], "a") == "TypeError: _remove_dead_weakref() argument 1 must be dict, not list"
assert message(_weakref._remove_dead_weakref, {}) == "TypeError: _remove_dead_weakref expected 2 arguments, got 1"

# --- many short-lived referents: every ref is cleared, every callback runs once
count = [0]
def counting(w):
    count[0] += 1
refs = []
for i in range(2000):
    refs.append(ref(cycle(), counting))
gc.collect()
assert all(w() is None for w in refs)
assert count[0] == 2000
gc.collect()
assert count[0] == 2000

# --- __weakref__ comes with the class (unless __slots__ leaves it out)
class Slotless:
    __slots__ = ()
assert message(ref, Slotless()) == "TypeError: cannot create weak reference to 'Slotless' object"
class WithWeakSlot:
    __slots__ = ("__weakref__", "a")
s = WithWeakSlot()
s.a = 1
rs = ref(s)
assert rs() is s and s.__weakref__ is rs
assert repr(C.__weakref__) == "<attribute '__weakref__' of 'C' objects>"
class Derived(C):
    pass
assert "__weakref__" in C.__dict__ and "__weakref__" not in Derived.__dict__
class IntSub(int):
    pass
assert message(ref, IntSub(1)) == "TypeError: cannot create weak reference to 'IntSub' object"
class ListSub(list):
    pass
ls = ListSub([1])
assert ref(ls)() is ls

# --- ref subclasses: __slots__, __new__ with extra arguments, weak references to them
class Keyed(ref):
    __slots__ = ("key",)
c = C()
k = Keyed(c)
k.key = "k1"
assert k.key == "k1" and k() is c
assert message(setattr, k, "other", 1).startswith("AttributeError:")
class KeyedNew(ref):
    def __new__(cls, ob, key):
        self = super().__new__(cls, ob)
        self.key = key
        return self
    def __init__(self, ob, key):
        super().__init__(ob)
k2 = KeyedNew(c, "k2")
assert k2.key == "k2" and k2() is c
assert ref(k2)() is k2
assert message(Keyed, c, None, 3) == "TypeError: __new__ expected at most 2 arguments, got 3"
assert message(setattr, ref(c), "__callback__", 1).startswith("AttributeError:")

# slot values of ref subclasses are kept alive by the reference
def keyed_refs():
    made = []
    for i in range(200):
        k = Keyed(c)
        k.key = [str(i)] * 3
        made.append(k)
    return made
refs_with_keys = keyed_refs()
gc.collect()
assert [k.key[0] for k in refs_with_keys] == [str(i) for i in range(200)]
