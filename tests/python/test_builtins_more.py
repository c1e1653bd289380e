# More builtins: round, bin/oct/hex, list.remove, dict.copy/clear/popitem, tuple.index/count,
# int.bit_length, del of attributes, sys.stdout/sys.stderr.
import sys
assert round(2.5) == 2 and round(3.5) == 4 and round(-0.5) == 0 and round(2.675, 2) == 2.67 and round(1234, -2) == 1200
assert round(1250, -2) == 1200 and round(1350, -2) == 1400 and round(0.125, 2) == 0.12 and round(7) == 7
assert isinstance(round(2.5), int) and round(1.23456, 3) == 1.235 and round(-1.5) == -2
assert bin(5) == "0b101" and oct(8) == "0o10" and hex(255) == "0xff" and hex(-255) == "-0xff" and bin(0) == "0b0"
items = [1, 2, 3, 2]
items.remove(2)
assert items == [1, 3, 2]
try:
    items.remove(9)
except ValueError as e:
    assert str(e) == "list.remove(x): x not in list"
d = {"a": 1, "b": 2}
c = d.copy()
c["z"] = 0
assert d == {"a": 1, "b": 2} and c.popitem() == ("z", 0)
c.clear()
assert c == {} and len(c) == 0
assert (1, 2, 1).count(1) == 2 and (5, 6).index(6) == 1
assert (255).bit_length() == 8 and (0).bit_length() == 0 and (-8).bit_length() == 4 and (2 ** 100).bit_length() == 101
class Box:
    pass
b = Box()
b.value = 1
del b.value
assert not hasattr(b, "value")
try:
    del b.value
except AttributeError as e:
    assert str(e) == "'Box' object has no attribute 'value'"
Box.shared = 5
del Box.shared
assert not hasattr(Box, "shared")
print("to stdout", file=sys.stdout)
print("to stderr", file=sys.stderr)
sys.stdout.write("written\n")
assert sys.stdout.write("") == 0

# ascii(): repr with non-ASCII characters escaped
assert ascii('héllo €𝄞\n') == "'h\\xe9llo \\u20ac\\U0001d11e\\n'"
assert ascii(['ä', 1]) == "['\\xe4', 1]" and ascii('plain') == "'plain'" and ascii(5) == '5'
