def f():
    return (x for y in z for x in (yield))
