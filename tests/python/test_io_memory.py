# _io.StringIO and _io.BytesIO: reading, writing, seeking, truncating, lines and iteration,
# newline= translation, closed streams and the argument errors with CPython's messages.
import _io
from _io import StringIO, BytesIO


def raises(exc, message, fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except exc as e:
        if message is not None:
            assert str(e) == message, (str(e), message)
        return e
    raise AssertionError("no %s raised" % exc.__name__)


# --- StringIO
s = StringIO()
assert type(s).__name__ == "StringIO" and type(s).__module__ == "_io"
assert repr(type(s)) == "<class '_io.StringIO'>"
assert s.write("hello ") == 6
assert s.write("w\xf6rld\n") == 6
assert s.getvalue() == "hello w\xf6rld\n"
assert s.tell() == 12
assert s.read() == ""
assert s.seek(0) == 0
assert s.read(5) == "hello"
assert s.tell() == 5
assert s.read() == " w\xf6rld\n"
s.seek(7)
assert s.read(2) == "\xf6r"
assert s.tell() == 9
assert s.readable() and s.writable() and s.seekable() and not s.isatty()
assert not s.closed

s = StringIO("one\ntwo\nthree")
assert s.tell() == 0
assert s.readline() == "one\n"
assert s.readline(2) == "tw"
assert s.readline() == "o\n"
assert s.readline() == "three"
assert s.readline() == ""
s.seek(0)
assert s.readlines() == ["one\n", "two\n", "three"]
s.seek(0)
assert list(s) == ["one\n", "two\n", "three"]
s.seek(0)
assert [line for line in s] == ["one\n", "two\n", "three"]

# overwrite in the middle, write past the end
s = StringIO("h\xe9llo")
s.seek(1)
s.write("E")
assert s.getvalue() == "hEllo"
s.seek(10)
assert s.tell() == 10
assert s.read() == ""
s.write("x")
assert s.getvalue() == "hEllo\x00\x00\x00\x00\x00x"
assert s.tell() == 11

# truncate keeps the position
s = StringIO("h\xe9llo")
assert s.read(2) == "h\xe9"
assert s.truncate(1) == 1
assert s.tell() == 2
assert s.getvalue() == "h"
assert s.truncate() == 2
s = StringIO("abc")
s.seek(1)
assert s.truncate() == 1
assert s.getvalue() == "a"

# seek variants and errors
s = StringIO("abc")
assert s.seek(0, 2) == 3
assert s.seek(0, 1) == 3
raises(ValueError, "Negative seek position -1", s.seek, -1)
raises(OSError, "Can't do nonzero cur-relative seeks", s.seek, 1, 1)
raises(OSError, "Can't do nonzero cur-relative seeks", s.seek, 1, 2)
raises(ValueError, "Invalid whence (3, should be 0, 1 or 2)", s.seek, 0, 3)
raises(TypeError, "'float' object cannot be interpreted as an integer", s.seek, 1.0)
raises(ValueError, "Negative size value -1", s.truncate, -1)
raises(TypeError, "string argument expected, got 'bytes'", s.write, b"x")
raises(TypeError, "string argument expected, got 'int'", s.write, 3)
raises(TypeError, "argument should be integer or None, not 'str'", s.read, "x")
assert StringIO("abc").read(None) == "abc"

# constructor checks
raises(TypeError, "initial_value must be str or None, not bytes", StringIO, b"x")
raises(TypeError, "initial_value must be str or None, not int", StringIO, 3)
raises(TypeError, "newline must be str or None, not int", StringIO, newline=3)
raises(ValueError, "illegal newline value: 'x'", StringIO, newline="x")
assert StringIO(None).getvalue() == ""

# newline translation
s = StringIO(newline=None)
s.write("a\r\nb\rc\n")
assert s.getvalue() == "a\nb\nc\n"
s = StringIO("a\r\nb\rc\n", newline=None)
assert s.getvalue() == "a\nb\nc\n"
assert s.readlines() == ["a\n", "b\n", "c\n"]
s = StringIO("a\r\nb\rc\n", newline="")
assert s.readlines() == ["a\r\n", "b\r", "c\n"]
s = StringIO("a\r\nb\rc\n")
assert s.readlines() == ["a\r\n", "b\rc\n"]
s = StringIO(newline="\r\n")
s.write("a\nb")
assert s.getvalue() == "a\r\nb"
assert s.tell() == 4
s.seek(0)
assert s.readline() == "a\r\n"
s = StringIO(newline="\r")
s.write("a\nb")
assert s.getvalue() == "a\rb"
s.seek(0)
assert s.readlines() == ["a\r", "b"]

# writelines, with, closed
s = StringIO()
s.writelines(["a", "b", "c"])
assert s.getvalue() == "abc"
with StringIO("x") as s:
    assert s.read() == "x"
assert s.closed
raises(ValueError, "I/O operation on closed file", s.read)
raises(ValueError, "I/O operation on closed file", s.getvalue)
raises(ValueError, "I/O operation on closed file", s.write, "x")
raises(ValueError, "I/O operation on closed file", s.tell)
s.close()
assert repr(StringIO()).startswith("<_io.StringIO object at 0x")

# --- BytesIO
b = BytesIO()
assert type(b).__name__ == "BytesIO" and type(b).__module__ == "_io"
assert b.write(b"abc") == 3
assert b.write(bytearray(b"de")) == 2
assert b.write(memoryview(b"f")) == 1
assert b.getvalue() == b"abcdef"
assert b.tell() == 6
b.seek(0)
assert b.read(2) == b"ab"
assert b.read1(2) == b"cd"
assert b.read() == b"ef"
assert b.read() == b""
assert b.readable() and b.writable() and b.seekable() and not b.isatty()

b = BytesIO(b"abc")
assert b.tell() == 0
b.seek(5)
b.write(b"x")
assert b.getvalue() == b"abc\x00\x00x"
assert b.tell() == 6
assert b.seek(-2, 1) == 4
assert b.seek(-10, 2) == 0
assert b.seek(2) == 2
b.write(b"Z")
assert b.getvalue() == b"abZ\x00\x00x"

b = BytesIO(b"line1\nline2\nend")
assert b.readline() == b"line1\n"
assert b.readline(3) == b"lin"
assert b.readline() == b"e2\n"
assert b.readline() == b"end"
assert b.readline() == b""
b.seek(0)
assert b.readlines() == [b"line1\n", b"line2\n", b"end"]
b.seek(0)
assert list(b) == [b"line1\n", b"line2\n", b"end"]
buf = bytearray(4)
b.seek(0)
assert b.readinto(buf) == 4 and buf == bytearray(b"line")

b = BytesIO(b"abcdef")
b.seek(4)
assert b.truncate(2) == 2
assert b.getvalue() == b"ab"
assert b.tell() == 4
assert b.truncate() == 4
assert b.getvalue() == b"ab"

raises(ValueError, "negative seek value -1", b.seek, -1)
raises(ValueError, "invalid whence (3, should be 0, 1 or 2)", b.seek, 0, 3)
raises(TypeError, "a bytes-like object is required, not 'str'", b.write, "x")
raises(ValueError, "negative size value -1", b.truncate, -1)
raises(TypeError, "argument should be integer or None, not 'str'", b.read, "x")
raises(TypeError, "a bytes-like object is required, not 'str'", BytesIO, "x")
assert BytesIO(None).getvalue() == b""

with BytesIO(b"q") as b:
    assert b.read() == b"q"
assert b.closed
raises(ValueError, "I/O operation on closed file.", b.read)
raises(ValueError, "I/O operation on closed file.", b.getvalue)
raises(ValueError, "I/O operation on closed file.", b.write, b"x")
assert repr(BytesIO()).startswith("<_io.BytesIO object at 0x")

# TextIOWrapper over a BytesIO
raw = BytesIO()
t = _io.TextIOWrapper(raw, encoding="utf-8", newline="\r\n")
assert t.write("a\nb\xe9") == 4
t.flush()
assert raw.getvalue() == b"a\r\nb\xc3\xa9"
t.seek(0)
assert t.read() == "a\r\nb\xe9"
assert t.encoding == "utf-8" and t.errors == "strict"
t = _io.TextIOWrapper(BytesIO(b"x\r\ny\rz"))
assert t.readlines() == ["x\n", "y\n", "z"]
raises(ValueError, "illegal newline value: x", _io.TextIOWrapper, BytesIO(), newline="x")
raises(LookupError, "unknown encoding: nope", _io.TextIOWrapper, BytesIO(), encoding="nope")
# Python subclasses
class Named(StringIO):
    def __init__(self, name):
        super().__init__()
        self.name = name

n = Named("log")
n.write("hi")
assert n.getvalue() == "hi" and n.name == "log"
assert type(n).__name__ == "Named" and isinstance(n, StringIO)

class Plain(StringIO):
    pass

p = Plain("abc\ndef")
assert p.readline() == "abc\n"
assert list(p) == ["def"]
assert p.tell() == 7
with Plain("q") as f:
    assert f.read() == "q"
assert f.closed

class Doubling(BytesIO):
    def extra(self):
        return self.getvalue() * 2

d = Doubling(b"ab")
assert d.extra() == b"abab" and d.read() == b"ab"
s = StringIO("x")
s.__init__("yz")
assert s.getvalue() == "yz" and s.tell() == 0
raises(TypeError, "_io.StringIO.__new__(int): int is not a subtype of _io.StringIO", StringIO.__new__, int)
raises(TypeError, "_io.StringIO.__new__(X): X is not a type object (int)", StringIO.__new__, 5)
raises(TypeError, "_io.BytesIO.__new__(_io.StringIO): _io.StringIO is not a subtype of _io.BytesIO",
       BytesIO.__new__, StringIO)
assert type(StringIO.__new__(Plain)) is Plain

# what the wrappers ask of the stream they wrap
raises(AttributeError, "'NoneType' object has no attribute 'readable'", _io.TextIOWrapper, None)
raises(AttributeError, "'NoneType' object has no attribute 'readable'", _io.BufferedReader, None)


class Closed(BytesIO):
    def readable(self):
        return False

    def writable(self):
        return False


raises(_io.UnsupportedOperation, "File or stream is not readable.", _io.BufferedReader, Closed())
raises(_io.UnsupportedOperation, "File or stream is not writable.", _io.BufferedWriter, Closed())
raises(_io.UnsupportedOperation, "File or stream is not readable.", _io.BufferedRandom, Closed())
reader = _io.BufferedReader(BytesIO(b"one\ntwo"))
assert reader.readline() == b"one\n" and reader.read() == b"two"
# tell() while iterating with next()
f = _io.TextIOWrapper(BytesIO(b"a\nb\nc"))
next(f)
no_tell = "telling position disabled by next() call"
raises(OSError, no_tell, f.tell)
f.readline()
raises(OSError, no_tell, f.tell)
f.seek(0)
assert f.tell() == 0
next(f)
raises(OSError, no_tell, f.seek, 0, 1)
assert list(f) == ["b\n", "c"]
assert f.tell() == 5

# reconfigure
w = _io.TextIOWrapper(BytesIO(b"ab\r\ncd"))
assert w.reconfigure(line_buffering=True) is None and w.line_buffering
w.reconfigure(encoding="latin-1")
assert w.encoding == "latin-1" and w.errors == "strict"
w.reconfigure(errors="replace")
assert w.errors == "replace"
raises(ValueError, "illegal newline value: x", w.reconfigure, newline="x")
raises(TypeError, "reconfigure() argument 'newline' must be str or None, not int", w.reconfigure, newline=5)
raises(TypeError, "reconfigure() argument 'encoding' must be str or None, not int", w.reconfigure, encoding=5)
raises(LookupError, "unknown encoding: bogus", w.reconfigure, encoding="bogus")
raises(TypeError, "reconfigure() takes no positional arguments", w.reconfigure, 1)
w.reconfigure(newline="")
assert w.readline() == "ab\r\n"
late = "It is not possible to set the encoding or newline of stream after the first read"
raises(_io.UnsupportedOperation, late, w.reconfigure, encoding="utf-8")
raises(_io.UnsupportedOperation, late, w.reconfigure, newline="\n")
raises(_io.UnsupportedOperation, late, w.reconfigure, errors="strict")
w.reconfigure(line_buffering=False)
assert not w.line_buffering
w = _io.TextIOWrapper(BytesIO(), encoding="ascii", errors="replace")
w.reconfigure(encoding="utf-8")
assert (w.encoding, w.errors) == ("utf-8", "strict")

# closed buffered streams: each method names itself
w = _io.BufferedWriter(BytesIO())
w.close()
r = _io.BufferedReader(BytesIO(b"x"))
r.close()
x = _io.BufferedRandom(BytesIO(b"x"))
x.close()
U = _io.UnsupportedOperation
raises(U, "read", w.read)
raises(U, "read1", w.read1)
raises(U, "read", w.readline)
raises(ValueError, "flush of closed file", w.flush)
raises(ValueError, "write to closed file", w.write, b"x")
raises(ValueError, "seek of closed file", w.seek, 0)
raises(ValueError, "truncate of closed file", w.truncate)
raises(U, "fileno", w.fileno)
assert w.readable() is False and r.writable() is False
raises(ValueError, "read of closed file", r.read)
raises(ValueError, "read of closed file", r.read1)
raises(ValueError, "peek of closed file", r.peek)
raises(ValueError, "readline of closed file", r.readline)
raises(ValueError, "I/O operation on closed file.", r.flush)
raises(U, "write", r.write, b"x")
raises(ValueError, "flush of closed file", x.flush)
raises(ValueError, "write to closed file", x.write, b"x")
raises(ValueError, "readline of closed file", x.readline)
raises(U, "fileno", BytesIO().fileno)
raises(U, "fileno", StringIO().fileno)

# detach
b = BytesIO(b"xy")
w = _io.TextIOWrapper(b)
w.write("q")
assert w.detach() is b and b.getvalue() == b"qy"
gone = "underlying buffer has been detached"
raises(ValueError, gone, w.read)
raises(ValueError, gone, w.write, "x")
raises(ValueError, gone, lambda: w.closed)
raises(ValueError, gone, w.detach)
raises(ValueError, gone, w.close)
assert w.buffer is None and repr(w) == "<_io.TextIOWrapper encoding='UTF-8'>"
br = _io.BufferedReader(BytesIO(b"ab"))
assert br.read(1) == b"a"
raw = br.detach()
assert type(raw) is BytesIO and raw.tell() == 2  # after what the reader read ahead
gone = "raw stream has been detached"
raises(ValueError, gone, br.read)
raises(ValueError, gone, lambda: br.closed)
raises(ValueError, gone, br.tell)
raises(ValueError, gone, br.close)
raises(_io.UnsupportedOperation, "write", br.write, b"x")
assert br.raw is None and repr(br) == "<_io.BufferedReader>"
rand = _io.BufferedRandom(BytesIO(b"ab"))
assert rand.read(1) == b"a"
raw = rand.detach()
assert raw.tell() == 1 and raw.read() == b"b"
print("ok")
