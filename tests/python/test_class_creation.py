# Class creation (data model 3.3.3): metaclasses, __prepare__, __new__/__init__,
# __init_subclass__, __set_name__, __mro_entries__, __class_getitem__, __instancecheck__,
# __subclasscheck__, and instantiation rules.

def raises(exc_type, fn, message=None):
    try:
        fn()
    except exc_type as e:
        if message is not None:
            assert str(e) == message, (str(e), message)
        return e
    raise AssertionError(f"{exc_type.__name__} not raised")

events = []

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        events.append(('prepare', name, kwargs))
        return {'injected': 42}
    def __new__(mcls, name, bases, namespace, **kwargs):
        events.append(('new', name, sorted(namespace)))
        cls = super().__new__(mcls, name, bases, namespace)
        cls.tag = kwargs.get('tag')
        return cls
    def __init__(cls, name, bases, namespace, **kwargs):
        events.append(('init', name))
        super().__init__(name, bases, namespace)
    def __call__(cls, *args, **kwargs):
        events.append(('call', cls.__name__, args))
        return super().__call__(*args, **kwargs)

class Base(metaclass=Meta, tag='t1'):
    def __init__(self, value=0):
        self.value = value

assert type(Base) is Meta and Base.tag == 't1' and Base.injected == 42
assert events[0] == ('prepare', 'Base', {'tag': 't1'})
assert events[1][0] == 'new' and '__module__' in events[1][2] and '__qualname__' in events[1][2]
assert events[2] == ('init', 'Base')
b = Base(5)
assert events[-1] == ('call', 'Base', (5,)) and b.value == 5

class Derived(Base):
    pass
assert type(Derived) is Meta and Derived.tag is None

class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
raises(TypeError, lambda: type('Z', (A1, A2), {}),
       "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")

class M3(M1): pass
class A3(A1, metaclass=M3): pass
assert type(A3) is M3
assert type(type('W', (A1,), {})) is M1   # the most derived metaclass wins

# __new__ and __init__
class Singleton:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, x):
        self.x = x

s1 = Singleton(1)
s2 = Singleton(2)
assert s1 is s2 and s1.x == 2

class NotAnInstance:
    def __new__(cls):
        return 17
    def __init__(self):
        raise AssertionError("__init__ must not run")
assert NotAnInstance() == 17

class Empty: pass
raises(TypeError, lambda: Empty(1), "Empty() takes no arguments")
class NewTakesArgs:
    def __new__(cls, *a):
        return object.__new__(cls, *a)
raises(TypeError, lambda: NewTakesArgs(1), "object.__new__() takes exactly one argument (the type to instantiate)")
class InitTakesArgs:
    def __init__(self, *a):
        object.__init__(self, *a)
raises(TypeError, lambda: InitTakesArgs(1), "object.__init__() takes exactly one argument (the instance to initialize)")
class BadInit:
    def __init__(self):
        return 1
raises(TypeError, lambda: BadInit(), "__init__() should return None, not 'int'")
raises(TypeError, lambda: object.__new__(int), "object.__new__(int) is not safe, use int.__new__()")

# __init_subclass__ and __set_name__
registry = []
class Plugin:
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        registry.append((cls.__name__, name))

class First(Plugin, name='first'): pass
class Second(Plugin): pass
assert registry == [('First', 'first'), ('Second', None)]
raises(TypeError, lambda: type('X', (object,), {}, unknown=1))

class Field:
    def __set_name__(self, owner, name):
        self.owner, self.name = owner, name
class Model:
    a = Field()
    b = Field()
assert (Model.a.owner, Model.a.name, Model.b.name) == (Model, 'a', 'b')

# __mro_entries__ (PEP 560) and __class_getitem__
class Alias:
    def __mro_entries__(self, bases):
        return (Empty,)
class FromAlias(Alias()):
    pass
assert FromAlias.__bases__ == (Empty,) and FromAlias.__orig_bases__[0].__class__ is Alias

class Box:
    def __class_getitem__(cls, item):
        return (cls, item)
assert Box[int] == (Box, int)

# __instancecheck__ / __subclasscheck__ on the metaclass
class Duck(type):
    def __instancecheck__(cls, instance):
        return hasattr(instance, 'quack')
    def __subclasscheck__(cls, sub):
        return hasattr(sub, 'quack')
class Quacker(metaclass=Duck): pass
class Mallard:
    def quack(self): pass
assert isinstance(Mallard(), Quacker) and not isinstance(1, Quacker)
assert issubclass(Mallard, Quacker) and not issubclass(int, Quacker)
assert isinstance(3, (str, int)) and not isinstance(3, (str, float))
raises(TypeError, lambda: isinstance(3, 4), "isinstance() arg 2 must be a type, a tuple of types, or a union")
raises(TypeError, lambda: issubclass(3, int), "issubclass() arg 1 must be a class")

# type(name, bases, ns), class attributes
Dyn = type('Dyn', (Empty,), {'x': 1, 'method': lambda self: self.x + 1})
assert Dyn.__name__ == 'Dyn' and Dyn.__bases__ == (Empty,) and Dyn().method() == 2
assert Dyn.__module__ == __name__
assert type(Dyn) is type and type(3) is int
assert Empty.__doc__ is None and '__doc__' in Empty.__dict__
class Documented:
    "The doc."
assert Documented.__doc__ == "The doc."
def function():
    "Function doc."
assert function.__doc__ == "Function doc."
assert Dyn.__qualname__ == 'Dyn'
class Outer:
    class Inner:
        pass
assert Outer.Inner.__qualname__ == 'Outer.Inner' and Outer.Inner.__name__ == 'Inner'
Outer.Inner.__name__ = 'Renamed'
assert Outer.Inner.__name__ == 'Renamed'
raises(TypeError, lambda: setattr(Outer.Inner, '__name__', 5), "can only assign string to Renamed.__name__, not 'int'")
assert Empty.mro() == [Empty, object] and Empty.__mro__ == (Empty, object)
raises(TypeError, lambda: type('D', (Empty, Empty), {}), "duplicate base class Empty")

class Eq:
    def __eq__(self, other):
        return True
assert Eq.__hash__ is None
raises(TypeError, lambda: hash(Eq()), "unhashable type: 'Eq'")

# __class__ assignment
class P: pass
class Q: pass
p = P()
p.__class__ = Q
assert type(p) is Q and isinstance(p, Q)
raises(TypeError, lambda: setattr(p, '__class__', int),
       "__class__ assignment only supported for mutable types or ModuleType subclasses")
print("ok")

class Failing:
    def __set_name__(self, owner, name):
        raise ValueError("boom")
try:
    class HasFailing:
        attr = Failing()
except ValueError as e:
    assert str(e) == "boom" and e.__notes__ == ["Error calling __set_name__ on 'Failing' instance 'attr' in 'HasFailing'"]
else:
    raise AssertionError("no error")

class Twice:
    __slots__ = ('a', 'a')
tw = Twice()
tw.a = 1
assert tw.a == 1
print("ok 2")

# A namespace from __prepare__ that overrides __setitem__ sees every store of the body.
class RecordingNamespace(dict):
    def __init__(self):
        super().__init__()
        self.log = []
    def __setitem__(self, key, value):
        self.log.append(key)
        super().__setitem__(key, value)
class RecordingMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return RecordingNamespace()
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.log = ns.log
        return cls
class Recorded(metaclass=RecordingMeta):
    a = 1
    def method(self):
        return a
    b = a + 1
assert Recorded.log == ['__module__', '__qualname__', 'a', 'method', 'b'] and Recorded.b == 2
class KeysOnly:
    def keys(self):
        return ['x', 'y']
    def __getitem__(self, key):
        return key * 2
assert dict(KeysOnly()) == {'x': 'xx', 'y': 'yy'}
print("ok 3")

import gc
class Root: pass
class Leaf1(Root): pass
class Leaf2(Root): pass
def make_temporary():
    class Temporary(Root): pass
    return Temporary.__name__
assert make_temporary() == 'Temporary'
gc.collect()
assert Root.__subclasses__() == [Leaf1, Leaf2] and Leaf1.__subclasses__() == []
print("ok 4")
