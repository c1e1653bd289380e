# `from module import *`: __all__ decides (private names included when listed), otherwise
# every name not starting with '_'; errors for bad __all__ entries; submodules in __all__.
from import_data.star_all import *
assert public == 1 and _listed_private == 2
try:
    not_listed
    raise AssertionError("no error")
except NameError as e:
    assert str(e) == "name 'not_listed' is not defined"

from import_data.star_plain import *
assert visible == "v"
for name in ("_hidden", "__dunder__", "_sys_alias"):
    assert name not in globals(), name
try:
    _hidden
    raise AssertionError("no error")
except NameError as e:
    assert str(e) == "name '_hidden' is not defined"

from import_data.star_tuple_all import *
assert (first, second) == (1, 2) and "third" not in globals()

try:
    from import_data.star_bad_all import *
    raise AssertionError("no error")
except AttributeError as e:
    assert str(e) == "module 'import_data.star_bad_all' has no attribute 'missing_name'", str(e)

try:
    from import_data.star_nonstr_all import *
    raise AssertionError("no error")
except TypeError as e:
    assert str(e) == "Item in import_data.star_nonstr_all.__all__ must be str, not int", str(e)

try:
    from import_data.star_dict_keys import *
    raise AssertionError("no error")
except TypeError as e:
    assert str(e) == "Key in import_data.star_dict_keys.__dict__ must be str, not int", str(e)

# A submodule named in a package's __all__ is imported.
from import_data.starpkg import *
assert TOP == "top" and sub_a.A == "a"


# exec() with its own namespace.
ns = {}
exec("from import_data.star_plain import *", ns)
assert ns["visible"] == "v" and "_hidden" not in ns

# Not allowed inside a function: a SyntaxError at compile time.
try:
    compile("def f():\n    from sys import *\n", "<s>", "exec")
    raise AssertionError("no error")
except SyntaxError as e:
    assert e.msg == "import * only allowed at module level", e.msg
print("ok")
