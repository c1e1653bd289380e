# bytearray: construction, repr, mutation (items, slices, methods, += and *=), the shared
# bytes methods returning bytearray, unhashability; CPython 3.12's values and messages.

def raises(exc, msg, f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except exc as e:
        assert str(e) == msg, (str(e), msg)
        return
    raise AssertionError("no exception, expected " + msg)

# construction and repr
assert bytearray() == bytearray(b'') and repr(bytearray()) == "bytearray(b'')"
assert repr(bytearray(b'a\'"')) == "bytearray(b'a\\'\"')"
assert repr(bytearray(b"it's")) == 'bytearray(b"it' + '\\' + "'s\")"
assert bytearray(3) == b'\x00\x00\x00' and bytearray([1, 2]) == b'\x01\x02'
assert bytearray('é', 'utf-8') == b'\xc3\xa9' and bytearray(b'xy') == b'xy'
assert bytearray(range(3)) == b'\x00\x01\x02' and str(bytearray(b'x')) == "bytearray(b'x')"
raises(TypeError, "cannot convert 'float' object to bytearray", bytearray, 1.5)
raises(TypeError, "cannot convert 'NoneType' object to bytearray", bytearray, None)
raises(ValueError, "byte must be in range(0, 256)", bytearray, [256])
raises(TypeError, "string argument without an encoding", bytearray, 'a')
raises(TypeError, "encoding without a string argument", bytearray, b'a', 'utf-8')
raises(TypeError, "errors without a string argument", bytearray, errors='x')
raises(ValueError, "negative count", bytearray, -2)
assert type(bytearray.fromhex('ab')) is bytearray and bytearray.fromhex('ab') == b'\xab'
source = b'abc'
copy = bytearray(source)
copy[0] = 0
assert source == b'abc'

# indexing, slicing
a = bytearray(b'abcdef')
assert a[0] == 97 and a[-1] == 102 and a[1:3] == bytearray(b'bc') and type(a[1:3]) is bytearray
assert a[::-2] == b'fdb'
raises(IndexError, "bytearray index out of range", lambda: a[10])
raises(TypeError, "bytearray indices must be integers or slices, not float", lambda: a[1.0])

def setitem(obj, key, value):
    obj[key] = value
def delitem(obj, key):
    del obj[key]

a = bytearray(b'abc')
a[0] = 65
a[-1] = 67
assert a == b'AbC'
raises(TypeError, "'str' object cannot be interpreted as an integer", setitem, a, 0, 'x')
raises(ValueError, "byte must be in range(0, 256)", setitem, a, 0, -1)
raises(ValueError, "byte must be in range(0, 256)", setitem, a, 0, 256)
raises(IndexError, "bytearray index out of range", setitem, a, 5, 1)
raises(IndexError, "bytearray index out of range", delitem, a, 5)
raises(TypeError, "bytearray indices must be integers or slices, not str", setitem, a, 'x', 1)

a = bytearray(b'abcdef')
a[1:3] = b'XYZ'
assert a == b'aXYZdef'
a[1:4] = []
assert a == b'adef'
a[0:0] = [1, 2]
assert a == b'\x01\x02adef'
a[::2] = b'xyz'
assert a == b'x\x02ydzf'
del a[::2]
assert a == b'\x02df'
del a[0]
assert a == b'df'
del a[:]
assert a == b''
a = bytearray(b'abc')
a[1:2] = bytearray(b'123')
assert a == b'a123c'
a[:] = a
assert a == b'a123c'
raises(TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)", setitem, a, slice(0, 1), 5)
raises(TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)", setitem, a, slice(0, 1), 'x')
raises(ValueError, "byte must be in range(0, 256)", setitem, a, slice(0, 1), [300])
raises(ValueError, "attempt to assign bytes of size 1 to extended slice of size 3", setitem, a, slice(None, None, 2), b'x')

# methods
a = bytearray(b'ab')
assert a.append(99) is None and a == b'abc'
a.extend(b'de')
a.extend([102, 103])
a.extend(range(104, 105))
assert a == b'abcdefgh'
a.insert(0, 64)
a.insert(-1, 33)
a.insert(100, 35)
assert a == b'@abcdefg!h#'
assert a.pop() == 35 and a.pop(0) == 64 and a.pop(-2) == 33 and a == b'abcdefgh'
a.remove(100)
assert a == b'abcefgh'
a.reverse()
assert a == b'hgfecba'
b = a.copy()
assert b == a and b is not a and type(b) is bytearray
a.clear()
assert a == b'' and b == b'hgfecba'
raises(ValueError, "byte must be in range(0, 256)", bytearray(b'a').append, 256)
raises(TypeError, "'str' object cannot be interpreted as an integer", bytearray(b'a').append, 'a')
raises(TypeError, "can't extend bytearray with int", bytearray(b'abc').extend, 5)
raises(TypeError, "'str' object cannot be interpreted as an integer", bytearray(b'abc').extend, 'abc')
raises(ValueError, "byte must be in range(0, 256)", bytearray(b'abc').insert, 1, 300)
raises(IndexError, "pop from empty bytearray", bytearray().pop)
raises(IndexError, "pop index out of range", bytearray(b'a').pop, 5)
raises(ValueError, "value not found in bytearray", bytearray(b'a').remove, 3)
raises(ValueError, "byte must be in range(0, 256)", bytearray(b'abc').remove, 300)

# += and *= mutate in place
a = bytearray(b'ab')
alias = a
a += b'cd'
assert alias is a and alias == b'abcd'
a += bytearray(b'!')
a += bytes(a)
assert a == b'abcd!abcd!'
a *= 2
assert alias is a and len(a) == 20
a = bytearray(b'xy')
a *= 0
assert a == b''
def iadd(x, y):
    x += y
def imul(x, y):
    x *= y
raises(TypeError, "can't concat str to bytearray", iadd, bytearray(b'abc'), 'x')
raises(TypeError, "can't multiply sequence by non-int of type 'str'", imul, bytearray(b'abc'), 'x')
raises(TypeError, "can't concat int to bytearray", lambda: bytearray(b'a') + 1)

# operators and comparisons
assert bytearray(b'a') + b'b' == b'ab' and type(bytearray(b'a') + b'b') is bytearray
assert bytearray(b'ab') * 2 == b'abab' and type(3 * bytearray(b'a')) is bytearray
assert bytearray(b'abc') == b'abc' and bytearray(b'a') < b'b' and bytearray(b'b') >= bytearray(b'b')
assert (bytearray(b'a') == 'a') is False
raises(TypeError, "unhashable type: 'bytearray'", hash, bytearray())
assert 98 in bytearray(b'abc') and b'bc' in bytearray(b'abc')
assert bytearray(b'%s-%d') % (b'x', 3) == bytearray(b'x-3') and type(bytearray(b'%s') % b'q') is bytearray
it = iter(bytearray(b'xy'))
assert type(it).__name__ == 'bytearray_iterator' and list(it) == [120, 121]
assert bool(bytearray()) is False and len(bytearray(b'abc')) == 3

# shared methods keep the type
ba = bytearray(b' a,b ')
assert type(ba.strip()) is bytearray and ba.strip() == b'a,b'
parts = bytearray(b'a,b').split(b',')
assert parts == [b'a', b'b'] and all(type(p) is bytearray for p in parts)
assert bytearray(b'abc').split() == [bytearray(b'abc')]
assert bytearray(b'abc').partition(b'b') == (b'a', b'b', b'c')
assert all(type(p) is bytearray for p in bytearray(b'abc').partition(b'b'))
assert type(bytearray(b'abc').upper()) is bytearray and bytearray(b'abc').upper() == b'ABC'
assert bytearray(b'abc').removesuffix(b'x') == bytearray(b'abc')
assert type(bytearray(b'-').join([b'a', b'b'])) is bytearray
assert bytearray(b'abc').decode() == 'abc' and bytearray(b'\x01\x02').hex() == '0102'
assert bytearray(b'abc').find(b'c') == 2 and bytearray(b'abc').count(97) == 1
assert type(bytearray(b'ab').center(6)) is bytearray and bytearray(b'ab').zfill(4) == b'00ab'
raises(ValueError, "subsection not found", bytearray(b'a').index, b'b')
assert b'abc'.join([bytearray(b'1'), bytearray(b'2')]) == b'1abc2'
print("ok")
