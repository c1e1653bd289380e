# set and frozenset methods: add clear copy difference(_update) discard intersection(_update)
# isdisjoint issubset issuperset pop remove symmetric_difference(_update) union update, any
# iterables as arguments, operator forms and their TypeErrors.

def raises(exc_type, message, f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except exc_type as e:
        assert type(e) is exc_type, (type(e), exc_type)
        assert str(e) == message, (str(e), message)
        return e
    raise AssertionError(f"{exc_type.__name__} not raised")

s = {1, 2}
s.add(3); s.add(3); assert s == {1, 2, 3}
s.discard(9); s.discard(3); assert s == {1, 2}
s.remove(2); assert s == {1}
assert s.pop() == 1 and s == set()
s = {1, 2}; c = s.copy(); c.add(5); assert s == {1, 2} and type(c) is set
s.clear(); assert s == set()

a = {1, 2, 3}
assert a.union([4], (5,), "") == {1, 2, 3, 4, 5} and a.union() == a and a.union() is not a
assert a.intersection([2, 3, 4], {3}) == {3} and a.intersection() == a
assert a.difference([1], range(3)) == {3} and a.difference() == a
assert a.symmetric_difference([3, 4]) == {1, 2, 4}
assert a.issubset(range(5)) and not a.issubset([1]) and a.issuperset([1, 2]) and not a.issuperset("a")
assert a.isdisjoint([7, 8]) and not a.isdisjoint(iter([3])) and set().isdisjoint([])
b = {1, 2, 3}; b.update([4], {5}); assert b == {1, 2, 3, 4, 5}
b.intersection_update(range(4), [1, 2, 3, 9]); assert b == {1, 2, 3}
b.difference_update([1], (2,)); assert b == {3}
b.symmetric_difference_update([3, 4]); assert b == {4}
r = {1}; r2 = r; r |= {2}; r &= {2, 3}; r -= {9}; r ^= {5}; assert r is r2 and r == {2, 5}

# frozenset
f = frozenset([1, 2])
assert f.union([3]) == {1, 2, 3} and type(f.union([3])) is frozenset and type(f.intersection([1])) is frozenset
assert type(f.difference()) is frozenset and type(f.symmetric_difference([5])) is frozenset
assert f.copy() is f and f.issubset([1, 2]) and f.issuperset(set()) and f.isdisjoint([3])
assert not hasattr(f, "add") and not hasattr(f, "update") and not hasattr(f, "pop")
assert type(f | {3}) is frozenset and type({3} | f) is set and f == {1, 2}

# operator forms need sets
raises(TypeError, "unsupported operand type(s) for |: 'set' and 'list'", lambda: set() | [1])
raises(TypeError, "unsupported operand type(s) for &: 'set' and 'int'", lambda: set() & 1)
raises(TypeError, "unsupported operand type(s) for -: 'frozenset' and 'tuple'", lambda: frozenset() - ())
raises(TypeError, "'<' not supported between instances of 'set' and 'list'", lambda: set() < [1])
raises(TypeError, "'<=' not supported between instances of 'set' and 'int'", lambda: set() <= 1)

# errors
raises(KeyError, "'pop from an empty set'", set().pop)
raises(KeyError, "1", set().remove, 1)
raises(TypeError, "unhashable type: 'list'", set().remove, [])
raises(TypeError, "unhashable type: 'list'", set().add, [])
raises(TypeError, "'int' object is not iterable", set().union, 1)
raises(TypeError, "'int' object is not iterable", set().issubset, 1)
raises(TypeError, "'int' object is not iterable", set().update, [1], 2)
raises(TypeError, "set.symmetric_difference() takes exactly one argument (2 given)", set([1]).symmetric_difference, [2], [3])
raises(TypeError, "set.add() takes no keyword arguments", lambda: set().add(x=1))
raises(TypeError, "unhashable type: 'list'", set().discard, [])
z = {frozenset([1])}; assert set([1]) in z; z.discard(set([1])); assert z == set()
z = {frozenset()}; z.remove(set()); assert z == set()
print("ok")
