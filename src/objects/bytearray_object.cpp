// bytearray's own mutating methods: append, extend, insert, pop, remove, reverse, clear, copy.
#include <algorithm>

#include "objects/bytes_object.h"
#include "objects/int_object.h"
#include "objects/method_table.h"
#include "vm/interpreter.h"
#include "vm/operations.h"

namespace pyxis {

namespace {

const BuiltinTypes& T(Thread& thread) { return thread.types(); }
ByteArrayObject* as_array(Value v) { return static_cast<ByteArrayObject*>(v.as_object()); }

bool need_byte(Thread& thread, Value v, char* out) {
  if (!is_int(thread, v)) {
    thread.raise_format(T(thread).TypeError, "'%s' object cannot be interpreted as an integer", type_name(thread, v));
    return false;
  }
  int64_t n;
  if (!int_fits_i64(v, &n) || n < 0 || n > 255) {
    thread.raise(T(thread).ValueError, "byte must be in range(0, 256)");
    return false;
  }
  *out = char(n);
  return true;
}

Value ba_append(Thread& thread, Value self, const Value* args, size_t) {
  char byte;
  if (!need_byte(thread, args[0], &byte)) return Value::error();
  as_array(self)->data += byte;
  return Value::none();
}

Value ba_extend(Thread& thread, Value self, const Value* args, size_t) {
  std::string added;
  std::string_view view;
  if (bytes_like_view(thread, args[0], &view)) {
    added = view;
  } else {
    Value iterator = get_iter(thread, args[0]);
    if (iterator.is_error()) {
      if (thread.pending_is(T(thread).TypeError)) {
        thread.take_pending();
        return thread.raise_format(T(thread).TypeError, "can't extend bytearray with %s", type_name(thread, args[0]));
      }
      return iterator;
    }
    for (;;) {
      Value item = iter_next(thread, iterator);
      if (item.is_error()) return item;
      if (item.is_empty()) break;
      char byte;
      if (!need_byte(thread, item, &byte)) return Value::error();
      added += byte;
    }
  }
  as_array(self)->data += added;
  thread.heap().note_external_bytes(added.size());
  return Value::none();
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

Value ba_insert(Thread& thread, Value self, const Value* args, size_t) {
  int64_t index;
  char byte;
  if (!need_index(thread, args[0], &index) || !need_byte(thread, args[1], &byte)) return Value::error();
  ByteArrayObject* array = as_array(self);
  int64_t size = int64_t(array->data.size());
  if (index < 0) index = std::max<int64_t>(index + size, 0);
  if (index > size) index = size;
  array->data.insert(size_t(index), 1, byte);
  return Value::none();
}

Value ba_pop(Thread& thread, Value self, const Value* args, size_t) {
  int64_t index = -1;
  if (!args[0].is_empty() && !need_index(thread, args[0], &index)) return Value::error();
  ByteArrayObject* array = as_array(self);
  int64_t size = int64_t(array->data.size());
  if (size == 0) return thread.raise(T(thread).IndexError, "pop from empty bytearray");
  if (index < 0) index += size;
  if (index < 0 || index >= size) return thread.raise(T(thread).IndexError, "pop index out of range");
  unsigned char byte = static_cast<unsigned char>(array->data[size_t(index)]);
  array->data.erase(size_t(index), 1);
  return Value::small_int(byte);
}

Value ba_remove(Thread& thread, Value self, const Value* args, size_t) {
  char byte;
  if (!need_byte(thread, args[0], &byte)) return Value::error();
  ByteArrayObject* array = as_array(self);
  size_t at = array->data.find(byte);
  if (at == std::string::npos) return thread.raise(T(thread).ValueError, "value not found in bytearray");
  array->data.erase(at, 1);
  return Value::none();
}

Value ba_reverse(Thread&, Value self, const Value*, size_t) {
  std::reverse(as_array(self)->data.begin(), as_array(self)->data.end());
  return Value::none();
}

Value ba_clear(Thread&, Value self, const Value*, size_t) {
  as_array(self)->data.clear();
  return Value::none();
}

Value ba_copy(Thread& thread, Value self, const Value*, size_t) {
  return to_value(bytearray_new(thread, as_array(self)->data));
}

const NativeMethodSpec kByteArrayMethods[] = {
    {"append(item, /)", ba_append},       {"extend(iterable_of_ints, /)", ba_extend},
    {"insert(index, item, /)", ba_insert}, {"pop(index=None, /)", ba_pop},
    {"remove(value, /)", ba_remove},      {"reverse()", ba_reverse},
    {"clear()", ba_clear},                {"copy()", ba_copy},
};

}  // namespace

void install_bytearray_methods(Interpreter& interp) {
  install_native_methods(interp, interp.types().bytearray, kByteArrayMethods);
}

}  // namespace pyxis
