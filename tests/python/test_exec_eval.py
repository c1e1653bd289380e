# eval/exec/compile: modes exec, eval and single, str or code object sources, globals and
# locals dicts, the caller's namespaces by default, SyntaxError from the front end.
import sys

def raises(exc_type, message, function, *args, **kwargs):
    try:
        function(*args, **kwargs)
    except exc_type as e:
        assert type(e) is exc_type, (type(e), exc_type)
        if message is not None:
            assert str(e) == message, (str(e), message)
        return e
    raise AssertionError("no " + exc_type.__name__)

# eval
assert eval("1 + 2") == 3
assert eval("  \t  40 + 2") == 42
assert eval("x * 2", {"x": 21}) == 42
assert eval("x + y", {"x": 1}, {"y": 2}) == 3
assert eval("[a for a in range(3)]") == [0, 1, 2]
assert eval("lambda q: q + 1")(1) == 2
g = {}
assert eval("len('abc')", g) == 3 and g["__builtins__"] is not None and "__builtins__" in g
x_module_level = 7
assert eval("x_module_level") == 7

def uses_locals():
    here = 5
    return eval("here + 1"), eval("here", {"here": 9}), eval("here", {}, {"here": 10})
assert uses_locals() == (6, 9, 10)

def closure_value():
    v = "outer"
    def inner():
        return eval("v")  # v is not a local of inner: eval sees globals only
    return inner
raises(NameError, "name 'v' is not defined", closure_value())

# exec
ns = {}
assert exec("a = 1\nb = a + 1", ns) is None
assert ns["a"] == 1 and ns["b"] == 2
g, l = {"g": 1}, {}
exec("x = g + 1\ndef f(): return g", g, l)
assert l["x"] == 2 and "x" not in g and l["f"]() == 1
exec("global gg\ngg = 3", g, l)
assert g["gg"] == 3 and "gg" not in l
exec("made_here = 'yes'")
assert made_here == "yes"

def exec_in_function():
    exec("local_made = 1")
    try:
        local_made
    except NameError as e:
        seen = str(e)
    # CPython 3.12: locals() is one dict per frame, refreshed from the real locals at each
    # call, so the key exec() added to it stays.
    return seen, locals()["local_made"], locals() is locals()
assert exec_in_function() == ("name 'local_made' is not defined", 1, True)

def exec_sees_locals():
    k = 5
    out = {}
    exec("out['k'] = k")
    return out["k"]
assert exec_sees_locals() == 5

ns = {}
exec("class C:\n    attr = 1\n    def m(self): return self.attr + 1\nresult = C().m()", ns)
assert ns["result"] == 2 and ns["C"].__name__ == "C"
ns = {}
exec("def gen():\n    yield from_outer\nfrom_outer = 4\nvalue = list(gen())", ns)
assert ns["value"] == [4]
ns = {}
exec("import sys as s\nm = s.maxsize", ns)
assert ns["m"] == sys.maxsize

# compile
code = compile("a + 1", "<expr>", "eval")
assert type(code).__name__ == "code"
assert eval(code, {"a": 1}) == 2 and eval(code, {"a": 2}) == 3
code = compile("z = 10", "<stmt>", "exec")
ns = {}
assert exec(code, ns) is None and ns["z"] == 10
assert eval(compile("z = 11", "<stmt>", "exec"), ns) is None and ns["z"] == 11
raises(TypeError, "compile() arg 1 must be a string, bytes or AST object", compile, code, "ignored", "exec")
code = compile(source="1", filename="f", mode="eval", flags=0, dont_inherit=True, optimize=0)
assert eval(code) == 1

# 'single': expression statements print their repr through sys.displayhook (None prints
# nothing) and set builtins._
shown = []
old_hook = sys.displayhook
sys.displayhook = shown.append
try:
    exec(compile("1 + 1\n", "<single>", "single"))
    exec(compile("None\n", "<single>", "single"))
    exec(compile("if True:\n    'a'\n    'b'\n", "<single>", "single"))
    exec(compile("x_single = 3\n", "<single>", "single"))
finally:
    sys.displayhook = old_hook
assert shown == [2, None, "a", "b"], shown
assert x_single == 3
assert sys.__displayhook__ is sys.displayhook
import builtins
sys.displayhook(None)
sys.displayhook(41)  # prints 41
assert builtins._ == 41

raises(ValueError, "compile() mode must be 'exec', 'eval' or 'single'", compile, "1", "f", "bad")
raises(TypeError, "exec() arg 1 must be a string, bytes or code object", exec, 1)
raises(TypeError, "eval() arg 1 must be a string, bytes or code object", eval, None)
raises(TypeError, "compile() arg 1 must be a string, bytes or AST object", compile, 1, "f", "exec")
raises(TypeError, "globals must be a real dict; try eval(expr, {}, mapping)", eval, "1", [])
raises(TypeError, "globals must be a dict", eval, "1", 5)
raises(TypeError, "exec() globals must be a dict, not list", exec, "1", [])
raises(TypeError, "locals must be a mapping", eval, "1", {}, 5)
raises(TypeError, "locals must be a mapping or None, not int", exec, "1", {}, 5)
raises(ValueError, "compile(): unrecognised flags", compile, "1", "f", "exec", 1 << 30)
raises(TypeError, "eval expected at most 3 arguments, got 4", eval, "1", {}, {}, 4)
raises(TypeError, "eval expected at least 1 argument, got 0", eval)
raises(TypeError, "compile() missing required argument 'mode' (pos 3)", compile, "1", "f")

# SyntaxError from the front end, with CPython's attributes.
e = raises(SyntaxError, "invalid syntax (<string>, line 1)", eval, "1 +")
assert (e.msg, e.filename, e.lineno) == ("invalid syntax", "<string>", 1)
e = raises(SyntaxError, "'(' was never closed (<string>, line 1)", exec, "x = (", {})
assert e.offset == 5 and e.text.rstrip("\n") == "x = (", (e.offset, e.text)
e = raises(SyntaxError, "invalid syntax (f, line 1)", compile, "x=1", "f", "eval")
e = raises(SyntaxError, None, compile, "1+1\n2", "<s>", "single")
assert e.msg == "multiple statements found while compiling a single statement", e.msg
e = raises(SyntaxError, "'return' outside function (<string>, line 2)", exec, "x = 1\nreturn x")
assert e.lineno == 2
try:
    exec("  x = 1")
    raise AssertionError("no error")
except SyntaxError as e:  # IndentationError, a SyntaxError
    assert str(e) == "unexpected indent (<string>, line 1)" and e.msg == "unexpected indent"
raises(SyntaxError, "source code string cannot contain null bytes", exec, "x = 1\0")

# Exceptions raised by exec'd code propagate unchanged.
raises(ZeroDivisionError, "division by zero", exec, "1 / 0")
raises(NameError, "name 'undefined_thing' is not defined", eval, "undefined_thing", {})

# Locals that are a mapping but not a dict: names go through __getitem__/__setitem__/__delitem__.
class Recorder(dict):
    def __getitem__(self, key):
        if key == "magic":
            return 42
        return super().__getitem__(key)
r = Recorder()
exec("x = magic + 1\ny = x * 2", {}, r)
assert sorted(r.items()) == [("x", 43), ("y", 86)]
class M:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        if k == "auto":
            return "A"
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
m = M()
exec("a = auto\nb = a * 2\ndel a\nimport sys as s\nfrom import_data.star_plain import *", {}, m)
assert sorted(m.d) == ["b", "s", "visible"]
assert eval("auto + b", {}, m) == "AAA"
raises(NameError, "name 'nothere' is not defined", eval, "nothere", {}, m)
raises(NameError, "name 'nothere' is not defined", exec, "del nothere", {}, m)
assert eval("locals() is m", {"m": m}, m)
exec("z: int = 1", {}, m)
assert m.d["__annotations__"] == {"z": int} and m.d["z"] == 1
assert eval("[q for q in range(3)]", {}, m) == [0, 1, 2]

# Nested exec/eval.
assert eval("eval('6 * 7')") == 42
ns = {}
exec("exec('inner = 1')", ns)
assert ns["inner"] == 1
print("ok")
