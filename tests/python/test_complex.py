# complex: literals, construction from numbers and strings, repr, arithmetic mixing int
# and float, **, abs, equality and hashing with int/float, attributes, error messages.


def raises(exc, msg, f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except exc as e:
        assert str(e) == msg, (str(e), msg)
        return
    raise AssertionError("no exception, expected " + msg)

# literals and repr
assert repr(1j) == '1j' and repr(1.5j) == '1.5j' and repr(0j) == '0j' and repr(-0j) == '(-0-0j)'
assert repr(1 + 2j) == '(1+2j)' and repr(1 - 2j) == '(1-2j)' and str(1 + 2j) == '(1+2j)'
assert repr(complex(-0.0, -0.0)) == '(-0-0j)' and repr(complex(0.0, -0.0)) == '-0j'
assert repr(complex(1e16, 1e-5)) == '(1e+16+1e-05j)' and repr(1e300j * 1e10) == 'infj'
assert repr(complex(float('nan'), float('inf'))) == '(nan+infj)' and repr(complex('-nan+nanj')) == '(nan+nanj)'
assert repr(2.5 + 0j) == '(2.5+0j)' and repr(-1j) == '(-0-1j)' and repr(0 - 1j) == '-1j'
assert type(1j) is complex and (1j).__class__ is complex

# construction
assert complex() == 0j and complex(1) == 1 + 0j and complex(1.5, 2) == 1.5 + 2j and complex(True) == 1
assert complex(real=1, imag=2) == 1 + 2j and complex(imag=3) == 3j
assert complex(1 + 2j, 1j) == 2j and complex(1j, 1j) == -1 + 1j
assert complex('1+2j') == 1 + 2j and complex(' ( 1+2j ) ') == 1 + 2j and complex('j') == 1j
assert complex('-j') == -1j and complex('+j') == 1j and complex('1e3j') == 1000j and complex('1_0j') == 10j
assert repr(complex('inf')) == '(inf+0j)' and repr(complex('nanj')) == 'nanj' and repr(complex('infj')) == 'infj'
assert complex('1+2J') == 1 + 2j and complex('+1.5e-3-2.5E+2j') == 0.0015 - 250j and complex('(1)') == 1
assert repr(complex('1e500j')) == 'infj' and complex('1-j') == 1 - 1j and complex('.5') == 0.5
assert complex('-1.5') == -1.5 and complex('  3j  ') == 3j

class WithComplex:
    def __complex__(self):
        return 4 + 5j
class WithFloat:
    def __float__(self):
        return 2.5
assert complex(WithComplex()) == 4 + 5j and complex(WithFloat()) == 2.5 and complex(1, WithFloat()) == 1 + 2.5j

for bad in ['1+', '', '1 + 2j', 'j1', '1jj', '(1', '1+2', 'abc', '1e', '--1', '0x1']:
    raises(ValueError, "complex() arg is a malformed string", complex, bad)
for bad in ['1__0j', '_1j', '1_', '1_j']:
    raises(ValueError, "could not convert string to complex: " + repr(bad), complex, bad)
assert complex('1e5_0j') == 1e50j and repr(complex(-0.0, 0.0)) == '(-0+0j)'
raises(TypeError, "complex() can't take second arg if first is a string", complex, '1', 2)
raises(TypeError, "complex() second arg can't be a string", complex, 1, '2')
raises(TypeError, "complex() first argument must be a string or a number, not 'NoneType'", complex, None)
raises(TypeError, "complex() second argument must be a number, not 'NoneType'", complex, 1, None)
raises(TypeError, "complex() takes at most 2 arguments (3 given)", complex, 1, 2, 3)
raises(TypeError, "'x' is an invalid keyword argument for complex()", complex, x=1)
raises(OverflowError, "int too large to convert to float", complex, 2**2000)

# arithmetic
assert (1 + 2j) + (3 - 1j) == 4 + 1j and (1 + 2j) - 1 == 2j and 1 - 1j == complex(1, -1)
assert (1 + 2j) * (3 - 1j) == 5 + 5j and 2 * (1 + 1j) == 2 + 2j and 1.5 * 2j == 3j
assert repr((1 + 2j) / (3 - 1j)) == '(0.1+0.7000000000000001j)' and 1 / 2j == -0.5j and (4 + 2j) / 2 == 2 + 1j
assert 1j + 1 == 1 + 1j and 1 + 1j + 0.5 == 1.5 + 1j and True + 1j == 1 + 1j
assert -(1 + 2j) == -1 - 2j and +(1 + 2j) == 1 + 2j
assert (1 + 1j) ** 2 == 2j and 1j ** 2 == -1 and 1j ** 0 == 1 and (2 + 0j) ** -1 == 0.5
assert repr((1 + 1j) ** 0.5) == '(1.0986841134678098+0.45508986056222733j)'
assert repr(2 ** 1j) == '(0.7692389013639721+0.6389612763136348j)'
assert repr((-8) ** (1 / 3)) == '(1.0000000000000002+1.7320508075688772j)'
assert repr((-1) ** 0.5) == '(6.123233995736766e-17+1j)' and repr((-1.0) ** 0.5) == '(6.123233995736766e-17+1j)'
assert repr(1e308 * 1j * 1e308j) == '(-inf+0j)'
assert repr((1e200 + 1e200j) ** 10) == '(nan+nanj)'
assert 0j ** 0 == 1 and 0j ** 2 == 0
raises(ZeroDivisionError, "complex division by zero", lambda: 1 / 0j)
raises(ZeroDivisionError, "complex division by zero", lambda: 1j / 0)
raises(ZeroDivisionError, "complex division by zero", lambda: 1j / 0.0)
raises(ZeroDivisionError, "0.0 to a negative or complex power", lambda: 0j ** -1)
raises(ZeroDivisionError, "0.0 to a negative or complex power", lambda: 0j ** 1j)
raises(TypeError, "unsupported operand type(s) for //: 'complex' and 'int'", lambda: 1j // 2)
raises(TypeError, "unsupported operand type(s) for %: 'complex' and 'int'", lambda: 1j % 2)
raises(TypeError, "unsupported operand type(s) for +: 'complex' and 'str'", lambda: 1j + 'a')
raises(TypeError, "bad operand type for unary ~: 'complex'", lambda: ~1j)
raises(TypeError, "'<' not supported between instances of 'complex' and 'complex'", lambda: 1j < 2j)
raises(TypeError, "'>=' not supported between instances of 'int' and 'complex'", lambda: 1 >= 2j)
raises(OverflowError, "int too large to convert to float", lambda: 1j + 2**2000)
x = 1 + 1j
x += 1
x *= 2j
assert x == -2 + 4j

# abs, equality, hashing, truth
assert abs(3 + 4j) == 5.0 and abs(-2j) == 2.0 and abs(complex(1e308, 1e308)) == 1.4142135623730951e+308
assert abs(complex(float("inf"), float("nan"))) == float("inf")
assert 1j == 1j and (1 + 0j) == 1 and (1 + 0j) == 1.0 and 1 == (1 + 0j) and 1j != 1 and (2**53 + 1) != complex(2**53 + 1)
assert (1 + 0j) != 'a' and not (1j == None)
assert hash(1 + 0j) == hash(1) and hash(2.5 + 0j) == hash(2.5) and hash(0j) == 0 and hash(-1 + 0j) == hash(-1)
assert hash(1.5j) == hash(1.5j) and hash(1j) == 1000003 and hash(1 + 1j) == 1000004
d = {1: 'one'}
assert d[1 + 0j] == 'one'
assert bool(0j) is False and bool(1j) is True and bool(complex(0, -0.0)) is False

# attributes and methods
assert (1 + 2j).real == 1.0 and (1 + 2j).imag == 2.0 and type((1j).real) is float
assert (1 + 2j).conjugate() == 1 - 2j and 0j.real == 0.0
raises(AttributeError, "'complex' object has no attribute 'foo'", lambda: (1j).foo)
raises(TypeError, "int() argument must be a string, a bytes-like object or a real number, not 'complex'", int, 1j)
raises(TypeError, "float() argument must be a string or a real number, not 'complex'", float, 1j)
raises(TypeError, "type complex doesn't define __round__ method", round, 1j)
raises(ValueError, "complex modulo", pow, 1j, 2, 3)
assert isinstance(1j, complex) and not isinstance(1j, float)
assert sum([1j, 2, 0.5]) == 2.5 + 1j

# format()
assert format(1 + 2j, '') == '(1+2j)' and format(1 + 2j, '10') == '    (1+2j)' and format(2j, '<12') == '2j          '
assert format(1 + 2j, '.2f') == '1.00+2.00j' and format(2j, 'f') == '0.000000+2.000000j' and format(1 + 2j, '+') == '(+1+2j)'
assert format(1.5 - 2.25j, '.2') == '(1.5-2.2j)' and format(2j, '+') == '+2j' and format(-0j, '.2f') == '-0.00-0.00j'
assert format(1 + 2j, '*^20') == '*******(1+2j)*******' and format(complex(1e20, -1e-20), 'G') == '1E+20-1E-20j'
assert format(complex('nan+infj'), 'E') == 'NAN+INFj' and f'{1.5-2.25j:>20.2e}' == '  1.50e+00-2.25e+00j' and f'{1j}' == '1j'
raises(ValueError, "'=' alignment flag is not allowed in complex format specifier", format, 1j, '=10')
raises(ValueError, "Zero padding is not allowed in complex format specifier", format, 1j, '010')
raises(ValueError, "Unknown format code 'd' for object of type 'complex'", format, 1j, 'd')

class C(complex):
    pass
c = C(1, 2)
assert type(c) is C and c == 1 + 2j and c.real == 1.0 and c + 1 == 2 + 2j and abs(C(3, 4)) == 5.0 and repr(c) == '(1+2j)'
assert complex.__add__(1j, 1) == 1 + 1j and (1j).__abs__() == 1.0
print("ok")
