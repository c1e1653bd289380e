// _io's parts written as Python source run in the module's namespace at import: the abstract bases
// (_IOBase ... _TextIOBase), BufferedRWPair, IncrementalNewlineDecoder, text_encoding, open_code.
#include "modules/io_objects.h"
#include "objects/dict_object.h"
#include "vm/interpreter.h"
#include "vm/run.h"

namespace pyxis {

namespace {

const char kIOBaseSource[] = R"PY(
class _IOBase:
    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError("I/O operation on closed file." if msg is None else msg)

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise UnsupportedOperation("File or stream is not readable." if msg is None else msg)

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise UnsupportedOperation("File or stream is not writable." if msg is None else msg)

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise UnsupportedOperation("File or stream is not seekable." if msg is None else msg)

    @property
    def closed(self):
        return self.__dict__.get("_IOBase__closed", False)

    def close(self):
        if not self.__dict__.get("_IOBase__closed", False):
            try:
                self.flush()
            finally:
                self.__dict__["_IOBase__closed"] = True

    def flush(self):
        self._checkClosed()

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def seek(self, pos, whence=0, /):
        raise UnsupportedOperation("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None, /):
        raise UnsupportedOperation("truncate")

    def isatty(self):
        self._checkClosed()
        return False

    def readline(self, size=-1, /):
        if size is None:
            size = -1
        peek = getattr(self, "peek", None)
        line = bytearray()
        while size < 0 or len(line) < size:
            want = 1
            if peek is not None:
                ahead = peek(1)
                if not ahead:
                    break
                end = ahead.find(b"\n") + 1
                want = end if end > 0 else len(ahead)
                if size >= 0:
                    want = min(want, size - len(line))
            chunk = self.read(want)
            if not chunk:
                break
            line += chunk
            if line.endswith(b"\n"):
                break
        return bytes(line)

    def readlines(self, hint=-1, /):
        self._checkClosed()
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def writelines(self, lines, /):
        self._checkClosed()
        for line in lines:
            self.write(line)

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


class _RawIOBase(_IOBase):
    def read(self, size=-1, /):
        if size is None or size < 0:
            return self.readall()
        buffer = bytearray(size)
        n = self.readinto(buffer)
        if n is None:
            return None
        del buffer[n:]
        return bytes(buffer)

    def readall(self):
        result = bytearray()
        while True:
            chunk = self.read(DEFAULT_BUFFER_SIZE)
            if chunk is None:
                if not result:
                    return None
                break
            if not chunk:
                break
            result += chunk
        return bytes(result)

    def readinto(self, buffer, /):
        raise NotImplementedError

    def write(self, b, /):
        raise NotImplementedError


class _BufferedIOBase(_IOBase):
    def read(self, size=-1, /):
        raise UnsupportedOperation("read")

    def read1(self, size=-1, /):
        raise UnsupportedOperation("read1")

    def write(self, b, /):
        raise UnsupportedOperation("write")

    def detach(self):
        raise UnsupportedOperation("detach")

    def readinto(self, buffer, /):
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def readinto1(self, buffer, /):
        data = self.read1(len(buffer))
        buffer[:len(data)] = data
        return len(data)


class _TextIOBase(_IOBase):
    def read(self, size=-1, /):
        raise UnsupportedOperation("read")

    def readline(self, size=-1, /):
        raise UnsupportedOperation("readline")

    def write(self, s, /):
        raise UnsupportedOperation("write")

    def detach(self):
        raise UnsupportedOperation("detach")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


class BufferedRWPair(_BufferedIOBase):
    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE, /):
        if not reader.readable():
            raise UnsupportedOperation("File or stream is not readable.")
        if not writer.writable():
            raise UnsupportedOperation("File or stream is not writable.")
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1, /):
        return self.reader.read(-1 if size is None else size)

    def read1(self, size=-1, /):
        return self.reader.read1(size)

    def peek(self, size=0, /):
        return self.reader.peek(size)

    def readline(self, size=-1, /):
        return self.reader.readline(size)

    def readinto(self, buffer, /):
        return self.reader.readinto(buffer)

    def write(self, b, /):
        return self.writer.write(b)

    def flush(self):
        return self.writer.flush()

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def isatty(self):
        return self.reader.isatty() or self.writer.isatty()

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()

    @property
    def closed(self):
        return self.writer.closed


class IncrementalNewlineDecoder:
    _NEWLINES = (None, "\n", "\r", ("\r", "\n"), "\r\n", ("\n", "\r\n"), ("\r", "\r\n"), ("\r", "\n", "\r\n"))

    def __init__(self, decoder, translate, errors="strict"):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self._seen = 0
        self._pending_cr = False

    def decode(self, input, final=False):
        output = input if self.decoder is None else self.decoder.decode(input, final=final)
        if not isinstance(output, str):
            raise TypeError("decoder should return a string result, not '%s'" % type(output).__name__)
        if self._pending_cr and (output or final):
            output = "\r" + output
            self._pending_cr = False
        if output.endswith("\r") and not final:
            output = output[:-1]
            self._pending_cr = True
        crlf = output.count("\r\n")
        cr = output.count("\r") - crlf
        lf = output.count("\n") - crlf
        self._seen |= (1 if lf else 0) | (2 if cr else 0) | (4 if crlf else 0)
        if self.translate:
            if crlf:
                output = output.replace("\r\n", "\n")
            if cr:
                output = output.replace("\r", "\n")
        return output

    def getstate(self):
        if self.decoder is None:
            buffer, flag = b"", 0
        else:
            buffer, flag = self.decoder.getstate()
        flag <<= 1
        if self._pending_cr:
            flag |= 1
        return buffer, flag

    def setstate(self, state):
        buffer, flag = state
        self._pending_cr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buffer, flag >> 1))

    def reset(self):
        self._seen = 0
        self._pending_cr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return self._NEWLINES[self._seen]


def text_encoding(encoding, stacklevel=2, /):
    return "locale" if encoding is None else encoding


def open_code(path):
    if not isinstance(path, str):
        raise TypeError("open_code() argument 'path' must be str, not %s" % type(path).__name__)
    return open(path, "rb")
)PY";

}  // namespace

bool install_io_base_classes(Thread& thread, DictObject* module_dict) {
  return !exec_source(thread, kIOBaseSource, "<frozen _io>", module_dict).is_error();
}

}  // namespace pyxis
