# if/elif/else, while/else, for/else, break, continue, pass, assert, return.
if a:
    pass
if a:
    x = 1
else:
    x = 2
if a:
    x = 1
elif b:
    x = 2
elif c:
    x = 3
else:
    x = 4
if a: x = 1
else: x = 2
while True:
    break
while x < 10:
    x += 1
    if x == 5:
        continue
else:
    pass
for i in range(10):
    pass
for i, j in pairs:
    break
else:
    done = True
for (a, b), c in items: pass
for x, in data: pass
for [a, *b] in data: pass
for x.attr in data: pass
for x[0] in data: pass
for i in 1, 2, 3: pass
for i in *a, *b: pass
assert x
assert x, 'message'
assert (x, 'not a message')
if a:
    if b:
        if c:
            pass
        else:
            pass
while (n := n - 1):
    pass
if x: pass; y = 1; z = 2
