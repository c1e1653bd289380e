# sys's descriptive attributes: version_info and the other struct sequences (tuples with named
# fields), implementation (a types.SimpleNamespace), and the scalar facts programs test.
import sys
import types

v = sys.version_info
assert v[:2] == (3, 12) and v.major == 3 and v.minor == 12 and v.releaselevel == 'final' and v.serial == 0
assert isinstance(v, tuple) and len(v) == 5 and v >= (3, 8) and v < (4,)
assert repr(v).startswith("sys.version_info(major=3, minor=12, micro=")
assert type(v).__name__ == 'version_info' and type(v).__module__ == 'sys'
major, minor, *rest = v
assert (major, minor) == (3, 12)
assert sys.hexversion >> 16 == 0x030C
assert sys.flags.optimize == 0 and sys.flags.int_max_str_digits == 4300 and sys.flags.dev_mode is False
assert isinstance(sys.flags, tuple) and len(sys.flags) == 18
assert sys.float_info.max == 1.7976931348623157e+308 and sys.float_info.mant_dig == 53
assert sys.float_info.epsilon == 2.220446049250313e-16 and sys.float_info.dig == 15
assert sys.hash_info.inf == 314159 and sys.hash_info.nan == 0 and sys.hash_info.imag == 1000003
if sys.maxsize > 2**32:   # a 64-bit build (the oracle may be 32-bit WebAssembly)
    assert sys.hash_info.modulus == 2**61 - 1 and sys.hash_info.width == 64 and sys.maxsize == 2**63 - 1
assert sys.int_info.default_max_str_digits == 4300
assert sys.maxunicode == 0x10FFFF and sys.byteorder == 'little'
assert sys.warnoptions == [] and sys._xoptions == {} and sys.float_repr_style == 'short'
impl = sys.implementation
assert isinstance(impl.name, str) and impl.version == sys.version_info and impl.hexversion == sys.hexversion
assert type(impl) is types.SimpleNamespace

ns = types.SimpleNamespace(a=1, b='x')
assert repr(ns) == "namespace(a=1, b='x')" and ns.a == 1
ns.c = [1]
assert vars(ns) == {'a': 1, 'b': 'x', 'c': [1]}
assert types.SimpleNamespace(a=1) == types.SimpleNamespace(a=1) != types.SimpleNamespace(a=2)
assert repr(types.SimpleNamespace()) == 'namespace()'
loop = types.SimpleNamespace()
loop.me = loop
assert repr(loop) == 'namespace(me=namespace(...))'
try:
    types.SimpleNamespace({'k': 1})
except TypeError as e:
    assert str(e) == "no positional arguments expected"
else:
    raise AssertionError("3.12's SimpleNamespace takes keywords only")
try:
    hash(ns)
except TypeError as e:
    assert str(e) == "unhashable type: 'types.SimpleNamespace'" or "unhashable" in str(e)
else:
    raise AssertionError("SimpleNamespace is unhashable")
print("ok")
