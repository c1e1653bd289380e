// str objects: creation (counting code points, noting pure ASCII), hashing, equality,
// ordering, indexing by code point, concatenation and repetition.
#include "objects/str_object.h"

#include <cstring>

#include "vm/interpreter.h"

namespace pyxis {

StrObject* str_new(Thread& thread, std::string_view utf8) {
  StrObject* str = thread.heap().make_sized<StrObject>(thread.types().str, utf8.size() + 1);
  str->byte_length = utf8.size();
  if (!utf8.empty()) std::memcpy(str->bytes, utf8.data(), utf8.size());
  str->bytes[utf8.size()] = '\0';
  size_t length = 0;
  bool ascii = true;
  for (unsigned char c : utf8) {
    if ((c & 0xC0) != 0x80) ++length;
    if (c >= 0x80) ascii = false;
  }
  str->length = length;
  str->ascii = ascii;
  str->hash = -1;
  str->interned = false;
  return str;
}

Value str_value(Thread& thread, std::string_view utf8) { return to_value(str_new(thread, utf8)); }

int64_t str_hash(StrObject* str) {
  if (str->hash != -1) return str->hash;
  // FNV-1a over the bytes, then mixed; Python only promises that equal strings hash equal.
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < str->byte_length; ++i) {
    h ^= static_cast<unsigned char>(str->bytes[i]);
    h *= 1099511628211ull;
  }
  h ^= h >> 29;
  int64_t result = int64_t(h >> 1);
  if (result == -1) result = -2;
  str->hash = result;
  return result;
}

bool str_equal(const StrObject* a, const StrObject* b) {
  if (a == b) return true;
  if (a->byte_length != b->byte_length) return false;
  if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) return false;
  return std::memcmp(a->bytes, b->bytes, a->byte_length) == 0;
}

int str_compare(const StrObject* a, const StrObject* b) {
  size_t n = a->byte_length < b->byte_length ? a->byte_length : b->byte_length;
  int c = std::memcmp(a->bytes, b->bytes, n);
  if (c != 0) return c < 0 ? -1 : 1;
  return a->byte_length < b->byte_length ? -1 : a->byte_length > b->byte_length ? 1 : 0;
}

size_t str_byte_offset(const StrObject* str, size_t index) {
  if (str->ascii) return index;
  size_t offset = 0;
  for (size_t seen = 0; offset < str->byte_length; ++offset) {
    if ((static_cast<unsigned char>(str->bytes[offset]) & 0xC0) != 0x80) {
      if (seen == index) return offset;
      ++seen;
    }
  }
  return offset;
}

Value str_item(Thread& thread, StrObject* str, int64_t index) {
  size_t begin = str_byte_offset(str, size_t(index));
  size_t end = begin + 1;
  while (end < str->byte_length && (static_cast<unsigned char>(str->bytes[end]) & 0xC0) == 0x80) ++end;
  return str_value(thread, std::string_view(str->bytes + begin, end - begin));
}

Value str_concat(Thread& thread, StrObject* a, StrObject* b) {
  StrObject* str = thread.heap().make_sized<StrObject>(thread.types().str, a->byte_length + b->byte_length + 1);
  std::memcpy(str->bytes, a->bytes, a->byte_length);
  std::memcpy(str->bytes + a->byte_length, b->bytes, b->byte_length);
  str->byte_length = a->byte_length + b->byte_length;
  str->bytes[str->byte_length] = '\0';
  str->length = a->length + b->length;
  str->ascii = a->ascii && b->ascii;
  str->hash = -1;
  str->interned = false;
  return to_value(str);
}

Value str_repeat(Thread& thread, StrObject* a, int64_t times) {
  if (times <= 0 || a->byte_length == 0) return str_value(thread, "");
  if (uint64_t(times) > (uint64_t{1} << 40) / (a->byte_length + 1))
    return thread.raise(thread.types().OverflowError, "repeated string is too long");
  std::string text;
  text.reserve(a->byte_length * size_t(times));
  for (int64_t i = 0; i < times; ++i) text.append(a->bytes, a->byte_length);
  return str_value(thread, text);
}

}  // namespace pyxis
