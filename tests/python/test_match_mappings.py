# Mapping patterns: key lookups, extra keys allowed, **rest, value patterns as keys, nested
# patterns, which subjects are mappings, and the duplicate-key ValueError.
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return ("click", x, y)
        case {"type": "key", "key": str(k), **rest}:
            return ("key", k, rest)
        case {"type": t}:
            return ("other", t)
        case {}:
            return "empty or untyped"
        case _:
            return "not a mapping"

assert handle({"type": "click", "pos": (1, 2)}) == ("click", 1, 2)
assert handle({"type": "click", "pos": (1, 2), "extra": 0}) == ("click", 1, 2)
assert handle({"type": "click", "pos": [1]}) == ("other", "click")
assert handle({"type": "key", "key": "a", "mod": 1, "t": 2}) == ("key", "a", {"mod": 1, "t": 2})
assert handle({"type": "key", "key": 5}) == ("other", "key")
assert handle({"type": 3}) == ("other", 3)
assert handle({}) == "empty or untyped"
assert handle({"x": 1}) == "empty or untyped"
assert handle([("type", 1)]) == "not a mapping"
assert handle("type") == "not a mapping"
assert handle(None) == "not a mapping"

# **rest is a new dict without the matched keys (empty when nothing is left).
d = {"a": 1, "b": 2, "c": 3}
match d:
    case {"a": 1, **rest}:
        assert rest == {"b": 2, "c": 3}
        assert rest is not d
        assert type(rest) is dict
match d:
    case {"a": _, "b": _, "c": _, **rest}:
        assert rest == {}
match d:
    case {**everything}:
        assert everything == d and everything is not d

# Keys can be literals of several kinds and dotted names.
class K:
    ONE = 1
    NAME = "name"
match {1: "int", "name": "str", None: "none", -2: "neg", 2.5: "float", True: "bool?"}:
    case {K.ONE: a, K.NAME: b, None: c, -2: d2, 2.5: e}:
        # 1 and True are the same key: the dict keeps the first key with the last value.
        assert (a, b, c, d2, e) == ("bool?", "str", "none", "neg", "float")

# A missing key fails the pattern; a None value is still a value.
match {"a": None}:
    case {"a": None}:
        pass
    case _:
        assert False
match {"a": 1}:
    case {"a": 1, "b": _}:
        assert False
    case {"b": _}:
        assert False
    case {"a": _}:
        pass

# Keys are looked up with the mapping's get(); the length check comes first.
match {"a": 1}:
    case {"a": 1, "b": 2}:
        assert False
    case _:
        pass

# Duplicate keys through value patterns are found at run time.
class Names:
    A = "a"
try:
    match {"a": 1, "b": 2}:
        case {Names.A: 1, "a": 2}:
            assert False
    assert False
except ValueError as e:
    assert str(e) == "mapping pattern checks duplicate key ('a')"

# Nested mappings and sequences inside mappings.
config = {"server": {"host": "localhost", "ports": [80, 443]}, "debug": True}
match config:
    case {"server": {"host": host, "ports": [first, *others]}, "debug": True}:
        assert (host, first, others) == ("localhost", 80, [443])
    case _:
        assert False

# Unhashable subjects' values are fine; a user class with keys() is not a mapping.
class NotAMapping:
    def keys(self):
        return ["a"]
    def __getitem__(self, key):
        return 1
    def get(self, key, default=None):
        return 1
match NotAMapping():
    case {"a": 1}:
        assert False
    case _:
        pass

# Or-patterns of mappings binding the same names.
def pick(m):
    match m:
        case {"x": v} | {"y": v}:
            return v
    return None
assert pick({"x": 1}) == 1 and pick({"y": 2}) == 2 and pick({"z": 3}) is None
assert pick({"y": 2, "x": 1}) == 1
