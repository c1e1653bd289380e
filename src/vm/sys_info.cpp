// The descriptive parts of sys: version_info, flags, float_info, int_info, hash_info (struct
// sequences: tuples with named fields), implementation (a types.SimpleNamespace), and the
// scalar facts (hexversion, maxunicode, warnoptions ...). The two small classes are written in
// Python and compiled when the interpreter starts.
#include <cfloat>
#include <climits>
#include <string>

#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/interpreter.h"
#include "vm/operations.h"
#include "vm/run.h"
#include "vm/sys_info.h"

namespace pyxis {

namespace {

// struct_sequence(name, module, fields) makes a tuple subclass with one property per field
// and CPython's repr; SimpleNamespace is types.SimpleNamespace.
constexpr const char* kSource = R"PY(
def struct_sequence(name, module, fields):
    def make_getter(index):
        return property(lambda self: self[index])
    namespace = {
        '__slots__': (),
        '__module__': module,
        '__qualname__': name,
        'n_fields': len(fields),
        'n_sequence_fields': len(fields),
        'n_unnamed_fields': 0,
        '_fields': tuple(fields),
    }
    def __new__(cls, sequence):
        values = tuple(sequence)
        if len(values) != len(fields):
            raise TypeError(f"{module}.{name}() takes a {len(fields)}-sequence ({len(values)}-sequence given)")
        return tuple.__new__(cls, values)
    def __repr__(self):
        return f"{module}.{name}(" + ", ".join(f"{field}={value!r}" for field, value in zip(fields, self)) + ")"
    def __reduce__(self):
        return (type(self), (tuple(self),))
    namespace['__new__'] = __new__
    namespace['__repr__'] = __repr__
    namespace['__reduce__'] = __reduce__
    for index, field in enumerate(fields):
        namespace[field] = make_getter(index)
    return type(name, (tuple,), namespace)

class SimpleNamespace:
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)
    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        active = _repr_active
        key = id(self)
        if key in active:
            return f"{name}(...)"
        active.add(key)
        try:
            return f"{name}(" + ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items()) + ")"
        finally:
            active.discard(key)
    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented
    __hash__ = None
    def __reduce__(self):
        return (type(self), (), dict(self.__dict__))

SimpleNamespace.__module__ = 'types'
_repr_active = set()
)PY";

}  // namespace

bool install_sys_info(Interpreter& interp, DictObject* sys) {
  Thread& thread = interp.main_thread();
  GilScope gil(thread);
  DictObject* scope = new_module_namespace(thread, "sys");
  if (exec_source(thread, kSource, "<sys>", scope).is_error()) return false;
  auto set = [&](const char* name, Value value) { dict_set(thread, sys, interp.intern(name), value); };
  Value struct_sequence = dict_get_str(scope, interp.intern("struct_sequence"));
  auto make = [&](const char* name, std::initializer_list<const char*> fields, std::initializer_list<Value> values) {
    std::vector<Value> names;
    for (const char* field : fields) names.push_back(interp.intern(field));
    Value args[3] = {interp.intern(name), interp.intern("sys"), to_value(tuple_from(thread, names.data(), names.size()))};
    Value type = call(thread, struct_sequence, args, 3);
    if (type.is_error()) return type;
    std::vector<Value> items(values);
    Value tuple = to_value(tuple_from(thread, items.data(), items.size()));
    return call(thread, type, &tuple, 1);
  };
  auto small = [](int64_t n) { return Value::small_int(n); };
  Value version_info = make("version_info", {"major", "minor", "micro", "releaselevel", "serial"},
                           {small(3), small(12), small(7), interp.intern("final"), small(0)});
  if (version_info.is_error()) return false;
  set("version_info", version_info);
  Value flags = make("flags",
                     {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
                      "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated",
                      "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"},
                     {small(0), small(0), small(0), small(0), small(1), small(0), small(0), small(0), small(0),
                      small(0), small(0), small(1), small(0), Value::false_(), small(0), small(0), Value::false_(),
                      small(interp.int_max_str_digits)});
  if (flags.is_error()) return false;
  set("flags", flags);
  Value float_info = make("float_info",
                          {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig",
                           "epsilon", "radix", "rounds"},
                          {Value::from_double(DBL_MAX), small(DBL_MAX_EXP), small(DBL_MAX_10_EXP),
                           Value::from_double(DBL_MIN), small(DBL_MIN_EXP), small(DBL_MIN_10_EXP), small(DBL_DIG),
                           small(DBL_MANT_DIG), Value::from_double(DBL_EPSILON), small(FLT_RADIX), small(1)});
  if (float_info.is_error()) return false;
  set("float_info", float_info);
  // Pyxis keeps big ints in GMP limbs; the digit fields describe CPython's layout, which
  // code uses only as sizes (fractions, decimal).
  Value int_info = make("int_info", {"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"},
                        {small(30), small(4), small(4300), small(640)});
  if (int_info.is_error()) return false;
  set("int_info", int_info);
  Value hash_info = make("hash_info",
                         {"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"},
                         {small(64), int_from_i64(thread, (int64_t{1} << 61) - 1), small(314159), small(0),
                          small(1000003), interp.intern("siphash13"), small(64), small(128), small(0)});
  if (hash_info.is_error()) return false;
  set("hash_info", hash_info);
  // sys.implementation: cache_tag None tells importlib not to write bytecode caches.
  Value namespace_type = dict_get_str(scope, interp.intern("SimpleNamespace"));
  Value keys[4] = {interp.intern("name"), interp.intern("cache_tag"), interp.intern("version"), interp.intern("hexversion")};
  Value values[4] = {interp.intern("pyxis"), Value::none(), version_info, small(0x030C07F0)};
  Value kwnames_value = to_value(tuple_from(thread, keys, 4));
  Value implementation = call(thread, namespace_type, values, 4, static_cast<TupleObject*>(kwnames_value.as_object()));
  if (implementation.is_error()) return false;
  set("implementation", implementation);
  set("hexversion", small(0x030C07F0));
  set("api_version", small(1013));
  set("maxunicode", small(0x10FFFF));
  set("abiflags", interp.intern(""));
  set("float_repr_style", interp.intern("short"));
  set("dont_write_bytecode", Value::true_());
  set("pycache_prefix", Value::none());
  set("warnoptions", to_value(list_new(thread)));
  set("_xoptions", to_value(dict_new(thread)));
  set("version", str_value(thread, "3.12.7 (main, Nov 24 2026, 00:00:00) [Pyxis, GCC]"));
  set("copyright", str_value(thread, "Copyright (c) 2026 the Pyxis authors.\nPython is a trademark of the Python Software Foundation."));
  return true;
}

}  // namespace pyxis
