// printf-style `bytes % args` (PEP 461): %s/%b take bytes-like objects or __bytes__, %r/%a
// give ascii(), %c an int or one byte; numeric conversions share str's formatter.
#include <cstdio>

#include "objects/bytes_object.h"
#include "objects/dict_object.h"
#include "objects/format_spec.h"
#include "objects/int_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "support/unicode.h"
#include "vm/interpreter.h"
#include "vm/operations.h"

namespace pyxis {

namespace {

const BuiltinTypes& T(Thread& thread) { return thread.types(); }
bool has_type(Value v, const Type* type) { return v.is_object() && v.as_object()->type == type; }

// ascii(value) as bytes.
bool ascii_of(Thread& thread, Value value, std::string* out) {
  std::string text;
  if (!append_repr(thread, text, value)) return false;
  size_t pos = 0;
  while (pos < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[pos]);
    if (c < 0x80) {
      *out += char(c);
      ++pos;
      continue;
    }
    char32_t cp;
    if (!unicode::decode_utf8(text, &pos, &cp)) {
      cp = c;
      ++pos;
    }
    char buffer[16];
    if (cp < 0x100) std::snprintf(buffer, sizeof buffer, "\\x%02x", unsigned(cp));
    else if (cp < 0x10000) std::snprintf(buffer, sizeof buffer, "\\u%04x", unsigned(cp));
    else std::snprintf(buffer, sizeof buffer, "\\U%08x", unsigned(cp));
    *out += buffer;
  }
  return true;
}

}  // namespace

Value bytes_percent_format(Thread& thread, Value format, Value args) {
  const BuiltinTypes& types = T(thread);
  std::string text;
  {
    std::string_view view;
    bytes_like_view(thread, format, &view);
    text = view;
  }
  bool is_tuple = has_type(args, types.tuple);
  bool is_mapping = !is_tuple && args.is_object() && !has_type(args, types.str) && !is_bytes(thread, args) &&
                    !is_bytearray(thread, args) &&
                    (has_type(args, types.dict) ||
                     (args.as_object()->type->is_heap_type &&
                      !type_lookup(args.as_object()->type, thread.interp().intern("__getitem__")).is_empty()));
  size_t count = is_tuple ? static_cast<TupleObject*>(args.as_object())->size : 1;
  size_t next = 0;
  bool used_mapping_key = false;
  auto next_arg = [&](Value* out) {
    if (next >= count) {
      thread.raise(types.TypeError, "not enough arguments for format string");
      return false;
    }
    *out = is_tuple ? static_cast<TupleObject*>(args.as_object())->items[next] : args;
    ++next;
    return true;
  };
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (c != '%') {
      out += c;
      ++i;
      continue;
    }
    size_t spec_start = i;
    ++i;
    if (i >= text.size()) return thread.raise(types.ValueError, "incomplete format");
    Value value;
    bool have_value = false;
    if (text[i] == '(') {
      if (!is_mapping) return thread.raise(types.TypeError, "format requires a mapping");
      size_t depth = 1, key_start = ++i;
      while (i < text.size() && depth > 0) {
        if (text[i] == '(') ++depth;
        else if (text[i] == ')') --depth;
        ++i;
      }
      if (depth > 0) return thread.raise(types.ValueError, "incomplete format key");
      Value key = bytes_value(thread, std::string_view(text).substr(key_start, i - 1 - key_start));
      value = get_item(thread, args, key);
      if (value.is_error()) return value;
      have_value = true;
      used_mapping_key = true;
    }
    std::string flags;
    while (i < text.size() && (text[i] == '-' || text[i] == '+' || text[i] == ' ' || text[i] == '#' || text[i] == '0'))
      flags += text[i++];
    int64_t width = -1, precision = -1;
    auto read_number = [&](int64_t* target) -> bool {
      if (i < text.size() && text[i] == '*') {
        ++i;
        Value star;
        if (!next_arg(&star)) return false;
        if (!is_int(thread, star)) {
          thread.raise(types.TypeError, "* wants int");
          return false;
        }
        int_fits_i64(star, target);
        return true;
      }
      if (i < text.size() && text[i] >= '0' && text[i] <= '9') {
        *target = 0;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9') *target = *target * 10 + (text[i++] - '0');
      }
      return true;
    };
    if (!read_number(&width)) return Value::error();
    if (width < -1) {
      flags += '-';
      width = -width;
    }
    if (i < text.size() && text[i] == '.') {
      ++i;
      precision = 0;
      if (!read_number(&precision)) return Value::error();
    }
    while (i < text.size() && (text[i] == 'h' || text[i] == 'l' || text[i] == 'L')) ++i;
    if (i >= text.size()) return thread.raise(types.ValueError, "incomplete format");
    char type = text[i++];
    if (type == '%') {
      out += '%';
      continue;
    }
    if (!have_value && !next_arg(&value)) return Value::error();
    std::string piece;
    switch (type) {
      case 's':
      case 'b': {
        std::string_view view;
        if (bytes_like_view(thread, value, &view)) {
          piece = view;
        } else {
          Value method = value.is_object() && value.as_object()->type->is_heap_type
                             ? type_lookup(value.as_object()->type, thread.interp().intern("__bytes__"))
                             : Value();
          if (method.is_empty())
            return thread.raise_format(types.TypeError,
                                       "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                                       type_name(thread, value));
          Value result = call(thread, method, &value, 1);
          if (result.is_error()) return result;
          if (!is_bytes(thread, result))
            return thread.raise_format(types.TypeError, "__bytes__ returned non-bytes (type %s)", type_name(thread, result));
          bytes_like_view(thread, result, &view);
          piece = view;
        }
        if (precision >= 0 && size_t(precision) < piece.size()) piece.resize(size_t(precision));
        break;
      }
      case 'r':
      case 'a':
        if (!ascii_of(thread, value, &piece)) return Value::error();
        if (precision >= 0 && size_t(precision) < piece.size()) piece.resize(size_t(precision));
        break;
      case 'c': {
        std::string_view view;
        if (is_int(thread, value)) {
          int64_t n;
          if (!int_fits_i64(value, &n) || n < 0 || n > 255) return thread.raise(types.OverflowError, "%c arg not in range(256)");
          piece.assign(1, char(n));
        } else if ((is_bytes(thread, value) || is_bytearray(thread, value)) && bytes_like_view(thread, value, &view) &&
                   view.size() == 1) {
          piece = view;
        } else {
          return thread.raise(types.TypeError, "%c requires an integer in range(256) or a single byte");
        }
        break;
      }
      case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        // The numeric conversions are the same as str's.
        std::string spec = "%" + flags;
        if (width >= 0) spec += std::to_string(width);
        if (precision >= 0) spec += "." + std::to_string(precision);
        spec += type;
        Value one = to_value(tuple_from(thread, &value, 1));
        Value formatted = percent_format(thread, spec, one);
        if (formatted.is_error()) return formatted;
        out += static_cast<StrObject*>(formatted.as_object())->view();
        continue;
      }
      default: {
        char shown = type;
        return thread.raise_format(types.ValueError, "unsupported format character '%c' (0x%x) at index %zu", shown,
                                   unsigned(static_cast<unsigned char>(shown)), i - 1);
      }
    }
    (void)spec_start;
    bool left = flags.find('-') != std::string::npos;
    if (width > int64_t(piece.size())) {
      size_t pad = size_t(width) - piece.size();
      if (left) piece.append(pad, ' ');
      else piece.insert(0, pad, ' ');
    }
    out += piece;
  }
  if (next < count && !is_mapping && !used_mapping_key)
    return thread.raise(types.TypeError, "not all arguments converted during bytes formatting");
  return bytes_like_result(thread, format, out);
}

}  // namespace pyxis
