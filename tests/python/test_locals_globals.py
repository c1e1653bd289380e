# globals(), locals(), vars() and dir(): module, class and function namespaces, cells,
# PEP 709 inlined comprehensions (their iteration variables appear in locals()), __dir__.
import sys

assert globals() is sys.modules["__main__"].__dict__
assert locals() is globals()
assert vars() is globals()
assert globals()["__name__"] == "__main__"
top_level = 1
assert "top_level" in dir() and dir() == sorted(dir())
globals()["made_by_dict"] = 5
assert made_by_dict == 5

def plain(a, b=2, *args, **kwargs):
    c = a + b
    return locals()
assert plain(1) == {"a": 1, "b": 2, "args": (), "kwargs": {}, "c": 3}
assert plain(1, 3, 4, k=5) == {"a": 1, "b": 3, "args": (4,), "kwargs": {"k": 5}, "c": 4}

def unbound_not_shown():
    before = sorted(locals())
    later = 1
    return before, sorted(locals())
assert unbound_not_shown() == ([], ["before", "later"])

def with_cells():
    shared = "cell"
    def inner():
        free = shared
        return locals()
    return locals(), inner()
outer_locals, inner_locals = with_cells()
assert outer_locals["shared"] == "cell" and inner_locals == {"free": "cell", "shared": "cell"}, inner_locals

def deleted():
    x = 1
    del x
    return locals()
assert deleted() == {}

def same_dict():
    a = 1
    first = locals()
    a = 2
    second = locals()
    return first is second, first["a"]
assert same_dict() == (True, 2)

def globals_in_function():
    return globals()
assert globals_in_function() is globals()

# PEP 709: a comprehension in a function runs inline: locals() inside it shows the
# function's locals plus the iteration variable.
def comprehension_locals():
    a = 1
    inside = [locals() for x in range(1)][0]
    return inside
assert comprehension_locals() == {"a": 1, "x": 0}, comprehension_locals()

def comprehension_locals_nested():
    a = 1
    return [sorted(locals()) for x in range(1) for y in range(1)][0]
assert comprehension_locals_nested() == ["a", "x", "y"]

def comprehension_var_gone():
    x = 5
    [x for x in range(3)]
    return locals()
assert comprehension_var_gone() == {"x": 5}

def dict_set_comprehensions():
    q = 0
    d = {k: sorted(locals()) for k in range(1)}
    s = {tuple(sorted(locals())) for e in range(1)}
    return d[0], s
assert dict_set_comprehensions() == (["k", "q"], {("d", "e", "q")}), dict_set_comprehensions()

in_module = [locals() for y in range(1)][0]
assert in_module is not globals() and in_module["y"] == 0 and in_module["top_level"] == 1

class Body:
    z = 1
    seen = [sorted(locals()) for q in range(1)][0]
    snapshot = sorted(locals())
    names = dir()
assert Body.seen == ["__module__", "__qualname__", "q", "z"], Body.seen
assert Body.snapshot == ["__module__", "__qualname__", "seen", "z"]
assert Body.names == ["__module__", "__qualname__", "seen", "snapshot", "z"]

# A generator keeps its locals across yields.
def gen():
    a = 1
    yield locals()
    b = 2
    yield locals()
g = gen()
assert next(g) == {"a": 1} and next(g) == {"a": 1, "b": 2}

# vars()
class Thing:
    cls_attr = 1
    def __init__(self):
        self.x = 1
t = Thing()
assert vars(t) == {"x": 1} and vars(t) is t.__dict__
assert vars(sys) is sys.__dict__
assert vars(Thing)["cls_attr"] == 1
try:
    vars(1)
    raise AssertionError("no error")
except TypeError as e:
    assert str(e) == "vars() argument must have __dict__ attribute"
try:
    vars(1, 2)
    raise AssertionError("no error")
except TypeError as e:
    assert str(e) == "vars expected at most 1 argument, got 2", str(e)

def vars_in_function():
    v = 3
    return vars()
assert vars_in_function() == {"v": 3}

# dir()
def dir_in_function():
    b = 1
    a = 2
    return dir()
assert dir_in_function() == ["a", "b"]

class WithDir:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
assert dir(WithDir()) == ["alpha", "mid", "zeta"]

class TupleDir:
    def __dir__(self):
        return ("b", "a")
assert dir(TupleDir()) == ["a", "b"]

class Base:
    base_attr = 1
    def method(self): pass
class Derived(Base):
    derived_attr = 2
d = Derived()
d.own = 3
names = dir(d)
assert names == sorted(names)
for name in ("base_attr", "method", "derived_attr", "own", "__module__"):
    assert name in names, name
names = dir(Derived)
assert "base_attr" in names and "derived_attr" in names and "own" not in names
import import_data.values as values_module
assert set(dir(values_module)) >= {"bump", "VALUE", "__name__", "__file__"}
assert dir(values_module) == sorted(values_module.__dict__)

class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
    raise AssertionError("no error")
except TypeError as e:
    assert str(e) == "'int' object is not iterable"
try:
    dir(1, 2)
    raise AssertionError("no error")
except TypeError as e:
    assert str(e) == "dir expected at most 1 argument, got 2", str(e)
print("ok")
