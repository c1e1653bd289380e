# BaseExceptionGroup / ExceptionGroup: construction rules and messages, exceptions/message,
# str/repr, split, subgroup (type, tuple or predicate), derive, subclasses, metadata copies.


def raises(exc_type, message, f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except exc_type as e:
        assert type(e) is exc_type, (type(e), exc_type)
        assert str(e) == message, (str(e), message)
        return e
    raise AssertionError(f"{exc_type.__name__} not raised")


# ---------------------------------------------------------------- construction
g = BaseExceptionGroup("m", [ValueError(1)])
assert type(g) is ExceptionGroup  # all Exceptions: an ExceptionGroup
g = BaseExceptionGroup("m", [KeyboardInterrupt()])
assert type(g) is BaseExceptionGroup
g = BaseExceptionGroup("m", (ValueError(1), KeyboardInterrupt()))
assert type(g) is BaseExceptionGroup
raises(TypeError, "Cannot nest BaseExceptions in an ExceptionGroup", ExceptionGroup, "m", [KeyboardInterrupt()])
raises(ValueError, "second argument (exceptions) must be a non-empty sequence", ExceptionGroup, "m", [])
raises(ValueError, "second argument (exceptions) must be a non-empty sequence", ExceptionGroup, "m", ())
raises(TypeError, "second argument (exceptions) must be a sequence", ExceptionGroup, "m", 3)
raises(TypeError, "second argument (exceptions) must be a sequence", ExceptionGroup, "m", {ValueError()})
raises(TypeError, "second argument (exceptions) must be a sequence", ExceptionGroup, "m", {1: 2})
raises(ValueError, "Item 0 of second argument (exceptions) is not an exception", ExceptionGroup, "m", [3])
raises(ValueError, "Item 1 of second argument (exceptions) is not an exception", ExceptionGroup, "m", [ValueError(), ValueError])
raises(TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not int", ExceptionGroup, 3, [ValueError()])
raises(TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (1 given)", ExceptionGroup, "m")
raises(TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (3 given)", ExceptionGroup, "m", [ValueError()], 3)
raises(TypeError, "ExceptionGroup() takes no keyword arguments", lambda: ExceptionGroup("m", [ValueError()], x=1))
raises(TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (0 given)",
       lambda: ExceptionGroup(message="m", exceptions=[ValueError()]))

# ---------------------------------------------------------------- attributes, str, repr
excs = [ValueError(1), TypeError(2)]
g = ExceptionGroup("msg", excs)
assert g.message == "msg"
assert type(g.exceptions) is tuple and g.exceptions == tuple(excs)
assert g.exceptions[0] is excs[0]
assert g.args == ("msg", excs) and g.args[1] is excs
assert str(g) == "msg (2 sub-exceptions)"
assert str(ExceptionGroup("one", [ValueError(1)])) == "one (1 sub-exception)"
assert repr(g) == "ExceptionGroup('msg', [ValueError(1), TypeError(2)])"
assert repr(BaseExceptionGroup("b", (KeyboardInterrupt(),))) == "BaseExceptionGroup('b', (KeyboardInterrupt(),))"
excs.append(KeyError(3))  # the exceptions tuple is a copy
assert len(g.exceptions) == 2
assert isinstance(g, Exception) and isinstance(g, BaseExceptionGroup)
assert not isinstance(BaseExceptionGroup("b", [KeyboardInterrupt()]), Exception)

# ---------------------------------------------------------------- split / subgroup
eg = ExceptionGroup("m", [ValueError(1), TypeError(2), ExceptionGroup("n", [ValueError(3), KeyError(4)])])
match, rest = eg.split(ValueError)
assert repr(match) == "ExceptionGroup('m', [ValueError(1), ExceptionGroup('n', [ValueError(3)])])"
assert repr(rest) == "ExceptionGroup('m', [TypeError(2), ExceptionGroup('n', [KeyError(4)])])"
assert match.exceptions[0] is eg.exceptions[0]  # leaves are shared, groups are new
match, rest = eg.split(KeyError)
assert repr(match) == "ExceptionGroup('m', [ExceptionGroup('n', [KeyError(4)])])"
assert repr(rest) == "ExceptionGroup('m', [ValueError(1), TypeError(2), ExceptionGroup('n', [ValueError(3)])])"
match, rest = eg.split((KeyError, TypeError))
assert repr(match) == "ExceptionGroup('m', [TypeError(2), ExceptionGroup('n', [KeyError(4)])])"
assert repr(rest) == "ExceptionGroup('m', [ValueError(1), ExceptionGroup('n', [ValueError(3)])])"
seen = []


def predicate(e):
    seen.append(type(e).__name__)
    return isinstance(e, ValueError) and e.args[0] == 3


match, rest = eg.split(predicate)
assert repr(match) == "ExceptionGroup('m', [ExceptionGroup('n', [ValueError(3)])])"
assert seen[0] == "ExceptionGroup"  # the predicate sees the groups too
assert eg.split(ExceptionGroup) == (eg, None)  # the whole group matches
assert eg.split(BaseException) == (eg, None)
match, rest = eg.split(OSError)
assert match is None and rest is not eg and repr(rest) == repr(eg)  # the rest is always derived
assert rest.exceptions[2] is not eg.exceptions[2] and rest.exceptions[0] is eg.exceptions[0]
assert repr(eg.subgroup(ValueError)) == "ExceptionGroup('m', [ValueError(1), ExceptionGroup('n', [ValueError(3)])])"
assert eg.subgroup(OSError) is None
assert eg.subgroup(lambda e: True) is eg
for bad in (3, (ValueError, 3), int, "ValueError"):
    raises(TypeError, "expected a function, exception type or tuple of exception types", eg.split, bad)
    raises(TypeError, "expected a function, exception type or tuple of exception types", eg.subgroup, bad)

# ---------------------------------------------------------------- derive
d = eg.derive([KeyError()])
assert repr(d) == "ExceptionGroup('m', [KeyError()])"
d = eg.derive([KeyboardInterrupt()])
assert type(d) is BaseExceptionGroup
d = BaseExceptionGroup("m", [KeyboardInterrupt()]).derive([KeyError()])
assert type(d) is ExceptionGroup


# ---------------------------------------------------------------- subclasses
class MyEG(ExceptionGroup):
    pass


g = MyEG("m", [ValueError(1), KeyError()])
assert type(g) is MyEG and isinstance(g, ExceptionGroup)
match, rest = g.split(ValueError)
assert type(match) is ExceptionGroup and type(rest) is ExceptionGroup  # parts come from derive
assert MyEG("m", [ValueError(1)]).split(ValueError)[1] is None


class MyBaseEG(BaseExceptionGroup):
    pass


assert type(MyBaseEG("m", [ValueError(1)])) is MyBaseEG  # no ExceptionGroup swap for subclasses
assert type(MyBaseEG("m", [KeyboardInterrupt()])) is MyBaseEG


class MixedEG(Exception, BaseExceptionGroup):
    pass


raises(TypeError, "Cannot nest BaseExceptions in 'MixedEG'", MixedEG, "m", [KeyboardInterrupt()])


class DerivingEG(ExceptionGroup):
    def __init__(self, message, excs, code=0):
        super().__init__(message, excs)
        self.code = code

    def derive(self, excs):
        return DerivingEG(self.message, excs, code=self.code)


# a subclass keeping extra state overrides derive
g = DerivingEG("m", [ValueError(1), TypeError(2)], code=7)
assert g.code == 7 and g.message == "m"
match, rest = g.split(ValueError)
assert type(match) is DerivingEG and match.code == 7 and type(rest) is DerivingEG


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 3


raises(TypeError, "derive must return an instance of BaseExceptionGroup",
       BadDerive("m", [ValueError(1), TypeError(2)]).split, ValueError)

# ---------------------------------------------------------------- metadata of the parts
e1 = ExceptionGroup("m", [ValueError(1), KeyError(2)])
e1.add_note("note")
cause = TypeError()
context = IndexError()
e1.__cause__ = cause
e1.__context__ = context
match, rest = e1.split(ValueError)
for part in (match, rest):
    assert part.__notes__ == ["note"] and part.__notes__ is not e1.__notes__
    assert part.__cause__ is cause and part.__context__ is context and part.__traceback__ is None
try:
    raise e1
except ExceptionGroup as caught_group:
    tb = caught_group.__traceback__
    assert tb is not None
    assert caught_group.subgroup(ValueError).__traceback__ is tb

# groups can hold groups and be raised and caught like any exception
try:
    raise ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError()])])
except ExceptionGroup as caught_group:
    assert caught_group.exceptions[0].exceptions[0].args == ()
print("ok")
