// The methods bytes and bytearray share (decode, hex/fromhex, searching, splitting,
// stripping, case mapping, padding, translate ...), each returning the receiver's type.
#include <algorithm>
#include <cstring>

#include "objects/bytes_object.h"
#include "objects/codecs.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/method_table.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/interpreter.h"
#include "vm/operations.h"

namespace pyxis {

namespace {

const BuiltinTypes& T(Thread& thread) { return thread.types(); }
bool has_type(Value v, const Type* type) { return v.is_object() && v.as_object()->type == type; }

std::string_view self_view(Thread& thread, Value self) {
  std::string_view out;
  bytes_like_view(thread, self, &out);
  return out;
}

bool is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool is_alpha(unsigned char c) { return is_lower(c) || is_upper(c); }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
char to_upper(char c) { return is_lower(static_cast<unsigned char>(c)) ? char(c - 32) : c; }
char to_lower(char c) { return is_upper(static_cast<unsigned char>(c)) ? char(c + 32) : c; }

// A bytes-like argument, or TypeError "a bytes-like object is required, not 'str'".
bool need_buffer(Thread& thread, Value v, std::string_view* out) {
  if (bytes_like_view(thread, v, out)) return true;
  thread.raise_format(T(thread).TypeError, "a bytes-like object is required, not '%s'", type_name(thread, v));
  return false;
}

// The `sub` argument of count/find/index: bytes-like or an int 0..255.
bool need_sub(Thread& thread, Value v, std::string* out) {
  std::string_view view;
  if (bytes_like_view(thread, v, &view)) {
    *out = view;
    return true;
  }
  if (is_int(thread, v)) {
    int64_t n;
    if (!int_fits_i64(v, &n) || n < 0 || n > 255) {
      thread.raise(T(thread).ValueError, "byte must be in range(0, 256)");
      return false;
    }
    out->assign(1, char(n));
    return true;
  }
  thread.raise_format(T(thread).TypeError, "argument should be integer or bytes-like object, not '%s'", type_name(thread, v));
  return false;
}

// Optional start/end arguments clipped as slice indices against `length`.
bool need_range(Thread& thread, Value start_value, Value end_value, int64_t length, int64_t* start, int64_t* end) {
  auto one = [&](Value v, int64_t fallback, int64_t* out) {
    if (v.is_empty() || v.is_none()) {
      *out = fallback;
      return true;
    }
    if (!is_int(thread, v)) {
      thread.raise(T(thread).TypeError, "slice indices must be integers or None or have an __index__ method");
      return false;
    }
    int64_t i;
    if (!int_fits_i64(v, &i)) i = int_compare(v, Value::small_int(0)) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    *out = i;
    return true;
  };
  if (!one(start_value, 0, start) || !one(end_value, length, end)) return false;
  if (*end > length) *end = length;
  else if (*end < 0) {
    *end += length;
    if (*end < 0) *end = 0;
  }
  if (*start < 0) {
    *start += length;
    if (*start < 0) *start = 0;
  }
  return true;
}

bool need_index(Thread& thread, Value v, int64_t* out) {
  if (!is_int(thread, v)) {
    thread.raise_format(T(thread).TypeError, "'%s' object cannot be interpreted as an integer", type_name(thread, v));
    return false;
  }
  if (!int_fits_i64(v, out)) {
    thread.raise(T(thread).OverflowError, "Python int too large to convert to C ssize_t");
    return false;
  }
  return true;
}

Value result_like(Thread& thread, Value self, std::string_view data) { return bytes_like_result(thread, self, data); }

// ---------------------------------------------------------------- decode, hex

Value m_decode(Thread& thread, Value self, const Value* args, size_t) {
  for (int i = 0; i < 2; ++i)
    if (!args[i].is_empty() && !is_instance_of(thread, args[i], T(thread).str))
      return thread.raise_format(T(thread).TypeError, "decode() argument '%s' must be str, not %s",
                                 i == 0 ? "encoding" : "errors", type_name(thread, args[i]));
  std::string copy(self_view(thread, self));
  return codec_decode(thread, copy, args[0], args[1]);
}

Value m_hex(Thread& thread, Value self, const Value* args, size_t) {
  std::string_view data = self_view(thread, self);
  std::string sep;
  if (!args[0].is_empty()) {
    std::string_view text;
    if (has_type(args[0], T(thread).str)) {
      text = static_cast<StrObject*>(args[0].as_object())->view();
      if (static_cast<StrObject*>(args[0].as_object())->length != 1)
        return thread.raise(T(thread).ValueError, "sep must be length 1.");
      if (static_cast<unsigned char>(text[0]) >= 0x80) return thread.raise(T(thread).ValueError, "sep must be ASCII.");
    } else if (bytes_like_view(thread, args[0], &text)) {
      if (text.size() != 1) return thread.raise(T(thread).ValueError, "sep must be length 1.");
      if (static_cast<unsigned char>(text[0]) >= 0x80) return thread.raise(T(thread).ValueError, "sep must be ASCII.");
    } else {
      int64_t n;
      if (!length(thread, args[0], &n)) return Value::error();
      return thread.raise(T(thread).ValueError, "sep must be length 1.");
    }
    sep = text;
  }
  int64_t group = 1;
  if (!args[1].is_empty() && !need_index(thread, args[1], &group)) return Value::error();
  static const char digits[] = "0123456789abcdef";
  std::string out;
  size_t n = data.size();
  size_t every = size_t(group < 0 ? -group : group);
  for (size_t i = 0; i < n; ++i) {
    if (i != 0 && !sep.empty() && every != 0) {
      // Positive: groups counted from the right; negative: from the left.
      bool boundary = group > 0 ? (n - i) % every == 0 : i % every == 0;
      if (boundary) out += sep;
    }
    unsigned char c = static_cast<unsigned char>(data[i]);
    out += digits[c >> 4];
    out += digits[c & 15];
  }
  return str_value(thread, out);
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

Value m_fromhex(Thread& thread, Value cls, const Value* args, size_t) {
  if (!has_type(args[0], T(thread).str))
    return thread.raise_format(T(thread).TypeError, "fromhex() argument must be str, not %s", type_name(thread, args[0]));
  StrObject* text = static_cast<StrObject*>(args[0].as_object());
  std::string_view s = text->view();
  std::string out;
  size_t i = 0;
  auto position = [&](size_t byte) { return text->ascii ? byte : str_byte_offset(text, 0) + byte; };
  (void)position;
  // Positions count code points; non-ASCII input fails at its first non-ASCII character.
  auto code_point_index = [&](size_t byte) {
    size_t count = 0;
    for (size_t k = 0; k < byte; ++k)
      if ((static_cast<unsigned char>(s[k]) & 0xC0) != 0x80) ++count;
    return count;
  };
  for (;;) {
    while (i < s.size() && is_space(static_cast<unsigned char>(s[i]))) ++i;
    if (i >= s.size()) break;
    int hi = hex_digit(s[i]);
    if (hi < 0)
      return thread.raise_format(T(thread).ValueError, "non-hexadecimal number found in fromhex() arg at position %zu",
                                 code_point_index(i));
    int lo = i + 1 < s.size() ? hex_digit(s[i + 1]) : -1;
    if (lo < 0)
      return thread.raise_format(T(thread).ValueError, "non-hexadecimal number found in fromhex() arg at position %zu",
                                 code_point_index(i + 1));
    out += char(hi * 16 + lo);
    i += 2;
  }
  Type* type = static_cast<Type*>(cls.as_object());
  Value result = is_subtype(type, T(thread).bytearray) ? to_value(bytearray_new(thread, out)) : bytes_value(thread, out);
  if (type != T(thread).bytes && type != T(thread).bytearray) return call(thread, cls, &result, 1);
  return result;
}

Value m_maketrans(Thread& thread, Value, const Value* args, size_t) {
  std::string_view from, to;
  if (!need_buffer(thread, args[0], &from) || !need_buffer(thread, args[1], &to)) return Value::error();
  if (from.size() != to.size()) return thread.raise(T(thread).ValueError, "maketrans arguments must have same length");
  std::string table(256, '\0');
  for (int i = 0; i < 256; ++i) table[size_t(i)] = char(i);
  for (size_t i = 0; i < from.size(); ++i) table[static_cast<unsigned char>(from[i])] = to[i];
  return bytes_value(thread, table);
}

// ---------------------------------------------------------------- searching

// Index of sub in data[start, end) (forward or backward), or -1.
int64_t find_in(std::string_view data, std::string_view sub, int64_t start, int64_t end, bool reverse) {
  if (start > int64_t(data.size()) || end - start < int64_t(sub.size())) return -1;
  std::string_view window = data.substr(size_t(start), size_t(end - start));
  size_t at = reverse ? window.rfind(sub) : window.find(sub);
  return at == std::string_view::npos ? -1 : start + int64_t(at);
}

// count/find/index/startswith ... take (sub[, start[, end]]) with CPython's older argument
// messages; the three values land in `out` (missing ones empty).
bool sub_range_args(Thread& thread, const char* name, const Value* args, size_t nargs, Value out[3]) {
  if (nargs < 1) {
    thread.raise_format(T(thread).TypeError, "%s() takes at least 1 argument (0 given)", name);
    return false;
  }
  if (nargs > 3) {
    thread.raise_format(T(thread).TypeError, "%s() takes at most 3 arguments (%zu given)", name, nargs);
    return false;
  }
  for (size_t i = 0; i < 3; ++i) out[i] = i < nargs ? args[i] : Value();
  return true;
}

Value find_common(Thread& thread, Value self, const Value* args, bool reverse, bool raise) {
  std::string sub;
  if (!need_sub(thread, args[0], &sub)) return Value::error();
  std::string_view data = self_view(thread, self);
  int64_t start, end;
  if (!need_range(thread, args[1], args[2], int64_t(data.size()), &start, &end)) return Value::error();
  int64_t at = find_in(data, sub, start, end, reverse);
  if (at < 0 && raise) return thread.raise(T(thread).ValueError, "subsection not found");
  return Value::small_int(at);
}

template <bool Reverse, bool Raise>
Value m_find_family(Thread& thread, Value self, const Value* args, size_t nargs) {
  static const char* const names[2][2] = {{"find", "index"}, {"rfind", "rindex"}};
  Value unpacked[3];
  if (!sub_range_args(thread, names[Reverse][Raise], args, nargs, unpacked)) return Value::error();
  return find_common(thread, self, unpacked, Reverse, Raise);
}

Value m_count(Thread& thread, Value self, const Value* given, size_t nargs) {
  Value args[3];
  if (!sub_range_args(thread, "count", given, nargs, args)) return Value::error();
  std::string sub;
  if (!need_sub(thread, args[0], &sub)) return Value::error();
  std::string_view data = self_view(thread, self);
  int64_t start, end;
  if (!need_range(thread, args[1], args[2], int64_t(data.size()), &start, &end)) return Value::error();
  if (start > int64_t(data.size()) || end < start) return Value::small_int(0);
  if (sub.empty()) return Value::small_int(end - start + 1);
  std::string_view window = data.substr(size_t(start), size_t(end - start));
  int64_t count = 0;
  for (size_t at = window.find(sub); at != std::string_view::npos; at = window.find(sub, at + sub.size())) ++count;
  return Value::small_int(count);
}

Value affix_common(Thread& thread, Value self, const Value* args, bool suffix) {
  std::string_view data = self_view(thread, self);
  int64_t start, end;
  if (!need_range(thread, args[1], args[2], int64_t(data.size()), &start, &end)) return Value::error();
  auto test = [&](std::string_view affix) {
    if (start > int64_t(data.size())) return false;
    if (end - start < int64_t(affix.size())) return false;
    std::string_view window = data.substr(size_t(start), size_t(end - start));
    return suffix ? window.ends_with(affix) : window.starts_with(affix);
  };
  const char* name = suffix ? "endswith" : "startswith";
  if (has_type(args[0], T(thread).tuple)) {
    auto* tuple = static_cast<TupleObject*>(args[0].as_object());
    for (size_t i = 0; i < tuple->size; ++i) {
      std::string_view affix;
      if (!need_buffer(thread, tuple->items[i], &affix)) return Value::error();
      if (test(affix)) return Value::true_();
    }
    return Value::false_();
  }
  std::string_view affix;
  if (!bytes_like_view(thread, args[0], &affix))
    return thread.raise_format(T(thread).TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name,
                               type_name(thread, args[0]));
  return Value::boolean(test(affix));
}

template <bool Suffix>
Value m_affix(Thread& thread, Value self, const Value* args, size_t nargs) {
  Value unpacked[3];
  if (!sub_range_args(thread, Suffix ? "endswith" : "startswith", args, nargs, unpacked)) return Value::error();
  return affix_common(thread, self, unpacked, Suffix);
}

// ---------------------------------------------------------------- joining and splitting

Value m_join(Thread& thread, Value self, const Value* args, size_t) {
  Value iterator = get_iter(thread, args[0]);
  if (iterator.is_error()) return iterator;
  ListObject* items = list_new(thread);
  for (;;) {
    Value item = iter_next(thread, iterator);
    if (item.is_error()) return item;
    if (item.is_empty()) break;
    list_append(thread, items, item);
  }
  std::string out;
  std::string separator(self_view(thread, self));
  for (size_t i = 0; i < items->items.size(); ++i) {
    std::string_view piece;
    if (!bytes_like_view(thread, items->items[i], &piece))
      return thread.raise_format(T(thread).TypeError, "sequence item %zu: expected a bytes-like object, %s found", i,
                                 type_name(thread, items->items[i]));
    if (i != 0) out += separator;
    out += piece;
  }
  return result_like(thread, self, out);
}

bool need_maxsplit(Thread& thread, Value v, int64_t* out) {
  *out = -1;
  if (v.is_empty()) return true;
  return need_index(thread, v, out);
}

Value split_common(Thread& thread, Value self, const Value* args, bool reverse) {
  std::string sep_storage;
  bool whitespace = args[0].is_empty() || args[0].is_none();
  if (!whitespace) {
    std::string_view sep;
    if (!need_buffer(thread, args[0], &sep)) return Value::error();
    if (sep.empty()) return thread.raise(T(thread).ValueError, "empty separator");
    sep_storage = sep;
  }
  int64_t maxsplit;
  if (!need_maxsplit(thread, args[1], &maxsplit)) return Value::error();
  if (maxsplit < 0) maxsplit = INT64_MAX;
  std::string data(self_view(thread, self));
  std::vector<std::string> parts;
  if (whitespace) {
    auto space = [&](size_t i) { return is_space(static_cast<unsigned char>(data[i])); };
    if (!reverse) {
      size_t i = 0, n = data.size();
      while (i < n) {
        while (i < n && space(i)) ++i;
        if (i == n) break;
        if (int64_t(parts.size()) == maxsplit) {
          parts.push_back(data.substr(i));
          break;
        }
        size_t j = i;
        while (j < n && !space(j)) ++j;
        parts.push_back(data.substr(i, j - i));
        i = j;
      }
    } else {
      size_t n = data.size();
      while (n > 0) {
        while (n > 0 && space(n - 1)) --n;
        if (n == 0) break;
        if (int64_t(parts.size()) == maxsplit) {
          parts.push_back(data.substr(0, n));
          break;
        }
        size_t j = n;
        while (j > 0 && !space(j - 1)) --j;
        parts.push_back(data.substr(j, n - j));
        n = j;
      }
      std::reverse(parts.begin(), parts.end());
    }
  } else {
    const std::string& sep = sep_storage;
    if (!reverse) {
      size_t i = 0;
      for (;;) {
        size_t at = int64_t(parts.size()) < maxsplit ? data.find(sep, i) : std::string::npos;
        if (at == std::string::npos) {
          parts.push_back(data.substr(i));
          break;
        }
        parts.push_back(data.substr(i, at - i));
        i = at + sep.size();
      }
    } else {
      size_t end = data.size();
      for (;;) {
        size_t at = std::string::npos;
        if (int64_t(parts.size()) < maxsplit && end >= sep.size()) at = data.rfind(sep, end - sep.size());
        if (at == std::string::npos) {
          parts.push_back(data.substr(0, end));
          break;
        }
        parts.push_back(data.substr(at + sep.size(), end - at - sep.size()));
        end = at;
      }
      std::reverse(parts.begin(), parts.end());
    }
  }
  ListObject* list = list_new(thread);
  for (const std::string& part : parts) list_append(thread, list, result_like(thread, self, part));
  return to_value(list);
}

Value m_split(Thread& t, Value s, const Value* a, size_t) { return split_common(t, s, a, false); }
Value m_rsplit(Thread& t, Value s, const Value* a, size_t) { return split_common(t, s, a, true); }

Value m_splitlines(Thread& thread, Value self, const Value* args, size_t) {
  bool keep = false;
  if (!args[0].is_empty()) {
    int t = truthy(thread, args[0]);
    if (t < 0) return Value::error();
    keep = t;
  }
  std::string data(self_view(thread, self));
  ListObject* list = list_new(thread);
  size_t i = 0, n = data.size();
  while (i < n) {
    size_t j = i;
    while (j < n && data[j] != '\n' && data[j] != '\r') ++j;
    size_t eol = j;
    if (j < n) {
      if (data[j] == '\r' && j + 1 < n && data[j + 1] == '\n') j += 2;
      else ++j;
    }
    list_append(thread, list, result_like(thread, self, std::string_view(data).substr(i, (keep ? j : eol) - i)));
    i = j;
  }
  return to_value(list);
}

Value partition_common(Thread& thread, Value self, const Value* args, bool reverse) {
  std::string_view sep_view;
  if (!need_buffer(thread, args[0], &sep_view)) return Value::error();
  if (sep_view.empty()) return thread.raise(T(thread).ValueError, "empty separator");
  std::string sep(sep_view);
  std::string data(self_view(thread, self));
  size_t at = reverse ? data.rfind(sep) : data.find(sep);
  Value parts[3];
  if (at == std::string::npos) {
    Value whole = result_like(thread, self, data);
    parts[reverse ? 2 : 0] = whole;
    parts[1] = result_like(thread, self, "");
    parts[reverse ? 0 : 2] = result_like(thread, self, "");
  } else {
    parts[0] = result_like(thread, self, std::string_view(data).substr(0, at));
    parts[1] = has_type(self, T(thread).bytes) && has_type(args[0], T(thread).bytes) ? args[0] : result_like(thread, self, sep);
    parts[2] = result_like(thread, self, std::string_view(data).substr(at + sep.size()));
  }
  return to_value(tuple_from(thread, parts, 3));
}

Value m_partition(Thread& t, Value s, const Value* a, size_t) { return partition_common(t, s, a, false); }
Value m_rpartition(Thread& t, Value s, const Value* a, size_t) { return partition_common(t, s, a, true); }

// ---------------------------------------------------------------- stripping, replacing

Value strip_common(Thread& thread, Value self, const Value* args, bool left, bool right) {
  std::string chars = " \t\n\r\x0b\x0c";
  if (!args[0].is_empty() && !args[0].is_none()) {
    std::string_view given;
    if (!need_buffer(thread, args[0], &given)) return Value::error();
    chars = given;
  }
  std::string_view data = self_view(thread, self);
  size_t begin = 0, end = data.size();
  auto strip_char = [&](char c) { return chars.find(c) != std::string::npos; };
  if (left)
    while (begin < end && strip_char(data[begin])) ++begin;
  if (right)
    while (end > begin && strip_char(data[end - 1])) --end;
  return result_like(thread, self, data.substr(begin, end - begin));
}

Value m_strip(Thread& t, Value s, const Value* a, size_t) { return strip_common(t, s, a, true, true); }
Value m_lstrip(Thread& t, Value s, const Value* a, size_t) { return strip_common(t, s, a, true, false); }
Value m_rstrip(Thread& t, Value s, const Value* a, size_t) { return strip_common(t, s, a, false, true); }

Value m_replace(Thread& thread, Value self, const Value* args, size_t) {
  std::string_view old_view, new_view;
  if (!need_buffer(thread, args[0], &old_view) || !need_buffer(thread, args[1], &new_view)) return Value::error();
  int64_t count = -1;
  if (!args[2].is_empty() && !need_index(thread, args[2], &count)) return Value::error();
  std::string old_text(old_view), new_text(new_view);
  std::string data(self_view(thread, self));
  if (count < 0) count = INT64_MAX;
  std::string out;
  if (old_text.empty()) {
    int64_t done = 0;
    for (size_t i = 0; i <= data.size(); ++i) {
      if (done < count) {
        out += new_text;
        ++done;
      }
      if (i < data.size()) out += data[i];
    }
    return result_like(thread, self, out);
  }
  size_t i = 0;
  int64_t done = 0;
  while (done < count) {
    size_t at = data.find(old_text, i);
    if (at == std::string::npos) break;
    out.append(data, i, at - i);
    out += new_text;
    i = at + old_text.size();
    ++done;
  }
  out.append(data, i, std::string::npos);
  return result_like(thread, self, out);
}

Value m_removeprefix(Thread& thread, Value self, const Value* args, size_t) {
  std::string_view affix;
  if (!need_buffer(thread, args[0], &affix)) return Value::error();
  std::string_view data = self_view(thread, self);
  if (data.starts_with(affix)) data.remove_prefix(affix.size());
  return result_like(thread, self, data);
}

Value m_removesuffix(Thread& thread, Value self, const Value* args, size_t) {
  std::string_view affix;
  if (!need_buffer(thread, args[0], &affix)) return Value::error();
  std::string_view data = self_view(thread, self);
  if (!affix.empty() && data.ends_with(affix)) data.remove_suffix(affix.size());
  return result_like(thread, self, data);
}

Value m_translate(Thread& thread, Value self, const Value* args, size_t) {
  std::string table;
  if (!args[0].is_none()) {
    std::string_view given;
    if (!need_buffer(thread, args[0], &given)) return Value::error();
    if (given.size() != 256) return thread.raise(T(thread).ValueError, "translation table must be 256 characters long");
    table = given;
  }
  std::string remove;
  if (!args[1].is_empty()) {
    std::string_view given;
    if (!need_buffer(thread, args[1], &given)) return Value::error();
    remove = given;
  }
  std::string_view data = self_view(thread, self);
  std::string out;
  for (char c : data) {
    if (remove.find(c) != std::string::npos) continue;
    out += table.empty() ? c : table[static_cast<unsigned char>(c)];
  }
  return result_like(thread, self, out);
}

// ---------------------------------------------------------------- case and predicates

template <class F>
Value map_bytes(Thread& thread, Value self, F f) {
  std::string data(self_view(thread, self));
  for (char& c : data) c = f(c);
  return result_like(thread, self, data);
}

Value m_upper(Thread& t, Value s, const Value*, size_t) { return map_bytes(t, s, to_upper); }
Value m_lower(Thread& t, Value s, const Value*, size_t) { return map_bytes(t, s, to_lower); }
Value m_swapcase(Thread& t, Value s, const Value*, size_t) {
  return map_bytes(t, s, [](char c) { return is_upper(static_cast<unsigned char>(c)) ? to_lower(c) : to_upper(c); });
}

Value m_title(Thread& thread, Value self, const Value*, size_t) {
  std::string data(self_view(thread, self));
  bool previous_cased = false;
  for (char& c : data) {
    unsigned char u = static_cast<unsigned char>(c);
    if (is_alpha(u)) {
      c = previous_cased ? to_lower(c) : to_upper(c);
      previous_cased = true;
    } else {
      previous_cased = false;
    }
  }
  return result_like(thread, self, data);
}

Value m_capitalize(Thread& thread, Value self, const Value*, size_t) {
  std::string data(self_view(thread, self));
  for (size_t i = 0; i < data.size(); ++i) data[i] = i == 0 ? to_upper(data[i]) : to_lower(data[i]);
  return result_like(thread, self, data);
}

template <class F>
Value all_bytes(Thread& thread, Value self, F f) {
  std::string_view data = self_view(thread, self);
  if (data.empty()) return Value::false_();
  for (char c : data)
    if (!f(static_cast<unsigned char>(c))) return Value::false_();
  return Value::true_();
}

Value m_isalnum(Thread& t, Value s, const Value*, size_t) {
  return all_bytes(t, s, [](unsigned char c) { return is_alpha(c) || is_digit(c); });
}
Value m_isalpha(Thread& t, Value s, const Value*, size_t) { return all_bytes(t, s, is_alpha); }
Value m_isdigit(Thread& t, Value s, const Value*, size_t) { return all_bytes(t, s, is_digit); }
Value m_isspace(Thread& t, Value s, const Value*, size_t) { return all_bytes(t, s, is_space); }
Value m_isascii(Thread& thread, Value self, const Value*, size_t) {
  for (char c : self_view(thread, self))
    if (static_cast<unsigned char>(c) >= 0x80) return Value::false_();
  return Value::true_();
}

Value case_test(Thread& thread, Value self, bool want_upper) {
  bool cased = false;
  for (char c : self_view(thread, self)) {
    unsigned char u = static_cast<unsigned char>(c);
    if (want_upper ? is_lower(u) : is_upper(u)) return Value::false_();
    if (want_upper ? is_upper(u) : is_lower(u)) cased = true;
  }
  return Value::boolean(cased);
}

Value m_isupper(Thread& t, Value s, const Value*, size_t) { return case_test(t, s, true); }
Value m_islower(Thread& t, Value s, const Value*, size_t) { return case_test(t, s, false); }

Value m_istitle(Thread& thread, Value self, const Value*, size_t) {
  bool cased = false, previous_cased = false;
  for (char c : self_view(thread, self)) {
    unsigned char u = static_cast<unsigned char>(c);
    if (is_upper(u)) {
      if (previous_cased) return Value::false_();
      previous_cased = cased = true;
    } else if (is_lower(u)) {
      if (!previous_cased) return Value::false_();
      previous_cased = cased = true;
    } else {
      previous_cased = false;
    }
  }
  return Value::boolean(cased);
}

// ---------------------------------------------------------------- padding

bool need_fill(Thread& thread, Value v, const char* name, char* out) {
  *out = ' ';
  if (v.is_empty()) return true;
  std::string_view fill;
  if ((has_type(v, T(thread).bytes) || has_type(v, T(thread).bytearray)) && bytes_like_view(thread, v, &fill) &&
      fill.size() == 1) {
    *out = fill[0];
    return true;
  }
  thread.raise_format(T(thread).TypeError, "%s() argument 2 must be a byte string of length 1, not %s", name,
                      type_name(thread, v));
  return false;
}

Value pad_common(Thread& thread, Value self, const Value* args, const char* name) {
  int64_t width;
  if (!need_index(thread, args[0], &width)) return Value::error();
  char fill;
  if (!need_fill(thread, args[1], name, &fill)) return Value::error();
  std::string_view data = self_view(thread, self);
  int64_t n = int64_t(data.size());
  if (width <= n) return result_like(thread, self, data);
  int64_t margin = width - n, left;
  if (name[0] == 'l') left = 0;
  else if (name[0] == 'r') left = margin;
  else left = margin / 2 + (margin & width & 1);
  std::string out(size_t(left), fill);
  out += data;
  out.append(size_t(margin - left), fill);
  return result_like(thread, self, out);
}

Value m_center(Thread& t, Value s, const Value* a, size_t) { return pad_common(t, s, a, "center"); }
Value m_ljust(Thread& t, Value s, const Value* a, size_t) { return pad_common(t, s, a, "ljust"); }
Value m_rjust(Thread& t, Value s, const Value* a, size_t) { return pad_common(t, s, a, "rjust"); }

Value m_zfill(Thread& thread, Value self, const Value* args, size_t) {
  int64_t width;
  if (!need_index(thread, args[0], &width)) return Value::error();
  std::string data(self_view(thread, self));
  int64_t n = int64_t(data.size());
  if (width <= n) return result_like(thread, self, data);
  size_t fill = size_t(width - n);
  size_t at = !data.empty() && (data[0] == '+' || data[0] == '-') ? 1 : 0;
  data.insert(at, fill, '0');
  return result_like(thread, self, data);
}

Value m_expandtabs(Thread& thread, Value self, const Value* args, size_t) {
  int64_t tabsize = 8;
  if (!args[0].is_empty() && !need_index(thread, args[0], &tabsize)) return Value::error();
  std::string_view data = self_view(thread, self);
  std::string out;
  int64_t column = 0;
  for (char c : data) {
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t spaces = tabsize - column % tabsize;
        out.append(size_t(spaces), ' ');
        column += spaces;
      }
    } else {
      out += c;
      column = c == '\n' || c == '\r' ? 0 : column + 1;
    }
  }
  return result_like(thread, self, out);
}

const NativeMethodSpec kSharedMethods[] = {
    {"decode(encoding=None, errors=None)", m_decode},
    {"hex(sep=None, bytes_per_sep=None)", m_hex},
    {"fromhex(string, /)", m_fromhex, NativeKind::ClassMethod},
    {"maketrans(frm, to, /)", m_maketrans, NativeKind::StaticMethod},
    {"count(*args)", m_count},
    {"find(*args)", m_find_family<false, false>},
    {"rfind(*args)", m_find_family<true, false>},
    {"index(*args)", m_find_family<false, true>},
    {"rindex(*args)", m_find_family<true, true>},
    {"startswith(*args)", m_affix<false>},
    {"endswith(*args)", m_affix<true>},
    {"join(iterable_of_bytes, /)", m_join},
    {"split(sep=None, maxsplit=None)", m_split},
    {"rsplit(sep=None, maxsplit=None)", m_rsplit},
    {"splitlines(keepends=None)", m_splitlines},
    {"partition(sep, /)", m_partition},
    {"rpartition(sep, /)", m_rpartition},
    {"strip(bytes=None, /)", m_strip},
    {"lstrip(bytes=None, /)", m_lstrip},
    {"rstrip(bytes=None, /)", m_rstrip},
    {"replace(old, new, count=None, /)", m_replace},
    {"removeprefix(prefix, /)", m_removeprefix},
    {"removesuffix(suffix, /)", m_removesuffix},
    {"translate(table, /, delete=None)", m_translate},
    {"upper()", m_upper},
    {"lower()", m_lower},
    {"swapcase()", m_swapcase},
    {"title()", m_title},
    {"capitalize()", m_capitalize},
    {"isalnum()", m_isalnum},
    {"isalpha()", m_isalpha},
    {"isascii()", m_isascii},
    {"isdigit()", m_isdigit},
    {"islower()", m_islower},
    {"isspace()", m_isspace},
    {"istitle()", m_istitle},
    {"isupper()", m_isupper},
    {"center(width, fillchar=None, /)", m_center},
    {"ljust(width, fillchar=None, /)", m_ljust},
    {"rjust(width, fillchar=None, /)", m_rjust},
    {"zfill(width, /)", m_zfill},
    {"expandtabs(tabsize=None)", m_expandtabs},
};

}  // namespace

void install_bytes_methods(Interpreter& interp, Type* type) { install_native_methods(interp, type, kSharedMethods); }

}  // namespace pyxis
