"""Attribute access customisation (data model 3.3.2): __getattr__, __getattribute__,
__setattr__, __delattr__, module __getattr__ (PEP 562), getattr/setattr/delattr/hasattr."""

def raises(exc_type, fn, message=None):
    try:
        fn()
    except exc_type as e:
        if message is not None:
            assert str(e) == message, (str(e), message)
        return e
    raise AssertionError(f"{exc_type.__name__} not raised")

assert __doc__.startswith("Attribute access customisation")

class Fallback:
    existing = 1
    def __getattr__(self, name):
        if name.startswith('dyn_'):
            return name[4:]
        raise AttributeError(f"no {name}")

f = Fallback()
assert f.existing == 1 and f.dyn_abc == 'abc'
assert getattr(f, 'dyn_x') == 'x'
assert getattr(f, 'missing', 'default') == 'default'
assert not hasattr(f, 'missing') and hasattr(f, 'dyn_y')
raises(AttributeError, lambda: f.missing, "no missing")

calls = []
class Logged:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        calls.append(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback:' + name

lg = Logged()
assert lg.a == 1 and calls[-1] == 'a'
assert lg.zzz == 'fallback:zzz' and calls[-1] == 'zzz'

class Recorder:
    def __init__(self):
        object.__setattr__(self, 'log', [])
    def __setattr__(self, name, value):
        self.log.append(('set', name, value))
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        self.log.append(('del', name))
        object.__delattr__(self, name)

r = Recorder()
r.x = 5
assert r.x == 10 and r.log == [('set', 'x', 5)]
setattr(r, 'y', 1)
assert r.y == 2
del r.x
assert r.log[-1] == ('del', 'x') and not hasattr(r, 'x')
raises(AttributeError, lambda: delattr(r, 'x'), "'Recorder' object has no attribute 'x'")

class Frozen:
    __slots__ = ()
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}")
raises(AttributeError, lambda: setattr(Frozen(), 'v', 1), "cannot set 'v'")

class Plain:
    pass
pl = Plain()
raises(AttributeError, lambda: pl.nothing, "'Plain' object has no attribute 'nothing'")
raises(AttributeError, lambda: Plain.nothing, "type object 'Plain' has no attribute 'nothing'")
raises(TypeError, lambda: getattr(pl, 1), "attribute name must be string, not 'int'")
pl.__dict__['direct'] = 3
assert pl.direct == 3 and pl.__dict__ == {'direct': 3}
Plain.shared = 'class level'
assert pl.shared == 'class level'
del Plain.shared
raises(AttributeError, lambda: pl.shared)

# Attributes of classes go through the metaclass.
class Meta(type):
    def __getattr__(cls, name):
        return f"meta:{name}"
class WithMeta(metaclass=Meta):
    real = 1
assert WithMeta.real == 1 and WithMeta.virtual == 'meta:virtual'
raises(AttributeError, lambda: WithMeta().virtual)

# super() with attribute hooks and data descriptors
class Base:
    def greet(self):
        return 'base'
    @property
    def kind(self):
        return 'base-kind'
class Child(Base):
    def greet(self):
        return 'child+' + super().greet()
    @property
    def kind(self):
        return 'child/' + super().kind
c = Child()
assert c.greet() == 'child+base' and c.kind == 'child/base-kind'

# Functions carry attributes
def fn():
    pass
fn.marker = 'm'
assert fn.marker == 'm' and fn.__dict__ == {'marker': 'm'}
assert fn.__name__ == 'fn' and fn.__qualname__ == 'fn' and fn.__module__ == __name__
fn.__name__ = 'renamed'
assert fn.__name__ == 'renamed'
raises(TypeError, lambda: setattr(fn, '__name__', 5), "__name__ must be set to a string object")
assert fn.__defaults__ is None
def with_defaults(a, b=2, *, c=3):
    return a, b, c
assert with_defaults.__defaults__ == (2,) and with_defaults.__kwdefaults__ == {'c': 3}
with_defaults.__defaults__ = (20,)
assert with_defaults(1) == (1, 20, 3)

class Method:
    def m(self):
        "method doc"
bound = Method().m
assert bound.__name__ == 'm' and bound.__doc__ == 'method doc' and bound.__qualname__ == 'Method.m'
print("ok")
