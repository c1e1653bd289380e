# str transformations: replace (count, empty old) strip/lstrip/rstrip (Unicode whitespace,
# chars) center ljust rjust zfill expandtabs removeprefix removesuffix translate maketrans
# format format_map, with CPython's error messages.

def raises(exc_type, message, f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except exc_type as e:
        assert type(e) is exc_type, (type(e), exc_type)
        assert str(e) == message, (str(e), message)
        return e
    raise AssertionError(f"{exc_type.__name__} not raised")

# replace
assert "aaa".replace("a", "b") == "bbb" and "aaa".replace("a", "b", 2) == "bba" and "aaa".replace("a", "b", 0) == "aaa"
assert "aaa".replace("a", "b", -1) == "bbb" and "abc".replace("x", "y") == "abc" and "aaaa".replace("aa", "a") == "aa"
assert "abc".replace("", "-") == "-a-b-c-" and "abc".replace("", "-", 2) == "-a-bc" and "".replace("", "x") == "x"
assert "héllo".replace("é", "e") == "hello" and "é🙂".replace("", "|") == "|é|🙂|"
raises(TypeError, "replace() argument 1 must be str, not int", "abc".replace, 1, "a")
raises(TypeError, "replace() argument 2 must be str, not int", "abc".replace, "a", 1)
raises(TypeError, "'str' object cannot be interpreted as an integer", "abc".replace, "a", "b", "c")
raises(TypeError, "str.replace() takes no keyword arguments", lambda: "abc".replace("b", "x", count=1))

# strip
assert "  abc \n".strip() == "abc" and "  abc ".lstrip() == "abc " and "  abc ".rstrip() == "  abc"
assert "\u3000\x85abc\u2003\x1c".strip() == "abc" and "\u200babc".strip() == "\u200babc"
assert "xxabcyx".strip("xy") == "abc" and "xxabc".lstrip("x") == "abc" and "abcxx".rstrip("x") == "abc"
assert "ééaé".strip("é") == "a" and "abc".strip("") == "abc" and "abc".strip(None) == "abc"
raises(TypeError, "strip arg must be None or str", "abc".strip, 1)
raises(TypeError, "lstrip arg must be None or str", "abc".lstrip, 1)
raises(TypeError, "rstrip arg must be None or str", "abc".rstrip, 1)

# padding
assert "abc".center(7) == "  abc  " and "abc".center(6) == " abc  " and "ab".center(5, "*") == "**ab*"
assert "abc".center(2) == "abc" and "x".center(4, "é") == "éxéé" and "ab".center(7, "-") == "---ab--"
assert "abc".ljust(5) == "abc  " and "abc".rjust(5, "0") == "00abc" and "abc".ljust(-1) == "abc"
assert "42".zfill(5) == "00042" and "-42".zfill(5) == "-0042" and "+x".zfill(4) == "+00x" and "abc".zfill(2) == "abc"
assert "é".zfill(3) == "00é" and "".zfill(2) == "00"
raises(TypeError, "The fill character must be exactly one character long", "abc".center, 5, "ab")
raises(TypeError, "The fill character must be a unicode character, not int", "abc".ljust, 5, 1)
raises(TypeError, "'str' object cannot be interpreted as an integer", "abc".center, "a")
raises(TypeError, "'str' object cannot be interpreted as an integer", "abc".zfill, "a")

# expandtabs
assert "a\tb".expandtabs() == "a       b" and "a\tb".expandtabs(4) == "a   b" and "a\tb".expandtabs(tabsize=2) == "a b"
assert "ab\tc\nd\te".expandtabs(3) == "ab c\nd  e" and "a\tb".expandtabs(0) == "ab" and "é\t|".expandtabs(4) == "é   |"
assert "a\r\tb".expandtabs(4) == "a\r    b"
raises(TypeError, "'str' object cannot be interpreted as an integer", "abc".expandtabs, "a")

# removeprefix / removesuffix
assert "abcdef".removeprefix("abc") == "def" and "abcdef".removeprefix("x") == "abcdef" and "abc".removeprefix("") == "abc"
assert "abcdef".removesuffix("def") == "abc" and "abc".removesuffix("abcd") == "abc" and "héé".removesuffix("é") == "hé"
raises(TypeError, "removeprefix() argument must be str, not int", "abc".removeprefix, 1)
raises(TypeError, "removesuffix() argument must be str, not int", "abc".removesuffix, 1)

# translate / maketrans
assert "abc".translate({97: "xy", 98: None, 99: 65}) == "xyA" and "abc".translate({}) == "abc"
assert "aéb".translate({ord("é"): "E", ord("a"): None}) == "Eb" and "abc".translate([None] * 97 + ["x"]) == "xbc"
assert str.maketrans("ab", "cd") == {97: 99, 98: 100} and str.maketrans("a", "b", "xy") == {97: 98, 120: None, 121: None}
assert str.maketrans({"a": "b", 99: None}) == {97: "b", 99: None} and "abc".maketrans("a", "z") == {97: 122}
assert "hello".translate(str.maketrans("lo", "01", "h")) == "e001"
raises(TypeError, "character mapping must return integer, None or str", "abc".translate, {97: 1.5})
raises(ValueError, "character mapping must be in range(0x110000)", "abc".translate, {97: 0x110000})
raises(TypeError, "'int' object is not subscriptable", "abc".translate, 1)
raises(TypeError, "if you give only one argument to maketrans it must be a dict", str.maketrans, 1)
raises(ValueError, "string keys in translate table must be of length 1", str.maketrans, {"ab": 1})
raises(TypeError, "keys in translate table must be strings or integers", str.maketrans, {1.5: 1})
raises(ValueError, "the first two maketrans arguments must have equal length", str.maketrans, "ab", "c")
raises(TypeError, "maketrans() argument 3 must be str, not int", str.maketrans, "ab", "cd", 1)
raises(TypeError, "first maketrans argument must be a string if there is a second argument", str.maketrans, 1, "a")
raises(TypeError, "maketrans() argument 2 must be str, not int", str.maketrans, "a", 1)

# format / format_map
assert "{0}-{x}".format(1, x=2) == "1-2" and "{a}{b}".format_map({"a": 1, "b": 2}) == "12" and "abc".format_map(1) == "abc"
class Missing(dict):
    def __missing__(self, key):
        return "<" + key + ">"
assert "{a} {b}".format_map(Missing(a=1)) == "1 <b>"
assert "{x[0]}".format_map({"x": [5]}) == "5"
raises(KeyError, "'x'", "a{x}c".format_map, {})
raises(ValueError, "Format string contains positional fields", "{}".format_map, {})
raises(ValueError, "Format string contains positional fields", "{0}".format_map, {})
print("ok")

# argument-clinic messages name None as "None"; the older ones say "NoneType"
raises(TypeError, "replace() argument 1 must be str, not None", "abc".replace, None, "a")
raises(TypeError, "removeprefix() argument must be str, not None", "abc".removeprefix, None)
raises(TypeError, "maketrans() argument 2 must be str, not None", str.maketrans, "a", None)
raises(TypeError, "The fill character must be a unicode character, not NoneType", "abc".center, 5, None)
raises(TypeError, "must be str, not NoneType", "abc".partition, None)
raises(TypeError, "'NoneType' object cannot be interpreted as an integer", "abc".zfill, None)
print("ok")
