# Explicit (backslash) and implicit line joining, semicolons, comments in odd places.
total = 1 + \
        2 + \
        3
if a and \
   b:
    pass
items = [  # comment after bracket
    1,  # one
    # a full-line comment inside brackets
    2,
]
call(a,
     b,
     # comment
     c)
x = 1; y = 2; z = 3;
def f(): return 1; pass
value = (
    'implicit'
    ' concatenation'
)
assert \
    x
with \
    open('f') as f:
    pass
result = some.long.chain \
    .method() \
    .other()
lambda_ = lambda x: \
    x
spaced = a   +   b
x = [
]
long_expr = (a
             +
             b
             *
             c)
