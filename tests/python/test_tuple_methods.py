# tuple methods: count and index (start/stop), with CPython's error messages.

def raises(exc_type, message, f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except exc_type as e:
        assert type(e) is exc_type, (type(e), exc_type)
        assert str(e) == message, (str(e), message)
        return e
    raise AssertionError(f"{exc_type.__name__} not raised")

t = (1, 2, 3, 1, 2)
assert t.count(1) == 2 and t.count(9) == 0 and (1, 1.0, True).count(1) == 3 and ().count(1) == 0
assert t.index(2) == 1 and t.index(2, 2) == 4 and t.index(1, -2) == 3 and t.index(3, 0, 10**30) == 2
assert t.index(1, -10**30) == 0
raises(ValueError, "tuple.index(x): x not in tuple", t.index, 9)
raises(ValueError, "tuple.index(x): x not in tuple", (1, 2, 3).index, 3, 0, 2)
raises(TypeError, "slice indices must be integers or have an __index__ method", t.index, 1, "a")
raises(TypeError, "tuple.count() takes exactly one argument (0 given)", t.count)
raises(TypeError, "tuple.index() takes no keyword arguments", lambda: t.index(x=1))

class P(tuple):
    pass
assert P((5, 6)).index(6) == 1 and P((5, 5)).count(5) == 2
print("ok")
