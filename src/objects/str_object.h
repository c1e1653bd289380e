// str: UTF-8 bytes inline after the header, with the code point count, an ASCII flag (O(1)
// indexing) and a cached hash. Interned strings are unique per interpreter.
#pragma once

#include <string>
#include <string_view>

#include "objects/object.h"

namespace pyxis {

class Thread;

struct StrObject : Object {
  size_t byte_length;
  size_t length;  // code points
  int64_t hash;   // -1 until computed
  bool ascii;
  bool interned;
  char bytes[];   // byte_length bytes, then a NUL

  std::string_view view() const { return {bytes, byte_length}; }
};

StrObject* str_new(Thread& thread, std::string_view utf8);
Value str_value(Thread& thread, std::string_view utf8);
int64_t str_hash(StrObject* str);
bool str_equal(const StrObject* a, const StrObject* b);
// The code point at index (0 <= index < length), as a new one-character string.
Value str_item(Thread& thread, StrObject* str, int64_t index);
Value str_concat(Thread& thread, StrObject* a, StrObject* b);
Value str_repeat(Thread& thread, StrObject* a, int64_t times);
int str_compare(const StrObject* a, const StrObject* b);  // code point order = UTF-8 byte order
// Byte offset of code point `index`.
size_t str_byte_offset(const StrObject* str, size_t index);

}  // namespace pyxis
