# except* (PEP 654): matching and splitting groups, wrapping naked exceptions, re-raising the
# unhandled rest, exceptions raised in handlers combined into a new group, else/finally.


def caught(f):
    try:
        f()
    except BaseException as e:
        return e
    return None


# ---------------------------------------------------------------- matching
log = []
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as e:
    log.append(("V", repr(e)))
except* TypeError as e:
    log.append(("T", repr(e)))
assert log == [("V", "ExceptionGroup('eg', [ValueError(1), ValueError(3)])"),
               ("T", "ExceptionGroup('eg', [TypeError(2)])")], log
try:
    e
except NameError:
    pass  # the name is unbound after the handler
else:
    raise AssertionError("e still bound")

# each clause runs at most once, in order; a clause that matches nothing is skipped
log = []
try:
    raise ExceptionGroup("eg", [TypeError(1)])
except* ValueError:
    log.append("V")
except* TypeError:
    log.append("T")
except* (TypeError, KeyError):
    log.append("T2")
assert log == ["T"]

# a tuple of types
try:
    raise ExceptionGroup("eg", [ValueError(1), KeyError(2), OSError(3)])
except* (ValueError, KeyError) as e:
    assert repr(e) == "ExceptionGroup('eg', [ValueError(1), KeyError(2)])"
except* OSError as e:
    assert repr(e) == "ExceptionGroup('eg', [OSError(3)])"

# nested groups keep their structure
try:
    raise ExceptionGroup("a", [ValueError(1), ExceptionGroup("b", [TypeError(2), ValueError(3)])])
except* ValueError as e:
    assert repr(e) == "ExceptionGroup('a', [ValueError(1), ExceptionGroup('b', [ValueError(3)])])"
except* TypeError as e:
    assert repr(e) == "ExceptionGroup('a', [ExceptionGroup('b', [TypeError(2)])])"


# ---------------------------------------------------------------- naked exceptions are wrapped
def naked():
    try:
        raise ValueError(5)
    except* ValueError as e:
        got = e
    return got


e = naked()
assert type(e) is ExceptionGroup and e.message == "" and repr(e) == "ExceptionGroup('', (ValueError(5),))"


def naked_base():
    try:
        raise KeyboardInterrupt
    except* KeyboardInterrupt as e:
        got = e
    return got


assert repr(naked_base()) == "BaseExceptionGroup('', (KeyboardInterrupt(),))"


def naked_unmatched():
    try:
        raise ValueError(5)
    except* TypeError:
        pass


e = caught(naked_unmatched)
assert type(e) is ValueError and e.args == (5,)  # re-raised as it was, not wrapped


# ---------------------------------------------------------------- the unhandled rest propagates
def partial():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        pass


e = caught(partial)
assert repr(e) == "ExceptionGroup('eg', [TypeError(2), KeyError(3)])"


def all_handled():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        pass
    except* TypeError:
        pass
    return "done"


assert all_handled() == "done"


# ---------------------------------------------------------------- raising in handlers
def raise_in_handler():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")


e = caught(raise_in_handler)
# the new exception and the unhandled rest are combined into a new group
assert type(e) is ExceptionGroup and e.message == ""
assert repr(e) == "ExceptionGroup('', [KeyError('new'), ExceptionGroup('eg', [TypeError(2)])])"
new = e.exceptions[0]
assert repr(new.__context__) == "ExceptionGroup('eg', [ValueError(1)])"  # the handled part


def raise_in_two_handlers():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
    except* TypeError:
        raise IndexError("new2")


assert repr(caught(raise_in_two_handlers)) == "ExceptionGroup('', [KeyError('new'), IndexError('new2')])"


def raise_only_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise KeyError("only")


e = caught(raise_only_new)
assert type(e) is KeyError  # a single raised exception is not wrapped


def bare_reraise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise


e = caught(bare_reraise)
# re-raised parts are merged back into the original structure
assert repr(e) == "ExceptionGroup('eg', [ValueError(1), TypeError(2)])"


def reraise_nested():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("in", [TypeError(2), ValueError(7)])])
    except* TypeError:
        raise


assert repr(caught(reraise_nested)) == "ExceptionGroup('eg', [ValueError(1), ExceptionGroup('in', [TypeError(2), ValueError(7)])])"


def raise_match_by_name():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e


e = caught(raise_match_by_name)
assert repr(e) == "ExceptionGroup('', [ExceptionGroup('eg', [ValueError(1)]), ExceptionGroup('eg', [TypeError(2)])])"


def raise_naked_in_naked():
    try:
        raise TypeError(1)
    except* ValueError:
        pass
    except* TypeError:
        raise ValueError(2)


e = caught(raise_naked_in_naked)
assert type(e) is ValueError and repr(e.__context__) == "ExceptionGroup('', (TypeError(1),))"


def bare_reraise_naked():
    try:
        raise ValueError("v")
    except* ValueError:
        raise


assert repr(caught(bare_reraise_naked)) == "ExceptionGroup('', (ValueError('v'),))"


def raise_from_in_handler():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        raise RuntimeError("wrapped") from e


e = caught(raise_from_in_handler)
assert type(e) is RuntimeError and repr(e.__cause__) == "ExceptionGroup('eg', [ValueError(1)])"


# ---------------------------------------------------------------- else / finally / nesting
def with_else_finally():
    r = []
    try:
        r.append("body")
    except* ValueError:
        r.append("handler")
    else:
        r.append("else")
    finally:
        r.append("finally")
    return r


assert with_else_finally() == ["body", "else", "finally"]


def nested_try_star():
    r = []
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), OSError(2)])
        except* ValueError:
            r.append("inner")
        else:
            r.append("else")
        finally:
            r.append("finally")
    except* OSError as e:
        r.append(repr(e))
    return r


assert nested_try_star() == ["inner", "finally", "ExceptionGroup('eg', [OSError(2)])"]


def loop_in_handler():
    total = 0
    for i in range(3):
        try:
            raise ExceptionGroup("x", [ValueError(i)])
        except* ValueError as e:
            for j in range(5):
                if j == 2:
                    break
                total += 1
            for j in range(2):
                continue
    return total


assert loop_in_handler() == 6


def notes_kept():
    eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    eg.add_note("n")
    try:
        raise eg
    except* ValueError:
        pass


e = caught(notes_kept)
assert e.__notes__ == ["n"] and repr(e.exceptions) == "(TypeError(2),)"


# ---------------------------------------------------------------- invalid clauses
def star_group_type():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass


e = caught(star_group_type)
assert type(e) is TypeError
assert str(e) == "catching ExceptionGroup with except* is not allowed. Use except instead."


def star_bad_type():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* int:
        pass


e = caught(star_bad_type)
assert type(e) is TypeError and str(e) == "catching classes that do not inherit from BaseException is not allowed"


# ---------------------------------------------------------------- the handled part is the context
def context_is_match():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        try:
            raise KeyError("inner")
        except KeyError as k:
            got = k
    return got


assert repr(context_is_match().__context__) == "ExceptionGroup('eg', [ValueError(1)])"
print("ok")
