# Exception attributes and behaviour: args, str()/repr() rules, the per-class attributes
# (StopIteration.value, SystemExit.code, OSError, SyntaxError, ImportError, AttributeError,
# NameError, UnicodeError), with_traceback, add_note/__notes__, __reduce__, subclasses.


def raises(exc_type, message, f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except exc_type as e:
        assert type(e) is exc_type, (type(e), exc_type)
        assert str(e) == message, (str(e), message)
        return e
    raise AssertionError(f"{exc_type.__name__} not raised")


# ---------------------------------------------------------------- args, str, repr
e = ValueError()
assert e.args == () and str(e) == "" and repr(e) == "ValueError()"
e = ValueError("msg")
assert e.args == ("msg",) and str(e) == "msg" and repr(e) == "ValueError('msg')"
e = ValueError(1, "2")
assert e.args == (1, "2") and str(e) == "(1, '2')" and repr(e) == "ValueError(1, '2')"
e = ValueError(None)
assert str(e) == "None" and repr(e) == "ValueError(None)"
e = ValueError([1, 2])
assert str(e) == "[1, 2]" and repr(e) == "ValueError([1, 2])"
e = BaseException((1,))
assert str(e) == "(1,)" and e.args == ((1,),)
assert repr(Exception("a", "b", "c")) == "Exception('a', 'b', 'c')"

# KeyError shows a single argument with repr
assert str(KeyError("a")) == "'a'"
assert str(KeyError()) == ""
assert str(KeyError(1, 2)) == "(1, 2)"
assert repr(KeyError("a")) == "KeyError('a')"
try:
    {}["missing"]
except KeyError as err:
    assert err.args == ("missing",) and str(err) == "'missing'"

# args can be replaced (any iterable becomes a tuple) but not deleted
e = ValueError(1)
e.args = [1, 2]
assert e.args == (1, 2) and str(e) == "(1, 2)"
e.args = "ab"
assert e.args == ("a", "b")
try:
    del e.args
except TypeError as err:
    assert str(err) == "args may not be deleted"
else:
    raise AssertionError("del args")

# keyword arguments are refused by most classes
raises(TypeError, "ValueError() takes no keyword arguments", ValueError, x=1)
raises(TypeError, "BaseException() takes no keyword arguments", BaseException, x=1)
raises(TypeError, "OSError() takes no keyword arguments", OSError, x=1)

# ---------------------------------------------------------------- StopIteration, SystemExit
assert StopIteration().value is None
assert StopIteration(1, 2).value == 1
s = StopIteration(1)
s.value = "q"
assert s.args == (1,) and s.value == "q"


def gen():
    yield 1
    return 7


it = gen()
next(it)
try:
    next(it)
except StopIteration as stop:
    assert stop.value == 7 and stop.args == (7,)

assert SystemExit().code is None
assert SystemExit(3).code == 3
assert SystemExit(1, 2).code == (1, 2)
assert SystemExit("bye").code == "bye"
import sys
try:
    sys.exit(4)
except SystemExit as exit_error:
    assert exit_error.code == 4 and exit_error.args == (4,)

# ---------------------------------------------------------------- OSError
e = OSError(1000, "x")
assert (e.errno, e.strerror, e.filename, e.filename2) == (1000, "x", None, None)
assert str(e) == "[Errno 1000] x" and e.args == (1000, "x") and repr(e) == "OSError(1000, 'x')"
e = OSError(1000, "x", "f")
assert e.filename == "f" and str(e) == "[Errno 1000] x: 'f'"
assert e.args == (1000, "x")  # the filename is not kept in args
e = OSError(1000, "x", "f", None, "g")
assert (e.filename, e.filename2) == ("f", "g") and str(e) == "[Errno 1000] x: 'f' -> 'g'"
assert e.args == (1000, "x")
e = OSError(1000, "x", None, None, "g")
assert str(e) == "[Errno 1000] x" and e.filename is None and e.args == (1000, "x", None, None, "g")
e = OSError(1000)
assert e.errno is None and e.strerror is None and str(e) == "1000" and e.args == (1000,)
e = OSError(2, 3, 4, 5, 6, 7)
assert e.errno is None and str(e) == "(2, 3, 4, 5, 6, 7)"
assert str(OSError(None, "x")) == "[Errno None] x"
assert str(OSError(1000, None)) == "[Errno 1000] None"
assert str(OSError(None, None, "f")) == "[Errno None] None: 'f'"
assert str(OSError()) == "" and OSError().errno is None
e = OSError(1000, "x")
e.errno = "q"
assert str(e) == "[Errno q] x"
try:
    OSError(1000, "x").characters_written
except AttributeError as err:
    assert str(err) == "characters_written"
else:
    raise AssertionError("characters_written")
b = BlockingIOError(1000, "x", 5)
assert b.characters_written == 5 and b.filename is None and b.args == (1000, "x", 5)
b = BlockingIOError(1000, "x", "f")
assert b.filename == "f" and b.args == (1000, "x")
assert OSError(1000, "x", "f").__reduce__() == (OSError, (1000, "x", "f"))
assert OSError(1000, "x", "f", None, "g").__reduce__() == (OSError, (1000, "x", "f", None, "g"))


class LoggedOSError(OSError):
    def __init__(self, *args):
        self.seen = (self.args, self.errno)
        super().__init__(*args)


e = LoggedOSError(1000, "x")
# with its own __init__, OSError parses the arguments in OSError.__init__
assert e.seen == ((), None) and e.errno == 1000 and e.args == (1000, "x")

# ---------------------------------------------------------------- SyntaxError
e = SyntaxError("m", ("f.py", 1, 2, "text", 3, 4))
assert (e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset) == ("m", "f.py", 1, 2, "text", 3, 4)
assert e.print_file_and_line is None
assert str(e) == "m (f.py, line 1)" and e.args == ("m", ("f.py", 1, 2, "text", 3, 4))
e = SyntaxError("m", ("f", 1, 2, "t"))
assert e.end_lineno is None and e.end_offset is None
assert str(SyntaxError("m", (None, 1, 2, "t"))) == "m (line 1)"
assert str(SyntaxError("m", ("/a/b/f.py", None, 2, "t"))) == "m (f.py)"
assert str(SyntaxError("m", ("/a/b/f.py", "x", 2, "t"))) == "m (f.py)"
assert str(SyntaxError()) == "None" and SyntaxError().msg is None
assert str(SyntaxError(1)) == "1"
e = SyntaxError("m", 1, 2)
assert e.msg == "m" and e.lineno is None and repr(e) == "SyntaxError('m', 1, 2)"
raises(TypeError, "function takes at least 4 arguments (2 given)", SyntaxError, "m", ("f", 1))
raises(TypeError, "'int' object is not iterable", SyntaxError, "m", 1)
assert issubclass(IndentationError, SyntaxError)
e = IndentationError("bad", ("f.py", 3, 1, "  x", 3, 2))
assert str(e) == "bad (f.py, line 3)" and e.lineno == 3

# ---------------------------------------------------------------- ImportError, AttributeError, NameError
e = ImportError("a", name="n", path="p")
assert (e.msg, e.name, e.path, e.name_from) == ("a", "n", "p", None) and str(e) == "a" and repr(e) == "ImportError('a')"
e = ImportError("a", "b", name="n")
assert e.msg is None and str(e) == "('a', 'b')" and e.args == ("a", "b")
e = ImportError(name="n")
assert e.msg is None and str(e) == "" and repr(e) == "ImportError()"
raises(TypeError, "'x' is an invalid keyword argument for ImportError()", ImportError, x=1)
e = ModuleNotFoundError("no", name="mod")
assert e.name == "mod" and isinstance(e, ImportError)

e = AttributeError("a", name="n", obj=3)
assert (e.name, e.obj, str(e)) == ("n", 3, "a")
assert AttributeError().name is None and AttributeError().obj is None
raises(TypeError, "'nam' is an invalid keyword argument for AttributeError()", AttributeError, "a", nam="n")


class Thing:
    pass


thing = Thing()
try:
    thing.missing
except AttributeError as err:
    assert err.name == "missing" and err.obj is thing
    assert str(err) == "'Thing' object has no attribute 'missing'"
try:
    getattr(thing, "other")
except AttributeError as err:
    assert err.name == "other" and err.obj is thing
try:
    (1).foo
except AttributeError as err:
    assert err.name == "foo" and err.obj == 1

assert NameError("a", name="n").name == "n"
assert NameError("a").name is None
raises(TypeError, "'obj' is an invalid keyword argument for NameError()", NameError, "a", obj=1)
try:
    undefined_name_here
except NameError as err:
    assert err.name == "undefined_name_here" and err.args == ("name 'undefined_name_here' is not defined",)


def uses_unbound():
    if False:
        value = 1
    return value


try:
    uses_unbound()
except UnboundLocalError as err:
    assert isinstance(err, NameError)
    assert str(err) == "cannot access local variable 'value' where it is not associated with a value"

# ---------------------------------------------------------------- UnicodeError family
e = UnicodeEncodeError("ascii", "h\xe9llo", 1, 2, "bad")
assert (e.encoding, e.object, e.start, e.end, e.reason) == ("ascii", "h\xe9llo", 1, 2, "bad")
assert str(e) == "'ascii' codec can't encode character '\\xe9' in position 1: bad"
assert str(UnicodeEncodeError("ascii", "h\u20acllo", 1, 2, "bad")) == "'ascii' codec can't encode character '\\u20ac' in position 1: bad"
assert str(UnicodeEncodeError("ascii", "h\U0001f600llo", 1, 2, "bad")) == "'ascii' codec can't encode character '\\U0001f600' in position 1: bad"
assert str(UnicodeEncodeError("ascii", "hello", 1, 3, "bad")) == "'ascii' codec can't encode characters in position 1-2: bad"
e = UnicodeTranslateError("h\xe9llo", 1, 2, "bad")
assert e.encoding is None and str(e) == "can't translate character '\\xe9' in position 1: bad"
assert str(UnicodeTranslateError("h\xe9llo", 1, 3, "bad")) == "can't translate characters in position 1-2: bad"
raises(TypeError, "function takes exactly 5 arguments (1 given)", UnicodeDecodeError, "utf-8")
raises(TypeError, "a bytes-like object is required, not 'str'", UnicodeDecodeError, "utf-8", "x", 0, 1, "r")
assert str(UnicodeError("x")) == "x" and issubclass(UnicodeError, ValueError)

# ---------------------------------------------------------------- with_traceback, notes
e = ValueError()
assert e.with_traceback(None) is e and e.__traceback__ is None
raises(TypeError, "__traceback__ must be a traceback or None", ValueError().with_traceback, 3)
try:
    e.__traceback__ = 3
except TypeError as err:
    assert str(err) == "__traceback__ must be a traceback or None"

e = ValueError()
assert not hasattr(e, "__notes__")
assert e.add_note("first") is None
e.add_note("second")
assert e.__notes__ == ["first", "second"]
raises(TypeError, "note must be a str, not 'int'", e.add_note, 3)
e.__notes__ = "not a list"
raises(TypeError, "Cannot add note: __notes__ is not a list", e.add_note, "x")
try:
    ValueError().__notes__
except AttributeError as err:
    assert str(err) == "'ValueError' object has no attribute '__notes__'"

# ---------------------------------------------------------------- __reduce__, __setstate__
assert ValueError(1).__reduce__() == (ValueError, (1,))
e = ValueError(1)
e.extra = 5
assert e.__reduce__() == (ValueError, (1,), {"extra": 5})
e = ValueError(1)
assert e.__setstate__({"a": 1}) is None and e.a == 1
raises(TypeError, "state is not a dictionary", ValueError().__setstate__, 3)

# ---------------------------------------------------------------- chaining attribute rules
e = ValueError(1)
assert e.__cause__ is None and e.__context__ is None and e.__suppress_context__ is False
e.__cause__ = KeyError()
assert isinstance(e.__cause__, KeyError) and e.__suppress_context__ is True
e.__cause__ = None
assert e.__cause__ is None and e.__suppress_context__ is True
e.__suppress_context__ = False
assert e.__suppress_context__ is False
for attribute, message in (("__cause__", "exception cause must be None or derive from BaseException"),
                           ("__context__", "exception context must be None or derive from BaseException"),
                           ("__suppress_context__", "attribute value type must be bool")):
    try:
        setattr(e, attribute, 3)
    except TypeError as err:
        assert str(err) == message, str(err)
    else:
        raise AssertionError(attribute)
try:
    del e.__cause__
except TypeError as err:
    assert str(err) == "__cause__ may not be deleted"


# ---------------------------------------------------------------- subclasses
class WithInit(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b

    def __str__(self):
        return f"WithInit[{self.args[0]}/{self.b}]"


e = WithInit(1, 2)
assert str(e) == "WithInit[1/2]" and repr(e) == "WithInit(1)" and e.args == (1,)


class NoSuper(Exception):
    def __init__(self, x):
        self.x = x


e = NoSuper(5)
# args come from BaseException.__new__ even when __init__ does not call the base
assert e.args == (5,) and str(e) == "5" and repr(e) == "NoSuper(5)" and e.x == 5
try:
    NoSuper()
except TypeError as err:
    assert str(err) == "NoSuper.__init__() missing 1 required positional argument: 'x'"


class WithRepr(Exception):
    def __repr__(self):
        return "custom repr"


assert repr(WithRepr()) == "custom repr" and str(WithRepr("s")) == "s"


class MyKeyError(KeyError):
    pass


assert str(MyKeyError("k")) == "'k'"
assert BaseException.__str__(MyKeyError("k")) == "k" and KeyError.__str__(MyKeyError("k")) == "'k'"
assert Exception.__repr__(WithRepr(1)) == "WithRepr(1)"


class Returns(Exception):
    def __init__(self):
        return 5


raises(TypeError, "__init__() should return None, not 'int'", Returns)


class Slotted(Exception):
    __slots__ = ("a", "b")


e = Slotted(1)
e.a = 5
assert e.a == 5 and e.args == (1,) and repr(e) == "Slotted(1)"


class WithNew(Exception):
    def __new__(cls, *args):
        self = super().__new__(cls, *args)
        self.tag = "new"
        return self


e = WithNew(1, 2)
assert e.tag == "new" and e.args == (1, 2) and str(e) == "(1, 2)"
e = Exception.__new__(ValueError, 1, 2)
assert type(e) is ValueError and e.args == (1, 2)
e = OSError.__new__(OSError, 2, "x")
assert isinstance(e, OSError) and e.errno == 2 and e.strerror == "x"


class KeywordOnly(Exception):
    def __init__(self, *, code):
        super().__init__()
        self.code = code


e = KeywordOnly(code=3)
assert e.code == 3 and e.args == ()


class WithProperty(Exception):
    @property
    def info(self):
        return "p" + str(self.args)


assert WithProperty(1).info == "p(1,)"
e = ValueError(1)
assert e.__dict__ == {}
e.x = 2
assert e.__dict__ == {"x": 2}
try:
    e.args = 5
except TypeError as err:
    assert str(err) == "'int' object is not iterable"
print("ok")
