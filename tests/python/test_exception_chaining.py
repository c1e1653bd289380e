# Exception chaining: the automatic __context__ when raising while handling (in except and
# finally), `raise X from Y`, `raise X from None`, bare re-raise, and cycle avoidance.


def caught(f):
    try:
        f()
    except BaseException as e:
        return e
    raise AssertionError("nothing raised")


def implicit():
    try:
        raise ValueError(1)
    except ValueError:
        raise TypeError(2)


e = caught(implicit)
assert type(e) is TypeError and type(e.__context__) is ValueError
assert e.__context__.args == (1,) and e.__cause__ is None and e.__suppress_context__ is False


def explicit():
    try:
        raise ValueError(1)
    except ValueError as v:
        raise TypeError(2) from v


e = caught(explicit)
assert type(e.__cause__) is ValueError and e.__cause__ is e.__context__ and e.__suppress_context__ is True


def from_none():
    try:
        raise ValueError(1)
    except ValueError:
        raise TypeError(2) from None


e = caught(from_none)
assert e.__cause__ is None and type(e.__context__) is ValueError and e.__suppress_context__ is True


def from_class():
    raise ValueError(1) from KeyError


e = caught(from_class)
assert type(e.__cause__) is KeyError and e.__cause__.args == () and e.__context__ is None


def from_bad():
    raise ValueError(1) from 3


e = caught(from_bad)
assert type(e) is TypeError and str(e) == "exception causes must derive from BaseException"


def in_finally():
    try:
        raise ValueError(1)
    finally:
        raise TypeError(2)


e = caught(in_finally)
assert type(e) is TypeError and type(e.__context__) is ValueError


def finally_without_exception():
    try:
        pass
    finally:
        raise TypeError(2)


assert caught(finally_without_exception).__context__ is None


def after_handler():
    try:
        raise ValueError(1)
    except ValueError:
        pass
    raise TypeError(3)


assert caught(after_handler).__context__ is None


def nested_handlers():
    try:
        raise ValueError(1)
    except ValueError:
        try:
            raise TypeError(2)
        except TypeError:
            raise KeyError(3)


e = caught(nested_handlers)
assert type(e) is KeyError and type(e.__context__) is TypeError and type(e.__context__.__context__) is ValueError


def bare_reraise():
    try:
        raise ValueError(1)
    except ValueError:
        raise


e = caught(bare_reraise)
assert type(e) is ValueError and e.__context__ is None


def reraise_outer_in_inner():
    try:
        raise ValueError(1)
    except ValueError as outer:
        try:
            raise TypeError(2)
        except TypeError:
            raise outer


e = caught(reraise_outer_in_inner)
# raising `outer` again while handling TypeError: its context becomes the TypeError, and the
# TypeError's context (outer itself) is cut to avoid a cycle
assert type(e) is ValueError and type(e.__context__) is TypeError
assert e.__context__.__context__ is None

a = ValueError("a")
b = TypeError("b")


def cycle():
    try:
        raise a
    except ValueError:
        try:
            raise b
        except TypeError:
            raise a


e = caught(cycle)
assert e is a and a.__context__ is b and b.__context__ is None


def explicit_context_replaced():
    e = ValueError(1)
    e.__context__ = KeyError(7)
    try:
        raise IndexError
    except IndexError:
        raise e


e = caught(explicit_context_replaced)
assert type(e.__context__) is IndexError


def explicit_context_kept():
    e = ValueError(1)
    e.__context__ = KeyError(7)
    raise e


assert type(caught(explicit_context_kept).__context__) is KeyError


def no_self_context():
    try:
        raise ValueError(1)
    except ValueError as v:
        raise v


e = caught(no_self_context)
assert e.__context__ is None


# an error in an exception handler's expression chains too
def handler_expression_fails():
    try:
        raise ValueError(1)
    except undefined_name_in_handler:
        pass


e = caught(handler_expression_fails)
assert type(e) is NameError and type(e.__context__) is ValueError


# with-statement exits see the exception; errors in __exit__ chain
class Exit:
    def __enter__(self):
        return self

    def __exit__(self, *info):
        raise RuntimeError("in exit")


def with_exit_raises():
    with Exit():
        raise ValueError(1)


e = caught(with_exit_raises)
assert type(e) is RuntimeError and type(e.__context__) is ValueError


# StopIteration escaping a generator: RuntimeError with it as cause (PEP 479)
def bad_gen():
    yield 1
    raise StopIteration(5)


e = caught(lambda: list(bad_gen()))
assert type(e) is RuntimeError and str(e) == "generator raised StopIteration"
assert type(e.__cause__) is StopIteration and e.__cause__ is e.__context__ and e.__suppress_context__ is True


# a loop of handlers keeps only the latest context
def loop():
    last = None
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError as v:
            last = v
    raise TypeError("end")


assert caught(loop).__context__ is None


# the context is the exception being handled at the point of the raise
def deeper():
    try:
        raise ValueError("outer")
    except ValueError:
        def helper():
            raise KeyError("inner")
        try:
            helper()
        except KeyError as k:
            return k


k = deeper()
assert type(k.__context__) is ValueError and k.__context__.args == ("outer",)


# raise from an exception instance that is itself chained
def chained_cause():
    cause = caught(implicit)
    raise RuntimeError("top") from cause


e = caught(chained_cause)
assert type(e.__cause__) is TypeError and type(e.__cause__.__context__) is ValueError

# __cause__ / __context__ assignment
e = ValueError()
e.__context__ = TypeError()
assert type(e.__context__) is TypeError and e.__suppress_context__ is False
e.__context__ = None
assert e.__context__ is None

# sys.exception() / sys.exc_info(): the exception being handled
import sys
assert sys.exception() is None and sys.exc_info() == (None, None, None)
try:
    raise ValueError(1)
except ValueError as v:
    assert sys.exception() is v
    info = sys.exc_info()
    assert info[0] is ValueError and info[1] is v and info[2] is v.__traceback__
    try:
        raise KeyError(2)
    except KeyError as k:
        assert sys.exception() is k
    assert sys.exception() is v
assert sys.exception() is None
try:
    try:
        raise ValueError(3)
    finally:
        seen_in_finally = sys.exception()
except ValueError:
    pass
assert type(seen_in_finally) is ValueError


# a generator suspended inside a handler does not leak its exception to the caller
def suspended():
    try:
        raise ValueError("in gen")
    except ValueError:
        yield repr(sys.exception())
        yield 2


g = suspended()
assert next(g) == "ValueError('in gen')"
assert sys.exception() is None
assert caught(lambda: (_ for _ in ()).throw(TypeError("t"))).__context__ is None


def sees_caller():
    yield sys.exception()


try:
    raise KeyError("caller")
except KeyError as k:
    assert next(sees_caller()) is k  # without its own, a generator sees its caller's
print("ok")
