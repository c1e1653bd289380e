# int: to_bytes/from_bytes, bit_count, as_integer_ratio, conjugate, attributes, __index__,
# pow(a, b, m), int(x, base) parsing and messages, the 4300-digit int<->str limit.
import sys

def raises(exc, msg, f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except exc as e:
        assert str(e) == msg, (str(e), msg)
        return
    raise AssertionError("no exception, expected " + msg)

# to_bytes / from_bytes
assert (1024).to_bytes(2, 'big') == b'\x04\x00' and (1024).to_bytes(2, 'little') == b'\x00\x04'
assert (255).to_bytes() == b'\xff' and (0).to_bytes(0) == b'' and (0).to_bytes() == b'\x00'
assert (-1).to_bytes(2, signed=True) == b'\xff\xff' and (-128).to_bytes(1, signed=True) == b'\x80'
assert (1).to_bytes(length=3, byteorder='little') == b'\x01\x00\x00' and (2**64).to_bytes(9) == b'\x01' + bytes(8)
assert (-2**63).to_bytes(8, 'little', signed=True) == bytes(7) + b'\x80' and True.to_bytes() == b'\x01'
raises(OverflowError, "int too big to convert", (1024).to_bytes)
raises(OverflowError, "int too big to convert", (256).to_bytes)
raises(OverflowError, "can't convert negative int to unsigned", (-1).to_bytes)
raises(OverflowError, "int too big to convert", (-129).to_bytes, 1, signed=True)
raises(OverflowError, "int too big to convert", (128).to_bytes, 1, signed=True)
raises(OverflowError, "int too big to convert", (1).to_bytes, 0)
raises(ValueError, "length argument must be non-negative", (1).to_bytes, -1)
raises(ValueError, "byteorder must be either 'little' or 'big'", (1).to_bytes, 2, 'middle')
raises(TypeError, "to_bytes() argument 'byteorder' must be str, not int", (1).to_bytes, 2, 1)
assert int.from_bytes(b'\x04\x00') == 1024 and int.from_bytes(b'\x04\x00', 'little') == 4
assert int.from_bytes(b'\xff', signed=True) == -1 and int.from_bytes(b'', signed=True) == 0 and int.from_bytes(b'') == 0
assert int.from_bytes([1, 2]) == 258 and int.from_bytes(bytearray(b'\x01\x00'), byteorder='little', signed=False) == 1
assert int.from_bytes(b'\x80\x00', 'little', signed=True) == 128 and int.from_bytes(b'\x00\x80', 'little', signed=True) == -32768
assert (5).from_bytes(b'\x07') == 7 and bool.from_bytes(b'\x01') is True and bool.from_bytes(b'\x00') is False
raises(TypeError, "cannot convert 'str' object to bytes", int.from_bytes, 'ab')
raises(ValueError, "byteorder must be either 'little' or 'big'", int.from_bytes, b'\x01', 'mid')
for n in [0, 1, 127, 128, 255, 256, -1, -128, -129, 2**100, -2**100]:
    size = (n.bit_length() + 8) // 8
    for order in ['big', 'little']:
        assert int.from_bytes(n.to_bytes(size, order, signed=True), order, signed=True) == n

# small methods and attributes
assert (7).bit_count() == 3 and (-7).bit_count() == 3 and (2**100 - 1).bit_count() == 100 and (0).bit_count() == 0
assert (5).as_integer_ratio() == (5, 1) and True.as_integer_ratio() == (1, 1) and (-3).as_integer_ratio() == (-3, 1)
assert (5).conjugate() == 5 and type(True.conjugate()) is int and (5).numerator == 5 and (5).denominator == 1
assert (5).real == 5 and (5).imag == 0 and True.real == 1 and type(True.real) is int and True.imag == 0
assert (2**80).numerator == 2**80 and (5).is_integer() is True and (5).__index__() == 5 and True.__index__() == 1
assert (5).__round__(-1) == 0 and (15).__round__(-1) == 20 and (25).__round__(-1) == 20 and (7).__round__() == 7
assert (5).__trunc__() == 5 and (5).__floor__() == 5 and True.__ceil__() == 1 and (5).__float__() == 5.0
assert (5).__int__() == 5 and (255).bit_length() == 8
raises(OverflowError, "int too large to convert to float", (2**1024).__float__)

# pow with a modulus
assert pow(3, -1, 7) == 5 and pow(3, -1, -7) == -2 and pow(-3, 3, 5) == 3 and pow(3, -2, 1) == 0 and pow(3, 4, 1) == 0
assert pow(2, 10, 1000) == 24 and pow(2**100, 2**100, 97) == pow(2**100 % 97, 2**100, 97) and pow(38, -1, 97) * 38 % 97 == 1
raises(ValueError, "base is not invertible for the given modulus", pow, 2, -1, 4)
raises(ValueError, "base is not invertible for the given modulus", pow, 0, -1, 5)
raises(ValueError, "pow() 3rd argument cannot be 0", pow, 3, 2, 0)
raises(TypeError, "pow() 3rd argument not allowed unless all arguments are integers", pow, 3, 2.0, 7)

# int(x, base)
assert int('1_000') == 1000 and int(' 12 ') == 12 and int('0x1f', 0) == 31 and int('0b101', 0) == 5
assert int('0o17', 0) == 15 and int('00', 0) == 0 and int('1f', 16) == 31 and int('0x1f', 16) == 31 and int('z', 36) == 35
assert int('0x_1f', 0) == 31 and int('0_0', 0) == 0 and int('-0x10', 16) == -16 and int('12', base=3) == 5
assert int(' 0x10 ', 0) == 16 and int('\t-1_2\n') == -12 and int('١٢') == 12 and int('١٢', 16) == 18
assert int(b'12') == 12 and int(b'12', 16) == 18 and int(bytearray(b'7')) == 7 and int(b' 1_2 ') == 12
assert int(3.9) == 3 and int(-3.9) == -3 and int(True) == 1 and type(int(True)) is int and int() == 0
assert int('+5') == 5 and int('-0') == 0 and int('Z', 36) == 35 and int('1' * 50) == int('1' * 50, 10)
for text, base in [('017', 0), ('9', 8), ('', 10), ('1__0', 10), ('_1', 10), ('1_', 10), ('+ 1', 10), ('1.5', 10), ('0x', 16), ('0b2', 0)]:
    raises(ValueError, "invalid literal for int() with base %d: %r" % (base, text), int, text, base)
raises(ValueError, "invalid literal for int() with base 10: b'\\xff'", int, b'\xff')
raises(ValueError, "int() base must be >= 2 and <= 36, or 0", int, '12', 1)
raises(ValueError, "int() base must be >= 2 and <= 36, or 0", int, '12', 37)
raises(ValueError, "int() base must be >= 2 and <= 36, or 0", int, '10', 2**70)
raises(TypeError, "int() can't convert non-string with explicit base", int, 12, 10)
raises(TypeError, "int() can't convert non-string with explicit base", int, 1.5, 10)
raises(TypeError, "'x' is an invalid keyword argument for int()", int, x='1')
raises(TypeError, "int() takes at most 2 arguments (3 given)", int, '1', 10, 3)
raises(TypeError, "int() argument must be a string, a bytes-like object or a real number, not 'NoneType'", int, None)
raises(TypeError, "int() argument must be a string, a bytes-like object or a real number, not 'list'", int, [])
raises(OverflowError, "cannot convert float infinity to integer", int, float('inf'))
raises(ValueError, "cannot convert float NaN to integer", int, float('nan'))
class I:
    def __index__(self):
        return 7
class N:
    def __int__(self):
        return 'x'
assert int(I()) == 7 and int('12', I()) == 9
raises(TypeError, "__int__ returned non-int (type str)", int, N())

# the int <-> str digit limit
assert sys.get_int_max_str_digits() == 4300
raises(ValueError, "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit", int, '1' * 4301)
raises(ValueError, "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", str, 10**4300)
raises(ValueError, "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", repr, -10**4300)
assert len(str(10**4299)) == 4300 and int('1' * 4300) > 0 and int('f' * 5000, 16) > 0
raises(ValueError, "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", format, 10**4300, 'd')
raises(ValueError, "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", lambda: f'{10**4300}')
raises(ValueError, "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", lambda: '%d' % 10**4300)
assert hex(10**5000).startswith('0x') and len(format(2**20000, 'x')) == 5001
sys.set_int_max_str_digits(640)
assert sys.get_int_max_str_digits() == 640
raises(ValueError, "Exceeds the limit (640 digits) for integer string conversion: value has 641 digits; use sys.set_int_max_str_digits() to increase the limit", int, '1' * 641)
raises(ValueError, "maxdigits must be 0 or larger than 640", sys.set_int_max_str_digits, 639)
raises(ValueError, "maxdigits must be 0 or larger than 640", sys.set_int_max_str_digits, -1)
raises(TypeError, "'str' object cannot be interpreted as an integer", sys.set_int_max_str_digits, 'x')
sys.set_int_max_str_digits(0)
assert len(str(10**5000)) == 5001 and int('1' * 5000) > 0
sys.set_int_max_str_digits(4300)

# subclasses and class methods
class MyInt(int):
    pass
class MyFloat(float):
    pass
assert type(MyInt.from_bytes(b'\x02')) is MyInt and MyInt.from_bytes(b'\x02') == 2 and type(int.from_bytes(b'\x01')) is int
assert MyInt(5).real == 5 and MyInt(5).to_bytes(2, 'big') == b'\x00\x05' and MyInt('12', 3) == 5
assert type(MyFloat.fromhex('0x1p1')) is MyFloat and MyFloat('1.5').hex() == '0x1.8000000000000p+0' and MyFloat(2.5).imag == 0.0
assert (5).real.__class__ is int and True.numerator == 1
print("ok")
