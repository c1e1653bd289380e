# Starred expressions in every position the grammar allows.
first, *middle, last = values
*init, tail = values
head, *tail = values
[a, *b] = c
for x, *y in rows:
    pass
for *x, y in rows:
    pass
print(*args, *more)
call(*a, b, *c, d=1, **e, **f)
t = *a, *b
t = (*a, *b)
l = [*a, *range(3)]
s = {*a, *b}
d = {**a, **b}
def g():
    return *a, b
def h():
    yield *a, b
x = a[*idx]
x = a[1, *idx]
for i in *a, *b:
    pass
del a, b
