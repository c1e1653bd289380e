// bytes and bytearray: creation, repr, hashing, comparison, concatenation and repetition,
// indexing and slicing (bytearray: item and slice assignment), iteration, construction.
#include "objects/builtin_subclass.h"
#include "objects/bytes_object.h"

#include <algorithm>
#include <cstring>

#include "objects/codecs.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/memoryview_object.h"
#include "objects/method_table.h"
#include "objects/module_object.h"
#include "objects/slice_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/type_slots.h"
#include "support/python_repr.h"
#include "vm/interpreter.h"
#include "vm/operations.h"
#include "vm/slot_wrappers.h"

namespace pyxis {

namespace {

const BuiltinTypes& T(Thread& thread) { return thread.types(); }
bool has_type(Value v, const Type* type) { return v.is_object() && v.as_object()->type == type; }
BytesObject* as_bytes(Value v) { return static_cast<BytesObject*>(v.as_object()); }
ByteArrayObject* as_bytearray(Value v) { return static_cast<ByteArrayObject*>(v.as_object()); }

std::string_view view_of(Thread& thread, Value v) {
  std::string_view out;
  bytes_like_view(thread, v, &out);
  return out;
}

}  // namespace

BytesObject* bytes_new(Thread& thread, std::string_view data) {
  BytesObject* bytes = thread.heap().make_sized<BytesObject>(T(thread).bytes, data.size() + 1);
  bytes->size = data.size();
  bytes->hash = -1;
  if (!data.empty()) std::memcpy(bytes->data, data.data(), data.size());
  bytes->data[data.size()] = '\0';
  return bytes;
}

Value bytes_value(Thread& thread, std::string_view data) { return to_value(bytes_new(thread, data)); }

ByteArrayObject* bytearray_new(Thread& thread, std::string_view data) {
  ByteArrayObject* array = thread.heap().make<ByteArrayObject>(T(thread).bytearray);
  array->data.assign(data.data(), data.size());
  thread.heap().note_external_bytes(data.size());
  return array;
}

Value bytes_like_result(Thread& thread, Value like, std::string_view data) {
  if (is_bytearray(thread, like)) return to_value(bytearray_new(thread, data));
  return bytes_value(thread, data);
}

bool is_bytes(Thread& thread, Value value) { return value.is_object() && is_subtype(value.as_object()->type, T(thread).bytes); }
bool is_bytearray(Thread& thread, Value value) {
  return value.is_object() && is_subtype(value.as_object()->type, T(thread).bytearray);
}

bool bytes_like_view(Thread& thread, Value value, std::string_view* out) {
  value = plain_value(value);  // an instance of a Python subclass: the bytes it extends
  if (!value.is_object()) return false;
  Type* type = value.as_object()->type;
  if (is_subtype(type, T(thread).bytes)) {
    *out = as_bytes(value)->view();
    return true;
  }
  if (is_subtype(type, T(thread).bytearray)) {
    *out = as_bytearray(value)->data;
    return true;
  }
  if (type == T(thread).memoryview) return memoryview_view(thread, value, out);
  return false;
}

int64_t bytes_hash(BytesObject* bytes) {
  if (bytes->hash != -1) return bytes->hash;
  // Same function as str's (equal ASCII text hashes alike, as in CPython).
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < bytes->size; ++i) {
    h ^= static_cast<unsigned char>(bytes->data[i]);
    h *= 1099511628211ull;
  }
  h ^= h >> 29;
  int64_t result = int64_t(h >> 1);
  if (result == -1) result = -2;
  bytes->hash = result;
  return result;
}

void destroy_bytearray(Object* object) { static_cast<ByteArrayObject*>(object)->~ByteArrayObject(); }

// ---------------------------------------------------------------- construction

namespace {

// One item of an iterable of ints for bytes(...): 0..255.
bool byte_from_value(Thread& thread, Value item, const char* range_message, unsigned char* out) {
  int64_t n;
  if (!index_value(thread, item, &n, nullptr)) {
    if (thread.pending_is(T(thread).IndexError)) {
      thread.take_pending();
      n = -1;
    } else {
      return false;
    }
  }
  if (n < 0 || n > 255) {
    thread.raise(T(thread).ValueError, range_message);
    return false;
  }
  *out = static_cast<unsigned char>(n);
  return true;
}

}  // namespace

bool bytes_from_arguments(Thread& thread, const char* name, Value source, Value encoding, Value errors,
                          std::string* out) {
  const BuiltinTypes& types = T(thread);
  for (auto [value, what] : {std::pair{encoding, "encoding"}, std::pair{errors, "errors"}})
    if (!value.is_empty() && !is_instance_of(thread, value, types.str)) {
      thread.raise_format(types.TypeError, "%s() argument '%s' must be str, not %s", name, what, type_name(thread, value));
      return false;
    }
  if (source.is_empty()) {
    if (!encoding.is_empty() || !errors.is_empty()) {
      thread.raise(types.TypeError, encoding.is_empty() ? "errors without a string argument" : "encoding without a string argument");
      return false;
    }
    return true;
  }
  if (is_instance_of(thread, source, types.str)) {
    if (encoding.is_empty()) {
      thread.raise(types.TypeError, "string argument without an encoding");
      return false;
    }
    Value encoded = codec_encode(thread, plain_value(source), encoding, errors);
    if (encoded.is_error()) return false;
    *out = as_bytes(encoded)->view();
    return true;
  }
  if (!encoding.is_empty() || !errors.is_empty()) {
    thread.raise(types.TypeError, encoding.is_empty() ? "errors without a string argument" : "encoding without a string argument");
    return false;
  }
  std::string_view buffer;
  if (bytes_like_view(thread, source, &buffer)) {
    *out = buffer;
    return true;
  }
  if (is_int(thread, source)) {
    int64_t n;
    if (!int_fits_i64(source, &n)) {
      thread.raise(types.OverflowError, "cannot fit 'int' into an index-sized integer");
      return false;
    }
    if (n < 0) {
      thread.raise(types.ValueError, "negative count");
      return false;
    }
    if (n > (int64_t{1} << 40)) {
      thread.raise(types.MemoryError, "");
      return false;
    }
    out->assign(size_t(n), '\0');
    return true;
  }
  const char* range_message = std::strcmp(name, "bytes") == 0 ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)";
  if (has_type(source, types.list) || has_type(source, types.tuple)) {
    bool is_list = has_type(source, types.list);
    for (size_t i = 0;; ++i) {
      size_t size = is_list ? static_cast<ListObject*>(source.as_object())->items.size()
                            : static_cast<TupleObject*>(source.as_object())->size;
      if (i >= size) break;
      Value item = is_list ? static_cast<ListObject*>(source.as_object())->items[i]
                           : static_cast<TupleObject*>(source.as_object())->items[i];
      unsigned char byte;
      if (!byte_from_value(thread, item, range_message, &byte)) return false;
      *out += char(byte);
    }
    return true;
  }
  Value iterator = get_iter(thread, source);
  if (iterator.is_error()) {
    if (thread.pending_is(types.TypeError)) {
      thread.take_pending();
      thread.raise_format(types.TypeError, "cannot convert '%s' object to %s", type_name(thread, source), name);
    }
    return false;
  }
  for (;;) {
    Value item = iter_next(thread, iterator);
    if (item.is_error()) return false;
    if (item.is_empty()) return true;
    unsigned char byte;
    if (!byte_from_value(thread, item, range_message, &byte)) return false;
    *out += char(byte);
  }
}

namespace {

bool bind_constructor(Thread& thread, const char* name, const Value* args, size_t nargs, TupleObject* kwnames,
                      Value slots[3]) {
  size_t nkw = kwnames != nullptr ? kwnames->size : 0;
  size_t npositional = nargs - nkw;
  if (npositional > 3) {
    thread.raise_format(T(thread).TypeError, "%s() takes at most 3 arguments (%zu given)", name, nargs);
    return false;
  }
  static const char* const names[] = {"source", "encoding", "errors"};
  for (size_t i = 0; i < npositional; ++i) slots[i] = args[i];
  for (size_t k = 0; k < nkw; ++k) {
    std::string_view key = static_cast<StrObject*>(kwnames->items[k].as_object())->view();
    size_t found = 3;
    for (size_t i = 0; i < 3; ++i)
      if (key == names[i]) found = i;
    if (found == 3) {
      thread.raise_format(T(thread).TypeError, "'%.*s' is an invalid keyword argument for %s()", int(key.size()),
                          key.data(), name);
      return false;
    }
    if (!slots[found].is_empty()) {
      thread.raise_format(T(thread).TypeError, "argument for %s() given by name ('%s') and position (%zu)", name,
                          names[found], found + 1);
      return false;
    }
    slots[found] = args[npositional + k];
  }
  return true;
}

Value construct_bytes(Thread& thread, Type*, const Value* args, size_t nargs, TupleObject* kwnames) {
  Value slots[3];
  if (!bind_constructor(thread, "bytes", args, nargs, kwnames, slots)) return Value::error();
  if (has_type(slots[0], T(thread).bytes) && slots[1].is_empty() && slots[2].is_empty()) return slots[0];
  // An object with __bytes__ converts itself.
  if (!slots[0].is_empty() && slots[0].is_object() && slots[0].as_object()->type->is_heap_type && slots[1].is_empty() &&
      slots[2].is_empty()) {
    Value method = type_lookup(slots[0].as_object()->type, thread.interp().intern("__bytes__"));
    if (!method.is_empty()) {
      Value result = call(thread, method, &slots[0], 1);
      if (result.is_error()) return result;
      if (!is_bytes(thread, result))
        return thread.raise_format(T(thread).TypeError, "__bytes__ returned non-bytes (type %s)", type_name(thread, result));
      return result;
    }
  }
  std::string data;
  if (!bytes_from_arguments(thread, "bytes", slots[0], slots[1], slots[2], &data)) return Value::error();
  return bytes_value(thread, data);
}

Value construct_bytearray(Thread& thread, Type*, const Value* args, size_t nargs, TupleObject* kwnames) {
  Value slots[3];
  if (!bind_constructor(thread, "bytearray", args, nargs, kwnames, slots)) return Value::error();
  std::string data;
  if (!bytes_from_arguments(thread, "bytearray", slots[0], slots[1], slots[2], &data)) return Value::error();
  return to_value(bytearray_new(thread, data));
}

// ---------------------------------------------------------------- protocols

bool bytes_repr_slot(Thread& thread, std::string& out, Value self) {
  if (is_bytearray(thread, self)) {
    // bytearray's repr escapes a single quote even inside double quotes (as CPython does).
    std::string inner;
    append_bytes_repr(inner, as_bytearray(self)->data);
    out += "bytearray(";
    if (inner.size() >= 3 && inner[1] == '"') {
      for (size_t i = 0; i < inner.size(); ++i) {
        if (inner[i] == '\'' && i != 1 && i + 1 != inner.size()) out += '\\';
        out += inner[i];
      }
    } else {
      out += inner;
    }
    out += ')';
  } else {
    append_bytes_repr(out, as_bytes(self)->view());
  }
  return true;
}

bool bytes_hash_slot(Thread&, Value self, int64_t* out) {
  *out = bytes_hash(as_bytes(self));
  return true;
}

Value bytes_compare_slot(Thread& thread, CompareOp op, Value a, Value b) {
  std::string_view x, y;
  if (!bytes_like_view(thread, a, &x)) return Value();
  if (!bytes_like_view(thread, b, &y)) return Value();
  int c = x.compare(y);
  switch (op) {
    case CompareOp::Lt: return Value::boolean(c < 0);
    case CompareOp::Le: return Value::boolean(c <= 0);
    case CompareOp::Eq: return Value::boolean(c == 0);
    case CompareOp::Ne: return Value::boolean(c != 0);
    case CompareOp::Gt: return Value::boolean(c > 0);
    case CompareOp::Ge: return Value::boolean(c >= 0);
  }
  return Value();
}

Value repeat(Thread& thread, Value seq, Value count) {
  int64_t n;
  if (!int_fits_i64(count, &n)) return thread.raise(T(thread).OverflowError, "cannot fit 'int' into an index-sized integer");
  std::string_view data = view_of(thread, seq);
  if (n <= 0 || data.empty()) return bytes_like_result(thread, seq, "");
  if (uint64_t(n) > (uint64_t{1} << 40) / data.size()) return thread.raise(T(thread).MemoryError, "");
  std::string out;
  out.reserve(data.size() * size_t(n));
  for (int64_t i = 0; i < n; ++i) out += data;
  return bytes_like_result(thread, seq, out);
}

Value bytes_binary_slot(Thread& thread, BinaryOp op, Value a, Value b) {
  bool a_bytes = is_bytes(thread, a) || is_bytearray(thread, a);
  if (op == BinaryOp::Add) {
    if (!a_bytes) return Value();
    std::string_view x = view_of(thread, a), y;
    if (!bytes_like_view(thread, b, &y))
      return thread.raise_format(T(thread).TypeError, "can't concat %s to %s", type_name(thread, b), type_name(thread, a));
    std::string out(x);
    out += y;
    return bytes_like_result(thread, a, out);
  }
  if (op == BinaryOp::Mul) {
    if (a_bytes) {
      if (is_int(thread, b)) return repeat(thread, a, b);
      return thread.raise_format(T(thread).TypeError, "can't multiply sequence by non-int of type '%s'", type_name(thread, b));
    }
    if (is_int(thread, a)) return repeat(thread, b, a);
    return thread.raise_format(T(thread).TypeError, "can't multiply sequence by non-int of type '%s'", type_name(thread, a));
  }
  if (op == BinaryOp::Mod && a_bytes) return bytes_percent_format(thread, a, b);
  return Value();
}

Value bytearray_inplace_slot(Thread& thread, BinaryOp op, Value a, Value b) {
  ByteArrayObject* array = as_bytearray(a);
  if (op == BinaryOp::Add) {
    std::string_view y;
    if (!bytes_like_view(thread, b, &y))
      return thread.raise_format(T(thread).TypeError, "can't concat %s to bytearray", type_name(thread, b));
    std::string copy(y);  // b may be a
    array->data += copy;
    thread.heap().note_external_bytes(copy.size());
    return a;
  }
  if (op == BinaryOp::Mul) {
    if (!is_int(thread, b))
      return thread.raise_format(T(thread).TypeError, "can't multiply sequence by non-int of type '%s'", type_name(thread, b));
    Value repeated = repeat(thread, a, b);
    if (repeated.is_error()) return repeated;
    array->data.swap(as_bytearray(repeated)->data);
    return a;
  }
  return Value();
}

bool bytes_length_slot(Thread& thread, Value self, int64_t* out) {
  *out = int64_t(view_of(thread, self).size());
  return true;
}

// An object with __index__ used as a subscript becomes its int.
bool resolve_index_key(Thread& thread, Value* key) {
  if (!key->is_object() || !key->as_object()->type->is_heap_type) return true;
  Value method = type_lookup(key->as_object()->type, thread.interp().intern("__index__"));
  if (method.is_empty()) return true;
  Value result = call(thread, method, key, 1);
  if (result.is_error()) return false;
  if (!is_int(thread, result)) {
    thread.raise_format(T(thread).TypeError, "__index__ returned non-int (type %s)", type_name(thread, result));
    return false;
  }
  *key = result;
  return true;
}

Value bytes_get_item_slot(Thread& thread, Value self, Value key) {
  std::string_view data = view_of(thread, self);
  bool array = is_bytearray(thread, self);
  if (has_type(key, T(thread).slice)) {
    int64_t start, stop, step, count;
    if (!slice_resolve(thread, static_cast<SliceObject*>(key.as_object()), int64_t(data.size()), &start, &stop, &step, &count))
      return Value::error();
    data = view_of(thread, self);  // an __index__ method may have resized a bytearray
    std::string out;
    out.reserve(size_t(count));
    for (int64_t i = 0; i < count; ++i) {
      size_t at = size_t(start + i * step);
      if (at < data.size()) out += data[at];
    }
    return bytes_like_result(thread, self, out);
  }
  int64_t index;
  if (!resolve_index_key(thread, &key)) return Value::error();
  if (!index_value(thread, key, &index, array ? "bytearray" : "byte")) {
    if (thread.pending_is(T(thread).IndexError)) {
      thread.take_pending();
      return thread.raise(T(thread).IndexError, "cannot fit 'int' into an index-sized integer");
    }
    return Value::error();
  }
  int64_t size = int64_t(data.size());
  if (index < 0) index += size;
  if (index < 0 || index >= size) return thread.raise(T(thread).IndexError, array ? "bytearray index out of range" : "index out of range");
  return Value::small_int(static_cast<unsigned char>(data[size_t(index)]));
}

// Collects the bytes a slice assignment inserts.
bool assigned_bytes(Thread& thread, Value value, std::string* out) {
  std::string_view buffer;
  if (bytes_like_view(thread, value, &buffer)) {
    *out = buffer;
    return true;
  }
  if (is_int(thread, value) || is_instance_of(thread, value, T(thread).str)) {
    thread.raise(T(thread).TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    return false;
  }
  Value iterator = get_iter(thread, value);
  if (iterator.is_error()) {
    if (thread.pending_is(T(thread).TypeError)) {
      thread.take_pending();
      thread.raise(T(thread).TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    }
    return false;
  }
  for (;;) {
    Value item = iter_next(thread, iterator);
    if (item.is_error()) return false;
    if (item.is_empty()) return true;
    unsigned char byte;
    if (!byte_from_value(thread, item, "byte must be in range(0, 256)", &byte)) return false;
    *out += char(byte);
  }
}

bool bytearray_set_item_slot(Thread& thread, Value self, Value key, Value value) {
  ByteArrayObject* array = as_bytearray(self);
  if (has_type(key, T(thread).slice)) {
    std::string replacement;
    if (!value.is_empty() && !assigned_bytes(thread, value, &replacement)) return false;
    int64_t start, stop, step, count;
    if (!slice_resolve(thread, static_cast<SliceObject*>(key.as_object()), int64_t(array->data.size()), &start, &stop,
                       &step, &count))
      return false;
    std::string& data = array->data;
    // An __index__ method may have resized the array meanwhile: stay inside it.
    if (count > 0 && (start + (count - 1) * step >= int64_t(data.size()) || start >= int64_t(data.size()))) {
      thread.raise(T(thread).BufferError, "bytearray was resized during slice assignment");
      return false;
    }
    if (step == 1) {
      data.replace(std::min(size_t(start), data.size()), size_t(count), replacement);
      return true;
    }
    if (value.is_empty()) {
      std::string kept;
      std::vector<bool> doomed(data.size(), false);
      for (int64_t i = 0; i < count; ++i) doomed[size_t(start + i * step)] = true;
      for (size_t i = 0; i < data.size(); ++i)
        if (!doomed[i]) kept += data[i];
      data.swap(kept);
      return true;
    }
    if (int64_t(replacement.size()) != count) {
      thread.raise_format(T(thread).ValueError, "attempt to assign bytes of size %zu to extended slice of size %lld",
                          replacement.size(), static_cast<long long>(count));
      return false;
    }
    for (int64_t i = 0; i < count; ++i) data[size_t(start + i * step)] = replacement[size_t(i)];
    return true;
  }
  int64_t index;
  if (!resolve_index_key(thread, &key) || !index_value(thread, key, &index, "bytearray")) return false;
  unsigned char byte = 0;
  if (!value.is_empty() && !byte_from_value(thread, value, "byte must be in range(0, 256)", &byte)) return false;
  int64_t size = int64_t(array->data.size());
  if (index < 0) index += size;
  if (index < 0 || index >= size) {
    thread.raise(T(thread).IndexError, "bytearray index out of range");
    return false;
  }
  if (value.is_empty()) {
    array->data.erase(size_t(index), 1);
  } else {
    array->data[size_t(index)] = char(byte);
  }
  return true;
}

int bytes_contains_slot(Thread& thread, Value self, Value item) {
  std::string_view data = view_of(thread, self);
  if (is_int(thread, item)) {
    int64_t n;
    if (!int_fits_i64(item, &n) || n < 0 || n > 255) {
      thread.raise(T(thread).ValueError, "byte must be in range(0, 256)");
      return -1;
    }
    return data.find(char(n)) != std::string_view::npos;
  }
  std::string_view needle;
  if (!bytes_like_view(thread, item, &needle)) {
    thread.raise_format(T(thread).TypeError, "a bytes-like object is required, not '%s'", type_name(thread, item));
    return -1;
  }
  return data.find(needle) != std::string_view::npos;
}

Value bytes_iter_slot(Thread& thread, Value self) {
  Type* kind = is_bytearray(thread, self) ? T(thread).bytearray_iterator : T(thread).bytes_iterator;
  SequenceIteratorObject* iterator = thread.heap().make<SequenceIteratorObject>(kind);
  iterator->sequence = self;
  iterator->index = 0;
  return to_value(iterator);
}

Value iterator_iter_slot(Thread&, Value self) { return self; }

Value bytes_iterator_next_slot(Thread& thread, Value self) {
  auto* iterator = static_cast<SequenceIteratorObject*>(self.as_object());
  if (iterator->sequence.is_empty()) return Value();
  std::string_view data = view_of(thread, iterator->sequence);
  if (size_t(iterator->index) >= data.size()) {
    iterator->sequence = Value();
    return Value();
  }
  return Value::small_int(static_cast<unsigned char>(data[size_t(iterator->index++)]));
}

int bytes_truth_slot(Thread& thread, Value self) { return !view_of(thread, self).empty(); }

const TypeSlots kBytesSlots = [] {
  TypeSlots slots;
  slots.repr = bytes_repr_slot;
  slots.hash = bytes_hash_slot;
  slots.compare = bytes_compare_slot;
  slots.binary = bytes_binary_slot;
  slots.truth = bytes_truth_slot;
  slots.length = bytes_length_slot;
  slots.get_item = bytes_get_item_slot;
  slots.contains = bytes_contains_slot;
  slots.iter = bytes_iter_slot;
  slots.construct = construct_bytes;
  return slots;
}();

const TypeSlots kByteArraySlots = [] {
  TypeSlots slots = kBytesSlots;
  slots.hash = nullptr;
  slots.unhashable = true;
  slots.inplace = bytearray_inplace_slot;
  slots.set_item = bytearray_set_item_slot;
  slots.construct = construct_bytearray;
  return slots;
}();

const TypeSlots kBytesIteratorSlots = [] {
  TypeSlots slots;
  slots.iter = iterator_iter_slot;
  slots.next = bytes_iterator_next_slot;
  return slots;
}();

}  // namespace

void install_bytes_types(Interpreter& interp) {
  const BuiltinTypes& types = interp.types();
  types.bytes->slots = &kBytesSlots;
  types.bytearray->slots = &kByteArraySlots;
  types.bytes_iterator->slots = &kBytesIteratorSlots;
  types.bytearray_iterator->slots = &kBytesIteratorSlots;
  define_slot_wrappers(interp, types.bytes,
                       "__add__ __contains__ __eq__ __ge__ __getitem__ __gt__ __hash__ __iter__ __le__ __len__ __lt__ "
                       "__mod__ __mul__ __ne__ __repr__ __rmod__ __rmul__");
  define_slot_wrappers(interp, types.bytearray,
                       "__add__ __contains__ __delitem__ __eq__ __ge__ __getitem__ __gt__ __hash__=None __iadd__ "
                       "__imul__ __iter__ __le__ __len__ __lt__ __mod__ __mul__ __ne__ __repr__ __rmod__ __rmul__ "
                       "__setitem__");
  install_bytes_methods(interp, types.bytes);
  install_bytes_methods(interp, types.bytearray);
  install_bytearray_methods(interp);
  Thread& thread = interp.main_thread();
  dict_set(thread, interp.builtins(), interp.intern("bytes"), to_value(types.bytes));
  dict_set(thread, interp.builtins(), interp.intern("bytearray"), to_value(types.bytearray));
}

}  // namespace pyxis
