// float's methods (hex/fromhex, as_integer_ratio, is_integer, __round__/__trunc__/
// __floor__/__ceil__, conjugate ...), its real/imag attributes, and float(x) construction.
#include <gmp.h>

#include <cerrno>
#include <climits>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "objects/builtin_subclass.h"
#include "objects/bytes_object.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/method_table.h"
#include "objects/native_method.h"
#include "objects/number_methods.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/type_slots.h"
#include "vm/interpreter.h"
#include "vm/operations.h"

namespace pyxis {

namespace {

const BuiltinTypes& T(Thread& thread) { return thread.types(); }

struct Mpz {
  mpz_t v;
  Mpz() { mpz_init(v); }
  ~Mpz() { mpz_clear(v); }
  Mpz(const Mpz&) = delete;
  Mpz& operator=(const Mpz&) = delete;
};

double self_double(Value self) { return self.as_double(); }

// ---------------------------------------------------------------- hex / fromhex

Value float_hex(Thread& thread, Value self, const Value*, size_t) {
  double x = self_double(self);
  if (std::isnan(x)) return str_value(thread, "nan");
  if (std::isinf(x)) return str_value(thread, x > 0 ? "inf" : "-inf");
  std::string out = std::signbit(x) ? "-" : "";
  if (x == 0.0) return str_value(thread, out + "0x0.0p+0");
  int exponent;
  double m = std::frexp(std::fabs(x), &exponent);  // m in [0.5, 1)
  // Normal numbers print as 1.xxx; subnormals keep exponent -1022 with a leading 0.
  int shift = 1 - std::max(-1021 - exponent, 0);
  m = std::ldexp(m, shift);
  exponent -= shift;
  static const char digits[] = "0123456789abcdef";
  out += "0x";
  out += digits[int(m)];
  m -= int(m);
  out += '.';
  for (int i = 0; i < 13; ++i) {
    m *= 16.0;
    out += digits[int(m)];
    m -= int(m);
  }
  char tail[16];
  std::snprintf(tail, sizeof tail, "p%+d", exponent);
  out += tail;
  return str_value(thread, out);
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

Value float_fromhex(Thread& thread, Value self, const Value* args, size_t) {
  if (!is_instance_of(thread, args[0], T(thread).str))
    return thread.raise(T(thread).TypeError, "bad argument type for built-in operation");
  std::string_view s = static_cast<StrObject*>(plain_value(args[0]).as_object())->view();
  auto invalid = [&]() { return thread.raise(T(thread).ValueError, "invalid hexadecimal floating-point string"); };
  size_t i = 0, end = s.size();
  while (i < end && space(s[i])) ++i;
  while (end > i && space(s[end - 1])) --end;
  s = s.substr(i, end - i);
  i = 0;
  bool negative = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
  std::string rest;
  for (size_t k = i; k < s.size(); ++k) rest += char(std::tolower(static_cast<unsigned char>(s[k])));
  double result;
  if (rest == "inf" || rest == "infinity") {
    result = INFINITY;
  } else if (rest == "nan") {
    result = NAN;
  } else {
    if (rest.size() >= 2 && rest[0] == '0' && rest[1] == 'x') i += 2;
    Mpz mantissa;
    int64_t exponent = 0;
    bool any = false, point = false;
    for (; i < s.size(); ++i) {
      if (s[i] == '.' && !point) {
        point = true;
        continue;
      }
      int d = hex_value(s[i]);
      if (d < 0) break;
      any = true;
      mpz_mul_2exp(mantissa.v, mantissa.v, 4);
      mpz_add_ui(mantissa.v, mantissa.v, unsigned(d));
      if (point) exponent -= 4;
    }
    if (!any) return invalid();
    if (i < s.size() && (s[i] == 'p' || s[i] == 'P')) {
      ++i;
      bool exponent_negative = false;
      if (i < s.size() && (s[i] == '+' || s[i] == '-')) exponent_negative = s[i++] == '-';
      if (i >= s.size() || !std::isdigit(static_cast<unsigned char>(s[i]))) return invalid();
      int64_t p = 0;
      for (; i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])); ++i)
        if (p < (int64_t{1} << 40)) p = p * 10 + (s[i] - '0');
      exponent += exponent_negative ? -p : p;
    }
    if (i != s.size()) return invalid();
    if (mpz_sgn(mantissa.v) == 0) {
      result = 0.0;
    } else {
      // value = mantissa * 2**exponent, rounded half-even to 53 bits (fewer for subnormals).
      int64_t bits = int64_t(mpz_sizeinbase(mantissa.v, 2));
      int64_t top = bits + exponent;  // value in [2**(top-1), 2**top)
      if (top > 1024) return thread.raise(T(thread).OverflowError, "hexadecimal value too large to represent as a float");
      int64_t keep = top - 1 >= -1022 ? 53 : top + 1074;
      int64_t shift = bits - keep;
      Mpz q;
      if (shift > 0) {
        mpz_fdiv_q_2exp(q.v, mantissa.v, mp_bitcnt_t(shift));
        Mpz remainder, half;
        mpz_fdiv_r_2exp(remainder.v, mantissa.v, mp_bitcnt_t(shift));
        mpz_setbit(half.v, mp_bitcnt_t(shift - 1));
        int c = mpz_cmp(remainder.v, half.v);
        if (c > 0 || (c == 0 && mpz_odd_p(q.v))) mpz_add_ui(q.v, q.v, 1);
        exponent += shift;
      } else {
        mpz_set(q.v, mantissa.v);
      }
      result = std::ldexp(mpz_get_d(q.v), int(std::max<int64_t>(std::min<int64_t>(exponent, INT_MAX), INT_MIN)));
      if (std::isinf(result))
        return thread.raise(T(thread).OverflowError, "hexadecimal value too large to represent as a float");
    }
  }
  Value value = Value::from_double(negative ? -result : result);
  Type* cls = static_cast<Type*>(self.as_object());
  if (cls != T(thread).float_) return call(thread, self, &value, 1);
  return value;
}

// ---------------------------------------------------------------- conversions

Value float_to_int(Thread& thread, double d) {
  if (std::isnan(d)) return thread.raise(T(thread).ValueError, "cannot convert float NaN to integer");
  if (std::isinf(d)) return thread.raise(T(thread).OverflowError, "cannot convert float infinity to integer");
  Mpz m;
  mpz_set_d(m.v, d);
  return int_from_mpz(thread, m.v);
}

Value float_as_integer_ratio(Thread& thread, Value self, const Value*, size_t) {
  double x = self_double(self);
  if (std::isinf(x)) return thread.raise(T(thread).OverflowError, "cannot convert Infinity to integer ratio");
  if (std::isnan(x)) return thread.raise(T(thread).ValueError, "cannot convert NaN to integer ratio");
  int exponent;
  double m = std::frexp(x, &exponent);
  for (int i = 0; i < 300 && m != std::floor(m); ++i) {
    m *= 2.0;
    --exponent;
  }
  Mpz numerator, denominator;
  mpz_set_d(numerator.v, m);
  mpz_set_ui(denominator.v, 1);
  if (exponent > 0) mpz_mul_2exp(numerator.v, numerator.v, mp_bitcnt_t(exponent));
  else mpz_mul_2exp(denominator.v, denominator.v, mp_bitcnt_t(-exponent));
  Value parts[2] = {int_from_mpz(thread, numerator.v), int_from_mpz(thread, denominator.v)};
  return to_value(tuple_from(thread, parts, 2));
}

Value float_is_integer(Thread&, Value self, const Value*, size_t) {
  double x = self_double(self);
  return Value::boolean(std::isfinite(x) && x == std::floor(x));
}

Value float_trunc(Thread& thread, Value self, const Value*, size_t) { return float_to_int(thread, std::trunc(self_double(self))); }
Value float_floor(Thread& thread, Value self, const Value*, size_t) { return float_to_int(thread, std::floor(self_double(self))); }
Value float_ceil(Thread& thread, Value self, const Value*, size_t) { return float_to_int(thread, std::ceil(self_double(self))); }
Value float_identity(Thread&, Value self, const Value*, size_t) { return self; }

Value float_round(Thread& thread, Value self, const Value* args, size_t) {
  return float_round_value(thread, self_double(self), args[0].is_none() ? Value() : args[0]);
}

}  // namespace

Value float_round_value(Thread& thread, double x, Value digits) {
  if (digits.is_empty()) {
    if (std::isnan(x)) return thread.raise(T(thread).ValueError, "cannot convert float NaN to integer");
    if (std::isinf(x)) return thread.raise(T(thread).OverflowError, "cannot convert float infinity to integer");
    return float_to_int(thread, std::nearbyint(x));  // the default rounding mode: halves to even
  }
  int64_t n;
  if (!index_value(thread, digits, &n, nullptr)) return Value::error();
  if (!std::isfinite(x) || x == 0.0 || n > 323) return Value::from_double(x);
  if (n < -308) return Value::from_double(std::copysign(0.0, x));
  // Exactly: q = round-half-even(|x| * 10**n); the result is q * 10**-n read back by strtod
  // (correctly rounded), as CPython's round() does through its decimal conversion.
  int exponent;
  double mantissa = std::frexp(std::fabs(x), &exponent);
  Mpz numerator, denominator, power, q, r;
  mpz_set_d(numerator.v, std::ldexp(mantissa, 53));
  exponent -= 53;
  mpz_set_ui(denominator.v, 1);
  if (exponent > 0) mpz_mul_2exp(numerator.v, numerator.v, mp_bitcnt_t(exponent));
  else mpz_mul_2exp(denominator.v, denominator.v, mp_bitcnt_t(-exponent));
  mpz_ui_pow_ui(power.v, 10, uint64_t(n < 0 ? -n : n));
  if (n >= 0) mpz_mul(numerator.v, numerator.v, power.v);
  else mpz_mul(denominator.v, denominator.v, power.v);
  mpz_fdiv_qr(q.v, r.v, numerator.v, denominator.v);
  mpz_mul_2exp(r.v, r.v, 1);
  int c = mpz_cmp(r.v, denominator.v);
  if (c > 0 || (c == 0 && mpz_odd_p(q.v))) mpz_add_ui(q.v, q.v, 1);
  std::string text = std::signbit(x) ? "-" : "";
  std::string digits_text(mpz_sizeinbase(q.v, 10) + 2, '\0');
  mpz_get_str(digits_text.data(), 10, q.v);
  text += digits_text.c_str();
  text += "e" + std::to_string(-n);
  double result = std::strtod(text.c_str(), nullptr);
  if (std::isinf(result)) return thread.raise(T(thread).OverflowError, "rounded value too large to represent");
  return Value::from_double(result);
}

namespace {

const GetSetDef kFloatGetSets[] = {
    {"real", [](Thread&, Value self) { return self; }},
    {"imag", [](Thread&, Value) { return Value::from_double(0.0); }},
};

// ---------------------------------------------------------------- float(x)

// Parses float(text) as CPython does; false when the text is not a float literal.
bool parse_float_text(std::string_view raw, double* out) {
  std::string text = number_text_to_ascii(raw);
  size_t begin = 0, end = text.size();
  while (begin < end && space(text[begin])) ++begin;
  while (end > begin && space(text[end - 1])) --end;
  std::string body;
  for (size_t i = begin; i < end; ++i) {
    char c = text[i];
    if (c == '_') {
      // Only between two digits.
      if (i == begin || i + 1 >= end || !std::isdigit(static_cast<unsigned char>(text[i - 1])) ||
          !std::isdigit(static_cast<unsigned char>(text[i + 1])))
        return false;
      continue;
    }
    if (static_cast<unsigned char>(c) >= 0x80) return false;
    body += c;
  }
  if (body.empty()) return false;
  std::string lowered;
  for (char c : body) lowered += char(std::tolower(static_cast<unsigned char>(c)));
  std::string_view unsigned_part = lowered;
  if (unsigned_part[0] == '+' || unsigned_part[0] == '-') unsigned_part.remove_prefix(1);
  if (unsigned_part == "inf" || unsigned_part == "infinity" || unsigned_part == "nan") {
    double v = unsigned_part == "nan" ? NAN : INFINITY;
    *out = lowered[0] == '-' ? -v : v;
    return true;
  }
  // Digits, an optional point, an optional exponent; nothing else (no hex, no "nan(...)").
  size_t i = 0;
  bool digits = false;
  while (i < unsigned_part.size() && std::isdigit(static_cast<unsigned char>(unsigned_part[i]))) ++i, digits = true;
  if (i < unsigned_part.size() && unsigned_part[i] == '.') {
    ++i;
    while (i < unsigned_part.size() && std::isdigit(static_cast<unsigned char>(unsigned_part[i]))) ++i, digits = true;
  }
  if (!digits) return false;
  if (i < unsigned_part.size() && unsigned_part[i] == 'e') {
    ++i;
    if (i < unsigned_part.size() && (unsigned_part[i] == '+' || unsigned_part[i] == '-')) ++i;
    bool exponent_digits = false;
    while (i < unsigned_part.size() && std::isdigit(static_cast<unsigned char>(unsigned_part[i]))) ++i, exponent_digits = true;
    if (!exponent_digits) return false;
  }
  if (i != unsigned_part.size()) return false;
  *out = std::strtod(body.c_str(), nullptr);
  return true;
}

Value construct_float(Thread& thread, Type*, const Value* args, size_t nargs, TupleObject* kwnames) {
  const BuiltinTypes& types = T(thread);
  if (kwnames != nullptr && kwnames->size != 0) return thread.raise(types.TypeError, "float() takes no keyword arguments");
  if (nargs > 1) return thread.raise_format(types.TypeError, "float expected at most 1 argument, got %zu", nargs);
  if (nargs == 0) return Value::from_double(0.0);
  Value x = args[0];
  if (x.is_float()) return x;
  if (is_int(thread, x)) {
    double d;
    if (!int_to_double(thread, x, &d)) return Value::error();
    return Value::from_double(d);
  }
  std::string_view text;
  bool is_text = false;
  if (is_instance_of(thread, x, types.str)) {
    text = static_cast<StrObject*>(plain_value(x).as_object())->view();
    is_text = true;
  } else if (bytes_like_view(thread, x, &text)) {
    is_text = true;
  }
  if (is_text) {
    std::string copy(text);
    double d;
    if (!parse_float_text(copy, &d)) {
      std::string shown;
      if (!append_repr(thread, shown, x)) return Value::error();
      return thread.raise_format(types.ValueError, "could not convert string to float: %s", shown.c_str());
    }
    return Value::from_double(d);
  }
  if (x.is_object() && x.as_object()->type->is_heap_type) {
    Value method = type_lookup(x.as_object()->type, thread.interp().intern("__float__"));
    if (!method.is_empty()) {
      Value result = call(thread, method, &x, 1);
      if (result.is_error()) return result;
      if (!result.is_float())
        return thread.raise_format(types.TypeError, "%s.__float__ returned non-float (type %s)", type_name(thread, x),
                                   type_name(thread, result));
      return result;
    }
    method = type_lookup(x.as_object()->type, thread.interp().intern("__index__"));
    if (!method.is_empty()) {
      Value result = call(thread, method, &x, 1);
      if (result.is_error()) return result;
      if (!is_int(thread, result))
        return thread.raise_format(types.TypeError, "__index__ returned non-int (type %s)", type_name(thread, result));
      double d;
      if (!int_to_double(thread, result, &d)) return Value::error();
      return Value::from_double(d);
    }
  }
  return thread.raise_format(types.TypeError, "float() argument must be a string or a real number, not '%s'",
                             type_name(thread, x));
}

Value float_getformat(Thread& thread, Value, const Value* args, size_t) {
  if (!is_instance_of(thread, args[0], T(thread).str))
    return thread.raise_format(T(thread).TypeError, "__getformat__() argument must be str, not %s", type_name(thread, args[0]));
  std::string_view kind = static_cast<StrObject*>(plain_value(args[0]).as_object())->view();
  if (kind != "double" && kind != "float")
    return thread.raise(T(thread).ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
  return str_value(thread, "IEEE, little-endian");
}

const NativeMethodSpec kFloatMethods[] = {
    {"__getformat__(typestr, /)", float_getformat, NativeKind::ClassMethod},
    {"hex()", float_hex},
    {"fromhex(string, /)", float_fromhex, NativeKind::ClassMethod},
    {"as_integer_ratio()", float_as_integer_ratio},
    {"is_integer()", float_is_integer},
    {"conjugate()", float_identity},
    {"__float__()", float_identity},
    {"__int__()", float_trunc},
    {"__trunc__()", float_trunc},
    {"__floor__()", float_floor},
    {"__ceil__()", float_ceil},
    {"__round__(ndigits=None, /)", float_round},
};

const TypeSlots kFloatSlots = [] {
  TypeSlots slots;
  slots.construct = construct_float;
  return slots;
}();

}  // namespace

void install_float_methods(Interpreter& interp) {
  interp.types().float_->slots = &kFloatSlots;
  install_native_methods(interp, interp.types().float_, kFloatMethods);
  define_getsets(interp, interp.types().float_, kFloatGetSets);
}

}  // namespace pyxis
