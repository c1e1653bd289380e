# str.format and more str methods.
assert "{} + {} = {}".format(1, 2, 3) == "1 + 2 = 3" and "{0}{1}{0}".format("a", "b") == "aba"
assert "{name}: {value:>5.1f}".format(name="pi", value=3.14159) == "pi:   3.1"
assert "{0[1]} {0[0]}".format(["x", "y"]) == "y x" and "{!r}".format("q") == "'q'" and "{{}}".format() == "{}"
assert "{:{width}}|".format("a", width=3) == "a  |" and "{d[k]}".format(d={"k": 5}) == "5"
class P:
    x = 9
assert "{0.x}".format(P()) == "9"
assert "banana".count("an") == 2 and "12".isdigit() and not "1a".isdigit() and "ab".isalpha() and "  ".isspace()
assert "ABC".isupper() and "abc".islower() and not "aB".isupper() and "a1".isalnum()
assert "xxhixx".lstrip("x") == "hixx" and "xxhixx".rstrip("x") == "xxhi" and "  a ".rstrip() == "  a"
assert "ab".center(6, "*") == "**ab**" and "ab".ljust(4) == "ab  " and "ab".rjust(4, "0") == "00ab"
assert "42".zfill(5) == "00042" and "-42".zfill(5) == "-0042" and "a\nb\r\nc".splitlines() == ["a", "b", "c"]
assert "k=v=w".partition("=") == ("k", "=", "v=w") and "abc".partition("x") == ("abc", "", "")
assert "hello".index("l") == 2 and "hello world".title() == "Hello World" and "hELLO".capitalize() == "Hello"
try:
    "abc".index("z")
except ValueError as e:
    assert str(e) == "substring not found"
try:
    "{}".format()
except IndexError as e:
    assert str(e) == "Replacement index 0 out of range for positional args tuple"
try:
    "{x}".format(y=1)
except KeyError as e:
    assert e.args == ("x",)
