# Data model 3.3: special method lookup for numbers, comparisons, containers, iteration,
# callables, truth, hashing and formatting on Python classes.

def raises(exc_type, fn, message=None):
    try:
        fn()
    except exc_type as e:
        if message is not None:
            assert str(e) == message, (str(e), message)
        return e
    raise AssertionError(f"{exc_type.__name__} not raised")

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, other):
        return Money(self.cents - other.cents) if isinstance(other, Money) else NotImplemented
    def __mul__(self, k):
        return Money(self.cents * k) if isinstance(k, int) else NotImplemented
    __rmul__ = __mul__
    def __neg__(self):
        return Money(-self.cents)
    def __abs__(self):
        return Money(abs(self.cents))
    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents
    def __hash__(self):
        return hash(self.cents)
    def __lt__(self, other):
        return self.cents < other.cents
    def __bool__(self):
        return self.cents != 0
    def __repr__(self):
        return f"Money({self.cents})"
    def __format__(self, spec):
        return format(self.cents / 100, spec)
    def __round__(self, n=None):
        return Money(round(self.cents, -2))
    def __index__(self):
        return self.cents

m = Money(150)
assert m + Money(50) == Money(200) and m + 1 == Money(151) and 1 + m == Money(151)
assert sum([Money(1), Money(2)], Money(0)) == Money(3) and sum([Money(1), Money(2)]) == Money(3)
assert 2 * m == Money(300) and m * 2 == Money(300) and -m == Money(-150) and abs(Money(-5)) == Money(5)
assert sorted([Money(3), Money(1)]) == [Money(1), Money(3)] and max(Money(1), Money(9)) == Money(9)
assert Money(2) > Money(1)   # reflected __lt__
assert not Money(0) and Money(1) and f"{m:.2f}" == "1.50" and round(Money(149)) == Money(100)
assert bin(Money(5)) == '0b101' and [10, 20, 30][Money(1)] == 20 and hex(Money(255)) == '0xff'
assert {Money(1): 'a'}[Money(1)] == 'a' and len({Money(1), Money(1)}) == 1
raises(TypeError, lambda: m - 1, "unsupported operand type(s) for -: 'Money' and 'int'")
raises(TypeError, lambda: m * 1.5, "unsupported operand type(s) for *: 'Money' and 'float'")
raises(TypeError, lambda: Money(1) <= Money(2), "'<=' not supported between instances of 'Money' and 'Money'")

class Base:
    def __add__(self, other):
        return 'Base.add'
    def __radd__(self, other):
        return 'Base.radd'
class Derived(Base):
    def __radd__(self, other):
        return 'Derived.radd'
assert Base() + Derived() == 'Derived.radd'   # the subclass's reflected method goes first
assert Derived() + Base() == 'Base.add'

class InPlace:
    def __init__(self):
        self.log = []
    def __iadd__(self, other):
        self.log.append(other)
        return self
class NoInPlace:
    def __add__(self, other):
        return 'plain add'
ip = InPlace()
before = ip
ip += 1
assert ip is before and ip.log == [1]
ni = NoInPlace()
ni += 1
assert ni == 'plain add'

class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 10
s = Seq(3)
assert list(s) == [0, 10, 20] and 10 in s and 5 not in s and len(s) == 3 and bool(Seq(0)) is False
assert list(reversed(s)) == [20, 10, 0] and sorted(s, reverse=True) == [20, 10, 0]
assert [x for x in s] == [0, 10, 20] and tuple(s) == (0, 10, 20)

class Container:
    def __contains__(self, item):
        return item == 'magic'
    def __iter__(self):
        return iter([1, 2])
c = Container()
assert 'magic' in c and 'other' not in c and list(c) == [1, 2]

class CountDown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
assert list(CountDown(3)) == [3, 2, 1]
it = iter(CountDown(1))
assert next(it) == 1 and next(it, 'end') == 'end'
raises(StopIteration, lambda: next(it))

class NotIterable:
    __iter__ = None
raises(TypeError, lambda: iter(NotIterable()), "'NotIterable' object is not iterable")
raises(TypeError, lambda: iter(5), "'int' object is not iterable")
raises(TypeError, lambda: next(5), "'int' object is not an iterator")

class Mapping:
    def __init__(self):
        self.store = {}
    def __getitem__(self, key):
        return self.store[key]
    def __setitem__(self, key, value):
        self.store[key] = value
    def __delitem__(self, key):
        del self.store[key]
mp = Mapping()
mp['a'] = 1
mp['b'] = mp['a'] + 1
del mp['a']
assert mp.store == {'b': 2}
raises(KeyError, lambda: mp['a'])
raises(TypeError, lambda: 5[0], "'int' object is not subscriptable")
def set_item():
    x = 5
    x[0] = 1
raises(TypeError, set_item, "'int' object does not support item assignment")

class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, scale=1):
        return (x + self.n) * scale
add3 = Adder(3)
assert add3(1) == 4 and add3(1, scale=2) == 8 and callable(add3) and not callable(5)
raises(TypeError, lambda: 5(), "'int' object is not callable")

class LenOnly:
    def __len__(self):
        return 0
class BadBool:
    def __bool__(self):
        return 1
class BadLen:
    def __len__(self):
        return -1
assert not LenOnly() and bool(object())
raises(TypeError, lambda: bool(BadBool()), "__bool__ should return bool, returned int")
raises(ValueError, lambda: len(BadLen()), "__len__() should return >= 0")
raises(TypeError, lambda: len(5), "object of type 'int' has no len()")

class Unhashable:
    __hash__ = None
raises(TypeError, lambda: hash(Unhashable()), "unhashable type: 'Unhashable'")
raises(TypeError, lambda: {[]: 1}, "unhashable type: 'list'")
class Default:
    pass
a, b = Default(), Default()
assert a == a and a != b and hash(a) == hash(a) and (a == b) is False

class Reprs:
    def __repr__(self):
        return 'R'
    def __str__(self):
        return 'S'
r = Reprs()
assert repr(r) == 'R' and str(r) == 'S' and f"{r}" == 'S' and f"{r!r}" == 'R' and '%s %r' % (r, r) == 'S R'
assert str([r]) == '[R]' and format(r) == 'S'

class BadRepr:
    def __repr__(self):
        return 5
raises(TypeError, lambda: repr(BadRepr()), "__repr__ returned non-string (type int)")

class Ordered:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __ne__(self, other):
        return 'custom ne'
assert (Ordered(1) != Ordered(2)) == 'custom ne'
class EqOnly:
    def __eq__(self, other):
        return True
assert (EqOnly() != 1) is False   # __ne__ defaults to the inverse of __eq__
print("ok")
