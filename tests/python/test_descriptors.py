# The descriptor protocol (data model 3.3.2.2): property, classmethod, staticmethod,
# user descriptors with __get__/__set__/__delete__, lookup order, __set_name__ and __slots__.

def raises(exc_type, fn, message=None):
    try:
        fn()
    except exc_type as e:
        if message is not None:
            assert str(e) == message, (str(e), message)
        return e
    raise AssertionError(f"{exc_type.__name__} not raised")

class Temperature:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "degrees Celsius"
        return self._c
    @celsius.setter
    def celsius(self, value):
        self._c = value
    @celsius.deleter
    def celsius(self):
        self._c = None
    @property
    def kelvin(self):
        return self._c + 273

t = Temperature()
assert t.celsius == 0
t.celsius = 25
assert t.celsius == 25 and t.kelvin == 298
del t.celsius
assert t._c is None
assert Temperature.celsius.__doc__ == "degrees Celsius"
assert isinstance(Temperature.__dict__['celsius'], property)
raises(AttributeError, lambda: setattr(t, 'kelvin', 1), "property 'kelvin' of 'Temperature' object has no setter")
raises(AttributeError, lambda: delattr(t, 'kelvin'), "property 'kelvin' of 'Temperature' object has no deleter")
p = property()
raises(AttributeError, lambda: p.__get__(t, Temperature), "property of 'Temperature' object has no getter")
assert p.__get__(None, Temperature) is p
assert p.fget is None and p.fset is None and p.fdel is None
q = property(lambda self: 7, doc="seven")
assert q.__doc__ == "seven" and q.__get__(t) == 7
# a property is a data descriptor: it wins over the instance dict
t.__dict__['kelvin'] = 'shadow'
assert t.kelvin == 273 + t._c if t._c is not None else True

class Counter:
    count = 0
    @classmethod
    def make(cls, n):
        return (cls, n)
    @staticmethod
    def add(a, b):
        return a + b

class SubCounter(Counter):
    pass

assert Counter.make(1) == (Counter, 1)
assert SubCounter.make(2) == (SubCounter, 2)
assert SubCounter().make(3) == (SubCounter, 3)
assert Counter.add(2, 3) == 5 and Counter().add(4, 5) == 9
assert Counter.__dict__['add'].__func__(1, 1) == 2
assert isinstance(Counter.__dict__['make'], classmethod)
assert Counter.__dict__['add'](10, 1) == 11   # staticmethod objects are callable (3.10+)
assert repr(staticmethod(len)) == "<staticmethod(<built-in function len>)>"
assert repr(classmethod(len)) == "<classmethod(<built-in function len>)>"
bound = Counter.make
assert bound.__self__ is Counter and bound.__func__ is Counter.__dict__['make'].__func__

log = []
class Verbose:
    def __set_name__(self, owner, name):
        self.name = name
        log.append((owner.__name__, name))
    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance.__dict__.get(self.name, 'default') + '!'
    def __set__(self, instance, value):
        instance.__dict__[self.name] = value.upper()

class Holder:
    field = Verbose()
    other = Verbose()

assert log == [('Holder', 'field'), ('Holder', 'other')]
h = Holder()
assert h.field == 'default!'
h.field = 'abc'
assert h.field == 'ABC!'
assert isinstance(Holder.field, Verbose)

class NonData:
    def __get__(self, instance, owner=None):
        return 'from descriptor'

class UsesNonData:
    attr = NonData()

u = UsesNonData()
assert u.attr == 'from descriptor'
u.attr = 'instance value'      # non-data descriptors are shadowed by the instance dict
assert u.attr == 'instance value'
del u.attr
assert u.attr == 'from descriptor'

class Slotted:
    __slots__ = ('x', 'y')
    def __init__(self):
        self.x = 1

s = Slotted()
assert s.x == 1
raises(AttributeError, lambda: s.y, "'Slotted' object has no attribute 'y'")
s.y = 2
assert (s.x, s.y) == (1, 2)
del s.y
raises(AttributeError, lambda: s.y)
raises(AttributeError, lambda: setattr(s, 'z', 3), "'Slotted' object has no attribute 'z'")
raises(AttributeError, lambda: s.__dict__)
assert type(Slotted.x).__name__ == 'member_descriptor'
assert repr(Slotted.x) == "<member 'x' of 'Slotted' objects>"

class SlottedChild(Slotted):
    __slots__ = ('z',)

c = SlottedChild()
c.x, c.z = 5, 6
assert (c.x, c.z) == (5, 6)

class WithDictSlot:
    __slots__ = ('a', '__dict__')

w = WithDictSlot()
w.a = 1
w.b = 2
assert w.__dict__ == {'b': 2}

raises(ValueError, lambda: type('Bad', (), {'__slots__': ('v',), 'v': 1}), "'v' in __slots__ conflicts with class variable")

class Private:
    __slots__ = ('__secret',)
    def set(self, v):
        self.__secret = v
    def get(self):
        return self.__secret

pv = Private()
pv.set(9)
assert pv.get() == 9 and '_Private__secret' in Private.__dict__

# functions are non-data descriptors
def method(self):
    return self
class Plain:
    pass
obj = Plain()
bound = method.__get__(obj, Plain)
assert bound() is obj and bound.__self__ is obj
assert method.__get__(None, Plain) is method

# getset descriptors on builtin types
assert repr(type.__dict__['__name__']) == "<attribute '__name__' of 'type' objects>"
raises(TypeError, lambda: setattr(int, 'x', 1), "cannot set 'x' attribute of immutable type 'int'")
raises(AttributeError, lambda: object().__dict__, "'object' object has no attribute '__dict__'")
raises(AttributeError, lambda: setattr(object(), 'x', 1), "'object' object has no attribute 'x'")
print("ok")

# property, classmethod and staticmethod can be subclassed
class abstract_classmethod(classmethod):
    __isabstractmethod__ = True
    def __init__(self, function):
        function.__isabstractmethod__ = True
        super().__init__(function)

class UsesAbstract:
    @abstract_classmethod
    def build(cls):
        return cls

assert UsesAbstract.build() is UsesAbstract
assert UsesAbstract.__dict__['build'].__isabstractmethod__ is True
assert UsesAbstract.__dict__['build'].__func__.__isabstractmethod__ is True

class upper_property(property):
    def __get__(self, instance, owner=None):
        value = super().__get__(instance, owner)
        return value.upper() if isinstance(value, str) else value

class Named:
    @upper_property
    def name(self):
        return 'widget'
    @name.setter
    def name(self, value):
        self.stored = value

n = Named()
assert n.name == 'WIDGET'
n.name = 'x'
assert n.stored == 'x' and type(Named.__dict__['name']) is upper_property
print("ok subclassing")
