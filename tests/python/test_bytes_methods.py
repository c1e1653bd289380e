# bytes: literals, construction, repr, indexing/slicing, operators, hashing, iteration and
# every method, with CPython 3.12's values and error messages.

def raises(exc, msg, f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except exc as e:
        assert str(e) == msg, (str(e), msg)
        return
    raise AssertionError("no exception, expected " + msg)

# literals and repr
assert repr(b'abc') == "b'abc'"
assert repr(b"it's") == 'b"it\'s"'
assert repr(b'a\'"') == "b'a\\'\"'"
assert repr(b'\x00\t\n\r\x7f\x80\xff\\') == "b'\\x00\\t\\n\\r\\x7f\\x80\\xff\\\\'"
assert str(b'x') == "b'x'"
assert rb'\n' == b'\\n'
assert type(b'') is bytes
assert len(b'abc') == 3 and len(b'') == 0

# construction
assert bytes() == b''
assert bytes(3) == b'\x00\x00\x00'
assert bytes([1, 2, 255]) == b'\x01\x02\xff'
assert bytes((65, 66)) == b'AB'
assert bytes(range(3)) == b'\x00\x01\x02'
assert bytes(iter([1, 2])) == b'\x01\x02'
assert bytes(bytearray(b'xy')) == b'xy'
assert bytes('é', 'utf-8') == b'\xc3\xa9'
assert bytes('é', encoding='latin-1') == b'\xe9'
assert bytes('aé', 'ascii', 'replace') == b'a?'
assert bytes(b'abc') == b'abc'
raises(ValueError, "negative count", bytes, -1)
raises(TypeError, "string argument without an encoding", bytes, 'abc')
raises(TypeError, "cannot convert 'float' object to bytes", bytes, 1.5)
raises(TypeError, "cannot convert 'NoneType' object to bytes", bytes, None)
raises(ValueError, "bytes must be in range(0, 256)", bytes, [256])
raises(ValueError, "bytes must be in range(0, 256)", bytes, [-1])
raises(TypeError, "'str' object cannot be interpreted as an integer", bytes, ['a'])
raises(LookupError, "unknown encoding: bogus", bytes, 'a', 'bogus')
raises(TypeError, "encoding without a string argument", bytes, b'a', 'utf-8')
raises(TypeError, "encoding without a string argument", bytes, 3, 'x')
raises(TypeError, "errors without a string argument", bytes, errors='x')
raises(TypeError, "'x' is an invalid keyword argument for bytes()", bytes, x=1)
raises(TypeError, "bytes() argument 'encoding' must be str, not int", bytes, 'a', 3)
raises(TypeError, "bytes() argument 'errors' must be str, not int", bytes, 'a', 'utf-8', 3)
raises(OverflowError, "cannot fit 'int' into an index-sized integer", bytes, 2**70)

class WithBytes:
    def __bytes__(self):
        return b'custom'
assert bytes(WithBytes()) == b'custom'

# indexing and slicing
b = b'abcdef'
assert b[0] == 97 and b[-1] == 102
assert b[1:4] == b'bcd' and b[::2] == b'ace' and b[::-1] == b'fedcba' and b[10:] == b''
assert b[-3:] == b'def' and b[slice(1, None, 3)] == b'be'
raises(IndexError, "index out of range", lambda: b'a'[5])
key = 'x'
raises(TypeError, "byte indices must be integers or slices, not str", lambda: b'a'[key])
raises(TypeError, "slice indices must be integers or None or have an __index__ method", lambda: b'a'['x':])
def assign_item():
    b[0] = 1
def delete_item():
    del b[0]
raises(TypeError, "'bytes' object does not support item assignment", assign_item)
raises(TypeError, "'bytes' object doesn't support item deletion", delete_item)

# operators
assert b'ab' + b'cd' == b'abcd'
assert b'ab' + bytearray(b'c') == b'abc' and type(b'ab' + bytearray(b'c')) is bytes
assert b'ab' * 3 == b'ababab' and 2 * b'x' == b'xx' and b'ab' * 0 == b'' and b'ab' * -1 == b''
raises(TypeError, "can't concat str to bytes", lambda: b'a' + 's')
raises(TypeError, "can't concat int to bytes", lambda: b'a' + 1)
raises(TypeError, "can only concatenate str (not \"bytes\") to str", lambda: 's' + b'a')
raises(TypeError, "can't multiply sequence by non-int of type 'float'", lambda: b'a' * 1.5)
x = b'ab'
x += b'c'
assert x == b'abc'
x *= 2
assert x == b'abcabc'

# comparisons and hashing
assert b'a' < b'b' and b'a' < b'ab' and b'b' > b'abc' and b'abc' <= b'abc' and b'' < b'\x00'
assert b'abc' == bytearray(b'abc') and b'abc' != b'abd'
assert (b'a' == 'a') is False and (b'a' != 'a') is True
raises(TypeError, "'<' not supported between instances of 'bytes' and 'str'", lambda: b'a' < 'a')
assert hash(b'abc') == hash(b'abc') and hash(b'abc') == hash(bytes([97, 98, 99]))
d = {b'k': 1}
assert d[b'k'] == 1
assert {b'a', b'a', b'b'} == {b'a', b'b'}

# in, iteration, truth
assert 97 in b'abc' and 1 not in b'abc' and b'bc' in b'abc' and b'' in b'abc'
assert bytearray(b'c') in b'abc'
raises(ValueError, "byte must be in range(0, 256)", lambda: 300 in b'a')
raises(TypeError, "a bytes-like object is required, not 'str'", lambda: 'a' in b'a')
assert list(b'ab') == [97, 98]
it = iter(b'xy')
assert type(it).__name__ == 'bytes_iterator'
assert next(it) == 120 and next(it) == 121
assert bool(b'') is False and bool(b'\x00') is True

# decode / encode
assert b'\xc3\xa9'.decode() == 'é' and b'abc'.decode('ascii') == 'abc'
assert b'\xe9'.decode('latin-1') == 'é' and b'a'.decode(encoding='LATIN1') == 'a'
assert 'aé'.encode(encoding='utf8', errors='strict') == b'a\xc3\xa9'
raises(UnicodeDecodeError, "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", b'\xff'.decode)
raises(UnicodeDecodeError, "'ascii' codec can't decode byte 0xff in position 0: ordinal not in range(128)", b'\xff'.decode, 'ascii')
raises(UnicodeDecodeError, "'utf-8' codec can't decode byte 0xc3 in position 0: unexpected end of data", b'\xc3'.decode)
raises(UnicodeDecodeError, "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte", b'\xed\xa0\x80'.decode)
raises(UnicodeDecodeError, "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data", b'\xf0\x9f'.decode)
raises(UnicodeDecodeError, "'utf-8' codec can't decode byte 0xe0 in position 0: invalid continuation byte", b'\xe0\x80\x80'.decode)
raises(UnicodeDecodeError, "'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte", b'\xf4\x90\x80\x80'.decode)
raises(UnicodeDecodeError, "'utf-8' codec can't decode byte 0x80 in position 2: invalid start byte", b'ab\x80'.decode)
assert issubclass(UnicodeDecodeError, UnicodeError) and issubclass(UnicodeError, ValueError)
raises(LookupError, "unknown encoding: ascii2", b'abc'.decode, 'ascii2')
raises(LookupError, "unknown error handler name 'bogus'", b'\xff'.decode, 'utf-8', 'bogus')
assert b'x'.decode('utf-8', 'bogus') == 'x'
raises(TypeError, "decode() argument 'encoding' must be str, not int", b'abc'.decode, 1)
assert b'\xffa\xc3'.decode('utf-8', 'replace') == '\ufffda\ufffd'
assert b'\xffa\xc3'.decode('utf-8', 'ignore') == 'a'
assert b'\xffa\xc3'.decode('utf-8', 'backslashreplace') == '\\xffa\\xc3'
assert b'\xffa\xc3'.decode('ascii', 'replace') == '\ufffda\ufffd'
s = b'\xffa\xc3'.decode('utf-8', 'surrogateescape')
assert len(s) == 3 and s[1] == 'a'
assert s.encode('utf-8', 'surrogateescape') == b'\xffa\xc3'
raises(UnicodeEncodeError, "'utf-8' codec can't encode character '\\udcff' in position 0: surrogates not allowed", '\udcff'.encode)
raises(UnicodeEncodeError, "'latin-1' codec can't encode character '\\u20ac' in position 2: ordinal not in range(256)", 'aé€'.encode, 'latin-1')
raises(UnicodeEncodeError, "'ascii' codec can't encode character '\\xff' in position 0: ordinal not in range(128)", '\xff'.encode, 'ascii')
raises(UnicodeEncodeError, "'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)", 'aéé'.encode, 'ascii')
assert 'aé€'.encode('latin-1', 'xmlcharrefreplace') == b'a\xe9&#8364;'
assert 'aé€😀'.encode('ascii', 'backslashreplace') == b'a\\xe9\\u20ac\\U0001f600'
assert 'aé€'.encode('ascii', 'replace') == b'a??' and 'aé€'.encode('ascii', 'ignore') == b'a'
assert '\ud800'.encode('utf-8', 'surrogatepass') == b'\xed\xa0\x80'
raises(TypeError, "encode() argument 'encoding' must be str, not int", 'a'.encode, 1)
raises(LookupError, "unknown encoding: nope", 'a'.encode, 'nope')
for text in ['', 'abc', 'é', '€uro', '😀 x', 'a\x00b']:
    assert text.encode().decode() == text
    assert text.encode('utf-8') == bytes(text, 'utf-8')

# hex / fromhex
assert b'abc'.hex() == '616263' and b''.hex(':') == ''
assert b'\x01\x02\x03\x04\x05'.hex(':', 2) == '01:0203:0405'
assert b'\x01\x02\x03\x04\x05'.hex(b'-', -2) == '0102-0304-05'
assert b'\x01\x02'.hex(sep=':') == '01:02' and b'x'.hex(':', 0) == '78'
raises(ValueError, "sep must be length 1.", b'x'.hex, '::')
raises(ValueError, "sep must be length 1.", b'x'.hex, '')
raises(ValueError, "sep must be ASCII.", b'\x01'.hex, '\u00e9')
raises(TypeError, "object of type 'int' has no len()", b'abc'.hex, 1)
assert bytes.fromhex('ff00') == b'\xff\x00' and bytes.fromhex('01 02  0a') == b'\x01\x02\n'
assert bytes.fromhex(' 01 ') == b'\x01' and bytes.fromhex('') == b'' and bytes.fromhex('AbCd') == b'\xab\xcd'
assert b'x'.fromhex('41') == b'A'
raises(ValueError, "non-hexadecimal number found in fromhex() arg at position 1", bytes.fromhex, 'a')
raises(ValueError, "non-hexadecimal number found in fromhex() arg at position 0", bytes.fromhex, 'zz')
raises(ValueError, "non-hexadecimal number found in fromhex() arg at position 1", bytes.fromhex, '0 a')
raises(ValueError, "non-hexadecimal number found in fromhex() arg at position 1", bytes.fromhex, '0x')
raises(TypeError, "fromhex() argument must be str, not bytes", bytes.fromhex, b'00')

# searching
assert b'abcabc'.count(b'bc') == 2 and b'abc'.count(98) == 1 and b'aaa'.count(b'aa') == 1
assert b'abc'.count(b'', 1) == 3 and b'abc'.count(b'', 5) == 0 and b'abcabc'.count(b'a', 1, -1) == 1
assert b'abcabc'.find(b'c') == 2 and b'abcabc'.rfind(b'c') == 5 and b'abc'.find(b'z') == -1
assert b'abc'.find(b'', 4) == -1 and b'abc'.find(b'', 3) == 3 and b'abc'.find(b'c', -1) == 2
assert b'abc'.find(b'c', None, None) == 2 and b'abc'.rfind(98) == 1 and b'abc'.find(b'a', 1) == -1
assert b'abcabc'.index(b'b') == 1 and b'abcabc'.rindex(b'b') == 4
raises(ValueError, "subsection not found", b'abc'.index, b'z')
raises(ValueError, "subsection not found", b'abc'.rindex, b'z')
raises(ValueError, "subsection not found", b'abc'.index, 98, 2)
raises(TypeError, "argument should be integer or bytes-like object, not 'str'", b'abc'.find, 'a')
raises(TypeError, "argument should be integer or bytes-like object, not 'float'", b'abc'.find, 1.5)
raises(TypeError, "argument should be integer or bytes-like object, not 'str'", b'abc'.count, 'a')
raises(ValueError, "byte must be in range(0, 256)", b'a'.count, 300)
raises(TypeError, "slice indices must be integers or None or have an __index__ method", b'abc'.find, b'c', 'x')
assert b'abc'.startswith(b'ab') and b'abc'.startswith((b'x', b'a')) and b'abc'.startswith(b'b', 1)
assert not b'abc'.startswith(b'', 5) and b'abc'.endswith(b'bc') and b'abc'.endswith(b'b', 0, 2)
assert b'abc'.endswith(bytearray(b'c'))
raises(TypeError, "startswith first arg must be bytes or a tuple of bytes, not str", b'a'.startswith, 'a')
raises(TypeError, "endswith first arg must be bytes or a tuple of bytes, not int", b'a'.endswith, 1)
raises(TypeError, "a bytes-like object is required, not 'str'", b'abc'.endswith, ('a', 1))

# join and splitting
assert b', '.join([b'a', bytearray(b'b'), b'c']) == b'a, b, c' and b''.join([]) == b''
assert b'-'.join(iter([b'x', b'y'])) == b'x-y'
raises(TypeError, "sequence item 0: expected a bytes-like object, int found", b'abc'.join, [1])
raises(TypeError, "sequence item 1: expected a bytes-like object, str found", b'abc'.join, [b'a', 'a'])
assert b'a b  c'.split() == [b'a', b'b', b'c'] and b'  '.split() == [] and b''.split(b',') == [b'']
assert b'a b'.split(None, 0) == [b'a b'] and b'  a b  '.split(None, 1) == [b'a', b'b  ']
assert b'  a b  '.rsplit(None, 1) == [b'  a', b'b'] and b'a\x0bb\x1cc'.split() == [b'a', b'b\x1cc']
assert b'a,b,,c'.split(b',') == [b'a', b'b', b'', b'c'] and b'a,b,,c'.split(b',', 2) == [b'a', b'b', b',c']
assert b'a,b,,c'.rsplit(b',', 2) == [b'a,b', b'', b'c'] and b'abc'.split(sep=b'b', maxsplit=-1) == [b'a', b'c']
assert b'a::b::c'.split(b'::') == [b'a', b'b', b'c'] and b'a::b::c'.rsplit(b'::', 1) == [b'a::b', b'c']
raises(ValueError, "empty separator", b'abc'.split, b'')
raises(ValueError, "empty separator", b'a'.rsplit, b'')
raises(TypeError, "a bytes-like object is required, not 'str'", b'abc'.split, 'a')
raises(TypeError, "'float' object cannot be interpreted as an integer", b'abc'.split, maxsplit=1.5)
assert b'a\r\nb\rc\n'.splitlines() == [b'a', b'b', b'c']
assert b'a\r\nb\rc\n'.splitlines(True) == [b'a\r\n', b'b\r', b'c\n']
assert b'a\n\nb'.splitlines(keepends=False) == [b'a', b'', b'b'] and b''.splitlines() == []
assert b'abc'.partition(b'b') == (b'a', b'b', b'c') and b'abc'.partition(b'x') == (b'abc', b'', b'')
assert b'abcb'.rpartition(b'b') == (b'abc', b'b', b'') and b'abc'.rpartition(b'x') == (b'', b'', b'abc')
raises(ValueError, "empty separator", b'a'.partition, b'')
raises(TypeError, "a bytes-like object is required, not 'str'", b'abc'.partition, 'a')

# stripping, replacing, affixes
assert b'  a \n'.strip() == b'a' and b'  a '.lstrip() == b'a ' and b'  a '.rstrip() == b'  a'
assert b'xxaxx'.strip(b'x') == b'a' and b'xyaxy'.lstrip(b'yx') == b'axy' and b'abc'.rstrip(None) == b'abc'
raises(TypeError, "a bytes-like object is required, not 'str'", b'abc'.strip, 'a')
assert b'aaa'.replace(b'a', b'b') == b'bbb' and b'aaa'.replace(b'a', b'b', 2) == b'bba'
assert b'abc'.replace(b'', b'-') == b'-a-b-c-' and b'abc'.replace(b'', b'-', 2) == b'-a-bc'
assert b'abc'.replace(b'x', b'y') == b'abc' and b'abab'.replace(b'ab', b'') == b''
raises(TypeError, "a bytes-like object is required, not 'str'", b'abc'.replace, 'a', b'b')
raises(TypeError, "replace expected at least 2 arguments, got 1", b'abc'.replace, b'a')
assert b'abc'.removeprefix(b'ab') == b'c' and b'abc'.removeprefix(b'x') == b'abc'
assert b'abc'.removesuffix(b'bc') == b'a' and b'abc'.removesuffix(b'') == b'abc'
raises(TypeError, "a bytes-like object is required, not 'str'", b'abc'.removeprefix, 'a')

# translate / maketrans
table = bytes.maketrans(b'ab', b'xy')
assert len(table) == 256 and table[97:99] == b'xy'
assert b'abc'.translate(table) == b'xyc' and b'abc'.translate(None, b'b') == b'ac'
assert b'abc'.translate(table, delete=b'c') == b'xy'
raises(ValueError, "maketrans arguments must have same length", bytes.maketrans, b'a', b'bc')
raises(TypeError, "a bytes-like object is required, not 'str'", bytes.maketrans, 'a', 'b')
raises(ValueError, "translation table must be 256 characters long", b'a'.translate, b'x')
raises(TypeError, "a bytes-like object is required, not 'str'", b'abc'.translate, None, 'a')

# case
assert b'aBc1'.upper() == b'ABC1' and b'aBc1'.lower() == b'abc1' and b'aB'.swapcase() == b'Ab'
assert b'hello world'.title() == b'Hello World' and b"they're 2x".title() == b"They'Re 2X"
assert b'hELLO 1a'.capitalize() == b'Hello 1a' and b'\xe9a'.upper() == b'\xe9A'

# predicates
assert b'ab'.isalpha() and not b''.isalpha() and not b'a1'.isalpha()
assert b'a1'.isalnum() and not b'a_'.isalnum() and b'123'.isdigit() and not b'1.5'.isdigit()
assert b'A1'.isupper() and not b'1'.isupper() and b'a1'.islower() and not b'aB'.islower()
assert b' \t\n\x0b\x0c\r'.isspace() and not b''.isspace()
assert b'abc'.isascii() and b''.isascii() and not b'\x80'.isascii()
assert b'Hello World'.istitle() and not b'1a'.istitle() and b'A'.istitle() and not b'AB'.istitle()

# padding
assert b'abc'.center(6, b'*') == b'*abc**' and b'abc'.center(8) == b'  abc   ' and b'abc'.center(2) == b'abc'
assert b'ab'.center(5) == b'  ab ' and b'abc'.ljust(5) == b'abc  ' and b'abc'.rjust(5, b'.') == b'..abc'
assert b'-12'.zfill(5) == b'-0012' and b'+1'.zfill(3) == b'+01' and b'abc'.zfill(2) == b'abc' and b''.zfill(2) == b'00'
raises(TypeError, "center() argument 2 must be a byte string of length 1, not str", b'abc'.center, 5, 'x')
raises(TypeError, "center() argument 2 must be a byte string of length 1, not bytes", b'abc'.center, 5, b'xy')
raises(TypeError, "ljust() argument 2 must be a byte string of length 1, not str", b'abc'.ljust, 5, 'x')
raises(TypeError, "'str' object cannot be interpreted as an integer", b'abc'.zfill, 'a')
raises(TypeError, "center expected at least 1 argument, got 0", b'abc'.center)
assert b'a\tb\n\tc'.expandtabs(4) == b'a   b\n    c' and b'a\tb'.expandtabs() == b'a       b'
assert b'\tx'.expandtabs(0) == b'x'
raises(TypeError, "'str' object cannot be interpreted as an integer", b'abc'.expandtabs, 'x')

# % formatting
assert b'%d-%s' % (5, b'x') == b'5-x' and b'%s' % b'only' == b'only'
assert b'%x %5.2f %r %a %c %c' % (255, 1.5, 'é', 'é', 65, b'z') == b"ff  1.50 '\\xe9' '\\xe9' A z"
assert b'%(a)s' % {b'a': b'x'} == b'x' and b'%%' % () == b'%'
assert b'%5s|%-5s|%.2s' % (b'ab', b'ab', b'abc') == b'   ab|ab   |ab'
assert b'%*d' % (5, 3) == b'    3' and b'%-*d|' % (5, 3) == b'3    |' and b'%.*f' % (2, 3.14159) == b'3.14'
assert b'%r' % b'x' == b"b'x'" and b'%5c|' % 65 == b'    A|' and b'%d' % True == b'1'
assert b'%05d|%+d|% d|%#x|%#o' % (3, 3, 3, 255, 8) == b'00003|+3| 3|0xff|0o10'
assert b'%i|%u' % (3.9, -2) == b'3|-2' and b'%s' % bytearray(b'q') == b'q'
assert b'%e %g %G %E %F' % (1.5, 1e20, 1e-20, 2.0, 1.5) == b'1.500000e+00 1e+20 1E-20 2.000000E+00 1.500000'
raises(TypeError, "%d format: a real number is required, not str", lambda: b'%d' % 'x')
raises(TypeError, "%x format: an integer is required, not float", lambda: b'%x' % 3.5)
raises(TypeError, "%b requires a bytes-like object, or an object that implements __bytes__, not 'str'", lambda: b'%s' % 'x')
raises(TypeError, "%b requires a bytes-like object, or an object that implements __bytes__, not 'int'", lambda: b'%s %s' % (1,))
raises(TypeError, "not enough arguments for format string", lambda: b'%s' % ())
raises(TypeError, "not all arguments converted during bytes formatting", lambda: b'%d %d' % (1, 2, 3))
raises(TypeError, "not all arguments converted during bytes formatting", lambda: b'a' % 1)
raises(OverflowError, "%c arg not in range(256)", lambda: b'%c' % 256)
raises(TypeError, "%c requires an integer in range(256) or a single byte", lambda: b'%c' % b'ab')
raises(ValueError, "incomplete format", lambda: b'%' % ())
raises(ValueError, "unsupported format character 'z' (0x7a) at index 1", lambda: b'%z' % (1,))
raises(TypeError, "format requires a mapping", lambda: b'%(a)s' % (1,))
raises(ValueError, "incomplete format key", lambda: b'%(a' % {b'a': 1})
assert b'%s' % WithBytes() == b'custom'

# methods are bytes methods
assert type(bytes.fromhex) is type(len)
assert b'abc'.upper.__name__ == 'upper'

# str(bytes, encoding, errors)
assert str(b'abc', 'ascii') == 'abc' and str(b'abc', encoding='latin-1') == 'abc' and str(b'\xff', 'utf-8', 'replace') == '\ufffd'
assert str(bytearray(b'ab'), 'ascii') == 'ab' and str(memoryview(b'ab'), 'ascii') == 'ab' and str(b'a', errors='strict') == 'a'
assert str(object=5) == '5' and str(b'a') == "b'a'" and str(encoding='ascii') == ''
raises(TypeError, "decoding str is not supported", str, 'a', 'ascii')
raises(TypeError, "decoding to str: need a bytes-like object, int found", str, 1, 'x')
raises(TypeError, "str() argument 'encoding' must be str, not int", str, b'a', 1)
raises(TypeError, "str() argument 'errors' must be str, not int", str, b'a', 'ascii', 1)
raises(TypeError, "str() takes at most 3 arguments (4 given)", str, b'a', 'a', 'b', 'c')
raises(TypeError, "'x' is an invalid keyword argument for str()", str, x=5)

# utf-16 and utf-32
assert 'a€😀'.encode('utf-16') == b'\xff\xfea\x00\xac =\xd8\x00\xde' and 'a€😀'.encode('utf-16-le') == b'a\x00\xac =\xd8\x00\xde'
assert 'a€😀'.encode('utf-16be') == b'\x00a \xac\xd8=\xde\x00' and 'a€😀'.encode('UTF-32-LE') == b'a\x00\x00\x00\xac \x00\x00\x00\xf6\x01\x00'
assert 'a€😀'.encode('utf-32') == b'\xff\xfe\x00\x00a\x00\x00\x00\xac \x00\x00\x00\xf6\x01\x00'
assert 'a€😀'.encode('utf_32_be') == b'\x00\x00\x00a\x00\x00 \xac\x00\x01\xf6\x00' and ''.encode('utf-16') == b'\xff\xfe'
for codec in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']:
    for text in ['', 'abc', 'é€', '😀x\U0010ffff']:
        assert text.encode(codec).decode(codec) == text
assert b'\xfe\xff\x00a'.decode('utf-16') == 'a' and b'a\x00'.decode('utf-16') == 'a' and b'=\xd8\x00\xde'.decode('utf-16-le') == '😀'
assert b'\x00\x00\xfe\xff\x00\x00\x00a'.decode('utf-32') == 'a'
raises(UnicodeEncodeError, "'utf-16' codec can't encode character '\\ud800' in position 1: surrogates not allowed", 'x\ud800\udc80y'.encode, 'utf-16')
raises(UnicodeEncodeError, "'utf-32' codec can't encode character '\\ud800' in position 1: surrogates not allowed", 'x\ud800\udc80y'.encode, 'utf-32')
raises(UnicodeEncodeError, "'utf-8' codec can't encode characters in position 1-2: surrogates not allowed", 'x\ud800\udc80y'.encode, 'utf-8', 'surrogateescape')
assert '\ud800'.encode('utf-16', 'surrogatepass') == b'\xff\xfe\x00\xd8' and '\ud800'.encode('utf-16-be', 'replace') == b'\x00?'
assert '\ud800'.encode('utf-32', 'backslashreplace') == b'\xff\xfe\x00\x00\\\x00\x00\x00u\x00\x00\x00d\x00\x00\x008\x00\x00\x000\x00\x00\x000\x00\x00\x00'
raises(UnicodeDecodeError, "'utf-16-le' codec can't decode byte 0x61 in position 0: truncated data", b'a'.decode, 'utf-16')
raises(UnicodeDecodeError, "'utf-16-le' codec can't decode bytes in position 0-1: illegal UTF-16 surrogate", b'\x00\xd8a\x00'.decode, 'utf-16-le')
raises(UnicodeDecodeError, "'utf-16-le' codec can't decode bytes in position 0-1: illegal encoding", b'\x00\xdca\x00'.decode, 'utf-16-le')
raises(UnicodeDecodeError, "'utf-16-le' codec can't decode bytes in position 0-1: unexpected end of data", b'\x00\xd8'.decode, 'utf-16-le')
raises(UnicodeDecodeError, "'utf-32-le' codec can't decode bytes in position 0-2: truncated data", b'a\x00\x00'.decode, 'utf-32-le')
raises(UnicodeDecodeError, "'utf-32-le' codec can't decode bytes in position 0-3: code point not in range(0x110000)", b'\x00\x00\x11\x00'.decode, 'utf-32-le')
raises(UnicodeDecodeError, "'utf-32-le' codec can't decode bytes in position 0-3: code point in surrogate code point range(0xd800, 0xe000)", b'\x00\xd8\x00\x00'.decode, 'utf-32-le')
assert b'\x00\xd8a\x00'.decode('utf-16-le', 'replace') == '\ufffda' and b'\x00\xd8a\x00'.decode('utf-16-le', 'surrogatepass') == '\ud800a'
assert b'\x00\xd8a\x00'.decode('utf-16-le', 'backslashreplace') == '\\x00\\xd8a' and b'a\x00b'.decode('utf-16-le', 'ignore') == 'a'
assert b'a\xed\xa0\x80b'.decode('utf-8', 'surrogatepass') == 'a\ud800b'

# subclasses
class B(bytes):
    def extra(self):
        return len(self)
sub = B(b'abc')
assert type(sub) is B and sub == b'abc' and len(sub) == 3 and sub.upper() == b'ABC' and sub.extra() == 3
assert sub[0] == 97 and sub + b'x' == b'abcx' and isinstance(sub, bytes) and hash(sub) == hash(b'abc')
assert type(B.fromhex('41')) is B and B.fromhex('41') == b'A' and type(bytes.fromhex('41')) is bytes
assert bytes.maketrans(b'a', b'b') == B.maketrans(b'a', b'b')
assert bytes.__len__(b'abc') == 3 and bytes.__getitem__(b'abc', 1) == 98 and bytearray.__setitem__ is not None
for base in [memoryview, slice, range]:
    try:
        class Sub(base):
            pass
        raise AssertionError("subclassed " + base.__name__)
    except TypeError as e:
        assert str(e) == "type '%s' is not an acceptable base type" % base.__name__
# instances of Python subclasses are accepted wherever the builtin is
class S(str):
    pass
class BA(bytearray):
    pass
sb, sba = B(b'ab'), BA(b'xy')
assert float(S('1.5')) == 1.5 and complex(S('1+2j')) == 1 + 2j and int(S('12')) == 12 and float.fromhex(S('0x1p1')) == 2.0
assert bytes(S('é'), 'utf-8') == b'\xc3\xa9' and bytearray(S('a'), 'ascii') == b'a' and memoryview(sb).tobytes() == b'ab'
view = memoryview(sba)
view[0] = 65
assert sba == b'Ay' and bytes(sba) == b'Ay' and sb + b'c' == b'abc' and b'c' + sb == b'cab' and sba + sb == b'Ayab'
assert b'%s' % sb == b'ab' and b'-'.join([sb, sba]) == b'ab-Ay' and sb in b'xaby' and b'a' in sb
assert int.from_bytes(sb) == 24930 and str(sb, 'ascii') == 'ab' and S('x').encode() == b'x' and 'a'.encode(S('utf-8')) == b'a'
assert sb.decode(S('ascii')) == 'ab'
# the search methods' argument-count messages
for name in ['find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith']:
    raises(TypeError, name + "() takes at least 1 argument (0 given)", getattr(b'a', name))
    raises(TypeError, name + "() takes at most 3 arguments (4 given)", getattr(bytearray(b'a'), name), b'a', 0, 1, 2)
print("ok")
