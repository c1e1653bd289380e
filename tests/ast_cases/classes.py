# Class definitions: bases, keywords, decorators, nesting, empty parentheses.
class Empty:
    pass

class EmptyParens():
    pass

class Derived(Base):
    x = 1

class Multiple(A, B, metaclass=Meta, extra=1):
    def method(self):
        return self

class Starred(*bases, **kwds):
    pass

@dataclass
@register(kind='x')
class Decorated:
    name: str
    value: int = 0

class Outer:
    class Inner:
        class Innermost:
            pass
    def __init__(self):
        self.inner = self.Inner()

class WithDocstring:
    """Docstring."""
    __slots__ = ('a', 'b')

    @property
    def a(self):
        return self._a

    @a.setter
    def a(self, v):
        self._a = v

    @staticmethod
    def s(): ...

    @classmethod
    def c(cls): ...

class Attr(module.Base, other.Mixin[int]):
    ...
