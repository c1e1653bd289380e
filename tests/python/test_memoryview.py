# memoryview over bytes/bytearray: indexing, strided slicing, attributes, tobytes/tolist/
# hex, comparison and hashing, item/slice assignment, release and the with statement.

def raises(exc, msg, f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except exc as e:
        assert str(e) == msg, (str(e), msg)
        return
    raise AssertionError("no exception, expected " + msg)

m = memoryview(b'abcdef')
assert m[0] == 97 and m[-1] == 102 and m[True] == 98 and len(m) == 6
assert m[1:3].tobytes() == b'bc' and m[::2].tobytes() == b'ace' and m[::-1].tobytes() == b'fedcba'
assert m[5:1:-2].tolist() == [102, 100] and m[1:][1:].tobytes() == b'cdef' and m[0:0].tobytes() == b''
assert m.tolist() == [97, 98, 99, 100, 101, 102] and list(m[1:4]) == [98, 99, 100]
assert m.nbytes == 6 and m.readonly is True and m.itemsize == 1 and m.format == 'B' and m.ndim == 1
assert m.shape == (6,) and m.strides == (1,) and m[::2].strides == (2,) and m[::2].shape == (3,)
assert m.obj == b'abcdef' and m.c_contiguous and m.contiguous and not m[::2].c_contiguous
assert m.hex() == '616263646566' and m.hex(':', 2) == '6162:6364:6566'
assert repr(m).startswith('<memory at 0x') and str(m).startswith('<memory at 0x')
assert type(m[1:3]) is memoryview and memoryview(m).tobytes() == b'abcdef' and memoryview(m[1:]).nbytes == 5
assert m.toreadonly().readonly and 98 in m and 1 not in m and bool(m) and not bool(memoryview(b''))
raises(IndexError, "index out of bounds on dimension 1", lambda: m[10])
raises(IndexError, "index out of bounds on dimension 1", lambda: memoryview(b'')[0])
raises(TypeError, "memoryview: invalid slice key", lambda: m['a'])
raises(TypeError, "memoryview: invalid slice key", lambda: m[1.5])

# comparisons, hashing, conversions
assert m == b'abcdef' and m == bytearray(b'abcdef') and m == m[:] and m != b'x' and (m == 'abcdef') is False
assert hash(m) == hash(b'abcdef') and m[::2] == b'ace'
raises(ValueError, "cannot hash writable memoryview object", hash, memoryview(bytearray(b'x')))
raises(TypeError, "'<' not supported between instances of 'memoryview' and 'memoryview'", lambda: m < m)
assert b'x' + m == b'xabcdef' and bytes(m) == b'abcdef' and bytes(m[::2]) == b'ace' and bytearray(m[1:]) == b'bcdef'
assert m.tobytes().decode() == 'abcdef' and b'abc'.find(m[1:2]) == 1
raises(TypeError, "unsupported operand type(s) for +: 'memoryview' and 'bytes'", lambda: m + b'x')
raises(TypeError, "memoryview: a bytes-like object is required, not 'str'", memoryview, 'abc')
raises(TypeError, "memoryview: a bytes-like object is required, not 'int'", memoryview, 1)
raises(TypeError, "memoryview() missing required argument 'object' (pos 1)", memoryview)

# writable views
ba = bytearray(b'xyz')
w = memoryview(ba)
assert w.readonly is False and w.tolist() == [120, 121, 122] and w.obj is ba
w[0] = 65
assert ba == b'Ayz'
w[0:2] = b'QQ'
assert ba == b'QQz'
s = memoryview(ba)[::2]
s[0] = 90
s[1] = 91
assert ba == b'ZQ[' and s.tolist() == [90, 91]
def setitem(obj, key, value):
    obj[key] = value
def delitem(obj, key):
    del obj[key]
raises(ValueError, "memoryview assignment: lvalue and rvalue have different structures", setitem, w, slice(0, 2), b'Q')
raises(ValueError, "memoryview: invalid value for format 'B'", setitem, w, 0, 256)
raises(TypeError, "memoryview: invalid type for format 'B'", setitem, w, 0, 'a')
raises(TypeError, "cannot modify read-only memory", setitem, m, 0, 1)
raises(TypeError, "cannot modify read-only memory", delitem, m, 0)
raises(TypeError, "cannot delete memory", delitem, w, 0)

# release and with
r = memoryview(b'abc')
r.release()
r.release()
assert repr(r).startswith('<released memory at 0x')
for f in [lambda: r[0], lambda: len(r), r.tobytes, lambda: r.nbytes, lambda: r.obj, r.tolist]:
    raises(ValueError, "operation forbidden on released memoryview object", f)
assert (r == b'abc') is False
with memoryview(b'ab') as v:
    assert v[0] == 97 and v.tobytes() == b'ab'
raises(ValueError, "operation forbidden on released memoryview object", lambda: v[0])
assert memoryview(b'ab').__enter__().tobytes() == b'ab'
ba2 = bytearray(b'123')
w2 = memoryview(ba2)
w2.release()
ba2.append(52)
assert ba2 == b'1234'
print("ok")
