# String formatting: f-string format specs, format(), and printf-style % formatting.
x = 3.14159
n = 1234567
assert f"{x:.2f}" == "3.14" and f"{x:8.3f}|" == "   3.142|" and f"{x:<8.1f}|" == "3.1     |"
assert f"{n:,}" == "1,234,567" and f"{n:_}" == "1_234_567" and f"{n:>10}" == "   1234567"
assert f"{255:x}" == "ff" and f"{255:#X}" == "0XFF" and f"{5:08b}" == "00000101" and f"{-42:+d}" == "-42"
assert f"{42:+d}" == "+42" and f"{7:^7}" == "   7   " and f"{'ab':*^6}" == "**ab**" and f"{'abc':.2}" == "ab"
assert f"{0.5:%}" == "50.000000%" and f"{1e10:e}" == "1.000000e+10" and f"{1234.5:g}" == "1234.5"
assert f"{1.0:.3}" == "1.0" and f"{1234.5678:.3}" == "1.23e+03" and f"{2.5}" == "2.5"
width = 6
assert f"{n:>{width}}" == "1234567" and f"{'x':>{width}}" == "     x"
assert f"{'q'!r:>5}" == "  'q'"
assert format(3.5, ".1f") == "3.5" and format(10) == "10" and format("s", ">3") == "  s"
assert f"{-0.0:.1f}" == "-0.0" and f"{12:05d}" == "00012" and f"{-12:05d}" == "-0012"
assert "%d items" % 5 == "5 items" and "%s and %r" % ("a", "b") == "a and 'b'"
assert "%.2f|%5d|%-5s|%05.1f" % (2.345, 42, "ab", 3.14159) == "2.35|   42|ab   |003.1"
assert "%x %o %X %%" % (255, 8, 255) == "ff 10 FF %" and "%(name)s=%(value)d" % {"name": "k", "value": 7} == "k=7"
assert "%s" % [1, 2] == "[1, 2]" and "%3s|" % "a" == "  a|" and "%+d" % 5 == "+5" and "%e" % 1234.5 == "1.234500e+03"
try:
    "%d %d" % (1,)
except TypeError as e:
    assert str(e) == "not enough arguments for format string"
try:
    "%d" % (1, 2)
except TypeError as e:
    assert str(e) == "not all arguments converted during string formatting"
try:
    f"{1:.2d}"
except ValueError as e:
    assert str(e) == "Precision not allowed in integer format specifier"
try:
    format(1.5, "q")
except ValueError as e:
    assert str(e) == "Unknown format code 'q' for object of type 'float'"
class Money:
    def __format__(self, spec):
        return "$" + spec
assert f"{Money():0.2}" == "$0.2"
