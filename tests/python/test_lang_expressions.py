# Language reference chapter 6 (expressions): atoms, primaries, operators, precedence,
# comparisons, boolean operations, conditional expressions, lambdas, assignment
# expressions, expression lists and evaluation order.

def raises(exc_type, fn, message=None):
    try:
        fn()
    except exc_type as e:
        if message is not None:
            assert str(e) == message, (str(e), message)
        return e
    raise AssertionError(f"{exc_type.__name__} not raised")

# 6.2 atoms: literals, displays, comprehensions, parenthesized forms
assert (1, 2) == tuple([1, 2]) and () == tuple() and (1,) == tuple([1])
assert [x * x for x in range(4) if x % 2 == 0] == [0, 4]
assert {x: x + 1 for x in 'ab'} == {'a': 'a' + '1'} if False else {x: x for x in 'ab'} == {'a': 'a', 'b': 'b'}
assert {x % 3 for x in range(10)} == {0, 1, 2}
assert [(x, y) for x in range(2) for y in range(x)] == [(1, 0)]
assert [*range(2), *'ab'] == [0, 1, 'a', 'b'] and {**{'a': 1}, 'b': 2, **{'a': 3}} == {'a': 3, 'b': 2}
gen = (i for i in range(3))
assert next(gen) == 0 and list(gen) == [1, 2]
assert 'abc' 'def' == 'abcdef' and f"{1+1}{'x'!r:>5}" == "2  'x'"
assert 0x1F == 31 and 0o17 == 15 and 0b101 == 5 and 1_000 == 1000 and 1e3 == 1000.0

# 6.3 primaries: attribute references, subscriptions, slicings, calls
class Obj:
    attr = 5
    def method(self, *args, **kwargs):
        return args, kwargs
o = Obj()
assert o.attr == 5 and [1, 2, 3][-1] == 3 and 'hello'[1:4] == 'ell' and [0, 1, 2, 3, 4][::2] == [0, 2, 4]
assert [0, 1, 2, 3][1:-1] == [1, 2] and 'abc'[::-1] == 'cba' and (1, 2, 3)[5:] == ()
assert o.method(1, *[2, 3], a=1, **{'b': 2}) == ((1, 2, 3), {'a': 1, 'b': 2})
raises(TypeError, lambda: o.method(a=1, **{'a': 2}), "__main__.Obj.method() got multiple values for keyword argument 'a'")
d = {(1, 2): 'tuple key'}
assert d[1, 2] == 'tuple key'

# 6.4 await is covered by the coroutine tests; 6.5 power operator
assert 2 ** 3 ** 2 == 512 and -2 ** 2 == -4 and 2 ** -1 == 0.5
raises(ZeroDivisionError, lambda: 0 ** -1, "0.0 cannot be raised to a negative power")

# 6.6 unary, 6.7 binary arithmetic, 6.8 shifts, 6.9 bitwise
assert -(-3) == 3 and +3 == 3 and ~5 == -6 and ~True == -2
assert 7 // 2 == 3 and -7 // 2 == -4 and 7 % -3 == -2 and -7 % 3 == 2 and 7 / 2 == 3.5
assert divmod(-7, 2) == (-4, 1) and 7.5 // 2 == 3.0 and -7.5 % 2 == 0.5
assert 1 << 70 == 1180591620717411303424 and -16 >> 2 == -4 and 5 & 3 == 1 and 5 | 3 == 7 and 5 ^ 3 == 6
raises(ValueError, lambda: 1 << -1, "negative shift count")
raises(ZeroDivisionError, lambda: 1 / 0, "division by zero")
raises(ZeroDivisionError, lambda: 1 // 0, "integer division or modulo by zero")
raises(ZeroDivisionError, lambda: 1 % 0, "integer modulo by zero")
raises(ZeroDivisionError, lambda: 1.0 / 0, "float division by zero")
raises(TypeError, lambda: 1 + 'a', "unsupported operand type(s) for +: 'int' and 'str'")
raises(TypeError, lambda: 'a' + 1, 'can only concatenate str (not "int") to str')
raises(TypeError, lambda: [] * 1.5, "can't multiply sequence by non-int of type 'float'")
raises(TypeError, lambda: -'a', "bad operand type for unary -: 'str'")
assert [1] * 3 == [1, 1, 1] and 3 * 'ab' == 'ababab' and [1] * -1 == []

# 6.10 comparisons, chaining, identity, membership
assert 1 < 2 < 3 and not (1 < 3 < 2) and (1 == 1.0) and 'a' < 'b' < 'c' and [1, 2] < [1, 3]
assert (1, 2) < (1, 2, 0) and not ((1, 2) < (1, 2)) and {1} < {1, 2} and not ({1} < {1})
calls = []
def value(x):
    calls.append(x)
    return x
assert not (value(1) > value(2) > value(3)) and calls == [1, 2]   # short-circuit chain
x = [1]
assert x is x and x is not [1] and 1 in x and 2 not in x and 'b' in 'abc' and '' in 'abc'
raises(TypeError, lambda: 1 < 'a', "'<' not supported between instances of 'int' and 'str'")
raises(TypeError, lambda: 1 in 5, "argument of type 'int' is not iterable")
nan = float('nan')
assert nan != nan and not (nan == nan) and [nan] == [nan]   # identity shortcut in containers

# 6.11 boolean operations return an operand
assert (0 or 'x') == 'x' and (1 and 'y') == 'y' and ([] and 1) == [] and (None or 0) == 0
assert (not 0) is True and (not 'a') is False

# 6.12 assignment expressions
data = [1, 2, 3, 4]
if (n := len(data)) > 3:
    assert n == 4
assert [y for v in data if (y := v * 2) > 4] == [6, 8] and y == 8

# 6.13 conditional expressions
assert ('yes' if 1 else 'no') == 'yes' and ('yes' if 0 else 'no') == 'no'

# 6.14 lambdas
add = lambda a, b=2, *rest, k=1, **kw: (a + b, rest, k, kw)
assert add(1) == (3, (), 1, {}) and add(1, 1, 5, k=0, z=9) == (2, (5,), 0, {'z': 9})
assert (lambda: (yield))().__class__.__name__ == 'generator'

# 6.15 expression lists, 6.16 evaluation order (left to right, assignment RHS first)
order = []
def f(tag):
    order.append(tag)
    return tag
result = {f('k1'): f('v1'), f('k2'): f('v2')}
assert order == ['k1', 'v1', 'k2', 'v2']
order.clear()
f('a')[0:0] if False else None
lst = [0, 0]
lst[f(0)] = f(1)
assert order == [1, 0]

# 6.17 operator precedence
assert 2 + 3 * 4 ** 2 == 50 and (2 + 3) * 4 == 20 and not 1 == 2 and -1 ** 2 == -1
assert 1 | 2 ^ 3 & 4 == 3 and 1 + 2 << 1 == 6 and (1 if True else 2) + 1 == 2
assert (lambda: 1 if False else 2)() == 2
print("ok")
