# The standard library's io module over the native _io: its names, its ABCs registering the
# native classes, Python subclasses of io.RawIOBase under the native buffers, print(file=).
import io
import _io

assert io.open is open and io.StringIO is _io.StringIO and io.FileIO is _io.FileIO
assert io.DEFAULT_BUFFER_SIZE == 8192
assert io.UnsupportedOperation is _io.UnsupportedOperation
assert isinstance(io.StringIO(), io.TextIOBase)
assert isinstance(io.BytesIO(), io.BufferedIOBase)
assert isinstance(io.StringIO(), io.IOBase)
assert issubclass(io.FileIO, io.RawIOBase)
assert issubclass(io.TextIOWrapper, io.TextIOBase)
assert issubclass(io.BufferedReader, io.BufferedIOBase)
assert not isinstance(io.StringIO(), io.BufferedIOBase)
with open(__file__, "rb") as f:
    assert isinstance(f, io.BufferedIOBase) and isinstance(f, io.IOBase)
    assert isinstance(f.raw, io.RawIOBase)
with open(__file__, encoding="utf-8") as f:
    assert isinstance(f, io.TextIOBase)
    assert f.readline().startswith("# The standard library's io module")

s = io.StringIO()
print("a", 1, file=s)
print("b", end="", file=s)
assert s.getvalue() == "a 1\nb"


class Countdown(io.RawIOBase):
    def __init__(self, n):
        self.n = n

    def readable(self):
        return True

    def readinto(self, buffer):
        if self.n == 0:
            return 0
        buffer[0] = ord("0") + self.n
        self.n -= 1
        return 1


assert Countdown(3).read() == b"321"
assert io.BufferedReader(Countdown(4)).read() == b"4321"
assert io.BufferedReader(Countdown(2)).read(1) == b"2"
text = io.TextIOWrapper(io.BufferedReader(Countdown(3)), encoding="ascii")
assert text.read() == "321"
assert isinstance(Countdown(1), io.IOBase)
raw = Countdown(1)
raw.close()
assert raw.closed
try:
    raw.flush()
except ValueError as e:
    assert str(e) == "I/O operation on closed file."
else:
    raise AssertionError("flush after close")
print("ok")
