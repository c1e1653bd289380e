# dict methods: clear copy fromkeys get items keys pop popitem setdefault update values,
# |, |=, reversed(), views (set operators, comparisons, isdisjoint, reversed), error messages.

def raises(exc_type, message, f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except exc_type as e:
        assert type(e) is exc_type, (type(e), exc_type)
        assert str(e) == message, (str(e), message)
        return e
    raise AssertionError(f"{exc_type.__name__} not raised")

d = {"a": 1, "b": 2}
assert d.get("a") == 1 and d.get("z") is None and d.get("z", 0) == 0
assert d.setdefault("a", 5) == 1 and d.setdefault("c") is None and d["c"] is None
assert d.setdefault("d", 4) == 4 and list(d) == ["a", "b", "c", "d"]
assert d.pop("c") is None and d.pop("z", "dflt") == "dflt" and "c" not in d
assert d.popitem() == ("d", 4) and d == {"a": 1, "b": 2}
c = d.copy(); c["x"] = 1; assert "x" not in d and type(c) is dict
assert list(d.keys()) == ["a", "b"] and list(d.values()) == [1, 2] and list(d.items()) == [("a", 1), ("b", 2)]
d.clear(); assert d == {} and len(d) == 0

# update: dict, mapping with keys(), iterable of pairs, keywords
d = {}
d.update({"a": 1}); d.update([("b", 2), ["c", 3]]); d.update(e=5); d.update({"a": 0}, f=6)
assert d == {"a": 0, "b": 2, "c": 3, "e": 5, "f": 6}
class M:
    def keys(self): return ["k1", "k2"]
    def __getitem__(self, k): return k.upper()
d = {}; d.update(M()); assert d == {"k1": "K1", "k2": "K2"}
d.update(); assert len(d) == 2
d.update(x for x in [("g", 7)]); assert d["g"] == 7
raises(TypeError, "'int' object is not iterable", {}.update, 1)
raises(TypeError, "cannot convert dictionary update sequence element #0 to a sequence", {}.update, [1])
raises(ValueError, "dictionary update sequence element #0 has length 3; 2 is required", {}.update, [(1, 2, 3)])
raises(ValueError, "dictionary update sequence element #1 has length 1; 2 is required", {}.update, [(1, 2), "a"])
raises(TypeError, "update expected at most 1 argument, got 2", {}.update, {1: 2}, {3: 4})

# fromkeys is a classmethod
assert dict.fromkeys("ab") == {"a": None, "b": None} and dict.fromkeys("ab", 0) == {"a": 0, "b": 0}
assert {}.fromkeys([1]) == {1: None}
class D(dict):
    pass
r = D.fromkeys([1, 2], "v"); assert type(r) is D and r == {1: "v", 2: "v"}
raises(TypeError, "'int' object is not iterable", dict.fromkeys, 1)

# errors
raises(KeyError, "1", {}.pop, 1)
raises(KeyError, "'popitem(): dictionary is empty'", {}.popitem)
raises(TypeError, "unhashable type: 'list'", {}.get, [])
raises(TypeError, "dict.get() takes no keyword arguments", lambda: {}.get(x=1))
raises(TypeError, "dict.pop() takes no keyword arguments", lambda: {}.pop(x=1))

# | and |=
a = {"x": 1, "y": 2}
assert a | {"y": 3, "z": 4} == {"x": 1, "y": 3, "z": 4} and a == {"x": 1, "y": 2}
a |= {"z": 0}; assert a == {"x": 1, "y": 2, "z": 0}
a |= [("w", 9)]; assert a["w"] == 9
raises(TypeError, "unsupported operand type(s) for |: 'dict' and 'int'", lambda: {1: 2} | 1)
raises(TypeError, "unsupported operand type(s) for |: 'dict' and 'list'", lambda: {1: 2} | [(1, 2)])

# reversed
assert list(reversed({1: 2, 3: 4})) == [3, 1]
assert list(reversed({1: 2, 3: 4}.keys())) == [3, 1]
assert list(reversed({1: 2, 3: 4}.values())) == [4, 2]
assert list(reversed({1: 2, 3: 4}.items())) == [(3, 4), (1, 2)]

# views as sets
k = {1: "a", 2: "b"}.keys()
assert k & {1} == {1} and k | [3] == {1, 2, 3} and k - [1] == {2} and k ^ [1, 3] == {2, 3}
assert [2, 5] & k == {2} and {5} | k == {1, 2, 5} and type(k & {1}) is set
assert {1: 2}.items() & {(1, 2)} == {(1, 2)} and {1: 2}.items() | {(3, 4)} == {(1, 2), (3, 4)}
assert k == {1, 2} and k != {1} and k < {1, 2, 3} and k <= {1, 2} and not k < {1, 2} and k > {1}
assert k == {2: 0, 1: 0}.keys() and {1: 2}.items() == {(1, 2)}
assert k.isdisjoint([3, 4]) and not k.isdisjoint([2]) and {1: 2}.items().isdisjoint([(1, 3)])
raises(TypeError, "unsupported operand type(s) for &: 'dict_values' and 'set'", lambda: {1: 2}.values() & {2})
assert ({1: 2}.keys() == [1]) is False
print("ok")
