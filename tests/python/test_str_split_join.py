# str split rsplit splitlines partition rpartition join: separators, maxsplit (keyword too),
# Unicode whitespace and line boundaries, keepends, and CPython's error messages.

def raises(exc_type, message, f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except exc_type as e:
        assert type(e) is exc_type, (type(e), exc_type)
        assert str(e) == message, (str(e), message)
        return e
    raise AssertionError(f"{exc_type.__name__} not raised")

# whitespace splitting
assert " a  b\tc\n".split() == ["a", "b", "c"] and "".split() == [] and "   ".split() == []
assert " a b c ".split(None, 1) == ["a", "b c "] and " a b c ".rsplit(None, 1) == [" a b", "c"]
assert " a b c ".split(maxsplit=0) == ["a b c "] and " a b c ".rsplit(maxsplit=0) == [" a b c"]
assert "a\u3000b\x1cc\u2003d\x85e".split() == ["a", "b", "c", "d", "e"]
assert "a\u200bb".split() == ["a\u200bb"]
assert "a b c".split(None, -1) == ["a", "b", "c"] and "a b c".rsplit(None, 10**3) == ["a", "b", "c"]

# separators
assert "a,b,,c".split(",") == ["a", "b", "", "c"] and "a,b,,c".split(",", 1) == ["a", "b,,c"]
assert "a,b,,c".rsplit(",", 2) == ["a,b", "", "c"] and "a,b,,c".rsplit(",") == ["a", "b", "", "c"]
assert "".split(",") == [""] and "".rsplit(",") == [""] and ",".split(",") == ["", ""]
assert "abcabc".rsplit("bc") == ["a", "a", ""] and "aaa".split("aa") == ["", "a"] and "aaa".rsplit("aa") == ["a", ""]
assert "a::b::c".split(sep="::", maxsplit=1) == ["a", "b::c"]
assert "xéyéz".split("é") == ["x", "y", "z"] and "xéyéz".rsplit("é", 1) == ["xéy", "z"]
raises(ValueError, "empty separator", "abc".split, "")
raises(ValueError, "empty separator", "abc".rsplit, "")
raises(TypeError, "must be str or None, not int", "abc".split, 1)
raises(TypeError, "'str' object cannot be interpreted as an integer", "abc".split, ",", "a")
raises(OverflowError, "Python int too large to convert to C ssize_t", "abc".split, None, 10**30)

# splitlines
assert "a\nb\r\nc\rd".splitlines() == ["a", "b", "c", "d"]
assert "a\nb\r\nc\rd\n".splitlines(True) == ["a\n", "b\r\n", "c\r", "d\n"]
assert "a\nb".splitlines(keepends=True) == ["a\n", "b"] and "".splitlines() == [] and "\n".splitlines() == [""]
assert "a\u2028b\x1cc\x85d\x0be\x0cf\u2029g\x1dh\x1ei".splitlines() == list("abcdefghi")
assert "a\x1fb".splitlines() == ["a\x1fb"] and "a\r\rb".splitlines(True) == ["a\r", "\r", "b"]

# partition / rpartition
assert "hello".partition("l") == ("he", "l", "lo") and "hello".rpartition("l") == ("hel", "l", "o")
assert "hello".partition("z") == ("hello", "", "") and "hello".rpartition("z") == ("", "", "hello")
assert "héllo".partition("é") == ("h", "é", "llo")
raises(ValueError, "empty separator", "abc".partition, "")
raises(ValueError, "empty separator", "abc".rpartition, "")
raises(TypeError, "must be str, not int", "abc".rpartition, 1)

# join
assert ",".join(["a", "b", "c"]) == "a,b,c" and "".join([]) == "" and "-".join("abc") == "a-b-c"
assert "é".join(("x", "y")) == "xéy" and ", ".join(x for x in ["1", "2"]) == "1, 2"
assert "-".join({"k": 1}) == "k"
raises(TypeError, "sequence item 1: expected str instance, int found", ",".join, ["a", 1])
raises(TypeError, "can only join an iterable", ",".join, 1)
print("ok")
