from __future__ import annotations

def f(a: int, b: list[int], c: dict[str, tuple[int, ...]], d: int | None = None, *args: *Ts,
      e: "quoted" = 1, **kw: Callable[[int], str]) -> a.b.c[1:2, ::3]:
    pass

x: (1, 2)
y: 1 + 2 * 3 ** -4 ** 5
z: (a if b else c)
w: lambda x, /, y=1, *z, k, **q: x
v: not a and (b or c)
u: a < b <= c is not d not in e
t: [i for i in range(3) if i]
s: {**a, 'k': 1}
r: {1, 2}
q: f(x, *y, k=1, **z)
p: f(i for i in x)
o: 1 .real
n: -(-1)
m: (-1) ** 2
l: 2 ** -1
kk: a[()]
jj: a[1,]
ii: a[*b]
hh: f"x{y!r:>{w}}z{{}}"
gg: 1e400
ff: 2j
ee: 1.5
dd: b'x\n'
cc: 'it\'s'
aa: ~a | b & c ^ d << 2
ab: a @ b // c % d
ad: ...
af: 10**100
ah: a.b(c)[d]
ai: (a, b)[0]
ak: -1 .real
al: (1).real
am: [*a, b]
an: {k: v for k, v in x}
ao: f"{a}" "b"
ap: u"x"
aq: 'a' 'b'
ar: a if b else (c if d else e)
as_: (a if b else c) if d else e
au: (lambda: 1)()
aw: a[:]
ax: x[1:2, 3]
ay: (*a,)
az: f'{ {1} }'
class Holder: pass
holder = Holder()
holder.attr: undefined_type  # the object is evaluated, the annotation is not
value_with_ann: undefined_type = 5

class C:
    __p: int
    def m(self, __q: str) -> C: pass

def inherits():
    return compile("x: undefined", "<s>", "exec"), compile("x: undefined", "<s>", "exec", dont_inherit=True)
