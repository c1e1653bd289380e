# __annotations__ of modules, classes and functions (PEP 526/3107): evaluation order, which
# targets are stored, mangling; `from __future__ import annotations` (PEP 563) strings as
# CPython unparses them.
import sys

events = []
def log(x):
    events.append(x)
    return x

x: log("mod-simple") = log("mod-value")
class O: pass
o = O()
o.a: log("attr-ann") = log("attr-value")
o.b: log("attr-ann-novalue")
d = {}
d[log("key")]: log("sub-ann") = log("sub-value")
(paren): log("paren-ann") = 1
only_declared: log("declared")
if True:
    nested_in_if: int = 3
assert events == ["mod-value", "mod-simple", "attr-value", "attr-ann", "attr-ann-novalue", "sub-value", "key",
                  "sub-ann", "paren-ann", "declared"], events
assert __annotations__ == {"x": "mod-simple", "only_declared": "declared", "nested_in_if": int}, __annotations__
assert o.a == "attr-value" and not hasattr(o, "b") and d == {"key": "sub-value"} and paren == 1
try:
    only_declared
    raise AssertionError("no error")
except NameError as e:
    assert str(e) == "name 'only_declared' is not defined"

# In a function, annotations of local variables are not evaluated.
def f():
    events.clear()
    y: log("fn-simple") = 1
    o.c: log("fn-attr")
    z: int
    return locals(), list(events)
assert f() == ({"y": 1}, [])

events.clear()
def g(a: log("a"), /, b: log("b") = 1, *args: log("args"), c: log("c"), d: log("d") = 2, **kw: log("kw")) -> log("ret"):
    pass
assert events == ["b", "a", "args", "c", "d", "kw", "ret"], events
assert g.__annotations__ == {"b": "b", "a": "a", "args": "args", "c": "c", "d": "d", "kw": "kw", "return": "ret"}
assert list(g.__annotations__) == ["b", "a", "args", "c", "d", "kw", "return"]

def h(): pass
assert h.__annotations__ == {} and h.__annotations__ is h.__annotations__
h.__annotations__ = {"x": 1}
assert h.__annotations__ == {"x": 1}
h.__annotations__ = None
assert h.__annotations__ == {}
try:
    h.__annotations__ = 5
    raise AssertionError("no error")
except TypeError as e:
    assert str(e) == "__annotations__ must be set to a dict object"
assert (lambda q: q).__annotations__ == {}

def only_return() -> int: pass
assert only_return.__annotations__ == {"return": int}

# Decorators see the annotations already set.
def check(fn):
    assert fn.__annotations__ == {"v": str}
    return fn
@check
def decorated(v: str): pass

class C:
    p: int
    __q: str = "x"
    r: list = []
    def m(self, __z: int) -> "C": pass
    class Inner:
        i: float
assert C.__annotations__ == {"p": int, "_C__q": str, "r": list}, C.__annotations__
assert C.m.__annotations__ == {"_C__z": int, "return": "C"}
assert C.Inner.__annotations__ == {"i": float}
class D: pass
assert "__annotations__" not in D.__dict__
# A class's __annotations__ is its own (never a base's), made empty on first access.
class Sub(C): pass
assert Sub.__annotations__ == {} and "__annotations__" in Sub.__dict__ and C.__annotations__["p"] is int
Sub.__annotations__ = {"y": 1}
assert Sub.__annotations__ == {"y": 1}
del Sub.__annotations__
assert Sub.__annotations__ == {}
try:
    int.__annotations__
    raise AssertionError("no error")
except AttributeError as e:
    assert str(e) == "type object 'int' has no attribute '__annotations__'"

ns = {}
exec("class E:\n    x: int\n    del __annotations__\n    try:\n        y: int\n    except NameError as e:\n        error = str(e)\n", ns)
assert ns["E"].error == "name '__annotations__' is not defined"

# exec'd code gets its own __annotations__ when it annotates.
ns = {}
exec("a: int = 1", ns)
assert ns["__annotations__"] == {"a": int} and ns["a"] == 1
ns = {"__annotations__": {"keep": 1}}
exec("b: str", ns)
assert ns["__annotations__"] == {"keep": 1, "b": str}
ns = {}
exec("a = 1", ns)
assert "__annotations__" not in ns

# A module without annotations gets an empty __annotations__ on first access.
import import_data.values as plain_module
assert plain_module.__annotations__ == {} and "__annotations__" in plain_module.__dict__

# PEP 563.
import import_data.future_annots as fa
assert fa.f.__annotations__ == {
    "a": "int", "b": "list[int]", "c": "dict[str, tuple[int, ...]]", "d": "int | None", "args": "*Ts",
    "e": "'quoted'", "kw": "Callable[[int], str]", "return": "a.b.c[1:2, ::3]"}, fa.f.__annotations__
expected = {
    "x": "(1, 2)", "y": "1 + 2 * 3 ** (-4 ** 5)", "z": "a if b else c", "w": "lambda x, /, y=1, *z, k, **q: x",
    "v": "not a and (b or c)", "u": "a < b <= c is not d not in e", "t": "[i for i in range(3) if i]",
    "s": "{**a, 'k': 1}", "r": "{1, 2}", "q": "f(x, *y, k=1, **z)", "p": "f(i for i in x)", "o": "1 .real",
    "n": "--1", "m": "(-1) ** 2", "l": "2 ** (-1)", "kk": "a[()]", "jj": "a[1,]", "ii": "a[*b,]",
    "hh": "f'x{y!r:>{w}}z{{}}'", "gg": "1e309", "ff": "2j", "ee": "1.5", "dd": "b'x\\n'", "cc": "\"it's\"",
    "aa": "~a | b & c ^ d << 2", "ab": "a @ b // c % d", "ad": "...", "af": "10 ** 100", "ah": "a.b(c)[d]",
    "ai": "(a, b)[0]", "ak": "-1 .real", "al": "1 .real", "am": "[*a, b]", "an": "{k: v for k, v in x}",
    "ao": "f'{a}b'", "ap": "u'x'", "aq": "'ab'", "ar": "a if b else c if d else e",
    "as_": "(a if b else c) if d else e", "au": "(lambda: 1)()", "aw": "a[:]", "ax": "x[1:2, 3]",
    "ay": "(*a,)", "az": "f'{ {1}}'", "value_with_ann": "undefined_type"}
for key, text in expected.items():
    assert fa.__annotations__[key] == text, (key, fa.__annotations__[key], text)
assert fa.__annotations__ == expected
assert fa.value_with_ann == 5
assert fa.C.__annotations__ == {"_C__p": "int"} and fa.C.m.__annotations__ == {"_C__q": "str", "return": "C"}

# compile() inherits the caller's future flags unless dont_inherit; the flag can be passed.
inherited, fresh = fa.inherits()
ns = {}
exec(inherited, ns)
assert ns["__annotations__"] == {"x": "undefined"}
try:
    exec(fresh, {})
    raise AssertionError("no error")
except NameError as e:
    assert str(e) == "name 'undefined' is not defined"
ns = {}
exec(compile("def k(p: nothing) -> None: pass", "<s>", "exec", 0x1000000), ns)
assert ns["k"].__annotations__ == {"p": "nothing", "return": "None"}
print("ok")
