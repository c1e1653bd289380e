// complex numbers: arithmetic with int/float mixing (CPython's division and power
// algorithms), repr, hash consistent with int/float, construction from numbers/strings.
#include "objects/builtin_subclass.h"
#include "objects/complex_object.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "objects/dict_object.h"
#include "objects/format_spec.h"
#include "objects/int_object.h"
#include "objects/method_table.h"
#include "objects/native_method.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/type_slots.h"
#include "support/number_format.h"
#include "vm/interpreter.h"
#include "vm/operations.h"
#include "vm/slot_wrappers.h"

namespace pyxis {

namespace {

const BuiltinTypes& T(Thread& thread) { return thread.types(); }
ComplexObject* as_complex(Value v) { return static_cast<ComplexObject*>(v.as_object()); }

struct Cx {
  double re, im;
};

// int, float or complex as a complex; false (nothing pending) when not a number, false with
// OverflowError pending when an int is too large.
bool to_cx(Thread& thread, Value v, Cx* out, bool* overflow) {
  *overflow = false;
  v = plain_value(v);
  if (v.is_float()) {
    *out = {v.as_double(), 0.0};
    return true;
  }
  if (is_int(thread, v)) {
    double d;
    if (!int_to_double(thread, v, &d)) {
      *overflow = true;
      return false;
    }
    *out = {d, 0.0};
    return true;
  }
  if (is_complex(thread, v)) {
    *out = {as_complex(v)->real, as_complex(v)->imag};
    return true;
  }
  return false;
}

Cx c_mul(Cx a, Cx b) { return {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re}; }

// Smith's algorithm with CPython's handling of the special cases.
bool c_div(Cx a, Cx b, Cx* out) {
  double abs_breal = b.re < 0 ? -b.re : b.re;
  double abs_bimag = b.im < 0 ? -b.im : b.im;
  if (abs_breal >= abs_bimag) {
    if (abs_breal == 0.0) return false;
    double ratio = b.im / b.re;
    double denom = b.re + b.im * ratio;
    *out = {(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
  } else if (abs_bimag >= abs_breal) {
    double ratio = b.re / b.im;
    double denom = b.re * ratio + b.im;
    *out = {(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
  } else {
    *out = {NAN, NAN};
  }
  return true;
}

Cx c_powu(Cx x, long n) {
  Cx r = {1.0, 0.0}, p = x;
  for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
    if (n & mask) r = c_mul(r, p);
    p = c_mul(p, p);
  }
  return r;
}

Value c_pow(Thread& thread, Cx a, Cx b) {
  if (b.re == 0.0 && b.im == 0.0) return complex_value(thread, 1.0, 0.0);
  if (a.re == 0.0 && a.im == 0.0) {
    if (b.im != 0.0 || b.re < 0.0)
      return thread.raise(T(thread).ZeroDivisionError, "0.0 to a negative or complex power");
    return complex_value(thread, 0.0, 0.0);
  }
  Cx r;
  if (b.im == 0.0 && b.re == std::floor(b.re) && std::fabs(b.re) <= 100.0) {
    long n = long(b.re);
    if (n > 0) {
      r = c_powu(a, n);
    } else {
      Cx denominator = c_powu(a, -n);
      if (!c_div({1.0, 0.0}, denominator, &r))
        return thread.raise(T(thread).ZeroDivisionError, "0.0 to a negative or complex power");
    }
    return complex_value(thread, r.re, r.im);
  }
  double vabs = std::hypot(a.re, a.im);
  double len = std::pow(vabs, b.re);
  double at = std::atan2(a.im, a.re);
  double phase = at * b.re;
  if (b.im != 0.0) {
    len /= std::exp(at * b.im);
    phase += b.im * std::log(vabs);
  }
  r = {len * std::cos(phase), len * std::sin(phase)};
  if ((std::isinf(r.re) || std::isinf(r.im)) && std::isfinite(a.re) && std::isfinite(a.im) && std::isfinite(b.re) &&
      std::isfinite(b.im))
    return thread.raise(T(thread).OverflowError, "complex exponentiation");
  return complex_value(thread, r.re, r.im);
}

bool complex_repr_slot(Thread&, std::string& out, Value self) {
  append_complex_repr(out, as_complex(self)->real, as_complex(self)->imag);
  return true;
}

bool complex_hash_slot(Thread& thread, Value self, int64_t* out) {
  int64_t re, im;
  if (!hash_value(thread, Value::from_double(as_complex(self)->real), &re)) return false;
  if (!hash_value(thread, Value::from_double(as_complex(self)->imag), &im)) return false;
  uint64_t combined = uint64_t(re) + uint64_t(1000003) * uint64_t(im);
  int64_t result = int64_t(combined);
  *out = result == -1 ? -2 : result;
  return true;
}

Value complex_compare_slot(Thread& thread, CompareOp op, Value a, Value b) {
  if (op != CompareOp::Eq && op != CompareOp::Ne) return Value();
  a = plain_value(a);
  b = plain_value(b);
  Cx x = {as_complex(a)->real, as_complex(a)->imag};
  bool same;
  if (is_complex(thread, b)) {
    same = x.re == as_complex(b)->real && x.im == as_complex(b)->imag;
  } else if (b.is_float() || is_int(thread, b)) {
    if (x.im != 0.0) {
      same = false;
    } else {
      // Exact comparison of the real part with an int (as float == int is).
      Value eq = compare(thread, CompareOp::Eq, Value::from_double(x.re), b);
      if (eq.is_error()) return eq;
      same = eq.is_true();
    }
  } else {
    return Value();
  }
  return Value::boolean(same == (op == CompareOp::Eq));
}

Value complex_binary_slot(Thread& thread, BinaryOp op, Value a, Value b) {
  Cx x, y;
  bool overflow;
  if (!to_cx(thread, a, &x, &overflow)) return overflow ? Value::error() : Value();
  if (!to_cx(thread, b, &y, &overflow)) return overflow ? Value::error() : Value();
  switch (op) {
    case BinaryOp::Add: return complex_value(thread, x.re + y.re, x.im + y.im);
    case BinaryOp::Sub: return complex_value(thread, x.re - y.re, x.im - y.im);
    case BinaryOp::Mul: {
      Cx r = c_mul(x, y);
      return complex_value(thread, r.re, r.im);
    }
    case BinaryOp::TrueDiv: {
      Cx r;
      if (!c_div(x, y, &r)) return thread.raise(T(thread).ZeroDivisionError, "complex division by zero");
      return complex_value(thread, r.re, r.im);
    }
    case BinaryOp::Pow: return c_pow(thread, x, y);
    default: return Value();
  }
}

Value complex_unary_slot(Thread& thread, UnaryOp op, Value self) {
  ComplexObject* c = as_complex(self);
  if (op == UnaryOp::Negative) return complex_value(thread, -c->real, -c->imag);
  if (op == UnaryOp::Positive) return complex_value(thread, c->real, c->imag);
  return Value();
}

int complex_truth_slot(Thread&, Value self) { return as_complex(self)->real != 0.0 || as_complex(self)->imag != 0.0; }

const GetSetDef kComplexGetSets[] = {
    {"real", [](Thread&, Value self) { return Value::from_double(as_complex(self)->real); }},
    {"imag", [](Thread&, Value self) { return Value::from_double(as_complex(self)->imag); }},
};

// ---------------------------------------------------------------- construction

// Parses a float at s[*pos] (sign, digits with single underscores between them, '.',
// exponent, inf/infinity/nan); false when there is none.
bool scan_float(std::string_view s, size_t* pos, double* out) {
  size_t i = *pos;
  std::string text;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) text += s[i++];
  auto lower_at = [&](size_t k) { return k < s.size() ? char(std::tolower(static_cast<unsigned char>(s[k]))) : '\0'; };
  for (const char* word : {"infinity", "inf", "nan"}) {
    size_t n = std::strlen(word);
    bool match = i + n <= s.size();
    for (size_t k = 0; match && k < n; ++k) match = lower_at(i + k) == word[k];
    if (match) {
      text += word;
      *out = std::strtod(text.c_str(), nullptr);
      *pos = i + n;
      return true;
    }
  }
  auto digits = [&](bool* any) {
    bool previous_digit = false;
    while (i < s.size()) {
      char c = s[i];
      if (c >= '0' && c <= '9') {
        text += c;
        previous_digit = true;
        *any = true;
        ++i;
      } else if (c == '_' && previous_digit && i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '9') {
        previous_digit = false;
        ++i;
      } else {
        break;
      }
    }
  };
  bool any = false;
  digits(&any);
  if (i < s.size() && s[i] == '.') {
    text += '.';
    ++i;
    digits(&any);
  }
  if (!any) return false;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    size_t save = i;
    std::string saved = text;
    text += 'e';
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) text += s[i++];
    bool exponent_digits = false;
    digits(&exponent_digits);
    if (!exponent_digits) {
      i = save;
      text = saved;
    }
  }
  *out = std::strtod(text.c_str(), nullptr);
  *pos = i;
  return true;
}

bool is_space_char(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

bool parse_complex(std::string_view s, Cx* out) {
  size_t begin = 0, end = s.size();
  while (begin < end && is_space_char(s[begin])) ++begin;
  while (end > begin && is_space_char(s[end - 1])) --end;
  s = s.substr(begin, end - begin);
  if (s.size() >= 2 && s.front() == '(' && s.back() == ')') {
    s = s.substr(1, s.size() - 2);
    begin = 0;
    end = s.size();
    while (begin < end && is_space_char(s[begin])) ++begin;
    while (end > begin && is_space_char(s[end - 1])) --end;
    s = s.substr(begin, end - begin);
  }
  if (s.empty()) return false;
  size_t i = 0;
  double first;
  auto is_j = [&](size_t k) { return k < s.size() && (s[k] == 'j' || s[k] == 'J'); };
  if (!scan_float(s, &i, &first)) {
    // "j", "+j", "-j"
    size_t k = 0;
    double sign = 1.0;
    if (k < s.size() && (s[k] == '+' || s[k] == '-')) sign = s[k++] == '-' ? -1.0 : 1.0;
    if (is_j(k) && k + 1 == s.size()) {
      *out = {0.0, sign};
      return true;
    }
    return false;
  }
  if (i == s.size()) {
    *out = {first, 0.0};
    return true;
  }
  if (is_j(i) && i + 1 == s.size()) {
    *out = {0.0, first};
    return true;
  }
  if (s[i] != '+' && s[i] != '-') return false;
  size_t k = i;
  double second;
  if (scan_float(s, &k, &second)) {
    if (is_j(k) && k + 1 == s.size()) {
      *out = {first, second};
      return true;
    }
    return false;
  }
  if (is_j(i + 1) && i + 2 == s.size()) {
    *out = {first, s[i] == '-' ? -1.0 : 1.0};
    return true;
  }
  return false;
}

// A number argument of complex(): int, float, complex, or __complex__/__float__/__index__.
bool number_arg(Thread& thread, Value v, Cx* out, bool* found) {
  bool overflow;
  *found = true;
  if (to_cx(thread, v, out, &overflow)) return true;
  if (overflow) return false;
  if (v.is_object() && v.as_object()->type->is_heap_type) {
    for (const char* name : {"__complex__", "__float__", "__index__"}) {
      Value method = type_lookup(v.as_object()->type, thread.interp().intern(name));
      if (method.is_empty()) continue;
      Value result = call(thread, method, &v, 1);
      if (result.is_error()) return false;
      if (std::strcmp(name, "__complex__") == 0 && !is_complex(thread, result)) {
        thread.raise_format(T(thread).TypeError, "__complex__ returned non-complex (type %s)", type_name(thread, result));
        return false;
      }
      return to_cx(thread, result, out, &overflow);
    }
  }
  *found = false;
  return false;
}

Value construct_complex(Thread& thread, Type*, const Value* args, size_t nargs, TupleObject* kwnames) {
  size_t nkw = kwnames != nullptr ? kwnames->size : 0;
  size_t npositional = nargs - nkw;
  if (npositional > 2)
    return thread.raise_format(T(thread).TypeError, "complex() takes at most 2 arguments (%zu given)", nargs);
  Value slots[2];
  for (size_t i = 0; i < npositional; ++i) slots[i] = args[i];
  static const char* const names[] = {"real", "imag"};
  for (size_t k = 0; k < nkw; ++k) {
    std::string_view key = static_cast<StrObject*>(kwnames->items[k].as_object())->view();
    size_t found = key == "real" ? 0 : key == "imag" ? 1 : 2;
    if (found == 2)
      return thread.raise_format(T(thread).TypeError, "'%.*s' is an invalid keyword argument for complex()",
                                 int(key.size()), key.data());
    if (!slots[found].is_empty())
      return thread.raise_format(T(thread).TypeError, "argument for complex() given by name ('%s') and position (%zu)",
                                 names[found], found + 1);
    slots[found] = args[npositional + k];
  }
  Value real = slots[0], imag = slots[1];
  if (real.is_empty() && imag.is_empty()) return complex_value(thread, 0.0, 0.0);
  if (!real.is_empty() && is_instance_of(thread, real, T(thread).str)) {
    if (!imag.is_empty()) return thread.raise(T(thread).TypeError, "complex() can't take second arg if first is a string");
    Cx parsed;
    std::string_view text = static_cast<StrObject*>(plain_value(real).as_object())->view();
    for (size_t k = 0; k < text.size(); ++k) {
      if (text[k] != '_') continue;
      auto digit = [&](size_t at) { return at < text.size() && text[at] >= '0' && text[at] <= '9'; };
      if (k == 0 || !digit(k - 1) || !digit(k + 1)) {
        std::string shown;
        if (!append_repr(thread, shown, real)) return Value::error();
        return thread.raise_format(T(thread).ValueError, "could not convert string to complex: %s", shown.c_str());
      }
    }
    if (!parse_complex(text, &parsed))
      return thread.raise(T(thread).ValueError, "complex() arg is a malformed string");
    return complex_value(thread, parsed.re, parsed.im);
  }
  if (!imag.is_empty() && is_instance_of(thread, imag, T(thread).str))
    return thread.raise(T(thread).TypeError, "complex() second arg can't be a string");
  Cx r = {0.0, 0.0}, i = {0.0, 0.0};
  bool found;
  if (!real.is_empty()) {
    if (imag.is_empty() && is_complex(thread, real) && real.as_object()->type == T(thread).complex) return real;
    if (!number_arg(thread, real, &r, &found)) {
      if (found) return Value::error();
      return thread.raise_format(T(thread).TypeError, "complex() first argument must be a string or a number, not '%s'",
                                 type_name(thread, real));
    }
  }
  if (!imag.is_empty()) {
    if (!number_arg(thread, imag, &i, &found)) {
      if (found) return Value::error();
      return thread.raise_format(T(thread).TypeError, "complex() second argument must be a number, not '%s'",
                                 type_name(thread, imag));
    }
  }
  // complex(a, b) == a + b*1j; parts are only combined when an argument is complex (so
  // complex(-0.0, -0.0) keeps both signs).
  double real_part = r.re, imag_part = i.re;
  if (!imag.is_empty() && is_complex(thread, imag)) real_part -= i.im;
  if (imag.is_empty() || is_complex(thread, real)) imag_part = imag.is_empty() ? r.im : imag_part + r.im;
  return complex_value(thread, real_part, imag_part);
}

// ---------------------------------------------------------------- methods

Value complex_conjugate(Thread& thread, Value self, const Value*, size_t) {
  return complex_value(thread, as_complex(self)->real, -as_complex(self)->imag);
}

Value complex_abs(Thread& thread, Value self, const Value*, size_t) {
  double re = as_complex(self)->real, im = as_complex(self)->imag;
  if (std::isinf(re) || std::isinf(im)) return Value::from_double(INFINITY);
  if (std::isnan(re) || std::isnan(im)) return Value::from_double(NAN);
  double result = std::hypot(re, im);
  if (std::isinf(result)) return thread.raise(T(thread).OverflowError, "absolute value too large");
  return Value::from_double(result);
}

Value complex_getnewargs(Thread& thread, Value self, const Value*, size_t) {
  Value parts[2] = {Value::from_double(as_complex(self)->real), Value::from_double(as_complex(self)->imag)};
  return to_value(tuple_from(thread, parts, 2));
}

Value complex_complex(Thread&, Value self, const Value*, size_t) { return self; }

const NativeMethodSpec kComplexMethods[] = {
    {"conjugate()", complex_conjugate},
    {"__abs__()", complex_abs},
    {"__getnewargs__()", complex_getnewargs},
    {"__complex__()", complex_complex},
};

const TypeSlots kComplexSlots = [] {
  TypeSlots slots;
  slots.repr = complex_repr_slot;
  slots.hash = complex_hash_slot;
  slots.compare = complex_compare_slot;
  slots.binary = complex_binary_slot;
  slots.unary = complex_unary_slot;
  slots.truth = complex_truth_slot;
  slots.construct = construct_complex;
  return slots;
}();

}  // namespace

Value complex_format(Thread& thread, Value value, std::string_view text) {
  const BuiltinTypes& types = T(thread);
  double re = as_complex(value)->real, im = as_complex(value)->imag;
  // [[fill]align][sign][z][#][0][width][grouping][.precision][type]
  size_t i = 0;
  std::string fill = " ";
  char align = '>';
  auto is_align = [](char c) { return c == '<' || c == '>' || c == '^' || c == '='; };
  size_t first_length = 1;
  while (first_length < text.size() && (static_cast<unsigned char>(text[first_length]) & 0xC0) == 0x80) ++first_length;
  if (text.size() > first_length && is_align(text[first_length])) {
    fill = std::string(text.substr(0, first_length));
    align = text[first_length];
    i = first_length + 1;
  } else if (!text.empty() && is_align(text[0])) {
    align = text[0];
    i = 1;
  }
  if (align == '=') return thread.raise(types.ValueError, "'=' alignment flag is not allowed in complex format specifier");
  std::string flags;
  if (i < text.size() && (text[i] == '+' || text[i] == '-' || text[i] == ' ')) flags += text[i++];
  if (i < text.size() && text[i] == 'z') flags += text[i++];
  if (i < text.size() && text[i] == '#') flags += text[i++];
  if (i < text.size() && text[i] == '0') return thread.raise(types.ValueError, "Zero padding is not allowed in complex format specifier");
  int64_t width = 0;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9') width = width * 10 + (text[i++] - '0');
  std::string grouping;
  if (i < text.size() && (text[i] == ',' || text[i] == '_')) grouping += text[i++];
  std::string precision;
  if (i < text.size() && text[i] == '.') {
    precision += text[i++];
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') precision += text[i++];
  }
  char type = 0;
  if (i < text.size()) type = text[i++];
  if (i != text.size()) return thread.raise(types.ValueError, "Invalid format specifier");
  if (type != 0 && std::string_view("eEfFgGn").find(type) == std::string_view::npos)
    return thread.raise_format(types.ValueError, "Unknown format code '%c' for object of type 'complex'", type);
  std::string sign_flag = flags.empty() || (flags[0] != '+' && flags[0] != ' ') ? "" : flags.substr(0, 1);
  std::string other_flags = flags.substr(sign_flag.size());
  std::string body;
  auto part = [&](double x, const std::string& sign, char part_type, std::string* out) {
    std::string spec = sign + other_flags + grouping + precision;
    if (part_type != 0) spec += part_type;
    Value formatted = format_value(thread, Value::from_double(x), spec);
    if (formatted.is_error()) return false;
    *out = static_cast<StrObject*>(formatted.as_object())->view();
    return true;
  };
  if (type == 0 && precision.empty()) {
    body = complex_repr(re, im);
    size_t at = body[0] == '(' ? 1 : 0;
    if (!sign_flag.empty() && body[at] != '-') body.insert(at, sign_flag);
  } else {
    char part_type = type == 0 ? 'g' : type == 'n' ? 'g' : type;
    bool show_real = type != 0 || re != 0.0 || std::signbit(re);
    std::string re_text, im_text;
    if (show_real && !part(re, sign_flag, part_type, &re_text)) return Value::error();
    if (!part(im, show_real ? "+" : sign_flag, part_type, &im_text)) return Value::error();
    body = re_text + im_text + "j";
    if (type == 0 && show_real) body = "(" + body + ")";
  }
  size_t length = 0;
  for (char c : body) length += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  if (width > int64_t(length)) {
    size_t pad = size_t(width) - length;
    size_t left = align == '<' ? 0 : align == '^' ? pad / 2 : pad;
    std::string out;
    for (size_t k = 0; k < left; ++k) out += fill;
    out += body;
    for (size_t k = 0; k < pad - left; ++k) out += fill;
    body = out;
  }
  return str_value(thread, body);
}

Value complex_value(Thread& thread, double real, double imag) {
  ComplexObject* c = thread.heap().make<ComplexObject>(T(thread).complex);
  c->real = real;
  c->imag = imag;
  return to_value(c);
}

bool is_complex(Thread& thread, Value value) {
  return value.is_object() && is_subtype(value.as_object()->type, T(thread).complex);
}

Value complex_float_pow(Thread& thread, double x, double y) { return c_pow(thread, {x, 0.0}, {y, 0.0}); }

void install_complex_type(Interpreter& interp) {
  interp.types().complex->slots = &kComplexSlots;
  define_slot_wrappers(interp, interp.types().complex,
                       "__add__ __bool__ __eq__ __hash__ __mul__ __ne__ __neg__ __pos__ __pow__ __radd__ __repr__ "
                       "__rmul__ __rpow__ __rsub__ __rtruediv__ __sub__ __truediv__");
  install_native_methods(interp, interp.types().complex, kComplexMethods);
  define_getsets(interp, interp.types().complex, kComplexGetSets);
  dict_set(interp.main_thread(), interp.builtins(), interp.intern("complex"), to_value(interp.types().complex));
}

}  // namespace pyxis
