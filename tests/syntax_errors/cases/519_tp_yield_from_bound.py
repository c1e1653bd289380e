def f[T: (yield from x)](): pass
