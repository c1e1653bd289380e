// bytes (immutable, bytes inline after the header, cached hash) and bytearray (mutable,
// a std::string buffer): creation, the buffer view both share, and their installation.
#pragma once

#include <string>
#include <string_view>

#include "objects/object.h"

namespace pyxis {

class Interpreter;
class Thread;
struct Type;

struct BytesObject : Object {
  size_t size;
  int64_t hash;  // -1 until computed
  char data[];   // size bytes, then a NUL

  std::string_view view() const { return {data, size}; }
};

struct ByteArrayObject : Object {
  std::string data;
};

BytesObject* bytes_new(Thread& thread, std::string_view data);
Value bytes_value(Thread& thread, std::string_view data);
ByteArrayObject* bytearray_new(Thread& thread, std::string_view data);
// bytes or bytearray (same type as `like`) holding `data`.
Value bytes_like_result(Thread& thread, Value like, std::string_view data);

bool is_bytes(Thread& thread, Value value);
bool is_bytearray(Thread& thread, Value value);
// The bytes of a bytes-like object (bytes, bytearray, memoryview); false (no exception) when
// the value is not one. The view stays valid until the next mutation of a bytearray.
bool bytes_like_view(Thread& thread, Value value, std::string_view* out);
int64_t bytes_hash(BytesObject* bytes);

// The bytes(...) / bytearray(...) constructors' argument handling: the initial contents
// from (source, encoding, errors) as CPython accepts them.
bool bytes_from_arguments(Thread& thread, const char* name, Value source, Value encoding, Value errors,
                          std::string* out);

// Methods shared by bytes and bytearray (bytes_methods.cpp), bytearray's own
// (bytearray_object.cpp), and the % operator (bytes_format.cpp).
void install_bytes_methods(Interpreter& interp, Type* type);
void install_bytearray_methods(Interpreter& interp);
Value bytes_percent_format(Thread& thread, Value format, Value args);

// Sets up bytes, bytearray and their iterators (slots, methods, builtins names).
void install_bytes_types(Interpreter& interp);

void destroy_bytearray(Object* object);

}  // namespace pyxis
