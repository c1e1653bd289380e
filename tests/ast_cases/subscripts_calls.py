# Subscripts, slices, attributes and calls with every kind of argument.
x = a[1]
x = a[-1]
x = a[1:2]
x = a[:]
x = a[::]
x = a[::2]
x = a[1:]
x = a[:2]
x = a[1:2:3]
x = a[1:2, 3]
x = a[1:2, ::3]
x = a[...]
x = a[:, None]
x = a[b, c]
x = a[(b, c)]
x = a[*b]
x = a[*b, c]
x = a[b:=1] if False else a[(b:=1)]
x = a.b.c.d
x = a().b[c](d)
f()
f(1)
f(1, 2)
f(a, b=1)
f(*args)
f(**kwargs)
f(a, *args, b=1, **kwargs)
f(*a, *b, **c, **d)
f(a=1, *b)
f(x for x in y)
f(a, b,)
f(
    a,
    b=c,
)
obj.method(1)(2)(3)
a[1][2][3]
a.b[c].d(e)[f:g]
print(*args, sep='', end='\n')
