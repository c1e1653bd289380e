def f():
    yield *a
