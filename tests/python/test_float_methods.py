# float: hex/fromhex, as_integer_ratio, is_integer, rounding and truncation methods,
# real/imag/conjugate, correctly rounded round(x, n), float(...) parsing edge cases.

def raises(exc, msg, f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except exc as e:
        assert str(e) == msg, (str(e), msg)
        return
    raise AssertionError("no exception, expected " + msg)

inf = float('inf')
nan = float('nan')

# hex
assert (1.5).hex() == '0x1.8000000000000p+0' and (0.0).hex() == '0x0.0p+0' and (-0.0).hex() == '-0x0.0p+0'
assert (1e-320).hex() == '0x0.00000000007e8p-1022' and (0.1).hex() == '0x1.999999999999ap-4'
assert inf.hex() == 'inf' and (-inf).hex() == '-inf' and nan.hex() == 'nan' and (-2.0).hex() == '-0x1.0000000000000p+1'
assert (5e-324).hex() == '0x0.0000000000001p-1022' and (1.7976931348623157e308).hex() == '0x1.fffffffffffffp+1023'

# fromhex
assert float.fromhex('0x1.8p1') == 3.0 and float.fromhex('  -0X1P-2  ') == -0.25 and float.fromhex('1.8') == 1.5
assert float.fromhex('inf') == inf and float.fromhex('-Infinity') == -inf and repr(float.fromhex('nan')) == 'nan'
assert float.fromhex('0x.8') == 0.5 and float.fromhex('0x1.0000000000000801p0') == 1.0000000000000002
assert float.fromhex('0x1p-1074') == 5e-324 and float.fromhex('0x1p-1075') == 0.0 and float.fromhex('0x1.8p-1075') == 5e-324
assert float.fromhex('0x1.fffffffffffffp+1023') == 1.7976931348623157e308 and float.fromhex('0X10') == 16.0
assert float.fromhex('-0x0p0') == 0.0 and repr(float.fromhex('-0x0p0')) == '-0.0'
for x in [0.1, 1.5, -3.25, 1e300, 5e-324, 2.2250738585072014e-308, 123456.789]:
    assert float.fromhex(x.hex()) == x
assert (1.0).fromhex('0x2') == 2.0
raises(OverflowError, "hexadecimal value too large to represent as a float", float.fromhex, '0x1.fffffffffffff8p1023')
raises(OverflowError, "hexadecimal value too large to represent as a float", float.fromhex, '0x1p1024')
for bad in ['0x', '0x1p', 'x', '', '0x1.2.3', '0x1p+', '1 2', '0xg']:
    raises(ValueError, "invalid hexadecimal floating-point string", float.fromhex, bad)
raises(TypeError, "bad argument type for built-in operation", float.fromhex, 1)

# as_integer_ratio, is_integer
assert (1.5).as_integer_ratio() == (3, 2) and (0.1).as_integer_ratio() == (3602879701896397, 36028797018963968)
assert (-0.0).as_integer_ratio() == (0, 1) and (-2.0).as_integer_ratio() == (-2, 1) and (1e20).as_integer_ratio() == (10**20, 1)
assert (5e-324).as_integer_ratio() == (1, 2**1074)
raises(OverflowError, "cannot convert Infinity to integer ratio", inf.as_integer_ratio)
raises(ValueError, "cannot convert NaN to integer ratio", nan.as_integer_ratio)
assert (2.0).is_integer() and not (2.5).is_integer() and not inf.is_integer() and not nan.is_integer() and (-0.0).is_integer()

# rounding methods
assert (2.5).__round__() == 2 and (3.5).__round__() == 4 and (2.675).__round__(2) == 2.67 and (1.5).__round__(None) == 2
assert type((2.5).__round__()) is int and type((2.5).__round__(0)) is float
assert (2.5).__trunc__() == 2 and (-2.5).__trunc__() == -2 and (-2.5).__floor__() == -3 and (-2.5).__ceil__() == -2
assert (1e20).__trunc__() == 10**20 and (1.9).__int__() == 1 and (1.5).__float__() == 1.5
raises(ValueError, "cannot convert float NaN to integer", nan.__trunc__)
raises(OverflowError, "cannot convert float infinity to integer", inf.__floor__)
raises(OverflowError, "cannot convert float infinity to integer", round, inf)
raises(ValueError, "cannot convert float NaN to integer", round, nan)
raises(TypeError, "'float' object cannot be interpreted as an integer", (1.5).__round__, 1.5)
assert (1.5).conjugate() == 1.5 and (1.5).real == 1.5 and (1.5).imag == 0.0 and type((2.0).imag) is float

# round(x, n): correctly rounded, halves to even on the exact binary value
assert round(0.5) == 0 and round(1.5) == 2 and round(-0.5) == 0 and round(2.5, 0) == 2.0
assert round(1e300, -300) == 1e300 and round(123.456, -1) == 120.0 and round(5e-324, 400) == 5e-324
assert round(1.2345, 3) == 1.234 and round(2.675, 2) == 2.67 and round(1.005, 2) == 1.0 and round(0.125, 2) == 0.12
assert round(0.375, 2) == 0.38 and round(125.0, -1) == 120.0 and round(135.0, -1) == 140.0 and round(-125.0, -1) == -120.0
assert round(1.7976931348623157e308, -3) == 1.7976931348623157e308 and round(1e22, 5) == 1e22
assert repr(round(-0.4)) == '0' and repr(round(-0.4, 0)) == '-0.0' and repr(round(0.4, -1)) == '0.0'
assert round(1.5, -400) == 0.0 and repr(round(-1.5, -400)) == '-0.0' and round(1.5, 400) == 1.5
assert round(inf, 2) == inf and repr(round(nan, 2)) == 'nan'
raises(OverflowError, "rounded value too large to represent", round, 1.7976931348623157e308, -308)
assert round(99.5) == 100 and round(0.045, 2) == 0.04 and round(9.995, 2) == 9.99

# float(...) parsing
assert float('  1_000.5 ') == 1000.5 and float('-iNF') == -inf and repr(float('+nan')) == 'nan'
assert float('1e500') == inf and float('1.e5') == 100000.0 and float('.5') == 0.5 and float('5.') == 5.0
assert float('Infinity') == inf and float('\t-1.5e-3\n') == -0.0015 and float('1_0e1_0') == 1e11
assert float(b'1.5') == 1.5 and float(bytearray(b'2')) == 2.0 and float('١٢') == 12.0 and float('1\u00a0') == 1.0
for bad in ['1__0', '0x10', '.', '', ' ', 'infinit', '_1', '1_', '1e', 'e5', 'nan(1)', '1.5.', '+-1', 'in f', '1_.5']:
    raises(ValueError, "could not convert string to float: " + repr(bad), float, bad)
raises(ValueError, "could not convert string to float: b'x'", float, b'x')
raises(TypeError, "float() argument must be a string or a real number, not 'list'", float, [])
raises(TypeError, "float() argument must be a string or a real number, not 'NoneType'", float, None)
raises(OverflowError, "int too large to convert to float", float, 2**1024)
raises(TypeError, "float expected at most 1 argument, got 2", float, 1, 2)
class F:
    def __float__(self):
        return 2.5
class BadF:
    def __float__(self):
        return 1
class Idx:
    def __index__(self):
        return 7
assert float(F()) == 2.5 and float(Idx()) == 7.0
raises(TypeError, "BadF.__float__ returned non-float (type int)", float, BadF())
assert float() == 0.0 and float(True) == 1.0 and float(-3) == -3.0
print("ok")
