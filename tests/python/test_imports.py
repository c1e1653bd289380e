# Imports: modules and packages from the script's directory, `import a.b`, `as` names,
# `from ... import`, sys.modules caching, ModuleNotFoundError/ImportError, and the sys
# module (argv, recursion limit, exit).
import sys
import import_data.values
import import_data.values as values_again
from import_data.values import bump, VALUE as V
from import_data import twice, NAME
from import_data.subpackage import DEPTH
import import_data.subpackage

assert import_data.values.bump(import_data.values.VALUE) == 42 and values_again is import_data.values
assert bump(V) == 42 and twice(5) == 10 and NAME == "import_data" and DEPTH == 2
assert import_data.values.loaded_as == "import_data.values" and __name__ == "__main__"
assert import_data.subpackage.DEPTH == 2
assert sys.modules["import_data.values"] is import_data.values
assert len(sys.argv) == 1 and sys.argv[0].endswith("test_imports.py"), sys.argv

limit = sys.getrecursionlimit()
sys.setrecursionlimit(200)
def deep(n):
    return 0 if n == 0 else deep(n - 1) + 1
try:
    deep(500)
    raise AssertionError("no RecursionError")
except RecursionError:
    pass
sys.setrecursionlimit(limit)
assert deep(500) == 500

try:
    import no_such_module_here
except ModuleNotFoundError as e:
    assert str(e) == "No module named 'no_such_module_here'"
try:
    from import_data.values import missing_name
except ImportError as e:
    assert str(e).startswith("cannot import name 'missing_name' from 'import_data.values'"), str(e)

try:
    sys.exit(0)
except SystemExit as e:
    assert e.args == (0,)
