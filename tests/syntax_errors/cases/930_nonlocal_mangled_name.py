class C:
    def f():
        nonlocal __a
