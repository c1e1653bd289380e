# Builtin types and functions: str, list, tuple, dict operations and methods, conversions,
# repr of containers, len/iter/next/hash/getattr family.
s = "Hello, World"
assert len(s) == 12 and s[0] == "H" and s[-1] == "d" and s.upper() == "HELLO, WORLD" and s.lower() == "hello, world"
assert s.split(", ") == ["Hello", "World"] and " a b  c ".split() == ["a", "b", "c"]
assert "-".join(["a", "b", "c"]) == "a-b-c" and "  x ".strip() == "x"
assert s.startswith("Hell") and s.endswith("ld") and s.replace("l", "L") == "HeLLo, WorLd" and s.find("W") == 7
assert "ab" * 3 == "ababab" and "a" < "b" and "abc" == "ab" + "c"
assert str(12) == "12" and repr("it's") == '"it\'s"' and repr("a\nb") == "'a\\nb'"
assert f"{1 + 1} and {'x'!r}" == "2 and 'x'"
assert ord("A") == 65 and chr(233) == "é" and len("日本語") == 3 and "日本語"[1] == "本"

items = [3, 1, 2]
items.append(4)
items.insert(0, 0)
assert items == [0, 3, 1, 2, 4] and items.pop() == 4 and items.pop(0) == 0
items.sort()
assert items == [1, 2, 3] and items.index(2) == 1 and items.count(3) == 1
items.reverse()
assert items == [3, 2, 1]
items.extend((7, 8))
assert items == [3, 2, 1, 7, 8] and len(items) == 5 and items[-2] == 7
items[0] = 30
del items[1]
assert items == [30, 1, 7, 8]
assert [1, 2] + [3] == [1, 2, 3] and [0] * 3 == [0, 0, 0] and [1, 2] < [1, 3]
copy = items.copy()
copy.clear()
assert copy == [] and items != []
nested = [1, [2, 3]]
nested[1].append(nested)
assert repr(nested) == "[1, [2, 3, [...]]]"

t = (1, "two", 3.0)
assert len(t) == 3 and t[1] == "two" and t + (4,) == (1, "two", 3.0, 4) and repr((1,)) == "(1,)"
assert tuple([1, 2]) == (1, 2) and list((1, 2)) == [1, 2] and () == tuple()
x, (y, z) = 1, (2, 3)
assert (x, y, z) == (1, 2, 3)
a = b = 5
a, b = b + 1, a
assert (a, b) == (6, 5)

d = {"one": 1, "two": 2}
d["three"] = 3
assert d["two"] == 2 and len(d) == 3 and "one" in d and d.get("four") is None and d.get("four", 4) == 4
del d["one"]
assert list(d) == ["two", "three"] and d.pop("two") == 2 and d == {"three": 3}
assert d.setdefault("z", 26) == 26 and d["z"] == 26
d.update({"three": 33})
assert d == {"three": 33, "z": 26}
assert dict(a=1, b=2) == {"a": 1, "b": 2} and dict([("k", "v")]) == {"k": "v"}
assert {1: "int", 1.0: "float"} == {1: "float"} and {(1, 2): "tuple"}[(1, 2)] == "tuple"
try:
    d["nope"]
except KeyError as e:
    assert repr(e) == "KeyError('nope')"
try:
    {[]: 1}
except TypeError as e:
    assert str(e) == "unhashable type: 'list'"
many = {}
for i in range(1000):
    many[i] = i * i
for i in range(0, 1000, 2):
    del many[i]
assert len(many) == 500 and many[999] == 998001 and 998 not in many

it = iter([1, 2])
assert next(it) == 1 and next(it) == 2 and next(it, "done") == "done"
assert hash(1) == hash(1.0) == hash(True) and hash("abc") == hash("ab" + "c")
assert getattr(d, "missing", "default") == "default" and hasattr(d, "get") and callable(len)
assert type(1) is int and type("") is str and type(None).__name__ == "NoneType" and type(type) is type
assert isinstance(1, (str, int)) and repr(None) == "None" and str(True) == "True"
assert repr([1, "a", None, 2.5]) == "[1, 'a', None, 2.5]" and repr({"k": (1,)}) == "{'k': (1,)}"
assert int is type(0) and bool(0) is False and list("ab") == ["a", "b"]
assert repr(range(3)) == "range(0, 3)" and range(10)[3] == 3 and len(range(5, 1)) == 0
