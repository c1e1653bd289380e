// The methods of str, as CPython 3.12 has them, with Unicode semantics (full case mappings,
// final sigma, Unicode categories, whitespace and numeric properties from support/unicode).
#include "objects/builtin_methods.h"

#include <climits>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unordered_set>

#include "objects/builtin_subclass.h"
#include "objects/descriptor_object.h"
#include "objects/dict_object.h"
#include "objects/format_spec.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/native_method.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "support/unicode.h"
#include "vm/interpreter.h"
#include "vm/operations.h"

namespace pyxis {

namespace {

const BuiltinTypes& T(Thread& thread) { return thread.types(); }
StrObject* as_str(Value v) { return static_cast<StrObject*>(v.as_object()); }

// The str inside v (a str or an instance of a str subclass), else nullptr.
StrObject* str_of(Thread& thread, Value v) {
  Value plain = plain_value(v);
  if (plain.is_object() && plain.as_object()->type == T(thread).str) return as_str(plain);
  return nullptr;
}

// How CPython's argument-clinic messages name an argument's type ("None" for None).
const char* clinic_type_name(Thread& thread, Value v) { return v.is_none() ? "None" : type_name(thread, v); }

using U32 = std::u32string;

U32 decode(const StrObject* str) {
  U32 out;
  out.reserve(str->length);
  std::string_view text = str->view();
  if (str->ascii) {
    for (char c : text) out += static_cast<char32_t>(static_cast<unsigned char>(c));
    return out;
  }
  size_t pos = 0;
  while (pos < text.size()) {
    char32_t cp;
    if (!unicode::decode_utf8(text, &pos, &cp)) {
      cp = static_cast<unsigned char>(text[pos]);
      ++pos;
    }
    out += cp;
  }
  return out;
}

Value make_str(Thread& thread, const U32& text) {
  std::string out;
  out.reserve(text.size());
  for (char32_t cp : text) unicode::append_utf8(out, cp);
  return str_value(thread, out);
}

// The code point index of byte offset `byte` of str.
int64_t cp_index(const StrObject* str, size_t byte) {
  if (str->ascii) return int64_t(byte);
  int64_t index = 0;
  for (size_t i = 0; i < byte; ++i) index += (static_cast<unsigned char>(str->bytes[i]) & 0xC0) != 0x80;
  return index;
}

size_t byte_at(const StrObject* str, int64_t index) {
  if (index <= 0) return 0;
  if (size_t(index) >= str->length) return str->byte_length;
  return str_byte_offset(str, size_t(index));
}

bool slice_arg(Thread& thread, Value v, int64_t* out) { return search_bound_argument(thread, v, out, true); }

// An integer argument (a size): OverflowError when it does not fit.
bool size_arg(Thread& thread, Value v, int64_t* out) {
  if (is_big_int(thread, v)) {
    thread.raise(T(thread).OverflowError, "Python int too large to convert to C ssize_t");
    return false;
  }
  return index_value(thread, v, out, nullptr);
}

void adjust(int64_t* start, int64_t* end, int64_t length) {
  if (*end > length) {
    *end = length;
  } else if (*end < 0) {
    *end += length;
    if (*end < 0) *end = 0;
  }
  if (*start < 0) {
    *start += length;
    if (*start < 0) *start = 0;
  }
}

// Resolves (start, end) arguments at args[0], args[1] against str.
bool range_args(Thread& thread, const StrObject* str, const Value* args, int64_t* start, int64_t* end) {
  *start = 0;
  *end = INT64_MAX / 4;
  if (!slice_arg(thread, args[0], start) || !slice_arg(thread, args[1], end)) return false;
  adjust(start, end, int64_t(str->length));
  return true;
}

// ---------------------------------------------------------------- searching

// Index of sub in str[start:end] (code points), or -1.
int64_t find_sub(const StrObject* str, const StrObject* sub, int64_t start, int64_t end, bool reverse) {
  if (end - start < int64_t(sub->length)) return -1;
  size_t b0 = byte_at(str, start), b1 = byte_at(str, end);
  std::string_view window = str->view().substr(b0, b1 - b0);
  size_t at = reverse ? window.rfind(sub->view()) : window.find(sub->view());
  if (at == std::string_view::npos) return -1;
  return cp_index(str, b0 + at);
}

// find/count/index/startswith ... take (sub[, start[, end]]) positionally, with the
// messages of CPython's tuple parsing; `slots` gets the three (missing ones empty).
bool sub_start_end(Thread& thread, const char* name, const Value* args, size_t nargs, Value slots[3]) {
  if (nargs < 1) {
    thread.raise_format(T(thread).TypeError, "%s() takes at least 1 argument (0 given)", name);
    return false;
  }
  if (nargs > 3) {
    thread.raise_format(T(thread).TypeError, "%s() takes at most 3 arguments (%zu given)", name, nargs);
    return false;
  }
  for (size_t i = 0; i < 3; ++i) slots[i] = i < nargs ? args[i] : Value();
  return true;
}

Value find_common(Thread& thread, Value self, const Value* all_args, size_t nargs, bool reverse, bool raise) {
  Value args[3];
  if (!sub_start_end(thread, raise ? (reverse ? "rindex" : "index") : (reverse ? "rfind" : "find"), all_args, nargs, args))
    return Value::error();
  StrObject* str = as_str(self);
  StrObject* sub = str_of(thread, args[0]);
  if (sub == nullptr) return thread.raise_format(T(thread).TypeError, "must be str, not %s", type_name(thread, args[0]));
  int64_t start, end;
  if (!range_args(thread, str, args + 1, &start, &end)) return Value::error();
  int64_t found = find_sub(str, sub, start, end, reverse);
  if (found < 0 && raise) return thread.raise(T(thread).ValueError, "substring not found");
  return Value::small_int(found);
}

Value str_find(Thread& thread, Value self, const Value* args, size_t n) { return find_common(thread, self, args, n, false, false); }
Value str_rfind(Thread& thread, Value self, const Value* args, size_t n) { return find_common(thread, self, args, n, true, false); }
Value str_index(Thread& thread, Value self, const Value* args, size_t n) { return find_common(thread, self, args, n, false, true); }
Value str_rindex(Thread& thread, Value self, const Value* args, size_t n) { return find_common(thread, self, args, n, true, true); }

Value str_count(Thread& thread, Value self, const Value* all_args, size_t nargs) {
  Value args[3];
  if (!sub_start_end(thread, "count", all_args, nargs, args)) return Value::error();
  StrObject* str = as_str(self);
  StrObject* sub = str_of(thread, args[0]);
  if (sub == nullptr) return thread.raise_format(T(thread).TypeError, "must be str, not %s", type_name(thread, args[0]));
  int64_t start, end;
  if (!range_args(thread, str, args + 1, &start, &end)) return Value::error();
  if (end - start < int64_t(sub->length)) return Value::small_int(0);
  if (sub->length == 0) return Value::small_int(end - start + 1);
  size_t b0 = byte_at(str, start), b1 = byte_at(str, end);
  std::string_view window = str->view().substr(b0, b1 - b0), needle = sub->view();
  int64_t count = 0;
  for (size_t at = window.find(needle); at != std::string_view::npos; at = window.find(needle, at + needle.size())) ++count;
  return Value::small_int(count);
}

// startswith / endswith: one str or a tuple of them.
Value affix_match(Thread& thread, Value self, const Value* all_args, size_t nargs, bool at_end) {
  const char* name = at_end ? "endswith" : "startswith";
  Value args[3];
  if (!sub_start_end(thread, name, all_args, nargs, args)) return Value::error();
  StrObject* str = as_str(self);
  int64_t start, end;
  if (!range_args(thread, str, args + 1, &start, &end)) return Value::error();
  auto matches = [&](const StrObject* affix) {
    if (end - start < int64_t(affix->length)) return false;
    size_t b0 = byte_at(str, start), b1 = byte_at(str, end);
    std::string_view window = str->view().substr(b0, b1 - b0);
    return at_end ? window.ends_with(affix->view()) : window.starts_with(affix->view());
  };
  Value plain = plain_value(args[0]);
  if (plain.is_object() && plain.as_object()->type == T(thread).tuple) {
    auto* tuple = static_cast<TupleObject*>(plain.as_object());
    for (size_t i = 0; i < tuple->size; ++i) {
      StrObject* affix = str_of(thread, tuple->items[i]);
      if (affix == nullptr)
        return thread.raise_format(T(thread).TypeError, "tuple for %s must only contain str, not %s", name,
                                   type_name(thread, tuple->items[i]));
      if (matches(affix)) return Value::true_();
    }
    return Value::false_();
  }
  StrObject* affix = str_of(thread, args[0]);
  if (affix == nullptr)
    return thread.raise_format(T(thread).TypeError, "%s first arg must be str or a tuple of str, not %s", name,
                               type_name(thread, args[0]));
  return Value::boolean(matches(affix));
}
Value str_startswith(Thread& thread, Value self, const Value* args, size_t n) { return affix_match(thread, self, args, n, false); }
Value str_endswith(Thread& thread, Value self, const Value* args, size_t n) { return affix_match(thread, self, args, n, true); }

// ---------------------------------------------------------------- splitting and joining

Value split_common(Thread& thread, Value self, const Value* args, bool reverse) {
  StrObject* str = as_str(self);
  int64_t max_split = -1;
  if (!args[1].is_empty() && !size_arg(thread, args[1], &max_split)) return Value::error();
  if (max_split < 0) max_split = INT64_MAX;
  ListObject* parts = list_new(thread);
  if (args[0].is_empty() || args[0].is_none()) {
    U32 text = decode(str);
    int64_t n = int64_t(text.size());
    std::vector<std::pair<int64_t, int64_t>> pieces;
    if (!reverse) {
      int64_t i = 0;
      while (i < n) {
        while (i < n && unicode::is_space(text[size_t(i)])) ++i;
        if (i == n) break;
        if (int64_t(pieces.size()) == max_split) {
          pieces.push_back({i, n});  // the rest, trailing whitespace included
          break;
        }
        int64_t begin = i;
        while (i < n && !unicode::is_space(text[size_t(i)])) ++i;
        pieces.push_back({begin, i});
      }
    } else {
      int64_t i = n;
      while (i > 0) {
        while (i > 0 && unicode::is_space(text[size_t(i - 1)])) --i;
        if (i == 0) break;
        if (int64_t(pieces.size()) == max_split) {
          pieces.push_back({0, i});  // the rest, leading whitespace included
          break;
        }
        int64_t e = i;
        while (i > 0 && !unicode::is_space(text[size_t(i - 1)])) --i;
        pieces.push_back({i, e});
      }
      std::reverse(pieces.begin(), pieces.end());
    }
    for (auto [b, e] : pieces) {
      if (b == 0 && e == n && self.as_object()->type == T(thread).str) {
        list_append(thread, parts, self);
      } else {
        list_append(thread, parts, make_str(thread, text.substr(size_t(b), size_t(e - b))));
      }
    }
    return to_value(parts);
  }
  StrObject* sep_str = str_of(thread, args[0]);
  if (sep_str == nullptr)
    return thread.raise_format(T(thread).TypeError, "must be str or None, not %s", type_name(thread, args[0]));
  std::string_view text = str->view(), sep = sep_str->view();
  if (sep.empty()) return thread.raise(T(thread).ValueError, "empty separator");
  std::vector<std::string_view> pieces;
  if (!reverse) {
    size_t start = 0;
    for (;;) {
      size_t at = int64_t(pieces.size()) == max_split ? std::string_view::npos : text.find(sep, start);
      if (at == std::string_view::npos) break;
      pieces.push_back(text.substr(start, at - start));
      start = at + sep.size();
    }
    pieces.push_back(text.substr(start));
  } else {
    size_t end = text.size();
    for (;;) {
      if (int64_t(pieces.size()) == max_split || end < sep.size()) break;
      size_t at = text.rfind(sep, end - sep.size());
      if (at == std::string_view::npos) break;
      pieces.push_back(text.substr(at + sep.size(), end - at - sep.size()));
      end = at;
    }
    pieces.push_back(text.substr(0, end));
    std::reverse(pieces.begin(), pieces.end());
  }
  for (std::string_view piece : pieces) {
    if (piece.size() == text.size() && self.as_object()->type == T(thread).str) {
      list_append(thread, parts, self);
    } else {
      list_append(thread, parts, str_value(thread, piece));
    }
  }
  return to_value(parts);
}
Value str_split(Thread& thread, Value self, const Value* args, size_t) { return split_common(thread, self, args, false); }
Value str_rsplit(Thread& thread, Value self, const Value* args, size_t) { return split_common(thread, self, args, true); }

Value str_splitlines(Thread& thread, Value self, const Value* args, size_t) {
  bool keepends = false;
  if (!args[0].is_empty()) {
    int t = truthy(thread, args[0]);
    if (t < 0) return Value::error();
    keepends = t;
  }
  U32 text = decode(as_str(self));
  ListObject* lines = list_new(thread);
  size_t start = 0, i = 0;
  while (i < text.size()) {
    if (!unicode::is_linebreak(text[i])) {
      ++i;
      continue;
    }
    size_t eol = i;
    ++i;
    if (text[eol] == '\r' && i < text.size() && text[i] == '\n') ++i;
    list_append(thread, lines, make_str(thread, text.substr(start, (keepends ? i : eol) - start)));
    start = i;
  }
  if (start < text.size()) list_append(thread, lines, make_str(thread, text.substr(start)));
  return to_value(lines);
}

Value partition_common(Thread& thread, Value self, Value sep_value, bool reverse) {
  StrObject* sep = str_of(thread, sep_value);
  if (sep == nullptr) return thread.raise_format(T(thread).TypeError, "must be str, not %s", type_name(thread, sep_value));
  if (sep->byte_length == 0) return thread.raise(T(thread).ValueError, "empty separator");
  std::string_view text = as_str(self)->view();
  size_t at = reverse ? text.rfind(sep->view()) : text.find(sep->view());
  Value empty = str_value(thread, "");
  Value whole = self.as_object()->type == T(thread).str ? self : str_value(thread, text);
  Value parts[3];
  if (at == std::string_view::npos) {
    parts[0] = reverse ? empty : whole;
    parts[1] = empty;
    parts[2] = reverse ? whole : empty;
  } else {
    parts[0] = str_value(thread, text.substr(0, at));
    parts[1] = to_value(sep);
    parts[2] = str_value(thread, text.substr(at + sep->byte_length));
  }
  return to_value(tuple_from(thread, parts, 3));
}
Value str_partition(Thread& thread, Value self, const Value* args, size_t) { return partition_common(thread, self, args[0], false); }
Value str_rpartition(Thread& thread, Value self, const Value* args, size_t) { return partition_common(thread, self, args[0], true); }

Value str_join(Thread& thread, Value self, const Value* args, size_t) {
  Value iterator = get_iter(thread, args[0]);
  if (iterator.is_error()) {
    if (thread.pending_is(T(thread).TypeError)) {
      thread.take_pending();
      return thread.raise(T(thread).TypeError, "can only join an iterable");
    }
    return iterator;
  }
  std::string out;
  std::string_view sep = as_str(self)->view();
  for (size_t i = 0;; ++i) {
    Value item = iter_next(thread, iterator);
    if (item.is_error()) return item;
    if (item.is_empty()) break;
    StrObject* piece = str_of(thread, item);
    if (piece == nullptr)
      return thread.raise_format(T(thread).TypeError, "sequence item %zu: expected str instance, %s found", i,
                                 type_name(thread, item));
    if (i != 0) out += sep;
    out += piece->view();
  }
  return str_value(thread, out);
}

// ---------------------------------------------------------------- replacing, stripping, padding

Value str_replace(Thread& thread, Value self, const Value* args, size_t) {
  StrObject* old = str_of(thread, args[0]);
  if (old == nullptr)
    return thread.raise_format(T(thread).TypeError, "replace() argument 1 must be str, not %s", clinic_type_name(thread, args[0]));
  StrObject* replacement = str_of(thread, args[1]);
  if (replacement == nullptr)
    return thread.raise_format(T(thread).TypeError, "replace() argument 2 must be str, not %s", clinic_type_name(thread, args[1]));
  int64_t count = -1;
  if (!args[2].is_empty() && !size_arg(thread, args[2], &count)) return Value::error();
  if (count < 0) count = INT64_MAX;
  StrObject* str = as_str(self);
  std::string_view text = str->view(), from = old->view(), to = replacement->view();
  std::string out;
  if (from.empty()) {
    U32 chars = decode(str);
    int64_t done = 0;
    for (char32_t cp : chars) {
      if (done < count) {
        out += to;
        ++done;
      }
      unicode::append_utf8(out, cp);
    }
    if (done < count) out += to;
    return str_value(thread, out);
  }
  size_t start = 0;
  for (int64_t done = 0; done < count; ++done) {
    size_t at = text.find(from, start);
    if (at == std::string_view::npos) break;
    out.append(text.substr(start, at - start));
    out.append(to);
    start = at + from.size();
  }
  if (start == 0 && self.as_object()->type == T(thread).str) return self;
  out.append(text.substr(start));
  return str_value(thread, out);
}

Value strip_common(Thread& thread, Value self, Value chars_value, bool left, bool right, const char* name) {
  U32 text = decode(as_str(self));
  U32 chars;
  bool whitespace = chars_value.is_empty() || chars_value.is_none();
  if (!whitespace) {
    StrObject* chars_str = str_of(thread, chars_value);
    if (chars_str == nullptr) return thread.raise_format(T(thread).TypeError, "%s arg must be None or str", name);
    chars = decode(chars_str);
  }
  auto strip_it = [&](char32_t cp) { return whitespace ? unicode::is_space(cp) : chars.find(cp) != U32::npos; };
  size_t begin = 0, end = text.size();
  while (left && begin < end && strip_it(text[begin])) ++begin;
  while (right && end > begin && strip_it(text[end - 1])) --end;
  if (begin == 0 && end == text.size() && self.as_object()->type == T(thread).str) return self;
  return make_str(thread, text.substr(begin, end - begin));
}
Value str_strip(Thread& thread, Value self, const Value* args, size_t) { return strip_common(thread, self, args[0], true, true, "strip"); }
Value str_lstrip(Thread& thread, Value self, const Value* args, size_t) { return strip_common(thread, self, args[0], true, false, "lstrip"); }
Value str_rstrip(Thread& thread, Value self, const Value* args, size_t) { return strip_common(thread, self, args[0], false, true, "rstrip"); }

Value affix_remove(Thread& thread, Value self, Value affix_value, bool suffix) {
  StrObject* affix = str_of(thread, affix_value);
  if (affix == nullptr)
    return thread.raise_format(T(thread).TypeError, "%s() argument must be str, not %s",
                               suffix ? "removesuffix" : "removeprefix", clinic_type_name(thread, affix_value));
  std::string_view text = as_str(self)->view(), a = affix->view();
  bool has = !a.empty() && (suffix ? text.ends_with(a) : text.starts_with(a));
  if (!has) return self.as_object()->type == T(thread).str ? self : str_value(thread, text);
  return str_value(thread, suffix ? text.substr(0, text.size() - a.size()) : text.substr(a.size()));
}
Value str_removeprefix(Thread& thread, Value self, const Value* args, size_t) { return affix_remove(thread, self, args[0], false); }
Value str_removesuffix(Thread& thread, Value self, const Value* args, size_t) { return affix_remove(thread, self, args[0], true); }

// center / ljust / rjust: align '^', '<', '>'.
Value justify(Thread& thread, Value self, const Value* args, char align) {
  int64_t width;
  if (!size_arg(thread, args[0], &width)) return Value::error();
  std::string fill = " ";
  if (!args[1].is_empty()) {
    StrObject* fill_str = str_of(thread, args[1]);
    if (fill_str == nullptr)
      return thread.raise_format(T(thread).TypeError, "The fill character must be a unicode character, not %s",
                                 type_name(thread, args[1]));
    if (fill_str->length != 1) return thread.raise(T(thread).TypeError, "The fill character must be exactly one character long");
    fill = std::string(fill_str->view());
  }
  StrObject* str = as_str(self);
  int64_t length = int64_t(str->length);
  if (width <= length) return self.as_object()->type == T(thread).str ? self : str_value(thread, str->view());
  if (width > (int64_t(1) << 40)) return thread.raise(T(thread).MemoryError, "");
  int64_t pad = width - length, left;
  if (align == '<') {
    left = 0;
  } else if (align == '>') {
    left = pad;
  } else {
    left = pad / 2 + (pad & width & 1);
  }
  std::string out;
  for (int64_t i = 0; i < left; ++i) out += fill;
  out += str->view();
  for (int64_t i = left; i < pad; ++i) out += fill;
  return str_value(thread, out);
}
Value str_center(Thread& thread, Value self, const Value* args, size_t) { return justify(thread, self, args, '^'); }
Value str_ljust(Thread& thread, Value self, const Value* args, size_t) { return justify(thread, self, args, '<'); }
Value str_rjust(Thread& thread, Value self, const Value* args, size_t) { return justify(thread, self, args, '>'); }

Value str_zfill(Thread& thread, Value self, const Value* args, size_t) {
  int64_t width;
  if (!size_arg(thread, args[0], &width)) return Value::error();
  StrObject* str = as_str(self);
  int64_t missing = width - int64_t(str->length);
  if (missing <= 0) return self.as_object()->type == T(thread).str ? self : str_value(thread, str->view());
  if (width > (int64_t(1) << 40)) return thread.raise(T(thread).MemoryError, "");
  std::string text(str->view());
  size_t at = !text.empty() && (text[0] == '+' || text[0] == '-') ? 1 : 0;
  text.insert(at, std::string(size_t(missing), '0'));
  return str_value(thread, text);
}

Value str_expandtabs(Thread& thread, Value self, const Value* args, size_t) {
  int64_t tabsize = 8;
  if (!args[0].is_empty() && !size_arg(thread, args[0], &tabsize)) return Value::error();
  U32 text = decode(as_str(self));
  U32 out;
  int64_t column = 0;
  for (char32_t cp : text) {
    if (cp == '\t') {
      if (tabsize > 0) {
        int64_t spaces = tabsize - column % tabsize;
        if (out.size() + size_t(spaces) > (size_t(1) << 40)) return thread.raise(T(thread).OverflowError, "result too long");
        out.append(size_t(spaces), U' ');
        column += spaces;
      }
    } else {
      out += cp;
      ++column;
      if (cp == '\n' || cp == '\r') column = 0;
    }
  }
  return make_str(thread, out);
}

// ---------------------------------------------------------------- case mappings

void append_mapped(U32& out, char32_t cp, int (*mapping)(char32_t, char32_t*)) {
  char32_t buffer[3];
  int n = mapping(cp, buffer);
  out.append(buffer, size_t(n));
}

// Lower-cases text[i], with the final-sigma rule for capital sigma.
void append_lower(U32& out, const U32& text, size_t i) {
  if (text[i] == 0x3A3) {
    bool before = false, after = false;
    for (size_t j = i; j-- > 0;) {
      if (unicode::is_case_ignorable(text[j])) continue;
      before = unicode::is_cased(text[j]);
      break;
    }
    for (size_t j = i + 1; j < text.size(); ++j) {
      if (unicode::is_case_ignorable(text[j])) continue;
      after = unicode::is_cased(text[j]);
      break;
    }
    out += (before && !after) ? char32_t(0x3C2) : char32_t(0x3C3);
    return;
  }
  append_mapped(out, text[i], unicode::to_lower_full);
}

// ASCII strings map byte by byte (no special cases below 0x80).
Value ascii_case(Thread& thread, StrObject* str, int which) {
  std::string text(str->view());
  bool previous_cased = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char& c = text[i];
    bool lower = c >= 'a' && c <= 'z', upper = c >= 'A' && c <= 'Z';
    bool to_upper;
    switch (which) {
      case 0: to_upper = false; break;                          // lower
      case 1: to_upper = true; break;                           // upper
      case 2: to_upper = !lower && !upper ? false : upper ? false : true; break;  // swapcase
      case 3: to_upper = !previous_cased; break;                // title
      default: to_upper = i == 0; break;                        // capitalize
    }
    if (to_upper && lower) c = char(c - 32);
    if (!to_upper && upper) c = char(c + 32);
    previous_cased = lower || upper;
  }
  return str_value(thread, text);
}

Value case_method(Thread& thread, Value self, int which) {
  StrObject* str = as_str(self);
  if (str->ascii && which != 5) return ascii_case(thread, str, which);
  U32 text = decode(str);
  U32 out;
  out.reserve(text.size());
  bool previous_cased = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char32_t cp = text[i];
    switch (which) {
      case 0:
        append_lower(out, text, i);
        break;
      case 1:
        append_mapped(out, cp, unicode::to_upper_full);
        break;
      case 2:
        if (unicode::is_uppercase(cp)) {
          append_lower(out, text, i);
        } else if (unicode::is_lowercase(cp)) {
          append_mapped(out, cp, unicode::to_upper_full);
        } else {
          out += cp;
        }
        break;
      case 3:
        if (previous_cased) {
          append_lower(out, text, i);
        } else {
          append_mapped(out, cp, unicode::to_title_full);
        }
        previous_cased = unicode::is_cased(cp);
        break;
      case 4:
        if (i == 0) {
          append_mapped(out, cp, unicode::to_title_full);
        } else {
          append_lower(out, text, i);
        }
        break;
      default:
        append_mapped(out, cp, unicode::to_fold_full);
        break;
    }
  }
  return make_str(thread, out);
}
Value str_lower(Thread& thread, Value self, const Value*, size_t) { return case_method(thread, self, 0); }
Value str_upper(Thread& thread, Value self, const Value*, size_t) { return case_method(thread, self, 1); }
Value str_swapcase(Thread& thread, Value self, const Value*, size_t) { return case_method(thread, self, 2); }
Value str_title(Thread& thread, Value self, const Value*, size_t) { return case_method(thread, self, 3); }
Value str_capitalize(Thread& thread, Value self, const Value*, size_t) { return case_method(thread, self, 4); }
Value str_casefold(Thread& thread, Value self, const Value*, size_t) {
  if (as_str(self)->ascii) return case_method(thread, self, 0);
  return case_method(thread, self, 5);
}

// ---------------------------------------------------------------- predicates

Value all_chars(Value self, bool (*test)(char32_t), bool empty_result) {
  U32 text = decode(as_str(self));
  if (text.empty()) return Value::boolean(empty_result);
  for (char32_t cp : text)
    if (!test(cp)) return Value::false_();
  return Value::true_();
}
Value str_isalnum(Thread&, Value self, const Value*, size_t) { return all_chars(self, unicode::is_alnum, false); }
Value str_isalpha(Thread&, Value self, const Value*, size_t) { return all_chars(self, unicode::is_alpha, false); }
Value str_isdecimal(Thread&, Value self, const Value*, size_t) { return all_chars(self, unicode::is_decimal, false); }
Value str_isdigit(Thread&, Value self, const Value*, size_t) { return all_chars(self, unicode::is_digit, false); }
Value str_isnumeric(Thread&, Value self, const Value*, size_t) { return all_chars(self, unicode::is_numeric, false); }
Value str_isspace(Thread&, Value self, const Value*, size_t) { return all_chars(self, unicode::is_space, false); }
Value str_isprintable(Thread&, Value self, const Value*, size_t) { return all_chars(self, unicode::is_printable, true); }
Value str_isascii(Thread&, Value self, const Value*, size_t) { return Value::boolean(as_str(self)->ascii); }

Value str_islower(Thread&, Value self, const Value*, size_t) {
  bool cased = false;
  for (char32_t cp : decode(as_str(self))) {
    if (unicode::is_uppercase(cp) || unicode::is_titlecase(cp)) return Value::false_();
    cased |= unicode::is_lowercase(cp);
  }
  return Value::boolean(cased);
}

Value str_isupper(Thread&, Value self, const Value*, size_t) {
  bool cased = false;
  for (char32_t cp : decode(as_str(self))) {
    if (unicode::is_lowercase(cp) || unicode::is_titlecase(cp)) return Value::false_();
    cased |= unicode::is_uppercase(cp);
  }
  return Value::boolean(cased);
}

Value str_istitle(Thread&, Value self, const Value*, size_t) {
  bool cased = false, previous_cased = false;
  for (char32_t cp : decode(as_str(self))) {
    if (unicode::is_uppercase(cp) || unicode::is_titlecase(cp)) {
      if (previous_cased) return Value::false_();
      previous_cased = cased = true;
    } else if (unicode::is_lowercase(cp)) {
      if (!previous_cased) return Value::false_();
      previous_cased = cased = true;
    } else {
      previous_cased = false;
    }
  }
  return Value::boolean(cased);
}

Value str_isidentifier(Thread&, Value self, const Value*, size_t) {
  U32 text = decode(as_str(self));
  if (text.empty() || !unicode::is_xid_start(text[0])) return Value::false_();
  for (size_t i = 1; i < text.size(); ++i)
    if (!unicode::is_xid_continue(text[i])) return Value::false_();
  return Value::true_();
}

// ---------------------------------------------------------------- translate, maketrans

Value str_translate(Thread& thread, Value self, const Value* args, size_t) {
  U32 text = decode(as_str(self));
  U32 out;
  Value table = args[0];
  for (char32_t cp : text) {
    Value mapped = get_item(thread, table, Value::small_int(int64_t(cp)));
    if (mapped.is_error()) {
      if (!thread.pending_is(T(thread).LookupError)) return mapped;
      thread.take_pending();
      out += cp;
      continue;
    }
    if (mapped.is_none()) continue;
    if (StrObject* piece = str_of(thread, mapped)) {
      U32 chars = decode(piece);
      out += chars;
      continue;
    }
    Value plain = plain_value(mapped);
    if (plain.is_small_int() || plain.is_bool() || is_big_int(thread, plain)) {
      int64_t code = -1;
      if (!plain.is_small_int() && !plain.is_bool()) {
        code = -1;
      } else {
        code = plain.is_small_int() ? plain.as_small_int() : plain.is_true();
      }
      if (code < 0 || code > 0x10FFFF) return thread.raise(T(thread).ValueError, "character mapping must be in range(0x110000)");
      out += char32_t(code);
      continue;
    }
    return thread.raise(T(thread).TypeError, "character mapping must return integer, None or str");
  }
  return make_str(thread, out);
}

Value str_maketrans(Thread& thread, Value, const Value* args, size_t) {
  DictObject* result = dict_new(thread);
  if (args[1].is_empty()) {
    Value plain = plain_value(args[0]);
    if (!plain.is_object() || plain.as_object()->type != T(thread).dict)
      return thread.raise(T(thread).TypeError, "if you give only one argument to maketrans it must be a dict");
    auto* source = static_cast<DictObject*>(plain.as_object());
    for (size_t i = 0; i < source->entries.size(); ++i) {
      DictEntry entry = source->entries[i];
      if (entry.key.is_empty()) continue;
      Value key = entry.key;
      if (StrObject* key_str = str_of(thread, key)) {
        if (key_str->length != 1) return thread.raise(T(thread).ValueError, "string keys in translate table must be of length 1");
        key = Value::small_int(int64_t(decode(key_str)[0]));
      } else if (!(plain_value(key).is_small_int() || plain_value(key).is_bool() || is_big_int(thread, plain_value(key)))) {
        return thread.raise(T(thread).TypeError, "keys in translate table must be strings or integers");
      }
      if (!dict_set(thread, result, key, entry.value)) return Value::error();
    }
    return to_value(result);
  }
  StrObject* from = str_of(thread, args[0]);
  if (from == nullptr)
    return thread.raise(T(thread).TypeError, "first maketrans argument must be a string if there is a second argument");
  StrObject* to = str_of(thread, args[1]);
  if (to == nullptr)
    return thread.raise_format(T(thread).TypeError, "maketrans() argument 2 must be str, not %s", clinic_type_name(thread, args[1]));
  StrObject* remove = nullptr;
  if (!args[2].is_empty()) {
    remove = str_of(thread, args[2]);
    if (remove == nullptr)
      return thread.raise_format(T(thread).TypeError, "maketrans() argument 3 must be str, not %s", clinic_type_name(thread, args[2]));
  }
  if (from->length != to->length)
    return thread.raise(T(thread).ValueError, "the first two maketrans arguments must have equal length");
  U32 a = decode(from), b = decode(to);
  for (size_t i = 0; i < a.size(); ++i)
    if (!dict_set(thread, result, Value::small_int(int64_t(a[i])), Value::small_int(int64_t(b[i])))) return Value::error();
  if (remove != nullptr)
    for (char32_t cp : decode(remove))
      if (!dict_set(thread, result, Value::small_int(int64_t(cp)), Value::none())) return Value::error();
  return to_value(result);
}

// ---------------------------------------------------------------- format, format_map

// str.format: {} / {0} / {name}, then .attr and [key] parts, !r/!s conversions and a spec
// (which may itself contain fields). `mapping` (format_map) looks names up by subscription
// and allows no positional fields.
Value format_template(Thread& thread, std::string_view text, const Value* args, size_t nargs, Value kwargs,
                      bool mapping, int depth, size_t* auto_index, std::string& out) {
  const BuiltinTypes& types = T(thread);
  if (depth > 2) return thread.raise(types.ValueError, "Max string recursion exceeded");
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '}') {
      if (i + 1 < text.size() && text[i + 1] == '}') {
        out += '}';
        ++i;
        continue;
      }
      return thread.raise(types.ValueError, "Single '}' encountered in format string");
    }
    if (c != '{') {
      out += c;
      continue;
    }
    if (i + 1 < text.size() && text[i + 1] == '{') {
      out += '{';
      ++i;
      continue;
    }
    // Find the matching '}' (specs may nest one level of fields).
    size_t level = 1, j = i + 1;
    for (; j < text.size() && level > 0; ++j) {
      if (text[j] == '{') ++level;
      else if (text[j] == '}') --level;
    }
    if (level != 0) return thread.raise(types.ValueError, "expected '}' before end of string");
    std::string_view field = text.substr(i + 1, j - i - 2);
    i = j - 1;
    std::string_view spec, conversion;
    size_t colon = std::string_view::npos;
    for (size_t k = 0, brackets = 0; k < field.size(); ++k) {
      if (field[k] == '[') ++brackets;
      else if (field[k] == ']' && brackets > 0) --brackets;
      else if (brackets == 0 && (field[k] == ':' || field[k] == '!')) {
        colon = k;
        break;
      }
    }
    std::string_view name = field.substr(0, colon);
    if (colon != std::string_view::npos) {
      std::string_view rest = field.substr(colon);
      if (rest[0] == '!') {
        if (rest.size() < 2) return thread.raise(types.ValueError, "end of string while looking for conversion specifier");
        conversion = rest.substr(1, 1);
        rest = rest.substr(2);
        if (!rest.empty() && rest[0] != ':') return thread.raise(types.ValueError, "expected ':' after conversion specifier");
      }
      if (!rest.empty()) spec = rest.substr(1);
    }
    size_t first_end = name.find_first_of(".[");
    std::string_view head = name.substr(0, first_end);
    bool positional = head.empty() || (head[0] >= '0' && head[0] <= '9');
    if (mapping && positional) return thread.raise(types.ValueError, "Format string contains positional fields");
    Value value;
    if (head.empty()) {
      if (*auto_index == SIZE_MAX) return thread.raise(types.ValueError, "cannot switch from manual field specification to automatic field numbering");
      size_t index = (*auto_index)++;
      if (index >= nargs) return thread.raise_format(types.IndexError, "Replacement index %zu out of range for positional args tuple", index);
      value = args[index];
    } else if (positional) {
      size_t index = size_t(std::atoll(std::string(head).c_str()));
      if (*auto_index > 0 && *auto_index != SIZE_MAX) return thread.raise(types.ValueError, "cannot switch from automatic field numbering to manual field specification");
      *auto_index = SIZE_MAX;
      if (index >= nargs) return thread.raise_format(types.IndexError, "Replacement index %zu out of range for positional args tuple", index);
      value = args[index];
    } else if (mapping) {
      value = get_item(thread, kwargs, str_value(thread, head));
      if (value.is_error()) return value;
    } else {
      Value key = str_value(thread, head);
      value = kwargs.is_empty() ? Value() : dict_get(thread, static_cast<DictObject*>(kwargs.as_object()), key);
      if (value.is_error()) return value;
      if (value.is_empty()) {
        Value exception = make_exception(thread, types.KeyError, key);
        return exception.is_error() ? exception : thread.raise_value(exception);
      }
    }
    std::string_view rest = first_end == std::string_view::npos ? std::string_view() : name.substr(first_end);
    while (!rest.empty()) {
      if (rest[0] == '.') {
        size_t end = rest.find_first_of(".[", 1);
        value = get_attr(thread, value, thread.interp().intern(rest.substr(1, end == std::string_view::npos ? end : end - 1)));
        rest = end == std::string_view::npos ? std::string_view() : rest.substr(end);
      } else {
        size_t end = rest.find(']');
        if (end == std::string_view::npos) return thread.raise(types.ValueError, "Missing ']' in format string");
        std::string_view key_text = rest.substr(1, end - 1);
        bool numeric = !key_text.empty() && key_text.find_first_not_of("0123456789") == std::string_view::npos;
        Value key = numeric ? Value::small_int(std::atoll(std::string(key_text).c_str())) : str_value(thread, key_text);
        value = get_item(thread, value, key);
        rest = rest.substr(end + 1);
      }
      if (value.is_error()) return value;
    }
    if (conversion == "r") value = repr(thread, value);
    else if (conversion == "s") value = to_str(thread, value);
    else if (!conversion.empty()) return thread.raise_format(types.ValueError, "Unknown conversion specifier %.*s", int(conversion.size()), conversion.data());
    if (value.is_error()) return value;
    std::string expanded_spec;
    if (spec.find('{') != std::string_view::npos) {
      Value ok = format_template(thread, spec, args, nargs, kwargs, mapping, depth + 1, auto_index, expanded_spec);
      if (ok.is_error()) return ok;
      spec = expanded_spec;
    }
    Value piece = format_value(thread, value, spec);
    if (piece.is_error()) return piece;
    out += as_str(piece)->view();
  }
  return Value::none();
}

Value str_format(Thread& thread, Value self, const Value* args, size_t nargs) {
  // Slots: the keyword dict (or empty), then the positionals.
  std::string out;
  size_t auto_index = 0;
  Value ok = format_template(thread, as_str(self)->view(), args + 1, nargs - 1, args[0], false, 0, &auto_index, out);
  if (ok.is_error()) return ok;
  return str_value(thread, out);
}

Value str_format_map(Thread& thread, Value self, const Value* args, size_t) {
  std::string out;
  size_t auto_index = 0;
  Value ok = format_template(thread, as_str(self)->view(), nullptr, 0, args[0], true, 0, &auto_index, out);
  if (ok.is_error()) return ok;
  return str_value(thread, out);
}

const NativeMethodDef kStrMethods[] = {
    {"capitalize()", str_capitalize},
    {"casefold()", str_casefold},
    {"center(width, fillchar=' ', /)", str_center},
    {"count(*args)", str_count},
    {"endswith(*args)", str_endswith},
    {"expandtabs(tabsize=8)", str_expandtabs},
    {"find(*args)", str_find},
    {"format(*args, **kwargs)", str_format},
    {"format_map(mapping, /)", str_format_map},
    {"index(*args)", str_index},
    {"isalnum()", str_isalnum},
    {"isalpha()", str_isalpha},
    {"isascii()", str_isascii},
    {"isdecimal()", str_isdecimal},
    {"isdigit()", str_isdigit},
    {"isidentifier()", str_isidentifier},
    {"islower()", str_islower},
    {"isnumeric()", str_isnumeric},
    {"isprintable()", str_isprintable},
    {"isspace()", str_isspace},
    {"istitle()", str_istitle},
    {"isupper()", str_isupper},
    {"join(iterable, /)", str_join},
    {"ljust(width, fillchar=' ', /)", str_ljust},
    {"lower()", str_lower},
    {"lstrip(chars=None, /)", str_lstrip},
    {"partition(sep, /)", str_partition},
    {"removeprefix(prefix, /)", str_removeprefix},
    {"removesuffix(suffix, /)", str_removesuffix},
    {"replace(old, new, count=-1, /)", str_replace},
    {"rfind(*args)", str_rfind},
    {"rindex(*args)", str_rindex},
    {"rjust(width, fillchar=' ', /)", str_rjust},
    {"rpartition(sep, /)", str_rpartition},
    {"rsplit(sep=None, maxsplit=-1)", str_rsplit},
    {"rstrip(chars=None, /)", str_rstrip},
    {"split(sep=None, maxsplit=-1)", str_split},
    {"splitlines(keepends=False)", str_splitlines},
    {"startswith(*args)", str_startswith},
    {"strip(chars=None, /)", str_strip},
    {"swapcase()", str_swapcase},
    {"title()", str_title},
    {"translate(table, /)", str_translate},
    {"upper()", str_upper},
    {"zfill(width, /)", str_zfill},
};

const NativeMethodDef kStrStaticMethods[] = {
    {"maketrans(x, y=None, z=None, /)", str_maketrans},
};

}  // namespace

void install_str_methods(Interpreter& interp) {
  define_native_methods(interp, interp.types().str->dict, interp.types().str, kStrMethods);
  // maketrans is a staticmethod around a plain builtin, as in CPython.
  Thread& thread = interp.main_thread();
  DictObject* scratch = dict_new(thread);
  define_native_methods(interp, scratch, nullptr, kStrStaticMethods);
  MethodWrapperObject* wrapper = thread.heap().make<MethodWrapperObject>(interp.types().staticmethod);
  wrapper->function = dict_get_str(scratch, interp.intern("maketrans"));
  wrapper->dict = nullptr;
  dict_set(thread, interp.types().str->dict, interp.intern("maketrans"), to_value(wrapper));
}

}  // namespace pyxis
