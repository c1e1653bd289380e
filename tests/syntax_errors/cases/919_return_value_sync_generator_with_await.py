def f():
    return 1
    yield
    await x
