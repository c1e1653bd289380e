# _io's abstract bases (_IOBase, _RawIOBase, _BufferedIOBase, _TextIOBase) under Python
# subclasses, text_encoding, open_code and the module's names.
import _io


def raises(exc, message, fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except exc as e:
        if message is not None:
            assert str(e) == message, (str(e), message)
        return e
    raise AssertionError("no %s raised" % exc.__name__)


class R(_io._RawIOBase):
    pass


class B(_io._BufferedIOBase):
    pass


class T(_io._TextIOBase):
    pass


r, b, t = R(), B(), T()
raises(NotImplementedError, "", r.read)
raises(NotImplementedError, "", r.read, 2)
raises(NotImplementedError, "", r.write, b"x")
raises(NotImplementedError, "", r.readinto, bytearray(2))
U = _io.UnsupportedOperation
raises(U, "fileno", r.fileno)
raises(U, "seek", r.seek, 0)
raises(U, "seek", r.tell)
raises(U, "truncate", r.truncate)
raises(U, "read", b.read)
raises(U, "read1", b.read1)
raises(U, "write", b.write, b"x")
raises(U, "detach", b.detach)
raises(U, "read", b.readinto, bytearray(2))
raises(U, "read", t.read)
raises(U, "readline", t.readline)
raises(U, "write", t.write, "x")
raises(U, "detach", t.detach)
assert (t.encoding, t.newlines, t.errors) == (None, None, None)
raises(U, "File or stream is not readable.", r._checkReadable)
raises(U, "File or stream is not writable.", r._checkWritable)
raises(U, "File or stream is not seekable.", r._checkSeekable)
assert (r.readable(), r.writable(), r.seekable(), r.isatty(), r.closed) == (False, False, False, False, False)
r.close()
assert r.closed
closed = "I/O operation on closed file."
raises(ValueError, closed, r.flush)
raises(ValueError, closed, r._checkClosed)
raises(ValueError, closed, iter, r)
raises(ValueError, closed, r.__enter__)
raises(ValueError, closed, r.isatty)
raises(ValueError, closed, r.readlines)
raises(ValueError, closed, r.writelines, [])
raises(NotImplementedError, "", r.readline)


class Letters(_io._RawIOBase):
    def __init__(self):
        self.data = b"ab\ncd"
        self.at = 0

    def readinto(self, buffer):
        if self.at >= len(self.data):
            return 0
        buffer[0] = self.data[self.at]
        self.at += 1
        return 1

    def readable(self):
        return True


s = Letters()
assert s.readline() == b"ab\n"
assert s.read() == b"cd"
assert Letters().readall() == b"ab\ncd"
assert list(Letters()) == [b"ab\n", b"cd"]
assert Letters().readline(2) == b"ab"
assert Letters().read(2) == b"a"
with Letters() as s:
    assert s.readlines() == [b"ab\n", b"cd"]
assert s.closed


class Collect(_io._BufferedIOBase):
    def __init__(self):
        self.parts = []

    def write(self, b):
        self.parts.append(b)
        return len(b)

    def read(self, n=-1):
        return b"xyz"[:n]


c = Collect()
c.writelines([b"a", b"b"])
assert c.parts == [b"a", b"b"]
buf = bytearray(2)
assert c.readinto(buf) == 2 and buf == bytearray(b"xy")

assert _io.text_encoding(None) == "locale"
assert _io.text_encoding("x") == "x"
assert _io.BlockingIOError is BlockingIOError
with _io.open_code(__file__) as f:
    assert type(f).__name__ == "BufferedReader"
    assert f.read(6) == b"# _io'"
assert _io._IOBase.__module__ == "_io"
assert _io._RawIOBase.__mro__ == (_io._RawIOBase, _io._IOBase, object)
assert _io.TextIOWrapper.__name__ == "TextIOWrapper" and _io.TextIOWrapper.__module__ == "_io"
assert _io.FileIO.__module__ == "_io" and _io.BufferedRandom.__module__ == "_io"
# BufferedRWPair
r, w = _io.BytesIO(b"ab\ncd"), _io.BytesIO()
p = _io.BufferedRWPair(r, w)
assert p.read(1) == b"a"
assert p.peek(1)[:1] == b"b"
assert p.readline() == b"b\n"
assert p.read1(5) == b"cd"
assert p.write(b"xy") == 2
p.flush()
assert w.getvalue() == b"xy"
assert p.readable() and p.writable() and not p.closed and not p.isatty()
assert type(p).__mro__ == (_io.BufferedRWPair, _io._BufferedIOBase, _io._IOBase, object)
p.close()
assert r.closed and w.closed and p.closed


class NotReadable(_io.BytesIO):
    def readable(self):
        return False


class NotWritable(_io.BytesIO):
    def writable(self):
        return False


raises(U, "File or stream is not readable.", _io.BufferedRWPair, NotReadable(), _io.BytesIO())
raises(U, "File or stream is not writable.", _io.BufferedRWPair, _io.BytesIO(), NotWritable())

# IncrementalNewlineDecoder
d = _io.IncrementalNewlineDecoder(None, True)
assert d.decode("a\r") == "a"
assert d.getstate() == (b"", 1)
assert d.decode("\nb\rc") == "\nb\nc"
assert d.newlines == ("\r", "\r\n")
assert d.getstate() == (b"", 0)
assert d.decode("", final=True) == ""
d.reset()
assert d.newlines is None
d = _io.IncrementalNewlineDecoder(None, False)
assert d.decode("x\r\ny\n") == "x\r\ny\n"
assert d.newlines == ("\n", "\r\n")
d = _io.IncrementalNewlineDecoder(None, True)
d.decode("q\r")
d.setstate((b"", 0))
assert d.decode("\n") == "\n"
assert d.decode("\r", final=True) == "\n"
raises(TypeError, "decoder should return a string result, not 'bytes'", d.decode, b"x")
print("ok")
