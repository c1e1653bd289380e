# Language reference chapters 7 and 8 (simple and compound statements): assignment forms,
# augmented assignment, assert, pass, del, return, raise, break/continue, global/nonlocal,
# if/while/for with else, try/except/else/finally, with, function and class definitions.

def raises(exc_type, fn, message=None):
    try:
        fn()
    except exc_type as e:
        if message is not None:
            assert str(e) == message, (str(e), message)
        return e
    raise AssertionError(f"{exc_type.__name__} not raised")

# 7.2 assignment statements: targets, unpacking, chained, starred
a = b = [1]
assert a is b
x, (y, z), *rest = 1, (2, 3), 4, 5
assert (x, y, z, rest) == (1, 2, 3, [4, 5])
first, *middle, last = 'abcd'
assert (first, middle, last) == ('a', ['b', 'c'], 'd')
items = [0, 1, 2, 3]
items[1:3] = ['x']
assert items == [0, 'x', 3]
i = 0
i, items[i] = 1, 'set'   # left to right: i is rebound before the subscript is evaluated
assert items == [0, 'set', 3]
def unpack(v):
    a, b = v
raises(ValueError, lambda: unpack([1, 2, 3]), "too many values to unpack (expected 2)")
raises(ValueError, lambda: unpack([1]), "not enough values to unpack (expected 2, got 1)")
raises(TypeError, lambda: unpack(5), "cannot unpack non-iterable int object")
class Slot:
    pass
s = Slot()
s.a, s.b = 1, 2
assert (s.a, s.b) == (1, 2)

# 7.2.1 augmented assignment: in place for mutables, target evaluated once
lst = [1]
alias = lst
lst += [2]
assert alias == [1, 2] and alias is lst
t = (1,)
t2 = t
t += (2,)
assert t2 == (1,) and t == (1, 2)
counter = {'n': 0}
def key():
    counter['n'] += 1
    return 'k'
store = {'k': 10}
store[key()] += 5
assert store == {'k': 15} and counter['n'] == 2 - 1

# 7.2.2 annotated assignment
ann: int = 5
assert ann == 5 and __annotations__['ann'] is int

# 7.3 assert
raises(AssertionError, lambda: exec("assert 1 == 2, 'message'"), "message")
try:
    assert False
except AssertionError as e:
    assert e.args == ()

# 7.5 del
v = 1
del v
raises(NameError, lambda: v, "name 'v' is not defined")
d = {'a': 1, 'b': 2}
del d['a']
lst = [0, 1, 2, 3]
del lst[::2]
assert d == {'b': 2} and lst == [1, 3]
def unbound():
    w = 1
    del w
    return w
raises(UnboundLocalError, unbound, "cannot access local variable 'w' where it is not associated with a value")

# 7.6 return in try/finally: finally's return wins
def finally_return():
    try:
        return 1
    finally:
        return 2
assert finally_return() == 2

# 7.8 raise, from, re-raise
def reraise():
    try:
        raise KeyError('k')
    except KeyError:
        raise
raises(KeyError, reraise)
e = raises(ValueError, lambda: exec("raise ValueError('v') from KeyError('c')"))
assert isinstance(e.__cause__, KeyError) and e.__suppress_context__
raises(TypeError, lambda: exec("raise 5"), "exceptions must derive from BaseException")
raises(RuntimeError, lambda: exec("raise"), "No active exception to reraise")

# 7.9/7.10 break, continue, loop else
found = None
for n in range(2, 10):
    for m in range(2, n):
        if n % m == 0:
            break
    else:
        found = n
        continue
assert found == 7
k = 0
while k < 3:
    k += 1
else:
    k = 'done'
assert k == 'done'
k = 0
while True:
    k += 1
    if k == 5:
        break
else:
    k = 'not reached'
assert k == 5

# 7.12/7.13 global and nonlocal
g_value = 0
def set_global():
    global g_value
    g_value = 'changed'
set_global()
assert g_value == 'changed'
def outer():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    inc()
    inc()
    return count
assert outer() == 2

# 8.4 try statement
log = []
def attempt(fail):
    try:
        log.append('try')
        if fail:
            raise ValueError(fail)
    except (TypeError, ValueError) as err:
        log.append(('except', str(err)))
    else:
        log.append('else')
    finally:
        log.append('finally')
attempt(None)
attempt('bad')
assert log == ['try', 'else', 'finally', 'try', ('except', 'bad'), 'finally']
def name_cleared():
    try:
        raise ValueError
    except ValueError as err:
        pass
    return err
raises(UnboundLocalError, name_cleared)
def break_in_finally():
    for _ in range(3):
        try:
            raise ValueError
        finally:
            break
    return 'swallowed'
assert break_in_finally() == 'swallowed'

# 8.5 with statement
events = []
class Manager:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        events.append(('enter', self.name))
        return self.name
    def __exit__(self, exc_type, exc, tb):
        events.append(('exit', self.name, exc_type.__name__ if exc_type else None))
        return self.suppress
with Manager('a') as first, Manager('b') as second:
    assert (first, second) == ('a', 'b')
assert events == [('enter', 'a'), ('enter', 'b'), ('exit', 'b', None), ('exit', 'a', None)]
events.clear()
with Manager('s', suppress=True):
    raise KeyError('hidden')
assert events == [('enter', 's'), ('exit', 's', 'KeyError')]
raises(TypeError, lambda: exec("with 5: pass"), "'int' object does not support the context manager protocol")

# 8.7 function definitions: defaults evaluated once, keyword-only, positional-only, decorators
def accumulate(item, bucket=[]):
    bucket.append(item)
    return bucket
accumulate(1)
assert accumulate(2) == [1, 2]
def shape(a, b, /, c, *, d=4):
    return a, b, c, d
assert shape(1, 2, c=3) == (1, 2, 3, 4)
raises(TypeError, lambda: shape(1, b=2, c=3), "shape() got some positional-only arguments passed as keyword arguments: 'b'")
raises(TypeError, lambda: shape(1, 2, 3, 4), "shape() takes 3 positional arguments but 4 were given")
raises(TypeError, lambda: shape(1, 2), "shape() missing 1 required positional argument: 'c'")
def deco(tag):
    def wrap(fn):
        fn.tag = tag
        return fn
    return wrap
@deco('outer')
@deco('inner')
def decorated():
    pass
assert decorated.tag == 'outer'

# 8.8 class definitions: decorators, keywords, body namespace
def add_attr(cls):
    cls.added = True
    return cls
@add_attr
class Decorated:
    x = 1
    y = x + 1
assert Decorated.added and Decorated.y == 2
print("ok")
