# Every binary, unary, boolean and comparison operator, with precedence and associativity.
r = a + b - c * d / e // f % g ** h @ i
r = a << b >> c & d ^ e | f
r = -a, +a, ~a, not a
r = a ** -b ** c
r = -a ** b
r = (a + b) * c
r = a and b or c and not d
r = a or b or c
r = a and b and c
r = a < b <= c > d >= e == f != g
r = a is b, a is not b, a in b, a not in b
r = not a == b
r = a if b else c if d else e
r = (a if b else c) if d else e
r = lambda: a if b else c
r = a | b & c ^ d << e + f * -g ** h
r = await_ = 1
r = (a := 1) + (b := 2)
r = [y := f(x), y ** 2]
r = a[b] + a.b + a(b)
r = not not a
r = - - a
r = a < (b < c)
r = 2 ** 3 ** 4
r = a @ b @ c
r = a - b - c
r = a // b // c % d
