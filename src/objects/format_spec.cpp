// The format-spec mini-language: parsing [[fill]align][sign][z][#][0][width][grouping]
// [.precision][type], then formatting ints (any size, via GMP), floats (printf conversions
// plus Python's rules for the default type) and strings; and `%` formatting on top of it.
#include "objects/format_spec.h"

#include "objects/complex_object.h"

#include <gmp.h>

#include <cmath>
#include <cstdio>
#include <cstring>

#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "support/number_format.h"
#include "vm/interpreter.h"
#include "vm/operations.h"

namespace pyxis {

namespace {

struct Spec {
  std::string fill = " ";
  char align = 0;  // '<', '>', '^', '=' or 0 (the type's default)
  char sign = '-';
  bool alternate = false;
  bool zero = false;
  int width = -1;
  char grouping = 0;  // ',' or '_'
  int precision = -1;
  char type = 0;
};

bool parse_spec(Thread& thread, std::string_view text, Spec* spec) {
  size_t i = 0;
  auto is_align = [](char c) { return c == '<' || c == '>' || c == '^' || c == '='; };
  // A fill character is any code point followed by an alignment.
  size_t first_length = 1;
  while (first_length < text.size() && (static_cast<unsigned char>(text[first_length]) & 0xC0) == 0x80) ++first_length;
  if (text.size() > first_length && is_align(text[first_length])) {
    spec->fill = std::string(text.substr(0, first_length));
    spec->align = text[first_length];
    i = first_length + 1;
  } else if (!text.empty() && is_align(text[0])) {
    spec->align = text[0];
    i = 1;
  }
  if (i < text.size() && (text[i] == '+' || text[i] == '-' || text[i] == ' ')) spec->sign = text[i++];
  if (i < text.size() && text[i] == 'z') ++i;
  if (i < text.size() && text[i] == '#') {
    spec->alternate = true;
    ++i;
  }
  if (i < text.size() && text[i] == '0') {
    spec->zero = true;
    ++i;
  }
  if (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) {
    spec->width = 0;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) spec->width = spec->width * 10 + (text[i++] - '0');
  }
  if (i < text.size() && (text[i] == ',' || text[i] == '_')) spec->grouping = text[i++];
  if (i < text.size() && text[i] == '.') {
    ++i;
    if (i >= text.size() || !std::isdigit(static_cast<unsigned char>(text[i]))) {
      thread.raise(thread.types().ValueError, "Format specifier missing precision");
      return false;
    }
    spec->precision = 0;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) spec->precision = spec->precision * 10 + (text[i++] - '0');
  }
  if (i < text.size()) spec->type = text[i++];
  if (i != text.size()) {
    thread.raise(thread.types().ValueError, "Invalid format specifier");
    return false;
  }
  return true;
}

size_t code_points(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// Inserts a grouping separator every three digits of the integer part of `digits`.
std::string group(std::string_view digits, char separator, int every) {
  size_t end = digits.find_first_not_of("0123456789abcdefABCDEF");
  if (end == std::string_view::npos) end = digits.size();
  std::string result;
  size_t lead = end % size_t(every);
  for (size_t i = 0; i < end; ++i) {
    if (i != 0 && (i - lead) % size_t(every) == 0 && i >= lead) result += separator;
    result += digits[i];
  }
  result.append(digits.substr(end));
  return result;
}

// Pads `sign` + `body` to the width with the alignment rules (numbers: '=' pads after the sign).
std::string pad(const Spec& spec, std::string sign, std::string body, char default_align) {
  char align = spec.align != 0 ? spec.align : (spec.zero ? '=' : default_align);
  std::string fill = spec.align == 0 && spec.zero ? "0" : spec.fill;
  size_t length = code_points(sign) + code_points(body);
  if (spec.width < 0 || length >= size_t(spec.width)) return sign + body;
  size_t missing = size_t(spec.width) - length;
  auto repeat = [&](size_t n) {
    std::string out;
    for (size_t i = 0; i < n; ++i) out += fill;
    return out;
  };
  switch (align) {
    case '<': return sign + body + repeat(missing);
    case '^': return repeat(missing / 2) + sign + body + repeat(missing - missing / 2);
    case '=': return sign + repeat(missing) + body;
    default: return repeat(missing) + sign + body;
  }
}

std::string sign_text(const Spec& spec, bool negative) {
  if (negative) return "-";
  if (spec.sign == '+') return "+";
  if (spec.sign == ' ') return " ";
  return "";
}

Value format_int(Thread& thread, Value value, const Spec& spec) {
  char type = spec.type == 0 ? 'd' : spec.type;
  if (type == 'c') {
    int64_t code;
    if (!int_fits_i64(value, &code) || code < 0 || code > 0x10FFFF)
      return thread.raise(thread.types().OverflowError, "%c arg not in range(0x110000)");
    Value ch = call(thread, dict_get_str(thread.interp().builtins(), thread.interp().intern("chr")), &value, 1);
    if (ch.is_error()) return ch;
    return str_value(thread, pad(spec, "", std::string(static_cast<StrObject*>(ch.as_object())->view()), '<'));
  }
  int base = type == 'b' ? 2 : type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
  if (type != 'd' && type != 'n' && base == 10) {
    thread.raise_format(thread.types().ValueError, "Unknown format code '%c' for object of type 'int'", type);
    return Value::error();
  }
  mpz_t m;
  mpz_init(m);
  int_to_mpz(value, m);
  bool negative = mpz_sgn(m) < 0;
  mpz_abs(m, m);
  std::string digits(mpz_sizeinbase(m, base) + 2, '\0');
  mpz_get_str(digits.data(), base, m);
  mpz_clear(m);
  digits = digits.c_str();
  int64_t limit = thread.interp().int_max_str_digits;  // decimal output obeys sys.set_int_max_str_digits
  if (base == 10 && limit != 0 && digits.size() > size_t(limit))
    return thread.raise_format(thread.types().ValueError,
                               "Exceeds the limit (%lld digits) for integer string conversion; use "
                               "sys.set_int_max_str_digits() to increase the limit",
                               static_cast<long long>(limit));
  if (type == 'X')
    for (char& c : digits) c = char(std::toupper(static_cast<unsigned char>(c)));
  if (spec.grouping != 0) digits = group(digits, spec.grouping, base == 10 ? 3 : 4);
  const char* prefix = "";
  if (spec.alternate && base != 10) prefix = base == 2 ? "0b" : base == 8 ? "0o" : type == 'X' ? "0X" : "0x";
  return str_value(thread, pad(spec, sign_text(spec, negative) + prefix, digits, '>'));
}

Value format_float(Thread& thread, double d, const Spec& spec) {
  char type = spec.type;
  bool negative = std::signbit(d) && !std::isnan(d);
  double magnitude = std::fabs(d);
  std::string body;
  char buffer[512];
  if (type == 0 && spec.precision < 0) {
    std::string repr;
    append_float_repr(repr, magnitude);
    body = repr;
  } else if (std::isinf(magnitude) || std::isnan(magnitude)) {
    body = std::isnan(magnitude) ? "nan" : "inf";
    if (type == 'F' || type == 'E' || type == 'G') body = std::isnan(magnitude) ? "NAN" : "INF";
    if (type == '%') body += "%";
  } else {
    int precision = spec.precision < 0 ? 6 : spec.precision;
    switch (type) {
      case 'f': case 'F': std::snprintf(buffer, sizeof buffer, spec.alternate ? "%#.*f" : "%.*f", precision, magnitude); break;
      case 'e': case 'E': std::snprintf(buffer, sizeof buffer, spec.alternate ? "%#.*e" : "%.*e", precision, magnitude); break;
      case '%': std::snprintf(buffer, sizeof buffer, "%.*f%%", precision, magnitude * 100); break;
      case 'g': case 'G': case 0: case 'n':
        std::snprintf(buffer, sizeof buffer, spec.alternate ? "%#.*g" : "%.*g", precision == 0 ? 1 : precision, magnitude);
        break;
      default:
        thread.raise_format(thread.types().ValueError, "Unknown format code '%c' for object of type 'float'", type);
        return Value::error();
    }
    body = buffer;
    if (type == 'E' || type == 'G')
      for (char& c : body) c = char(std::toupper(static_cast<unsigned char>(c)));
    if (type == 0 && body.find_first_of(".en") == std::string::npos) body += ".0";
  }
  if (spec.grouping != 0) body = group(body, spec.grouping, 3);
  return str_value(thread, pad(spec, sign_text(spec, negative), body, '>'));
}

}  // namespace

Value format_value(Thread& thread, Value value, std::string_view text) {
  const BuiltinTypes& types = thread.types();
  Type* type = type_of(thread.interp(), value);
  if (type->is_heap_type) {
    Value method = type_lookup(type, thread.interp().intern("__format__"));
    if (!method.is_empty()) {
      Value args[2] = {value, str_value(thread, text)};
      return call(thread, method, args, 2);
    }
  }
  if (text.empty()) return to_str(thread, value);
  if (is_complex(thread, value)) return complex_format(thread, value, text);
  Spec spec;
  if (!parse_spec(thread, text, &spec)) return Value::error();
  if (value.is_bool() && spec.type == 0) return format_value(thread, to_str(thread, value), text);
  if (is_int(thread, value)) {
    if (spec.type == 'e' || spec.type == 'E' || spec.type == 'f' || spec.type == 'F' || spec.type == 'g' ||
        spec.type == 'G' || spec.type == '%') {
      double d;
      if (!int_to_double(thread, value, &d)) return Value::error();
      return format_float(thread, d, spec);
    }
    if (spec.precision >= 0) return thread.raise(types.ValueError, "Precision not allowed in integer format specifier");
    return format_int(thread, value, spec);
  }
  if (value.is_float()) return format_float(thread, value.as_double(), spec);
  if (type == types.str) {
    if (spec.type != 0 && spec.type != 's')
      return thread.raise_format(types.ValueError, "Unknown format code '%c' for object of type 'str'", spec.type);
    std::string_view s = static_cast<StrObject*>(value.as_object())->view();
    std::string body(s);
    if (spec.precision >= 0 && code_points(s) > size_t(spec.precision))
      body = std::string(s.substr(0, str_byte_offset(static_cast<StrObject*>(value.as_object()), size_t(spec.precision))));
    if (spec.align == '=') return thread.raise(types.ValueError, "'=' alignment not allowed in string format specifier");
    return str_value(thread, pad(spec, "", body, '<'));
  }
  return thread.raise_format(types.TypeError, "unsupported format string passed to %s.__format__", type->name.c_str());
}

Value percent_format(Thread& thread, std::string_view text, Value args) {
  const BuiltinTypes& types = thread.types();
  bool is_tuple = args.is_object() && args.as_object()->type == types.tuple;
  bool is_mapping = args.is_object() && args.as_object()->type == types.dict;
  size_t count = is_tuple ? static_cast<TupleObject*>(args.as_object())->size : 1;
  size_t next = 0;
  std::string out;
  auto next_arg = [&](Value* out_value) {
    if (next >= count) {
      thread.raise(types.TypeError, "not enough arguments for format string");
      return false;
    }
    *out_value = is_tuple ? static_cast<TupleObject*>(args.as_object())->items[next] : args;
    ++next;
    return true;
  };
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '%') {
      out += text[i];
      continue;
    }
    if (++i >= text.size()) return thread.raise(types.ValueError, "incomplete format");
    Value value;
    bool have_value = false;
    if (text[i] == '(') {
      size_t close = text.find(')', i);
      if (close == std::string_view::npos) return thread.raise(types.ValueError, "incomplete format key");
      if (!is_mapping) return thread.raise(types.TypeError, "format requires a mapping");
      Value key = str_value(thread, text.substr(i + 1, close - i - 1));
      value = get_item(thread, args, key);
      if (value.is_error()) return value;
      have_value = true;
      i = close + 1;
    }
    Spec spec;
    std::string flags;
    while (i < text.size() && std::strchr("-+ #0", text[i]) != nullptr) {
      char f = text[i++];
      if (f == '-') spec.align = '<';
      else if (f == '+') spec.sign = '+';
      else if (f == ' ' && spec.sign != '+') spec.sign = ' ';
      else if (f == '#') spec.alternate = true;
      else if (f == '0') spec.zero = true;
    }
    if (i < text.size() && text[i] == '*') return thread.raise(types.ValueError, "* width is not supported yet");
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) spec.width = std::max(spec.width, 0) * 10 + (text[i++] - '0');
    if (i < text.size() && text[i] == '.') {
      ++i;
      spec.precision = 0;
      while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) spec.precision = spec.precision * 10 + (text[i++] - '0');
    }
    if (i >= text.size()) return thread.raise(types.ValueError, "incomplete format");
    char conversion = text[i];
    if (conversion == '%') {
      out += '%';
      continue;
    }
    if (!have_value && !next_arg(&value)) return Value::error();
    if (spec.align == '<') spec.zero = false;
    Value piece;
    switch (conversion) {
      case 's': case 'r': case 'a': {
        Value s = conversion == 's' ? to_str(thread, value) : repr(thread, value);
        if (s.is_error()) return s;
        spec.zero = false;
        if (spec.align == 0) spec.align = '>';
        piece = format_value(thread, s, "");
        if (!piece.is_error()) {
          std::string body(static_cast<StrObject*>(s.as_object())->view());
          if (spec.precision >= 0 && body.size() > size_t(spec.precision)) body.resize(size_t(spec.precision));
          piece = str_value(thread, pad(spec, "", body, '>'));
        }
        break;
      }
      case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
        if ((conversion == 'x' || conversion == 'X' || conversion == 'o') && !is_int(thread, value))
          return thread.raise_format(types.TypeError, "%%%c format: an integer is required, not %s", conversion,
                                     type_name(thread, value));
        if (value.is_float()) {
          Value as_int = call(thread, to_value(types.int_), &value, 1);
          if (as_int.is_error()) return as_int;
          value = as_int;
        }
        if (!is_int(thread, value))
          return thread.raise_format(types.TypeError, "%%%c format: a real number is required, not %s", conversion,
                                     type_name(thread, value));
        spec.type = (conversion == 'i' || conversion == 'u') ? 'd' : conversion;
        int precision = spec.precision;
        spec.precision = -1;
        piece = format_int(thread, value, spec);
        (void)precision;
        break;
      }
      case 'f': case 'F': case 'e': case 'E': case 'g': case 'G': {
        double d;
        if (value.is_float()) d = value.as_double();
        else if (is_int(thread, value)) {
          if (!int_to_double(thread, value, &d)) return Value::error();
        } else {
          return thread.raise_format(types.TypeError, "must be real number, not %s", type_name(thread, value));
        }
        spec.type = conversion;
        if (spec.precision < 0) spec.precision = 6;
        piece = format_float(thread, d, spec);
        break;
      }
      case 'c': {
        spec.type = 'c';
        piece = is_int(thread, value) ? format_int(thread, value, spec) : to_str(thread, value);
        break;
      }
      default:
        return thread.raise_format(types.ValueError, "unsupported format character '%c' (0x%x) at index %zu", conversion,
                                   unsigned(static_cast<unsigned char>(conversion)), i);
    }
    if (piece.is_error()) return piece;
    out += static_cast<StrObject*>(piece.as_object())->view();
  }
  if (!is_mapping && next < count)
    return thread.raise(types.TypeError, "not all arguments converted during string formatting");
  return str_value(thread, out);
}

}  // namespace pyxis
