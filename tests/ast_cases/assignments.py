# Assignment statements: multiple targets, unpacking, augmented, annotated, deletion.
a = 1
a = b = c = 2
a, b = 1, 2
(a, b) = [c, d] = e
[a, (b, c)] = f
a, *b = range(5)
*a, b = range(5)
a, *b, c = range(5)
[*a] = b
(*a,) = b
x.attr = 1
x[0] = 1
x[1:2] = [3]
x.a.b[c].d = e
a += 1
a -= 1
a *= 1
a /= 1
a //= 1
a %= 1
a **= 1
a @= 1
a <<= 1
a >>= 1
a &= 1
a ^= 1
a |= 1
x.y += 1
x[0] *= 2
n: int
n: int = 5
(n): int = 5
x.attr: str
x.attr: str = 'v'
x[0]: float = 1.0
t: tuple[int, ...] = (1, 2)
u: 'forward' = None
del a
del a, b
del x.attr, x[0], x[1:2]
del (a, b), [c]
del (a)
a = yield_ = 3
v = (yield_value := 4)
