# Relative imports (from . / .. / ...), __package__, __import__ with its arguments, and
# circular imports: CPython 3.12's partially-initialised module messages.
import sys
import import_data.relpkg as r
from import_data.relpkg import sub

assert r.PACKAGE_SEEN == "import_data.relpkg" and r.__package__ == "import_data.relpkg"
assert r.leaf.PACKAGE_SEEN == "import_data.relpkg" and r.leaf.__package__ == "import_data.relpkg"
assert r.LEAF_AGAIN == "leaf"
assert r.deep.DEEP == "leaf-deep" and r.deep.PACKAGE_SEEN == "import_data.relpkg.sub"
assert r.deep.sub_name_attr == "import_data.relpkg.sub"
assert r.deep.top_values is sys.modules["import_data.values"]
assert sub.parent_leaf is r.leaf and sub.LEAF == "leaf" and sub.PACKAGE_SEEN == "import_data.relpkg.sub"
assert __package__ is None and __spec__ is None
import import_data.values
assert import_data.values.__package__ == "import_data"

try:
    r.deep.too_far()
    raise AssertionError("no error")
except ImportError as e:
    assert type(e) is ImportError and str(e) == "attempted relative import beyond top-level package", str(e)

try:
    from . import x
    raise AssertionError("no error")
except ImportError as e:
    assert str(e) == "attempted relative import with no known parent package"

# Relative imports in exec'd code use the globals' __package__ / __name__.
ns = {"__name__": "import_data.relpkg.leaf", "__package__": None}
exec("from . import leaf as got\nfrom .sub import deep", ns)
assert ns["got"] is r.leaf and ns["deep"] is r.deep
ns = {"__name__": "import_data.relpkg", "__path__": [], "__package__": None}
exec("from . import leaf as got", ns)
assert ns["got"] is r.leaf
try:
    exec("from . import x", {})
    raise AssertionError("no error")
except KeyError as e:
    assert str(e) == "\"'__name__' not in globals\"", str(e)
try:
    exec("from . import x", {"__name__": "solo"})
    raise AssertionError("no error")
except ImportError as e:
    assert str(e) == "attempted relative import with no known parent package"

# __import__
m = __import__("import_data.relpkg.leaf")
assert m is sys.modules["import_data"]
m = __import__("import_data.relpkg.leaf", fromlist=["x"])
assert m is r.leaf
m = __import__("leaf", globals={"__package__": "import_data.relpkg"}, level=1)
assert m is r.leaf
m = __import__("sub.deep", {"__package__": "import_data.relpkg"}, None, [], 1)
assert m is sub
m = __import__("", globals={"__name__": "import_data.relpkg.leaf", "__package__": None}, fromlist=["leaf"], level=1)
assert m is r
m = __import__("import_data.subpackage", fromlist=("DEPTH",))
assert m.DEPTH == 2
m = __import__("import_data", fromlist=["star_plain"])
assert m.star_plain.visible == "v" and sys.modules["import_data.star_plain"] is m.star_plain
m = __import__("import_data", fromlist=["no_such_submodule"])
assert m is sys.modules["import_data"]
assert __import__("sys") is sys

def raises(exc_type, message, function, *args, **kwargs):
    try:
        function(*args, **kwargs)
    except exc_type as e:
        assert type(e) is exc_type, (type(e), exc_type)
        assert str(e) == message, (str(e), message)
        return e
    raise AssertionError("no " + exc_type.__name__)

raises(ValueError, "level must be >= 0", __import__, "x", level=-1)
raises(ValueError, "Empty module name", __import__, "")
raises(TypeError, "module name must be a string", __import__, 1)
raises(ImportError, "attempted relative import with no known parent package", __import__, "x", {"__name__": "solo"}, None, (), 1)
raises(TypeError, "package must be a string", __import__, "x", {"__package__": 3}, None, (), 1)
raises(ModuleNotFoundError, "No module named 'nope'", __import__, "x", {"__package__": "nope"}, None, (), 1)
raises(ImportError, "attempted relative import beyond top-level package", __import__, "x", {"__package__": "nope.a"}, None, (), 3)
raises(KeyError, "\"'__name__' not in globals\"", __import__, "x", {}, None, (), 1)
raises(ModuleNotFoundError, "No module named 'import_data.nothing'", __import__, "import_data.nothing")

# Missing names: the module's path in the message, and name/path attributes.
try:
    from import_data.values import nothing_here
    raise AssertionError("no error")
except ImportError as e:
    assert str(e).startswith("cannot import name 'nothing_here' from 'import_data.values' (") and str(e).endswith("values.py)"), str(e)
    assert e.name == "import_data.values" and e.path.endswith("import_data/values.py")
try:
    from import_data import nothing_here
    raise AssertionError("no error")
except ImportError as e:
    assert str(e).startswith("cannot import name 'nothing_here' from 'import_data' (") and str(e).endswith("__init__.py)"), str(e)
try:
    from sys import nothing_here
    raise AssertionError("no error")
except ImportError as e:
    assert str(e) == "cannot import name 'nothing_here' from 'sys' (unknown location)", str(e)

# Circular imports.
try:
    import import_data.circ.a
    raise AssertionError("no error")
except ImportError as e:
    message = str(e)
    assert message.startswith("cannot import name 'A' from partially initialized module 'import_data.circ.a' "
                              "(most likely due to a circular import) ("), message
    assert message.endswith("circ/a.py)"), message
assert "import_data.circ.a" not in sys.modules
import import_data.circ.c
assert import_data.circ.d.D == "cannot access submodule 'c' of module 'import_data.circ' (most likely due to a circular import)"
assert import_data.circ.d.later() == 3
import import_data.circ.e
assert import_data.circ.f.SEEN == "partially initialized module 'import_data.circ.e' has no attribute 'E' (most likely due to a circular import)", import_data.circ.f.SEEN
try:
    import_data.circ.nothing
    raise AssertionError("no error")
except AttributeError as e:
    assert str(e) == "module 'import_data.circ' has no attribute 'nothing'"

# A module with a syntax error: SyntaxError with CPython's attributes.
try:
    import import_data.bad_syntax
    raise AssertionError("no error")
except SyntaxError as e:
    assert e.msg == "'(' was never closed" and e.lineno == 3 and e.offset == 5, (e.msg, e.lineno, e.offset)
    assert e.filename.endswith("import_data/bad_syntax.py") and e.text == "y = (\n", (e.filename, e.text)
    assert str(e).startswith("'(' was never closed (") and str(e).endswith("bad_syntax.py, line 3)"), str(e)
assert "import_data.bad_syntax" not in sys.modules

# PEP 562: a module's __getattr__.
import import_data.lazy_attrs as lazy
assert lazy.anything == "lazy:anything" and lazy.real == 1
from import_data.lazy_attrs import other
assert other == "lazy:other"
print("ok")
