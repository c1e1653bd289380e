# PEP 695 at run time: generic defs and classes, `type` aliases (lazy values), TypeVar,
# ParamSpec, TypeVarTuple and TypeAliasType objects, typing.Generic in generic classes'
# bases, and the aliases subscription makes (Generic[T], C[int], list[int], X[int]).
from _typing import TypeVar, ParamSpec, TypeVarTuple, TypeAliasType, Generic, ParamSpecArgs, ParamSpecKwargs

def f[T: int, *Ts, **P](x: T, *a: *Ts, k: T = 3) -> T:
    return x
T, Ts, P = f.__type_params__
assert (repr(T), repr(Ts), repr(P)) == ("T", "Ts", "P")
assert type(T) is TypeVar and type(Ts) is TypeVarTuple and type(P) is ParamSpec
assert type(T).__name__ == "TypeVar" and type(T).__module__ == "typing" and T.__module__ == "typing"
assert T.__name__ == "T" and T.__bound__ is int and T.__constraints__ == ()
assert (T.__covariant__, T.__contravariant__, T.__infer_variance__) == (False, False, True)
assert repr(f.__annotations__) == "{'x': T, 'a': typing.Unpack[Ts], 'k': T, 'return': T}", repr(f.__annotations__)
assert f.__annotations__["x"] is T and f.__name__ == "f" and f.__qualname__ == "f" and f(5) == 5
assert f(1, k=2) == 1 and f.__defaults__ is None
assert repr(P.args) == "P.args" and repr(P.kwargs) == "P.kwargs" and P.args.__origin__ is P
assert type(P.args) is ParamSpecArgs and type(P.kwargs) is ParamSpecKwargs and P.args == P.args
assert repr([*Ts]) == "[typing.Unpack[Ts]]"

def g[T](x=1, *, y=2):
    return x, y
assert g() == (1, 2) and g.__defaults__ == (1,) and len(g.__type_params__) == 1
assert g.__type_params__[0] is not T  # each definition makes its own

def h[T: (int, str), U: undefined]():
    pass
T2, U2 = h.__type_params__
assert T2.__constraints__ == (int, str) and T2.__bound__ is None
try:
    U2.__bound__
    raise AssertionError("no error")
except NameError as e:
    assert str(e) == "name 'undefined' is not defined"

def noparams(): pass
class NP: pass
assert noparams.__type_params__ == () and NP.__type_params__ == ()

class Base: pass
class C[T](Base):
    def m(self) -> T:
        return T
    attr: T
CT = C.__type_params__[0]
assert C.__bases__ == (Base, Generic) and C.__mro__ == (C, Base, Generic, object)
assert repr(C.__orig_bases__) == "(<class '__main__.Base'>, typing.Generic[T])", repr(C.__orig_bases__)
assert C.__type_params__ == (CT,) and C.__parameters__ == (CT,)
assert C().m() is CT and C.__annotations__ == {"attr": CT}
assert C.__name__ == "C" and C.__qualname__ == "C" and C.m.__qualname__ == "C.m"
alias = C[int]
assert repr(alias) == "__main__.C[int]" and type(alias).__name__ == "_GenericAlias"
assert alias.__origin__ is C and alias.__args__ == (int,) and alias == C[int] and alias != C[str]
assert isinstance(alias(), C)
try:
    C[int, str]
    raise AssertionError("no error")
except TypeError as e:
    assert str(e) == "Too many arguments for <class '__main__.C'>; actual 2, expected 1", str(e)

class E[T, *Us, **Q]: pass
assert [type(p).__name__ for p in E.__type_params__] == ["TypeVar", "TypeVarTuple", "ParamSpec"]
assert E.__bases__ == (Generic,)

class D:
    def meth[T](self, x: T) -> T:
        return x
assert D.meth.__qualname__ == "D.meth" and D().meth(3) == 3 and len(D.meth.__type_params__) == 1

def outer():
    z = 1
    def inner[T](a: T) -> T:
        return a + z
    return inner
assert outer()(2) == 3 and outer().__qualname__ == "outer.<locals>.inner"

# Decorators run on the finished generic function / class.
def record(obj):
    record.seen = obj.__type_params__
    return obj
@record
def decorated[V](): pass
assert record.seen == decorated.__type_params__ and repr(record.seen) == "(V,)"

# type statements: TypeAliasType with a lazily evaluated value.
type X[T] = list[T]
assert repr(X) == "X" and type(X) is TypeAliasType and X.__name__ == "X" and X.__module__ == "__main__"
assert repr(X.__value__) == "list[T]" and X.__value__.__args__ == X.__type_params__
assert repr(X.__type_params__) == "(T,)" and X.__parameters__ == X.__type_params__
assert repr(X[int]) == "X[int]" and type(X[int]).__name__ == "GenericAlias" and X[int].__origin__ is X
type Y = undefined_thing
assert Y.__name__ == "Y" and Y.__type_params__ == ()
try:
    Y.__value__
    raise AssertionError("no error")
except NameError as e:
    assert str(e) == "name 'undefined_thing' is not defined"
undefined_thing = 42
assert Y.__value__ == 42
try:
    Y[int]
    raise AssertionError("no error")
except TypeError as e:
    assert str(e) == "Only generic type aliases are subscriptable"

# The objects made directly.
U = TypeVar("U")
assert repr(U) == "~U" and U.__module__ == "__main__" and U.__infer_variance__ is False
assert repr(TypeVar("V", covariant=True)) == "+V" and repr(TypeVar("W", contravariant=True)) == "-W"
assert repr(TypeVar("I", infer_variance=True)) == "I"
assert TypeVar("B", bound=int).__bound__ is int and TypeVar("N").__bound__ is None
assert TypeVar("CC", int, str).__constraints__ == (int, str)
assert repr(ParamSpec("PS")) == "~PS" and repr(TypeVarTuple("TT")) == "TT"
A = TypeAliasType("A", int)
assert repr(A) == "A" and A.__value__ is int and A.__type_params__ == () and A.__name__ == "A"
A2 = TypeAliasType("A2", list, type_params=(U,))
assert A2.__type_params__ == (U,) and repr(A2[int]) == "A2[int]"

def raises(exc_type, message, function):
    try:
        function()
    except exc_type as e:
        assert type(e) is exc_type and str(e) == message, (type(e), str(e))
        return
    raise AssertionError("no " + exc_type.__name__)
raises(TypeError, "A single constraint is not allowed", lambda: TypeVar("X", int))
raises(ValueError, "Bivariant types are not supported.", lambda: TypeVar("X", covariant=True, contravariant=True))
raises(TypeError, "Constraints cannot be combined with bound=...", lambda: TypeVar("X", int, str, bound=int))
raises(ValueError, "Variance cannot be specified with infer_variance.", lambda: TypeVar("X", infer_variance=True, covariant=True))
raises(TypeError, "typevar() argument 'name' must be str, not int", lambda: TypeVar(1))
raises(TypeError, "Parameters to Generic[...] must all be type variables or parameter specification variables.",
       lambda: Generic[int])
raises(TypeError, "Parameters to Generic[...] must all be unique", lambda: Generic[U, U])
raises(TypeError, "type_params must be a tuple", lambda: TypeAliasType("Z", int, type_params=[U]))
raises(TypeError, "Cannot subclass an instance of TypeVar", lambda: U.__mro_entries__(()))

# Annotation scopes in a class body see the class namespace (then globals).
class Outer:
    A = int
    def m[T: A](self): pass
    type X = A
    class Inner[V](A): pass
    class Bounded[V: A]: pass
assert Outer.m.__type_params__[0].__bound__ is int and Outer.X.__value__ is int
assert Outer.Inner.__bases__ == (int, Generic) and Outer.Bounded.__type_params__[0].__bound__ is int
assert "__classdict__" not in Outer.__dict__
only_global = "g"
class SeesGlobals:
    type G = only_global
assert SeesGlobals.G.__value__ == "g"

# __type_params__ is a class's own.
class FromGeneric(C[int]): pass
assert FromGeneric.__type_params__ == () and int.__type_params__ == () and "__type_params__" in C.__dict__

# Old-style generics: Generic[T] and C[int] as bases (__mro_entries__, __orig_bases__,
# __parameters__ from Generic.__init_subclass__).
class Old(Generic[U]): pass
assert Old.__parameters__ == (U,) and repr(Old.__orig_bases__) == "(typing.Generic[~U],)" and Old.__bases__ == (Generic,)
assert repr(Old[int]) == "__main__.Old[int]"
W2 = TypeVar("W2")
class Two(Generic[U, W2]): pass
class Sub(Two[int, W2]): pass
assert Sub.__parameters__ == (W2,) and repr(Sub.__orig_bases__) == "(__main__.Two[int, ~W2],)" and Sub.__bases__ == (Two,)
class Plain(Old): pass
assert Plain.__parameters__ == ()
try:
    class Bad(Generic[U], Generic[W2]): pass
    raise AssertionError("no error")
except TypeError as e:
    assert str(e) == "Cannot inherit from Generic[...] multiple times."

# Generic classes with class keywords.
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        ns["tagged"] = kw
        return super().__new__(m, name, bases, ns)
class K[T](metaclass=Meta, extra=1): pass
assert type(K) is Meta and K.tagged == {"extra": 1} and K.__parameters__ == K.__type_params__
class Init:
    def __init_subclass__(cls, **kw):
        cls.kw = kw
class J[T](Init, flag=True): pass
assert J.kw == {"flag": True} and J.__bases__ == (Init, Generic)

# Generic aliases.
assert repr(Generic[U]) == "typing.Generic[~U]" and Generic[U].__origin__ is Generic and Generic[U].__parameters__ == (U,)
assert repr(list[int]) == "list[int]" and repr(dict[str, list[int]]) == "dict[str, list[int]]"
assert repr(tuple[int, ...]) == "tuple[int, ...]" and repr(type[int]) == "type[int]" and repr(list[U]) == "list[~U]"
assert repr(tuple[()]) == "tuple[()]" and repr(list[C]) == "list[__main__.C]"
assert list[int] == list[int] and list[int] != list[str] and hash(list[int]) == hash(list[int])
assert list[int]("ab") == ["a", "b"] and list[int].__origin__ is list and list[int].__args__ == (int,)
assert dict[U, int].__parameters__ == (U,) and type(list[int]).__module__ == "types"
try:
    int[str]
    raise AssertionError("no error")
except TypeError as e:
    assert str(e) == "type 'int' is not subscriptable"
# Substituting type variables: list[T][int].
W3 = TypeVar("W3")
assert repr(list[U][int]) == "list[int]" and repr(dict[U, W3][str, int]) == "dict[str, int]"
assert repr(dict[U, list[U]][int]) == "dict[int, list[int]]" and type(list[U][int]).__name__ == "GenericAlias"
assert repr(Old[U][int]) == "__main__.Old[int]" and repr(X[U][str]) == "X[str]"
raises(TypeError, "Too many arguments for list[~U]; actual 2, expected 1", lambda: list[U][int, str])
raises(TypeError, "Too few arguments for dict[~U, ~W3]; actual 1, expected 2", lambda: dict[U, W3][int])
raises(TypeError, "list[int] is not a generic class", lambda: list[int][str])

# X | Y: types.UnionType, or typing.Union when a type variable takes part.
assert repr(int | str) == "int | str" and (int | int) is int and repr((int | str) | float) == "int | str | float"
assert repr(int | None) == "int | None" and repr(None | int) == "None | int" and type(int | str).__name__ == "UnionType"
assert type(int | str).__module__ == "types" and (int | str).__args__ == (int, str) and (int | None).__args__ == (int, type(None))
assert (int | str) == (str | int) and hash(int | str) == hash(str | int) and (int | str) != (int | float)
assert isinstance(3, int | str) and not isinstance(3.0, int | str) and issubclass(bool, int | str)
assert isinstance(None, int | None)
assert repr(list[int] | None) == "list[int] | None" and repr(int | list[str]) == "int | list[str]" and repr(int | str | int) == "int | str"
raises(TypeError, "unsupported operand type(s) for |: 'type' and 'int'", lambda: int | 3)
raises(TypeError, "unsupported operand type(s) for |: 'int' and 'type'", lambda: 3 | int)
raises(TypeError, "isinstance() argument 2 cannot be a parameterized generic", lambda: isinstance(3, list[int] | None))
assert repr(U | None) == "typing.Optional[~U]" and repr(None | U) == "typing.Optional[~U]"
assert repr(U | int | None) == "typing.Union[~U, int, NoneType]" and repr(int | U) == "typing.Union[int, ~U]"
assert repr((int | str) | U) == "typing.Union[int, str, ~U]" and type(U | None).__name__ == "_UnionGenericAlias"
assert (U | None).__args__ == (U, type(None)) and (int | U).__parameters__ == (U,) and (list[U] | None).__parameters__ == (U,)
def annotated(x: int | None = None) -> list[int] | dict[str, int]: pass
assert repr(annotated.__annotations__) == "{'x': int | None, 'return': list[int] | dict[str, int]}"
class Local: pass
assert repr(Local | None) == "__main__.Local | None"
print("ok")
