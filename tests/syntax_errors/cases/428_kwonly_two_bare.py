def f(*, *, a): pass
