# str searching: find rfind index rindex count startswith endswith with start/end (negative,
# None, huge, __index__), tuples of affixes, non-ASCII text, and CPython's error messages.

def raises(exc_type, message, f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except exc_type as e:
        assert type(e) is exc_type, (type(e), exc_type)
        assert str(e) == message, (str(e), message)
        return e
    raise AssertionError(f"{exc_type.__name__} not raised")

class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

s = "abcabc"
assert s.find("c") == 2 and s.rfind("c") == 5 and s.find("z") == -1 and s.rfind("z") == -1
assert s.find("c", 3) == 5 and s.find("c", 3, 5) == -1 and s.find("c", -1) == 5 and s.find("a", -100) == 0
assert s.rfind("a", 0, 3) == 0 and s.rfind("abc", 1) == 3 and s.find("b", None, None) == 1
assert s.find("b", I(2)) == 4 and s.find("a", True) == 3
assert s.find("a", 10**30) == -1 and s.find("c", -10**30) == 2 and s.find("c", 0, 10**30) == 2
assert s.index("b") == 1 and s.rindex("b") == 4 and s.index("c", -2) == 5
assert s.count("a") == 2 and s.count("bc", 2) == 1 and s.count("a", 1, 3) == 0 and s.count("") == 7
assert "aaaa".count("aa") == 2 and "abc".count("", 1) == 3 and "abc".count("", 4) == 0 and "abc".count("", 2, 1) == 0

# empty substrings at the edges
assert "abc".find("", 3) == 3 and "abc".find("", 4) == -1 and "abc".find("", 2, 1) == -1
assert "abc".rfind("") == 3 and "".find("") == 0 and "abc".index("", 1) == 1

# non-ASCII: code point indices
t = "héllo wörld ünïcode"
assert t.find("ö") == 7 and t.rfind("l") == 9 and t.count("l", 3) == 2 and t.index("l", -16) == 3
assert t.find("ü", 5, 13) == 12 and t.find("ü", 5, 12) == -1 and t.rindex("o", 0, -5) == 4 and t.rindex("o", 0, -2) == 16
assert "🙂a🙂b".find("b") == 3 and "🙂a🙂b".rfind("🙂") == 2 and "🙂a🙂b".count("🙂", 1) == 1

# startswith / endswith
assert s.startswith("ab") and not s.startswith("bc") and s.startswith("bc", 1) and s.startswith("c", -1)
assert s.endswith("bc") and s.endswith("ab", 0, 2) and not s.endswith("c", 0, 2) and s.endswith("b", -3, -1)
assert s.startswith(("x", "ab")) and not s.startswith(("x", "y")) and s.endswith(("c",), 0, 3)
assert not s.startswith(()) and s.startswith("") and "abc".startswith("", 3) and not "abc".startswith("", 4)
assert not "abc".startswith("", 2, 1) and not "abc".endswith("", 2, 1) and "é🙂".endswith("🙂")
assert "héllo".startswith("llo", 2) and "héllo".endswith("é", 0, 2)

# errors
raises(TypeError, "must be str, not int", "abc".find, 1)
raises(TypeError, "must be str, not int", "abc".count, 1)
raises(TypeError, "must be str, not NoneType", "abc".rindex, None)
raises(ValueError, "substring not found", "abc".index, "z")
raises(ValueError, "substring not found", "abc".rindex, "z")
raises(ValueError, "substring not found", "abc".index, "a", 1, 0)
raises(TypeError, "slice indices must be integers or None or have an __index__ method", "abc".find, "a", "x")
raises(TypeError, "slice indices must be integers or None or have an __index__ method", "abc".find, "a", 1.0)
raises(TypeError, "startswith first arg must be str or a tuple of str, not int", "abc".startswith, 1)
raises(TypeError, "endswith first arg must be str or a tuple of str, not list", "abc".endswith, ["a"])
raises(TypeError, "tuple for startswith must only contain str, not int", "abc".startswith, (1,))
raises(TypeError, "tuple for endswith must only contain str, not int", "abc".endswith, ("a", 1))
raises(TypeError, "startswith() takes at least 1 argument (0 given)", "abc".startswith)
raises(TypeError, "find() takes at least 1 argument (0 given)", "abc".find)
raises(TypeError, "find() takes at most 3 arguments (4 given)", "abc".find, "a", 1, 2, 3)
raises(TypeError, "str.find() takes no keyword arguments", lambda: "abc".find(sub="a"))
raises(TypeError, "str.count() takes no keyword arguments", lambda: "abc".count(x=1))

# str subclasses as arguments and receivers
class S(str):
    pass
assert S("abc").find(S("c")) == 2 and "abc".startswith((S("a"),)) and S("xyz").count("y") == 1
print("ok")
