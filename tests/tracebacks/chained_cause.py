def f():
    raise ValueError("inner")
def g():
    try:
        f()
    except ValueError as e:
        raise RuntimeError("outer") from e
g()
