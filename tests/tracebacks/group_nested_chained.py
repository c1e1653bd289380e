def f():
    raise ValueError(1)
def g():
    try:
        f()
    except ValueError as e:
        e.add_note("note one")
        e.add_note("multi\nline")
        raise TypeError("t") from e
try:
    g()
except TypeError as e:
    errs = [e, KeyError('k')]
eg = ExceptionGroup("outer", [ExceptionGroup("inner", errs), OSError(2, 'x')])
eg.add_note("group note")
raise eg
