# Integer and float arithmetic, big ints, comparisons and numeric conversions.
assert 1 + 2 == 3
assert 7 - 10 == -3
assert 6 * 7 == 42
assert 7 // 2 == 3 and -7 // 2 == -4 and 7 // -2 == -4
assert 7 % 3 == 1 and -7 % 3 == 2 and 7 % -3 == -2
assert 2 ** 10 == 1024
assert 2 ** -1 == 0.5
assert 7 / 2 == 3.5
assert 1 << 10 == 1024 and 1024 >> 3 == 128 and -1 >> 100 == -1
assert (6 & 3) == 2 and (6 | 3) == 7 and (6 ^ 3) == 5 and ~5 == -6
assert -(-3) == 3 and +4 == 4

# Beyond 48 bits: big ints and the boundaries of the immediate range.
big = 2 ** 47
assert big - 1 + 1 == big
assert big * big == 2 ** 94
assert str(2 ** 100) == "1267650600228229401496703205376"
assert (2 ** 100) // (2 ** 98) == 4
assert -(2 ** 100) % 7 == 5
assert 10 ** 30 + 1 > 10 ** 30
assert (2 ** 64) - (2 ** 64) == 0
assert 140737488355327 + 1 == 140737488355328
assert -140737488355328 - 1 == -140737488355329
assert 12345678901234567890 * 98765432109876543210 == 1219326311370217952237463801111263526900
assert hash(2 ** 47) == hash(float(2 ** 47))

# Floats.
assert 0.1 + 0.2 == 0.30000000000000004
assert repr(0.1) == "0.1" and repr(1e16) == "1e+16" and repr(-0.0) == "-0.0"
assert str(1.0) == "1.0" and str(2.5) == "2.5"
assert 7.0 // 2 == 3.0 and -7.0 % 3 == 2.0
assert 1 / 3 == 0.3333333333333333
assert 3 == 3.0 and 2 ** 53 + 1 != float(2 ** 53 + 1)
assert 1 < 1.5 < 2
assert float("1.5") == 1.5 and float(" -2 ") == -2.0 and int(3.9) == 3 and int(-3.9) == -3
assert int("  42 ") == 42 and int("-0x1f", 16) == -31 and int("0b101", 0) == 5 and int("1_000") == 1000
assert abs(-5) == 5 and abs(-2.5) == 2.5
assert divmod(17, 5) == (3, 2) and pow(3, 4, 5) == 1 and pow(2, 10) == 1024
assert round_trip if (round_trip := True) else False

# Booleans are ints.
assert True + True == 2 and True * 3 == 3 and (True & False) is False
assert isinstance(True, int) and not isinstance(1, bool)

def raises(exc_type, message, function):
    try:
        function()
    except exc_type as e:
        assert str(e) == message, (str(e), message)
        return
    raise AssertionError("no exception")

raises(ZeroDivisionError, "division by zero", lambda: 1 / 0)
raises(ZeroDivisionError, "integer division or modulo by zero", lambda: 1 // 0)
raises(ZeroDivisionError, "integer modulo by zero", lambda: 1 % 0)
raises(ZeroDivisionError, "float division by zero", lambda: 1.0 / 0)
raises(TypeError, "unsupported operand type(s) for +: 'int' and 'str'", lambda: 1 + "a")
raises(TypeError, "can only concatenate str (not \"int\") to str", lambda: "a" + 1)
raises(TypeError, "'<' not supported between instances of 'int' and 'str'", lambda: 1 < "a")
raises(ValueError, "invalid literal for int() with base 10: 'x'", lambda: int("x"))
raises(ValueError, "could not convert string to float: 'abc'", lambda: float("abc"))
raises(TypeError, "bad operand type for unary -: 'str'", lambda: -"a")
raises(OverflowError, "int too large to convert to float", lambda: float(10 ** 400))
