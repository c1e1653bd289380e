// int's methods (to_bytes/from_bytes, bit_count, as_integer_ratio, conjugate, is_integer,
// __index__ ...), its computed attributes (numerator, denominator, real, imag), int(x, base)
// construction, and the sys int<->str digit limit.
#include <gmp.h>
#include <utf8proc.h>

#include <cmath>

#include <algorithm>
#include <memory>

#include "objects/builtin_subclass.h"
#include "objects/arg_parser.h"
#include "objects/bytes_object.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/method_table.h"
#include "objects/native_method.h"
#include "objects/number_methods.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/type_slots.h"
#include "support/unicode.h"
#include "vm/interpreter.h"
#include "vm/operations.h"

namespace pyxis {

namespace {

const BuiltinTypes& T(Thread& thread) { return thread.types(); }
bool has_type(Value v, const Type* type) { return v.is_object() && v.as_object()->type == type; }

// An int value of a bool receiver becomes a plain int (True.real is 1).
Value plain_int(Value v) { return v.is_bool() ? Value::small_int(v.is_true()) : v; }

bool is_unicode_space(char32_t cp) {
  return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 ||
         cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

struct Mpz {
  mpz_t v;
  Mpz() { mpz_init(v); }
  ~Mpz() { mpz_clear(v); }
  Mpz(const Mpz&) = delete;
  Mpz& operator=(const Mpz&) = delete;
};

}  // namespace

std::string number_text_to_ascii(std::string_view utf8) {
  bool ascii = true;
  for (char c : utf8) ascii &= static_cast<unsigned char>(c) < 0x80;
  if (ascii) return std::string(utf8);
  std::string out;
  size_t pos = 0;
  while (pos < utf8.size()) {
    size_t start = pos;
    char32_t cp;
    if (!unicode::decode_utf8(utf8, &pos, &cp)) {
      out += utf8[pos++];
      continue;
    }
    if (cp < 0x80) {
      out += char(cp);
    } else if (is_unicode_space(cp)) {
      out += ' ';
    } else if (utf8proc_category(utf8proc_int32_t(cp)) == UTF8PROC_CATEGORY_ND) {
      // Decimal digits come in runs of ten starting at zero.
      char32_t first = cp;
      while (first > 0 && utf8proc_category(utf8proc_int32_t(first - 1)) == UTF8PROC_CATEGORY_ND) --first;
      out += char('0' + (cp - first) % 10);
    } else {
      out.append(utf8.substr(start, pos - start));
    }
  }
  return out;
}

namespace {

// ---------------------------------------------------------------- construction

bool index_of(Thread& thread, Value v, Value* out) {
  if (is_int(thread, v)) {
    *out = v;
    return true;
  }
  Value method = v.is_object() && v.as_object()->type->is_heap_type
                     ? type_lookup(v.as_object()->type, thread.interp().intern("__index__"))
                     : Value();
  if (method.is_empty()) {
    thread.raise_format(T(thread).TypeError, "'%s' object cannot be interpreted as an integer", type_name(thread, v));
    return false;
  }
  Value result = call(thread, method, &v, 1);
  if (result.is_error()) return false;
  if (!is_int(thread, result)) {
    thread.raise_format(T(thread).TypeError, "__index__ returned non-int (type %s)", type_name(thread, result));
    return false;
  }
  *out = result;
  return true;
}

Value int_of_text(Thread& thread, Value x, int base) {
  if (has_type(x, T(thread).str) || is_instance_of(thread, x, T(thread).str))
    return int_from_string(thread, static_cast<StrObject*>(plain_value(x).as_object())->view(), base);
  std::string_view data;
  bytes_like_view(thread, x, &data);
  std::string copy(data);
  return int_from_text(thread, copy, base, x);
}

bool is_text(Thread& thread, Value x) {
  std::string_view ignored;
  return is_instance_of(thread, x, T(thread).str) || bytes_like_view(thread, x, &ignored);
}

Value construct_int(Thread& thread, Type* type, const Value* args, size_t nargs, TupleObject* kwnames) {
  const BuiltinTypes& types = T(thread);
  if (type == types.bool_) {
    if (kwnames != nullptr && kwnames->size != 0) return thread.raise(types.TypeError, "bool() takes no keyword arguments");
    if (nargs > 1) return thread.raise_format(types.TypeError, "bool expected at most 1 argument, got %zu", nargs);
    if (nargs == 0) return Value::false_();
    int t = truthy(thread, args[0]);
    return t < 0 ? Value::error() : Value::boolean(t);
  }
  size_t nkw = kwnames != nullptr ? kwnames->size : 0;
  size_t npositional = nargs - nkw;
  if (nargs > 2) return thread.raise_format(types.TypeError, "int() takes at most 2 arguments (%zu given)", nargs);
  Value x = npositional > 0 ? args[0] : Value();
  Value base_value = npositional > 1 ? args[1] : Value();
  for (size_t k = 0; k < nkw; ++k) {
    std::string_view key = static_cast<StrObject*>(kwnames->items[k].as_object())->view();
    if (key != "base")
      return thread.raise_format(types.TypeError, "'%.*s' is an invalid keyword argument for int()", int(key.size()),
                                 key.data());
    if (!base_value.is_empty())
      return thread.raise(types.TypeError, "argument for int() given by name ('base') and position (2)");
    base_value = args[npositional + k];
  }
  if (x.is_empty()) {
    if (!base_value.is_empty()) return thread.raise(types.TypeError, "int() missing string argument");
    return Value::small_int(0);
  }
  if (!base_value.is_empty()) {
    Value base_int;
    if (!index_of(thread, base_value, &base_int)) return Value::error();
    int64_t base;
    if (!int_fits_i64(base_int, &base) || (base != 0 && (base < 2 || base > 36)))
      return thread.raise(types.ValueError, "int() base must be >= 2 and <= 36, or 0");
    if (!is_text(thread, x)) return thread.raise(types.TypeError, "int() can't convert non-string with explicit base");
    return int_of_text(thread, x, int(base));
  }
  if (x.is_bool()) return Value::small_int(x.is_true());
  if (is_int(thread, x)) return x;
  if (x.is_float()) {
    double d = x.as_double();
    if (std::isnan(d)) return thread.raise(types.ValueError, "cannot convert float NaN to integer");
    if (std::isinf(d)) return thread.raise(types.OverflowError, "cannot convert float infinity to integer");
    Mpz m;
    mpz_set_d(m.v, d);
    return int_from_mpz(thread, m.v);
  }
  if (is_text(thread, x)) return int_of_text(thread, x, 10);
  if (x.is_object() && x.as_object()->type->is_heap_type) {
    for (const char* name : {"__int__", "__index__", "__trunc__"}) {
      Value method = type_lookup(x.as_object()->type, thread.interp().intern(name));
      if (method.is_empty()) continue;
      Value result = call(thread, method, &x, 1);
      if (result.is_error()) return result;
      if (!is_int(thread, result)) {
        if (name[2] == 't') return construct_int(thread, types.int_, &result, 1, nullptr);
        return thread.raise_format(types.TypeError, "%s returned non-int (type %s)", name, type_name(thread, result));
      }
      return plain_int(result);
    }
  }
  Value method = type_lookup(type_of(thread.interp(), x), thread.interp().intern("__int__"));
  if (!method.is_empty()) return call(thread, method, &x, 1);
  return thread.raise_format(types.TypeError,
                             "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                             type_name(thread, x));
}

const GetSetDef kIntGetSets[] = {
    {"real", [](Thread&, Value self) { return plain_int(self); }},
    {"imag", [](Thread&, Value) { return Value::small_int(0); }},
    {"numerator", [](Thread&, Value self) { return plain_int(self); }},
    {"denominator", [](Thread&, Value) { return Value::small_int(1); }},
};

// ---------------------------------------------------------------- methods

bool byteorder_of(Thread& thread, Value v, const char* function, bool* little) {
  *little = false;
  if (v.is_empty()) return true;
  if (!has_type(v, T(thread).str)) {
    thread.raise_format(T(thread).TypeError, "%s() argument 'byteorder' must be str, not %s", function,
                        type_name(thread, v));
    return false;
  }
  std::string_view text = static_cast<StrObject*>(v.as_object())->view();
  if (text == "little") *little = true;
  else if (text != "big") {
    thread.raise(T(thread).ValueError, "byteorder must be either 'little' or 'big'");
    return false;
  }
  return true;
}

Value int_to_bytes(Thread& thread, Value self, const Value* args, size_t) {
  int64_t length = 1;
  if (!args[0].is_empty()) {
    Value n;
    if (!index_of(thread, args[0], &n)) return Value::error();
    if (!int_fits_i64(n, &length)) return thread.raise(T(thread).OverflowError, "Python int too large to convert to C ssize_t");
    if (length < 0) return thread.raise(T(thread).ValueError, "length argument must be non-negative");
  }
  bool little;
  if (!byteorder_of(thread, args[1], "to_bytes", &little)) return Value::error();
  bool is_signed = false;
  if (!args[2].is_empty()) {
    int t = truthy(thread, args[2]);
    if (t < 0) return Value::error();
    is_signed = t;
  }
  Mpz m;
  int_to_mpz(self, m.v);
  if (mpz_sgn(m.v) < 0 && !is_signed) return thread.raise(T(thread).OverflowError, "can't convert negative int to unsigned");
  // Two's complement in `length` bytes: value mod 256**length, with a range check.
  Mpz limit, value;
  mpz_ui_pow_ui(limit.v, 2, uint64_t(length) * 8);
  if (is_signed) {
    Mpz half;
    mpz_tdiv_q_2exp(half.v, limit.v, 1);
    Mpz negative_half;
    mpz_neg(negative_half.v, half.v);
    if (length == 0 ? mpz_sgn(m.v) != 0 : (mpz_cmp(m.v, half.v) >= 0 || mpz_cmp(m.v, negative_half.v) < 0))
      return thread.raise(T(thread).OverflowError, "int too big to convert");
  } else if (mpz_cmp(m.v, limit.v) >= 0) {
    return thread.raise(T(thread).OverflowError, "int too big to convert");
  }
  if (length > (int64_t{1} << 40)) return thread.raise(T(thread).MemoryError, "");
  mpz_mod(value.v, m.v, limit.v);
  std::string out(size_t(length), '\0');
  size_t count = 0;
  if (mpz_sgn(value.v) != 0) mpz_export(out.data(), &count, -1, 1, 0, 0, value.v);  // little-endian bytes
  if (!little) std::reverse(out.begin(), out.end());
  return bytes_value(thread, out);
}

Value int_from_bytes(Thread& thread, Value self, const Value* args, size_t) {
  std::string data;
  std::string_view view;
  if (bytes_like_view(thread, args[0], &view)) {
    data = view;
  } else if (is_instance_of(thread, args[0], T(thread).str)) {
    return thread.raise(T(thread).TypeError, "cannot convert 'str' object to bytes");
  } else if (!bytes_from_arguments(thread, "bytes", args[0], Value(), Value(), &data)) {
    return Value::error();
  }
  bool little;
  if (!byteorder_of(thread, args[1], "from_bytes", &little)) return Value::error();
  bool is_signed = false;
  if (!args[2].is_empty()) {
    int t = truthy(thread, args[2]);
    if (t < 0) return Value::error();
    is_signed = t;
  }
  Mpz m;
  if (!data.empty()) mpz_import(m.v, data.size(), little ? -1 : 1, 1, 0, 0, data.data());
  if (is_signed && !data.empty() && (static_cast<unsigned char>(little ? data.back() : data.front()) & 0x80)) {
    Mpz limit;
    mpz_ui_pow_ui(limit.v, 2, uint64_t(data.size()) * 8);
    mpz_sub(m.v, m.v, limit.v);
  }
  Value result = int_from_mpz(thread, m.v);
  Type* cls = static_cast<Type*>(self.as_object());
  if (cls == T(thread).bool_) return Value::boolean(!int_is_zero(result));
  if (cls != T(thread).int_) return call(thread, self, &result, 1);
  return result;
}

Value int_bit_count(Thread& thread, Value self, const Value*, size_t) {
  Mpz m;
  int_to_mpz(self, m.v);
  mpz_abs(m.v, m.v);
  return int_from_i64(thread, int64_t(mpz_popcount(m.v)));
}

Value int_as_integer_ratio(Thread& thread, Value self, const Value*, size_t) {
  Value parts[2] = {plain_int(self), Value::small_int(1)};
  return to_value(tuple_from(thread, parts, 2));
}

Value int_identity(Thread&, Value self, const Value*, size_t) { return plain_int(self); }
Value int_is_integer(Thread&, Value, const Value*, size_t) { return Value::true_(); }

Value int_float(Thread& thread, Value self, const Value*, size_t) {
  double d;
  if (!int_to_double(thread, self, &d)) return Value::error();
  return Value::from_double(d);
}

Value int_round(Thread& thread, Value self, const Value* args, size_t) {
  if (args[0].is_empty() || args[0].is_none()) return plain_int(self);
  Value round = dict_get_str(thread.interp().builtins(), thread.interp().intern("round"));
  Value call_args[2] = {plain_int(self), args[0]};
  return call(thread, round, call_args, 2);
}

Value int_sizeof(Thread& thread, Value self, const Value*, size_t) {
  Mpz m;
  int_to_mpz(self, m.v);
  size_t digits = mpz_sgn(m.v) == 0 ? 0 : (mpz_sizeinbase(m.v, 2) + 29) / 30;
  return int_from_i64(thread, int64_t(24 + 4 * (digits == 0 ? 0 : digits)));
}

const NativeMethodSpec kIntMethods[] = {
    {"to_bytes(length=None, byteorder=None, *, signed=None)", int_to_bytes},
    {"from_bytes(bytes, byteorder=None, *, signed=None)", int_from_bytes, NativeKind::ClassMethod},
    {"bit_count()", int_bit_count},
    {"as_integer_ratio()", int_as_integer_ratio},
    {"conjugate()", int_identity},
    {"is_integer()", int_is_integer},
    {"__index__()", int_identity},
    {"__int__()", int_identity},
    {"__trunc__()", int_identity},
    {"__floor__()", int_identity},
    {"__ceil__()", int_identity},
    {"__float__()", int_float},
    {"__round__(ndigits=None, /)", int_round},
    {"__sizeof__()", int_sizeof},
};

const TypeSlots kIntSlots = [] {
  TypeSlots slots;
  slots.construct = construct_int;
  return slots;
}();

// ---------------------------------------------------------------- sys

Value sys_get_int_max_str_digits(Thread& thread, Value, const Value*, size_t) {
  return int_from_i64(thread, thread.interp().int_max_str_digits);
}

Value sys_set_int_max_str_digits(Thread& thread, Value, const Value* args, size_t) {
  Value n;
  if (!index_of(thread, args[0], &n)) return Value::error();
  int64_t digits;
  if (!int_fits_i64(n, &digits) || (digits != 0 && digits < 640))
    return thread.raise(T(thread).ValueError, "maxdigits must be 0 or larger than 640");
  thread.interp().int_max_str_digits = digits;
  return Value::none();
}

}  // namespace

void install_int_methods(Interpreter& interp) {
  interp.types().int_->slots = &kIntSlots;
  define_getsets(interp, interp.types().int_, kIntGetSets);
  install_native_methods(interp, interp.types().int_, kIntMethods);
}

void install_int_digit_limit_functions(Interpreter& interp, DictObject* sys) {
  Thread& thread = interp.main_thread();
  static const NativeMethodSpec kSysFunctions[] = {
      {"get_int_max_str_digits()", sys_get_int_max_str_digits},
      {"set_int_max_str_digits(maxdigits)", sys_set_int_max_str_digits},
  };
  for (const NativeMethodSpec& spec : kSysFunctions) {
    interp.signatures.push_back(std::make_unique<ParsedSignature>(parse_signature(spec.signature)));
    const ParsedSignature* signature = interp.signatures.back().get();
    BuiltinFunctionObject* function = thread.heap().make<BuiltinFunctionObject>(interp.types().builtin_function);
    function->name = signature->name.c_str();
    function->function = spec.function;
    function->signature = signature;
    function->owner = nullptr;
    function->self = Value();
    dict_set(thread, sys, interp.intern(signature->name), to_value(function));
  }
}

}  // namespace pyxis
