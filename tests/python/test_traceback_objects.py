# Traceback objects: __traceback__ chains (tb_next, outermost first), tb_lineno, tb_lasti,
# tb_frame with f_code/f_globals/f_lineno, with_traceback, and how re-raising extends them.


def entries(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def inner():
    raise ValueError("x")  # line 14


def middle():
    inner()  # line 18


def outer():
    try:
        middle()  # line 23
    except ValueError as e:
        return e


e = outer()
tb = e.__traceback__
assert type(tb).__name__ == "traceback" and type(tb.tb_frame).__name__ == "frame"
assert entries(tb) == [("outer", 23), ("middle", 18), ("inner", 14)], entries(tb)
assert isinstance(tb.tb_lasti, int) and tb.tb_lasti >= 0
assert tb.tb_next.tb_next.tb_next is None
frame = tb.tb_frame
assert frame.f_code.co_name == "outer" and frame.f_code.co_filename.endswith("test_traceback_objects.py")
assert frame.f_globals is tb.tb_next.tb_frame.f_globals
assert frame.f_globals["__name__"] == "__main__"
assert tb.tb_frame is frame  # the same frame object each time
assert type(frame.f_lineno) is int

# an exception never raised has no traceback
assert ValueError().__traceback__ is None

# module-level frames
try:
    raise KeyError("m")  # line 46
except KeyError as k:
    tb = k.__traceback__
    assert entries(tb) == [("<module>", 46)]
    assert tb.tb_frame.f_globals["__name__"] == "__main__"


# raising the same exception again adds the new frames in front
def reraise_by_name():
    try:
        inner()  # line 56
    except ValueError as err:
        raise err  # line 58


try:
    reraise_by_name()  # line 62
except ValueError as err:
    assert entries(err.__traceback__) == [("<module>", 62), ("reraise_by_name", 58),
                                          ("reraise_by_name", 56), ("inner", 14)], entries(err.__traceback__)


# a bare raise does not add an entry for the re-raising frame
def bare_reraise():
    try:
        inner()  # line 71
    except ValueError:
        raise


try:
    bare_reraise()  # line 77
except ValueError as err:
    assert entries(err.__traceback__) == [("<module>", 77), ("bare_reraise", 71), ("inner", 14)]


# finally re-raises without adding entries
def through_finally():
    try:
        inner()  # line 85
    finally:
        pass


try:
    through_finally()  # line 91
except ValueError as err:
    assert entries(err.__traceback__) == [("<module>", 91), ("through_finally", 85), ("inner", 14)]

# with_traceback and assignment
e1 = outer()
e2 = KeyError("k")
assert e2.with_traceback(e1.__traceback__) is e2 and e2.__traceback__ is e1.__traceback__
try:
    raise e2  # line 100
except KeyError as err:
    assert entries(err.__traceback__) == [("<module>", 100), ("outer", 23), ("middle", 18), ("inner", 14)]
    assert err.__traceback__.tb_next is e1.__traceback__
e2.__traceback__ = None
assert e2.__traceback__ is None
try:
    raise e2.with_traceback(None)  # line 107
except KeyError as err:
    assert entries(err.__traceback__) == [("<module>", 107)]


# generators and nested calls appear in order
def gen():
    yield 1
    inner()  # line 115


try:
    for _ in gen():  # line 119
        pass
except ValueError as err:
    assert entries(err.__traceback__) == [("<module>", 119), ("gen", 115), ("inner", 14)], entries(err.__traceback__)


# code objects seen through frames
def named_function():
    raise RuntimeError


try:
    named_function()
except RuntimeError as err:
    code = err.__traceback__.tb_next.tb_frame.f_code
    assert code.co_name == "named_function" and code.co_qualname == "named_function"
    assert code.co_firstlineno == 126


class Holder:
    def method(self):
        raise RuntimeError


try:
    Holder().method()
except RuntimeError as err:
    assert err.__traceback__.tb_next.tb_frame.f_code.co_qualname == "Holder.method"

# recursion: one entry per frame
def recurse(n):
    if n == 0:
        raise ValueError("bottom")
    recurse(n - 1)


try:
    recurse(5)
except ValueError as err:
    names = [name for name, line in entries(err.__traceback__)]
    assert names == ["<module>"] + ["recurse"] * 6, names
print("ok")


# __exit__ receives the exception's traceback
class Recorder:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, tb):
        self.info = (exc_type, value, tb)
        return True


with Recorder() as recorder:
    raise ValueError("in with")
exc_type, value, tb = recorder.info
assert exc_type is ValueError and tb is value.__traceback__ and type(tb).__name__ == "traceback"
assert tb.tb_frame.f_code.co_name == "<module>" and tb.tb_next is None

# tb_next can be rewired (no loops)
e1 = outer()
first = e1.__traceback__
second = first.tb_next
first.tb_next = None
assert first.tb_next is None
first.tb_next = second
assert first.tb_next is second
try:
    second.tb_next = first
except ValueError as err:
    assert str(err) == "traceback loop detected"
else:
    raise AssertionError("loop accepted")
try:
    first.tb_next = 3
except TypeError as err:
    assert str(err) == "expected traceback object, got 'int'"
print("ok")
