# Class bodies and closures: methods reading names of the enclosing function (class-level
# names are not visible in methods), class bodies reading free variables (namespace first),
# nonlocal in class bodies, PEP 709 comprehensions in class bodies; starred displays.

def outer():
    x = "outer-x"
    y = "outer-y"
    class C:
        y = "class-y"
        seen_x = x
        seen_y = y
        def method(self):
            return x, y
        def nested(self):
            def inner():
                return x
            return inner()
        lam = lambda self: y
    return C
C = outer()
assert (C.seen_x, C.seen_y) == ("outer-x", "class-y")
assert C().method() == ("outer-x", "outer-y")
assert C().nested() == "outer-x" and C().lam() == "outer-y"

def counter():
    n = 0
    class K:
        nonlocal n
        n = n + 1
        def bump(self):
            nonlocal n
            n += 10
            return n
    return K, lambda: n
K, get = counter()
assert get() == 1 and "n" not in K.__dict__
assert K().bump() == 11 and get() == 11

def late():
    class L:
        def m(self):
            return v
        try:
            got = v
        except NameError as e:
            got = str(e)
    v = 1
    return L
L = late()
assert L.got == "cannot access free variable 'v' where it is not associated with a value in enclosing scope", L.got
assert L().m() == 1

class Outer:
    a = 1
    def m(self):
        try:
            return a
        except NameError as e:
            return str(e)
assert Outer().m() == "name 'a' is not defined"

a = "global-a"
class Shadow:
    a = "class-a"
    def m(self):
        return a
assert Shadow().m() == "global-a"

# Comprehensions in a class body see the class namespace only in their outermost iterable.
class G:
    items = [1, 2]
    doubled = [i * 2 for i in items]
    try:
        bad = [i for i in range(1) if items]
    except NameError as e:
        bad = str(e)
    b = 2
    try:
        vals = [b for _ in range(2)]
    except NameError as e:
        vals = str(e)
assert G.doubled == [2, 4] and G.bad == "name 'items' is not defined"
assert G.vals == "name 'b' is not defined"

def fn():
    x = 10
    class C:
        x = 20
        a = [x for _ in range(1)]
        b = [x + y for y in [x]]
        c = [[q for q in range(y)] for y in range(2)]
        d = {k: x for k in "a"}
        e = {x for _ in "a"}
    return C
C2 = fn()
assert (C2.a, C2.b, C2.c, C2.d, C2.e) == ([10], [30], [[], [0]], {"a": 10}, {10})

def super_and_closure():
    tag = "!"
    class A:
        def who(self):
            return "A"
    class B(A):
        def who(self):
            return super().who() + tag
    return B().who()
assert super_and_closure() == "A!"

def nested_classes():
    value = "v"
    class Out:
        class In:
            got = value
            def m(self):
                return value
    return Out
N = nested_classes()
assert N.In.got == "v" and N.In().m() == "v"

# Closures over the variables of inlined comprehensions (PEP 709): one cell per run.
lam = [lambda: T for T in range(1)]
assert [f() for f in lam] == [0]
assert [f() for f in [lambda: i * 2 for i in range(3)]] == [4, 4, 4]
def fn():
    a = 1
    fs = [lambda: (k, a) for k in "xy"]
    inner = [locals() for k in "z" if (lambda: k)][0]
    return [f() for f in fs], sorted(inner)
assert fn() == ([("y", 1), ("y", 1)], ["a", "fs", "k"])
class K:
    fs = [lambda: q for q in range(2)]
assert [f() for f in K.fs] == [1, 1]
assert {k: (lambda: k)() for k in range(2)} == {0: 0, 1: 1}

# Generic methods reach __class__ and enclosing functions through their type-parameter scope.
class SA:
    def m(self):
        return "A"
class SB(SA):
    def m[T](self, x: T = None) -> str:
        return super().m() + "B"
assert SB().m() == "AB"
def outer_default():
    y = 5
    def f[T](a=y) -> T:
        return a + 10
    return f
assert outer_default()() == 15

# Starred expressions in displays.
assert {*[1, 2], 3, *(4,)} == {1, 2, 3, 4}
assert sorted({*"ab"}) == ["a", "b"]
assert {*()} == set()
assert [*range(2), *[5]] == [0, 1, 5] and (*"ab", 1) == ("a", "b", 1)
assert {**{"a": 1}, "b": 2, **{"a": 3}} == {"a": 3, "b": 2}
try:
    {*1}
    raise AssertionError("no error")
except TypeError as e:
    assert str(e) == "'int' object is not iterable"
try:
    {**1}
    raise AssertionError("no error")
except TypeError as e:
    assert str(e) == "'int' object is not a mapping"
try:
    {*[[1]]}
    raise AssertionError("no error")
except TypeError as e:
    assert str(e) == "unhashable type: 'list'"
print("ok")
