def f():
    yield 1, *a
    x = yield *a
