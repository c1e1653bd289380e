# Every builtin exception class of CPython 3.12: names, bases, MROs, aliases, and the OSError
# constructor choosing its subclass from errno.
import builtins

EXPECTED = {
    'ArithmeticError': ('ArithmeticError', ('Exception',)),
    'AssertionError': ('AssertionError', ('Exception',)),
    'AttributeError': ('AttributeError', ('Exception',)),
    'BaseException': ('BaseException', ('object',)),
    'BaseExceptionGroup': ('BaseExceptionGroup', ('BaseException',)),
    'BlockingIOError': ('BlockingIOError', ('OSError',)),
    'BrokenPipeError': ('BrokenPipeError', ('ConnectionError',)),
    'BufferError': ('BufferError', ('Exception',)),
    'BytesWarning': ('BytesWarning', ('Warning',)),
    'ChildProcessError': ('ChildProcessError', ('OSError',)),
    'ConnectionAbortedError': ('ConnectionAbortedError', ('ConnectionError',)),
    'ConnectionError': ('ConnectionError', ('OSError',)),
    'ConnectionRefusedError': ('ConnectionRefusedError', ('ConnectionError',)),
    'ConnectionResetError': ('ConnectionResetError', ('ConnectionError',)),
    'DeprecationWarning': ('DeprecationWarning', ('Warning',)),
    'EOFError': ('EOFError', ('Exception',)),
    'EncodingWarning': ('EncodingWarning', ('Warning',)),
    'EnvironmentError': ('OSError', ('Exception',)),
    'Exception': ('Exception', ('BaseException',)),
    'ExceptionGroup': ('ExceptionGroup', ('BaseExceptionGroup', 'Exception')),
    'FileExistsError': ('FileExistsError', ('OSError',)),
    'FileNotFoundError': ('FileNotFoundError', ('OSError',)),
    'FloatingPointError': ('FloatingPointError', ('ArithmeticError',)),
    'FutureWarning': ('FutureWarning', ('Warning',)),
    'GeneratorExit': ('GeneratorExit', ('BaseException',)),
    'IOError': ('OSError', ('Exception',)),
    'ImportError': ('ImportError', ('Exception',)),
    'ImportWarning': ('ImportWarning', ('Warning',)),
    'IndentationError': ('IndentationError', ('SyntaxError',)),
    'IndexError': ('IndexError', ('LookupError',)),
    'InterruptedError': ('InterruptedError', ('OSError',)),
    'IsADirectoryError': ('IsADirectoryError', ('OSError',)),
    'KeyError': ('KeyError', ('LookupError',)),
    'KeyboardInterrupt': ('KeyboardInterrupt', ('BaseException',)),
    'LookupError': ('LookupError', ('Exception',)),
    'MemoryError': ('MemoryError', ('Exception',)),
    'ModuleNotFoundError': ('ModuleNotFoundError', ('ImportError',)),
    'NameError': ('NameError', ('Exception',)),
    'NotADirectoryError': ('NotADirectoryError', ('OSError',)),
    'NotImplementedError': ('NotImplementedError', ('RuntimeError',)),
    'OSError': ('OSError', ('Exception',)),
    'OverflowError': ('OverflowError', ('ArithmeticError',)),
    'PendingDeprecationWarning': ('PendingDeprecationWarning', ('Warning',)),
    'PermissionError': ('PermissionError', ('OSError',)),
    'ProcessLookupError': ('ProcessLookupError', ('OSError',)),
    'RecursionError': ('RecursionError', ('RuntimeError',)),
    'ReferenceError': ('ReferenceError', ('Exception',)),
    'ResourceWarning': ('ResourceWarning', ('Warning',)),
    'RuntimeError': ('RuntimeError', ('Exception',)),
    'RuntimeWarning': ('RuntimeWarning', ('Warning',)),
    'StopAsyncIteration': ('StopAsyncIteration', ('Exception',)),
    'StopIteration': ('StopIteration', ('Exception',)),
    'SyntaxError': ('SyntaxError', ('Exception',)),
    'SyntaxWarning': ('SyntaxWarning', ('Warning',)),
    'SystemError': ('SystemError', ('Exception',)),
    'SystemExit': ('SystemExit', ('BaseException',)),
    'TabError': ('TabError', ('IndentationError',)),
    'TimeoutError': ('TimeoutError', ('OSError',)),
    'TypeError': ('TypeError', ('Exception',)),
    'UnboundLocalError': ('UnboundLocalError', ('NameError',)),
    'UnicodeDecodeError': ('UnicodeDecodeError', ('UnicodeError',)),
    'UnicodeEncodeError': ('UnicodeEncodeError', ('UnicodeError',)),
    'UnicodeError': ('UnicodeError', ('ValueError',)),
    'UnicodeTranslateError': ('UnicodeTranslateError', ('UnicodeError',)),
    'UnicodeWarning': ('UnicodeWarning', ('Warning',)),
    'UserWarning': ('UserWarning', ('Warning',)),
    'ValueError': ('ValueError', ('Exception',)),
    'Warning': ('Warning', ('Exception',)),
    'ZeroDivisionError': ('ZeroDivisionError', ('ArithmeticError',)),
}

found = {}
for name, value in builtins.__dict__.items():
    if isinstance(value, type) and issubclass(value, BaseException):
        found[name] = value
assert sorted(found) == sorted(EXPECTED), (sorted(set(found) ^ set(EXPECTED)))
for name, (class_name, bases) in EXPECTED.items():
    cls = found[name]
    assert cls.__name__ == class_name, (name, cls.__name__)
    assert tuple(b.__name__ for b in cls.__bases__) == bases, (name, cls.__bases__)
    assert cls.__module__ == "builtins", (name, cls.__module__)
    assert issubclass(cls, BaseException)
    assert cls.__mro__[0] is cls and cls.__mro__[-1] is object
    assert cls.__mro__[-2] is BaseException or cls is BaseException

# 3.13's PythonFinalizationError does not exist in 3.12
assert "PythonFinalizationError" not in builtins.__dict__

# aliases
assert EnvironmentError is OSError
assert IOError is OSError

# a few MROs in full
def names(cls):
    return [c.__name__ for c in cls.__mro__]

assert names(ExceptionGroup) == ["ExceptionGroup", "BaseExceptionGroup", "Exception", "BaseException", "object"]
assert names(TabError) == ["TabError", "IndentationError", "SyntaxError", "Exception", "BaseException", "object"]
assert names(BrokenPipeError) == ["BrokenPipeError", "ConnectionError", "OSError", "Exception", "BaseException", "object"]
assert names(UnicodeDecodeError) == ["UnicodeDecodeError", "UnicodeError", "ValueError", "Exception", "BaseException", "object"]
assert names(ModuleNotFoundError) == ["ModuleNotFoundError", "ImportError", "Exception", "BaseException", "object"]
assert names(UnboundLocalError) == ["UnboundLocalError", "NameError", "Exception", "BaseException", "object"]
assert names(RecursionError) == ["RecursionError", "RuntimeError", "Exception", "BaseException", "object"]
assert names(KeyboardInterrupt) == ["KeyboardInterrupt", "BaseException", "object"]
assert names(UserWarning) == ["UserWarning", "Warning", "Exception", "BaseException", "object"]

# not Exception subclasses
for cls in (SystemExit, KeyboardInterrupt, GeneratorExit, BaseExceptionGroup):
    assert not issubclass(cls, Exception), cls
for cls in (StopIteration, StopAsyncIteration, Warning, OSError, ExceptionGroup):
    assert issubclass(cls, Exception), cls

# isinstance / except clauses follow the hierarchy
try:
    raise FileNotFoundError("x")
except OSError as e:
    assert type(e) is FileNotFoundError
try:
    raise TabError("t")
except SyntaxError as e:
    assert type(e) is TabError

# OSError(errno, strerror) picks the subclass of that errno
try:
    import errno
    ERRNO_CLASSES = {
        errno.EPERM: PermissionError, errno.ENOENT: FileNotFoundError, errno.ESRCH: ProcessLookupError,
        errno.EINTR: InterruptedError, errno.ECHILD: ChildProcessError, errno.EAGAIN: BlockingIOError,
        errno.EACCES: PermissionError, errno.EEXIST: FileExistsError, errno.ENOTDIR: NotADirectoryError,
        errno.EISDIR: IsADirectoryError, errno.EPIPE: BrokenPipeError, errno.ECONNABORTED: ConnectionAbortedError,
        errno.ECONNRESET: ConnectionResetError, errno.ESHUTDOWN: BrokenPipeError, errno.ETIMEDOUT: TimeoutError,
        errno.ECONNREFUSED: ConnectionRefusedError, errno.EALREADY: BlockingIOError,
        errno.EINPROGRESS: BlockingIOError,
    }
    ENOENT, EACCES, EPERM = errno.ENOENT, errno.EACCES, errno.EPERM
except ImportError:  # no errno module yet: the Linux numbers
    ERRNO_CLASSES = {
        1: PermissionError, 2: FileNotFoundError, 3: ProcessLookupError, 4: InterruptedError,
        10: ChildProcessError, 11: BlockingIOError, 13: PermissionError, 17: FileExistsError,
        20: NotADirectoryError, 21: IsADirectoryError, 32: BrokenPipeError, 103: ConnectionAbortedError,
        104: ConnectionResetError, 108: BrokenPipeError, 110: TimeoutError, 111: ConnectionRefusedError,
        114: BlockingIOError, 115: BlockingIOError,
    }
    ENOENT, EACCES, EPERM = 2, 13, 1
for code, cls in ERRNO_CLASSES.items():
    e = OSError(code, "message")
    assert type(e) is cls, (code, type(e))
    assert e.errno == code and e.strerror == "message"
for code in (0, 999, -1):
    assert type(OSError(code, "m")) is OSError, code
# only with 2 to 5 arguments, only from OSError itself, only for int errnos
assert type(OSError(ENOENT)) is OSError
assert type(OSError(ENOENT, "a", "b", None, "c", "d")) is OSError
assert type(OSError(str(ENOENT), "x")) is OSError
assert type(FileNotFoundError(EACCES, "x")) is FileNotFoundError
assert type(EnvironmentError(ENOENT, "x")) is FileNotFoundError

class MyOSError(OSError):
    pass
assert type(MyOSError(ENOENT, "x")) is MyOSError
assert MyOSError(ENOENT, "x").errno == ENOENT

# user subclasses keep the hierarchy
class AppError(Exception):
    pass
class DetailError(AppError, KeyError):
    pass
assert names(DetailError) == ["DetailError", "AppError", "KeyError", "LookupError", "Exception", "BaseException", "object"]
try:
    raise DetailError("d")
except LookupError as e:
    assert isinstance(e, AppError)
    assert str(e) == "'d'"

# catching a non-exception class is a TypeError
try:
    try:
        raise ValueError
    except int:
        pass
except TypeError as e:
    assert str(e) == "catching classes that do not inherit from BaseException is not allowed"
else:
    raise AssertionError("no TypeError")

# raise needs an exception
for bad in (1, "text", object):
    try:
        raise bad
    except TypeError as e:
        assert str(e) == "exceptions must derive from BaseException"
print("ok")
