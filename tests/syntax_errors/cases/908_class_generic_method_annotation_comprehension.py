class C:
    def f[T](self, x: [a for a in b]): pass
