# Files through builtins.open and _io: text and binary modes, newline translation, encodings,
# errors=, seek/tell, the mode checks and the OSError subclasses with their messages.
import _io

BASE = "/tmp/pyxis_test_io_files_"
counter = [0]

def path(name):
    return BASE + name


def raises(exc, message, fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except exc as e:
        if message is not None:
            assert str(e) == message, (str(e), message)
        return e
    raise AssertionError("no %s raised" % exc.__name__)


def raises_os(exc, tail, fn, *args, **kwargs):
    # "[Errno N] tail": N is the platform's errno value (the oracle may run on WASI numbers)
    e = raises(exc, None, fn, *args, **kwargs)
    text = str(e)
    assert text.startswith("[Errno %d] " % e.errno) and text.endswith("] " + tail), text
    return e


# builtins.open is _io.open
assert open is _io.open
assert _io.DEFAULT_BUFFER_SIZE == 8192
assert issubclass(_io.UnsupportedOperation, OSError)
assert issubclass(_io.UnsupportedOperation, ValueError)

# --- text write / read
p = path("text.txt")
with open(p, "w") as f:
    assert f.write("hello\nworld\n") == 12
    assert f.writable() and not f.readable()
    assert f.mode == "w" and f.name == p and f.encoding == "UTF-8"
    assert repr(f) == "<_io.TextIOWrapper name=%r mode='w' encoding='UTF-8'>" % p
    assert type(f).__name__ == "TextIOWrapper" and type(f).__module__ == "_io"
    assert type(f.buffer).__name__ == "BufferedWriter"
    assert type(f.buffer.raw).__name__ == "FileIO"
    assert f.buffer.mode == "wb" and f.buffer.raw.mode == "wb"
    assert repr(f.buffer) == "<_io.BufferedWriter name=%r>" % p
    assert repr(f.buffer.raw) == "<_io.FileIO name=%r mode='wb' closefd=True>" % p
    assert not f.closed
assert f.closed and f.buffer.closed and f.buffer.raw.closed
assert repr(f.buffer.raw) == "<_io.FileIO [closed]>"
raises(ValueError, "I/O operation on closed file.", f.write, "x")
raises(ValueError, "I/O operation on closed file.", f.read)
raises(ValueError, "I/O operation on closed file.", f.tell)

with open(p) as f:
    assert f.mode == "r"
    assert f.read() == "hello\nworld\n"
    assert f.read() == ""
with open(p) as f:
    assert f.readline() == "hello\n"
    assert f.readline() == "world\n"
    assert f.readline() == ""
with open(p) as f:
    assert f.readlines() == ["hello\n", "world\n"]
with open(p) as f:
    assert list(f) == ["hello\n", "world\n"]
with open(p) as f:
    assert f.read(3) == "hel"
    assert f.tell() == 3
    assert f.read(4) == "lo\nw"
    assert f.readline() == "orld\n"
    f.seek(0)
    assert f.read(5) == "hello"
    assert f.seek(0, 2) == 12
    assert f.read() == ""
    raises(_io.UnsupportedOperation, "can't do nonzero cur-relative seeks", f.seek, 1, 1)
    raises(_io.UnsupportedOperation, "can't do nonzero end-relative seeks", f.seek, 1, 2)
    raises(ValueError, "negative seek position -1", f.seek, -1)
    raises(ValueError, "invalid whence (3, should be 0, 1 or 2)", f.seek, 0, 3)
    raises(_io.UnsupportedOperation, "not writable", f.write, "x")

with open(p, "w") as f:
    raises(TypeError, "write() argument must be str, not bytes", f.write, b"x")
    raises(TypeError, "write() argument must be str, not int", f.writelines, [1])
    raises(_io.UnsupportedOperation, "not readable", f.read)
    f.writelines(["a\n", "b\n"])
with open(p) as f:
    assert f.read() == "a\nb\n"

# append and update modes
with open(p, "a") as f:
    f.write("c\n")
with open(p) as f:
    assert f.read() == "a\nb\nc\n"
with open(p, "r+") as f:
    assert f.read(2) == "a\n"
    # the text layer read ahead: the write lands after what the buffer gave it
    f.write("X")
    f.seek(0)
    assert f.read() == "a\nb\nc\nX"
    f.seek(2)
    f.write("Y")
    f.seek(0)
    assert f.read() == "a\nY\nc\nX"
with open(p, "w+") as f:
    f.write("new")
    f.seek(0)
    assert f.read() == "new"
with open(p, "a+") as f:
    f.write("er")
    f.seek(0)
    assert f.read() == "newer"

# --- newline translation
with open(p, "wb") as f:
    f.write(b"a\r\nb\rc\nd")
with open(p) as f:
    assert f.read() == "a\nb\nc\nd"
with open(p) as f:
    assert f.readlines() == ["a\n", "b\n", "c\n", "d"]
with open(p, newline="") as f:
    assert f.newlines is None
    assert f.readlines() == ["a\r\n", "b\r", "c\n", "d"]
    assert f.newlines == ("\r", "\n", "\r\n")
with open(p, newline="\n") as f:
    assert f.readlines() == ["a\r\n", "b\rc\n", "d"]
    assert f.newlines is None
with open(p, newline="\r") as f:
    assert f.readlines() == ["a\r", "\nb\r", "c\nd"]
with open(p, newline="\r\n") as f:
    assert f.readlines() == ["a\r\n", "b\rc\nd"]
with open(p) as f:
    assert f.read(2) == "a\n"
    assert f.read(1) == "b"
with open(p, "w", newline="\r\n") as f:
    f.write("x\ny\n")
with open(p, "rb") as f:
    assert f.read() == b"x\r\ny\r\n"
with open(p, "w", newline="\r") as f:
    f.write("x\ny")
with open(p, "rb") as f:
    assert f.read() == b"x\ry"
with open(p, "w", newline="") as f:
    f.write("x\r\ny")
with open(p, "rb") as f:
    assert f.read() == b"x\r\ny"

# --- encodings and errors
with open(p, "w", encoding="utf-8") as f:
    assert f.encoding == "utf-8"
    assert f.write("h\xe9\u20ac") == 3
with open(p, "rb") as f:
    assert f.read() == b"h\xc3\xa9\xe2\x82\xac"
with open(p, encoding="utf-8") as f:
    assert f.read(2) == "h\xe9"
    assert f.tell() == 3
    assert f.read(1) == "\u20ac"
with open(p, encoding="latin-1") as f:
    assert f.read() == "h\xc3\xa9\xe2\x82\xac"
with open(p, "w", encoding="latin-1") as f:
    f.write("\xff\xe9")
with open(p, "rb") as f:
    assert f.read() == b"\xff\xe9"
e = raises(UnicodeDecodeError, "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte",
           lambda: open(p).read())
with open(p, errors="replace") as f:
    assert f.read() == "\ufffd\ufffd"
with open(p, errors="ignore") as f:
    assert f.read() == ""
with open(p, "w", encoding="ascii") as f:
    raises(UnicodeEncodeError,
           "'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)", f.write, "\xe9")
with open(p, "w", encoding="ascii", errors="replace") as f:
    f.write("a\xe9")
with open(p, "rb") as f:
    assert f.read() == b"a?"

# --- binary files
b = path("bin.dat")
with open(b, "wb") as f:
    assert f.write(b"\x00\x01line1\nline2\n") == 14
    assert repr(f) == "<_io.BufferedWriter name=%r>" % b
    raises(_io.UnsupportedOperation, "read", f.read)
    raises(_io.UnsupportedOperation, "File not open for reading", f.raw.read)
with open(b, "rb") as f:
    assert type(f).__name__ == "BufferedReader" and f.mode == "rb"
    assert f.read(2) == b"\x00\x01"
    assert f.tell() == 2
    assert f.peek(1)[:1] == b"l"
    assert f.readline() == b"line1\n"
    assert f.read() == b"line2\n"
    assert f.read() == b""
    f.seek(0)
    assert list(f) == [b"\x00\x01line1\n", b"line2\n"]
    raises(_io.UnsupportedOperation, "write", f.write, b"x")
    raises(_io.UnsupportedOperation, "File not open for writing", f.raw.write, b"x")
with open(b, "r+b") as f:
    assert type(f).__name__ == "BufferedRandom" and f.mode == "rb+"
    f.seek(2)
    f.write(b"LINE")
    f.seek(0)
    assert f.read() == b"\x00\x01LINE1\nline2\n"
    f.seek(6)
    assert f.truncate() == 6
    f.seek(0)
    assert f.read() == b"\x00\x01LINE"
with open(b, "rb", buffering=0) as f:
    assert type(f).__name__ == "FileIO"
    assert f.read(3) == b"\x00\x01L"
    assert f.readall() == b"INE"
    buf = bytearray(4)
    f.seek(0)
    assert f.readinto(buf) == 4 and buf == bytearray(b"\x00\x01LI")
    assert f.seek(-1, 2) == 5
    assert f.read() == b"E"
    assert f.readable() and not f.writable() and f.seekable()
    assert isinstance(f.fileno(), int) and not f.isatty()
    raises(TypeError, "readinto() argument 1 must be read-write bytes-like object, not bytes", f.readinto, b"x")

# FileIO directly and over a descriptor
raw = _io.FileIO(b, "w")
assert raw.mode == "wb" and raw.closefd
assert raw.write(b"abc") == 3
fd = raw.fileno()
shared = open(fd, "rb", closefd=False)
assert shared.name == fd
shared.close()
assert not raw.closed
raw.close()
assert raw.closed
raw.close()
for mode, shown in [("r", "rb"), ("r+", "rb+"), ("w", "wb"), ("w+", "rb+"), ("a", "ab"), ("a+", "ab+")]:
    with _io.FileIO(b, mode) as g:
        assert g.mode == shown, (mode, g.mode)
raises(ValueError, "invalid mode: rt", _io.FileIO, b, "rt")
raises(ValueError, "Must have exactly one of create/read/write/append mode and at most one plus", _io.FileIO, b, "rw")
raises(ValueError, "negative file descriptor", _io.FileIO, -1)

# --- open()'s argument checks
raises(ValueError, "must have exactly one of create/read/write/append mode", open, p, "rw")
raises(ValueError, "invalid mode: 'rr'", open, p, "rr")
raises(ValueError, "invalid mode: 'U'", open, p, "U")
raises(ValueError, "invalid mode: 'q'", open, p, "q")
raises(ValueError, "can't have text and binary mode at once", open, p, "rbt")
raises(ValueError, "Must have exactly one of create/read/write/append mode and at most one plus", open, p, "")
raises(ValueError, "Must have exactly one of create/read/write/append mode and at most one plus", open, p, "+")
raises(ValueError, "binary mode doesn't take an encoding argument", open, p, "wb", encoding="utf-8")
raises(ValueError, "binary mode doesn't take an errors argument", open, p, "wb", errors="strict")
raises(ValueError, "binary mode doesn't take a newline argument", open, p, "wb", newline="")
raises(ValueError, "can't have unbuffered text I/O", open, p, "w", buffering=0)
raises(ValueError, "illegal newline value: x", open, p, "w", newline="x")
raises(TypeError, "open() argument 'newline' must be str or None, not int", open, p, "w", newline=3)
raises(TypeError, "open() argument 'mode' must be str, not int", open, p, 5)
raises(TypeError, "open() argument 'encoding' must be str or None, not int", open, p, "w", encoding=5)
raises(LookupError, "unknown encoding: nope", open, p, "w", encoding="nope")
raises(TypeError, "expected str, bytes or os.PathLike object, not list", open, [], "r")
raises(TypeError, "expected str, bytes or os.PathLike object, not float", open, 3.5)

# --- OSError subclasses
e = raises_os(FileNotFoundError, "No such file or directory: '/nonexistent_pyxis_dir/q'",
           open, "/nonexistent_pyxis_dir/q")
assert e.filename == "/nonexistent_pyxis_dir/q" and e.strerror == "No such file or directory"
raises_os(IsADirectoryError, "Is a directory: '/tmp'", open, "/tmp")
raises_os(IsADirectoryError, "Is a directory: '/tmp'", open, "/tmp", "w")
raises_os(FileExistsError, "File exists: %r" % b, open, b, "x")
raises_os(FileExistsError, "File exists: %r" % b, open, b, "xb")

# os.PathLike and opener
class Path:
    def __fspath__(self):
        return p
with open(Path(), "w") as f:
    f.write("via fspath")
with open(p) as f:
    assert f.read() == "via fspath"
def opener(name, flags):
    seen.append((name, flags & 3))
    return own.fileno()
own = _io.FileIO(p, "r")
seen = []
with open(p, opener=opener) as f:
    assert f.read() == "via fspath"
assert seen == [(p, 0)]
# the text file closed the descriptor the opener gave it
raises_os(OSError, "Bad file descriptor", own.close)
assert own.closed
raises(ValueError, "Cannot use closefd=False with file name", open, p, closefd=False)

# Python subclasses of the file classes
with open(p, "w") as f:
    f.write("hello\nworld\n")


class Tagged(_io.FileIO):
    def tag(self):
        return "F:" + self.mode


f = Tagged(p)
assert f.tag() == "F:rb" and f.read() == b"hello\nworld\n"
assert type(f).__name__ == "Tagged" and isinstance(f, _io.FileIO)
f.close()
assert f.closed
raises(ValueError, "I/O operation on closed file", f.read)
raises(ValueError, "I/O operation on closed file.", f.flush)


class Lines(_io.TextIOWrapper):
    def lines(self):
        return self.readlines()


t = Lines(_io.BufferedReader(_io.FileIO(p)), encoding="utf-8")
assert t.lines() == ["hello\n", "world\n"] and t.encoding == "utf-8"
t.close()


class Reader(_io.BufferedReader):
    pass


r = Reader(_io.FileIO(p))
assert r.readline() == b"hello\n" and r.read() == b"world\n"
r.close()


class Latin(_io.TextIOWrapper):
    def __init__(self, where):
        super().__init__(open(where, "rb"), encoding="latin-1")
        self.where = where


l = Latin(p)
assert l.read(5) == "hello" and l.where == p and l.encoding == "latin-1"
l.close()
raises(ValueError, "I/O operation on uninitialized object", _io.TextIOWrapper.__new__(_io.TextIOWrapper).read)
raises(ValueError, "I/O operation on uninitialized object", _io.BufferedReader.__new__(_io.BufferedReader).read)
raises(ValueError, "I/O operation on closed file", _io.FileIO.__new__(_io.FileIO).read)
# Every method of closed files and streams, with CPython's results and messages.
c12 = path("closed.txt")
with open(c12, "w") as f:
    f.write("ab\n")
CLOSED_EXPECTATIONS = [
    ('r.read', 'ValueError', 'I/O operation on closed file.'),
    ('r.readline', 'ValueError', 'I/O operation on closed file.'),
    ('r.readlines', 'ValueError', 'I/O operation on closed file.'),
    ('r.flush', 'ValueError', 'I/O operation on closed file.'),
    ('r.tell', 'ValueError', 'I/O operation on closed file.'),
    ('r.fileno', 'ValueError', 'I/O operation on closed file'),
    ('r.isatty', 'ValueError', 'I/O operation on closed file'),
    ('r.readable', 'ValueError', 'I/O operation on closed file'),
    ('r.writable', 'ok', 'False'),
    ('r.seekable', 'ValueError', 'I/O operation on closed file'),
    ('r.truncate', 'ValueError', 'I/O operation on closed file.'),
    ('r.detach', 'ValueError', 'I/O operation on closed file.'),
    ('r.__iter__', 'ValueError', 'I/O operation on closed file.'),
    ('r.__enter__', 'ValueError', 'I/O operation on closed file.'),
    ('r.close', 'ok', 'None'),
    ('r.write', 'ValueError', 'I/O operation on closed file.'),
    ('r.seek', 'ValueError', 'I/O operation on closed file.'),
    ('r.closed', 'ok', 'True'),
    ('r.name', 'ok', "'/tmp/io_probe/c12.txt'"),
    ('r.repr', 'ok', '"<_io.TextIOWrapper name=\'/tmp/io_probe/c12.txt\' mode=\'r\' encoding=\'UTF-8\'>"'),
    ('r.newlines', 'ok', 'None'),
    ('r.next', 'ValueError', 'I/O operation on closed file.'),
    ('w.read', 'ValueError', 'I/O operation on closed file.'),
    ('w.readline', 'ValueError', 'I/O operation on closed file.'),
    ('w.readlines', 'ValueError', 'I/O operation on closed file.'),
    ('w.flush', 'ValueError', 'I/O operation on closed file.'),
    ('w.tell', 'ValueError', 'I/O operation on closed file.'),
    ('w.fileno', 'ValueError', 'I/O operation on closed file'),
    ('w.isatty', 'ValueError', 'I/O operation on closed file'),
    ('w.readable', 'ok', 'False'),
    ('w.writable', 'ValueError', 'I/O operation on closed file'),
    ('w.seekable', 'ValueError', 'I/O operation on closed file'),
    ('w.truncate', 'ValueError', 'I/O operation on closed file.'),
    ('w.detach', 'ValueError', 'I/O operation on closed file.'),
    ('w.__iter__', 'ValueError', 'I/O operation on closed file.'),
    ('w.__enter__', 'ValueError', 'I/O operation on closed file.'),
    ('w.close', 'ok', 'None'),
    ('w.write', 'ValueError', 'I/O operation on closed file.'),
    ('w.seek', 'ValueError', 'I/O operation on closed file.'),
    ('w.closed', 'ok', 'True'),
    ('w.name', 'ok', "'/tmp/io_probe/c12.txt'"),
    ('w.repr', 'ok', '"<_io.TextIOWrapper name=\'/tmp/io_probe/c12.txt\' mode=\'w\' encoding=\'UTF-8\'>"'),
    ('w.newlines', 'ok', 'None'),
    ('w.next', 'ValueError', 'I/O operation on closed file.'),
    ('r+.read', 'ValueError', 'I/O operation on closed file.'),
    ('r+.readline', 'ValueError', 'I/O operation on closed file.'),
    ('r+.readlines', 'ValueError', 'I/O operation on closed file.'),
    ('r+.flush', 'ValueError', 'I/O operation on closed file.'),
    ('r+.tell', 'ValueError', 'I/O operation on closed file.'),
    ('r+.fileno', 'ValueError', 'I/O operation on closed file'),
    ('r+.isatty', 'ValueError', 'I/O operation on closed file'),
    ('r+.readable', 'ValueError', 'I/O operation on closed file'),
    ('r+.writable', 'ValueError', 'I/O operation on closed file'),
    ('r+.seekable', 'ValueError', 'I/O operation on closed file'),
    ('r+.truncate', 'ValueError', 'I/O operation on closed file.'),
    ('r+.detach', 'ValueError', 'I/O operation on closed file.'),
    ('r+.__iter__', 'ValueError', 'I/O operation on closed file.'),
    ('r+.__enter__', 'ValueError', 'I/O operation on closed file.'),
    ('r+.close', 'ok', 'None'),
    ('r+.write', 'ValueError', 'I/O operation on closed file.'),
    ('r+.seek', 'ValueError', 'I/O operation on closed file.'),
    ('r+.closed', 'ok', 'True'),
    ('r+.name', 'ok', "'/tmp/io_probe/c12.txt'"),
    ('r+.repr', 'ok', '"<_io.TextIOWrapper name=\'/tmp/io_probe/c12.txt\' mode=\'r+\' encoding=\'UTF-8\'>"'),
    ('r+.newlines', 'ok', 'None'),
    ('r+.next', 'ValueError', 'I/O operation on closed file.'),
    ('s.read', 'ValueError', 'I/O operation on closed file'),
    ('s.readline', 'ValueError', 'I/O operation on closed file'),
    ('s.readlines', 'ValueError', 'I/O operation on closed file.'),
    ('s.flush', 'ok', 'None'),
    ('s.tell', 'ValueError', 'I/O operation on closed file'),
    ('s.isatty', 'ValueError', 'I/O operation on closed file.'),
    ('s.readable', 'ValueError', 'I/O operation on closed file'),
    ('s.writable', 'ValueError', 'I/O operation on closed file'),
    ('s.seekable', 'ValueError', 'I/O operation on closed file'),
    ('s.truncate', 'ValueError', 'I/O operation on closed file'),
    ('s.getvalue', 'ValueError', 'I/O operation on closed file'),
    ('s.__iter__', 'ValueError', 'I/O operation on closed file.'),
    ('s.__enter__', 'ValueError', 'I/O operation on closed file.'),
    ('s.close', 'ok', 'None'),
    ('s.lb', 'ValueError', 'I/O operation on closed file'),
    ('s.newlines', 'ValueError', 'I/O operation on closed file'),
    ('b.read', 'ValueError', 'I/O operation on closed file.'),
    ('b.read1', 'ValueError', 'I/O operation on closed file.'),
    ('b.readline', 'ValueError', 'I/O operation on closed file.'),
    ('b.readlines', 'ValueError', 'I/O operation on closed file.'),
    ('b.flush', 'ValueError', 'I/O operation on closed file.'),
    ('b.tell', 'ValueError', 'I/O operation on closed file.'),
    ('b.isatty', 'ValueError', 'I/O operation on closed file.'),
    ('b.readable', 'ValueError', 'I/O operation on closed file.'),
    ('b.writable', 'ValueError', 'I/O operation on closed file.'),
    ('b.seekable', 'ValueError', 'I/O operation on closed file.'),
    ('b.truncate', 'ValueError', 'I/O operation on closed file.'),
    ('b.getvalue', 'ValueError', 'I/O operation on closed file.'),
    ('b.__enter__', 'ValueError', 'I/O operation on closed file.'),
    ('b.close', 'ok', 'None'),
    ('f.readline', 'ValueError', 'I/O operation on closed file'),
    ('f.readlines', 'ValueError', 'I/O operation on closed file.'),
    ('f.truncate', 'ValueError', 'I/O operation on closed file'),
    ('f.__iter__', 'ValueError', 'I/O operation on closed file.'),
    ('f.__enter__', 'ValueError', 'I/O operation on closed file.'),
    ('f.close', 'ok', 'None'),
    ('f.writelines', 'ValueError', 'I/O operation on closed file.'),
]


def closed_objects():
    objects = {}
    for mode in ("r", "w", "r+"):
        o = open(c12, mode)
        o.close()
        objects[mode] = o
    s = _io.StringIO("a")
    s.close()
    b = _io.BytesIO(b"a")
    b.close()
    f = _io.FileIO(c12)
    f.close()
    objects.update(s=s, b=b, f=f)
    return objects


objects = closed_objects()
for label, kind, expected in CLOSED_EXPECTATIONS:
    key, _, what = label.partition(".")
    o = objects[key]
    if what == "write":
        call = lambda: o.write("x")
    elif what == "seek":
        call = lambda: o.seek(0)
    elif what in ("closed", "name", "newlines", "lb"):
        attribute = "line_buffering" if what == "lb" else what
        call = lambda: getattr(o, attribute)
    elif what == "repr":
        call = lambda: repr(o)
    elif what == "next":
        call = lambda: next(o)
    elif what == "writelines":
        call = lambda: o.writelines([])
    else:
        call = getattr(o, what)
    try:
        result = call()
    except Exception as e:
        assert kind == type(e).__name__ and str(e) == expected, (label, type(e).__name__, str(e))
    else:
        assert kind == "ok" and repr(result) == expected.replace("/tmp/io_probe/c12.txt", c12), (label, result)
print("ok")