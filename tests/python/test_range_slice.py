# range (big ints, index/count, O(1) membership, slicing to ranges, equality/hash, repr,
# reversed, len overflow) and slice objects (attributes, indices(), repr, equality, hash).

def raises(exc, msg, f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except exc as e:
        assert str(e) == msg, (str(e), msg)
        return
    raise AssertionError("no exception, expected " + msg)

# construction and repr
assert repr(range(5)) == 'range(0, 5)' and repr(range(1, 5, 1)) == 'range(1, 5)' and repr(range(5, 0, -2)) == 'range(5, 0, -2)'
assert repr(range(-5)) == 'range(0, -5)' and list(range(-5)) == [] and list(range(5, 0, -2)) == [5, 3, 1]
assert repr(range(2**64, 2**64 + 10, 3)) == 'range(18446744073709551616, 18446744073709551626, 3)'
class Idx:
    def __index__(self):
        return 4
assert list(range(Idx())) == [0, 1, 2, 3] and range(True).stop == 1
raises(TypeError, "'float' object cannot be interpreted as an integer", range, 1.0)
raises(TypeError, "'str' object cannot be interpreted as an integer", range, 0, 'a')
raises(ValueError, "range() arg 3 must not be zero", range, 1, 2, 0)
raises(TypeError, "range expected at least 1 argument, got 0", range)
raises(TypeError, "range expected at most 3 arguments, got 4", range, 1, 2, 3, 4)
raises(TypeError, "range() takes no keyword arguments", range, x=1)

# attributes, length, truth
r = range(0, 20, 3)
assert r.start == 0 and r.stop == 20 and r.step == 3 and len(r) == 7 and bool(r) and not bool(range(0))
assert range(2**100).stop == 2**100 and len(range(2**62, 2**62 + 3)) == 3
raises(OverflowError, "Python int too large to convert to C ssize_t", len, range(2**100))
raises(AttributeError, "'range' object has no attribute 'foo'", lambda: r.foo)

# indexing and slicing
assert r[0] == 0 and r[-1] == 18 and r[2] == 6 and range(3)[True] == 1
assert range(2**100)[2**99] == 2**99 and range(2**100)[-1] == 2**100 - 1 and range(2**62, 2**62 + 3)[2] == 2**62 + 2
raises(IndexError, "range object index out of range", lambda: r[100])
raises(IndexError, "range object index out of range", lambda: range(5)[-6])
raises(TypeError, "range indices must be integers or slices, not str", lambda: r['a'])
assert range(0, 10, 2)[1:3] == range(2, 6, 2) and repr(range(0, 10, 2)[1:3]) == 'range(2, 6, 2)'
assert repr(range(10)[::-1]) == 'range(9, -1, -1)' and repr(r[1:100:-1]) == 'range(3, 18, -3)'
assert repr(range(10)[::2**100]) == 'range(0, 10, 1267650600228229401496703205376)'
assert repr(range(2**100)[::2**50]) == 'range(0, 1267650600228229401496703205376, 1125899906842624)'
assert repr(range(10)[slice(2**100, None)]) == 'range(10, 10)' and repr(range(10)[:2**100]) == 'range(0, 10)'
assert list(range(10)[2:8:3]) == [2, 5] and list(range(0, 10, 3)[::-2]) == [9, 3]
raises(ValueError, "slice step cannot be zero", lambda: r[::0])
raises(TypeError, "slice indices must be integers or None or have an __index__ method", lambda: r['a':])

# membership, index, count
assert 5 in range(10) and 5.0 in range(10) and True in range(2) and -1 not in range(10) and 10 not in range(10)
assert 9 in range(0, 10, 3) and 8 not in range(0, 10, 3) and 2**64 + 3 in range(2**64, 2**64 + 10, 3)
assert 10**30 in range(10**40) and 10**30 + 1 not in range(0, 10**40, 2) and -4 in range(0, -10, -2)
assert 'a' not in range(3)
assert r.index(9) == 3 and r.count(3) == 1 and r.count(3.0) == 1 and r.count(4) == 0 and range(2**64).index(2**63) == 2**63
assert range(0, 10, 3).count(9) == 1 and range(10, 0, -2).index(4) == 3
raises(ValueError, "4 is not in range", r.index, 4)
raises(ValueError, "sequence.index(x): x not in sequence", r.index, 4.0)
raises(ValueError, "sequence.index(x): x not in sequence", r.index, 'a')
assert r.index(6.0) == 2

# equality and hashing: as sequences
assert range(0) == range(5, 5) and range(1, 2, 5) == range(1, 3, 7) and range(0, 3) == range(3) and range(3) != range(4)
assert hash(range(0)) == hash(range(3, 3)) and hash(range(1, 2)) == hash(range(1, 5, 10)) and hash(range(3)) == hash(range(0, 3, 1))
assert (range(3) == [0, 1, 2]) is False and {range(3): 1}[range(0, 3)] == 1
raises(TypeError, "'<' not supported between instances of 'range' and 'range'", lambda: range(3) < range(4))

# iteration and reversal
assert list(range(2**64, 2**64 + 10, 3)) == [2**64, 2**64 + 3, 2**64 + 6, 2**64 + 9]
assert list(range(-2**64, -2**64 - 10, -4)) == [-2**64, -2**64 - 4, -2**64 - 8]
assert list(range(2**62 - 2, 2**62 + 2)) == [2**62 - 2, 2**62 - 1, 2**62, 2**62 + 1]
assert type(iter(range(3))).__name__ == 'range_iterator' and type(iter(range(2**100))).__name__ == 'longrange_iterator'
assert list(reversed(range(1, 10, 3))) == [7, 4, 1] and list(reversed(range(0))) == [] and list(reversed(range(5, 0, -2))) == [1, 3, 5]
assert next(reversed(range(2**100))) == 2**100 - 1 and type(reversed(range(2**100))).__name__ == 'longrange_iterator'
assert type(range(3).__reversed__()).__name__ == 'range_iterator'
assert sum(range(10**5)) == 4999950000 and max(range(5)) == 4
it = iter(range(2**70, 2**70 + 2))
assert next(it) == 2**70 and next(it) == 2**70 + 1 and next(it, 'done') == 'done'

# slice objects
s = slice(1, 2, 3)
assert s.start == 1 and s.stop == 2 and s.step == 3 and repr(s) == 'slice(1, 2, 3)'
assert repr(slice(5)) == 'slice(None, 5, None)' and repr(slice(1, 'a', None)) == "slice(1, 'a', None)"
assert slice(1, 2) == slice(1, 2) and slice(1, 2) != slice(1, 3) and slice(1, 2) < slice(1, 3) and not (slice(1, 2) == (1, 2))
assert slice(1, 2, None) <= slice(1, 2) and slice(2) > slice(1)
assert hash(slice(1, 2)) == hash(slice(1, 2)) and {slice(1, 2): 3}[slice(1, 2, None)] == 3
raises(TypeError, "unhashable type: 'list'", hash, slice([], 2))
assert slice(1, 2, 3).indices(10) == (1, 2, 3) and slice(None, None, -1).indices(5) == (4, -1, -1)
assert slice(-100, 100, 2).indices(7) == (0, 7, 2) and slice(2**70, None).indices(5) == (5, 5, 1)
assert slice(1, 2).indices(2**70) == (1, 2, 1) and slice(None).indices(0) == (0, 0, 1)
raises(ValueError, "slice step cannot be zero", slice(0, 10, 0).indices, 5)
raises(ValueError, "length should not be negative", slice(1).indices, -1)
raises(TypeError, "slice indices must be integers or None or have an __index__ method", slice('a').indices, 5)
raises(TypeError, "slice expected at least 1 argument, got 0", slice)
raises(TypeError, "slice expected at most 3 arguments, got 4", slice, 1, 2, 3, 4)
raises(TypeError, "slice() takes no keyword arguments", slice, 1, x=2)
assert [1, 2, 3][slice(None, None, 2**70)] == [1] and 'abcdef'[slice(1, None, 2)] == 'bdf'
assert [0, 1, 2, 3][slice(Idx())] == [0, 1, 2, 3] and b'abcdef'[slice(Idx(), None)] == b'ef'
print("ok")
