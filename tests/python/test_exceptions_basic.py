# try/except/else/finally, raise, re-raise, exception matching by class and tuple,
# exception attributes, chaining context, and finally running on return and break.
log = []
try:
    log.append("body")
except ValueError:
    log.append("handler")
else:
    log.append("else")
finally:
    log.append("finally")
assert log == ["body", "else", "finally"]

def f(kind):
    try:
        if kind == 1:
            raise ValueError("bad value")
        if kind == 2:
            raise KeyError("k")
        return "ok"
    except ValueError as e:
        return "value:" + str(e)
    except (KeyError, IndexError) as e:
        return "lookup:" + repr(e)
assert f(0) == "ok" and f(1) == "value:bad value" and f(2) == "lookup:KeyError('k')"

def with_finally():
    try:
        return "from try"
    finally:
        log.append("cleanup")
assert with_finally() == "from try" and log[-1] == "cleanup"

for i in range(3):
    try:
        if i == 1:
            break
    finally:
        log.append(i)
assert log[-2:] == [0, 1]

try:
    try:
        {}["missing"]
    except KeyError:
        raise
except KeyError as e:
    assert e.args == ("missing",)

try:
    try:
        1 / 0
    except ZeroDivisionError as inner:
        raise ValueError("outer")
except ValueError as e:
    assert isinstance(e.__context__, ZeroDivisionError) and e.__cause__ is None

try:
    raise ValueError("x") from KeyError("y")
except ValueError as e:
    assert isinstance(e.__cause__, KeyError) and e.__suppress_context__

try:
    raise TypeError
except TypeError as e:
    assert e.args == () and str(e) == ""

try:
    [1, 2][5]
except IndexError as e:
    assert str(e) == "list index out of range"
try:
    undefined_name
except NameError as e:
    assert str(e) == "name 'undefined_name' is not defined"
try:
    assert 1 == 2, "numbers differ"
except AssertionError as e:
    assert str(e) == "numbers differ"
try:
    a, b = [1, 2, 3]
except ValueError as e:
    assert str(e) == "too many values to unpack (expected 2)"
try:
    a, b, c = (1, 2)
except ValueError as e:
    assert str(e) == "not enough values to unpack (expected 3, got 2)"
try:
    next(iter([]))
except StopIteration:
    stopped = True
assert stopped
e = ValueError("a", 1)
assert e.args == ("a", 1) and str(e) == "('a', 1)" and repr(e) == "ValueError('a', 1)"
assert isinstance(KeyError(), LookupError) and issubclass(ZeroDivisionError, ArithmeticError)
