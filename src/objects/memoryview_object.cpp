// memoryview over bytes/bytearray (format 'B'): indexing, strided slicing, item and slice
// assignment for writable bases, comparison with bytes-like objects, hashing of read-only
// views, tobytes/tolist/hex/toreadonly/release and `with`.
// Pyxis does not pin a bytearray's size while views exist (objects are not freed at once,
// so a forgotten view would pin it unpredictably); a view of a shrunk buffer raises instead.
#include "objects/builtin_subclass.h"
#include "objects/memoryview_object.h"

#include <cstdio>

#include "gc/heap.h"
#include "objects/bytes_object.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/method_table.h"
#include "objects/native_method.h"
#include "objects/module_object.h"
#include "objects/slice_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/type_slots.h"
#include "vm/interpreter.h"
#include "vm/operations.h"
#include "vm/slot_wrappers.h"

namespace pyxis {

void trace_memoryview(Object* object, gc::Tracer& tracer) { tracer.visit(static_cast<MemoryViewObject*>(object)->base); }

namespace {

const BuiltinTypes& T(Thread& thread) { return thread.types(); }
MemoryViewObject* as_view(Value v) { return static_cast<MemoryViewObject*>(v.as_object()); }

// The base's bytes, or ValueError when released (or the base shrank under the view).
bool base_bytes(Thread& thread, MemoryViewObject* view, std::string_view* out) {
  if (view->released) {
    thread.raise(T(thread).ValueError, "operation forbidden on released memoryview object");
    return false;
  }
  bytes_like_view(thread, view->base, out);
  if (view->length > 0) {
    int64_t first = view->start, last = view->start + (view->length - 1) * view->step;
    int64_t high = first > last ? first : last;
    if (high >= int64_t(out->size())) {
      thread.raise(T(thread).ValueError, "memoryview: underlying buffer was resized");
      return false;
    }
  }
  return true;
}

bool items_of(Thread& thread, MemoryViewObject* view, std::string* out) {
  std::string_view data;
  if (!base_bytes(thread, view, &data)) return false;
  out->clear();
  out->reserve(size_t(view->length));
  for (int64_t i = 0; i < view->length; ++i) *out += data[size_t(view->start + i * view->step)];
  return true;
}

Value new_view(Thread& thread, Value base, int64_t start, int64_t step, int64_t length, bool readonly) {
  MemoryViewObject* view = thread.heap().make<MemoryViewObject>(T(thread).memoryview);
  view->base = base;
  view->start = start;
  view->step = step;
  view->length = length;
  view->readonly = readonly;
  view->released = false;
  return to_value(view);
}

Value construct_memoryview(Thread& thread, Type*, const Value* args, size_t nargs, TupleObject* kwnames) {
  size_t nkw = kwnames != nullptr ? kwnames->size : 0;
  Value object;
  if (nargs - nkw > 1) return thread.raise_format(T(thread).TypeError, "memoryview() takes at most 1 argument (%zu given)", nargs);
  if (nargs - nkw == 1) object = args[0];
  for (size_t k = 0; k < nkw; ++k) {
    std::string_view key = static_cast<StrObject*>(kwnames->items[k].as_object())->view();
    if (key != "object")
      return thread.raise_format(T(thread).TypeError, "'%.*s' is an invalid keyword argument for memoryview()",
                                 int(key.size()), key.data());
    object = args[nargs - nkw + k];
  }
  if (object.is_empty()) return thread.raise(T(thread).TypeError, "memoryview() missing required argument 'object' (pos 1)");
  if (object.is_object() && object.as_object()->type == T(thread).memoryview) {
    MemoryViewObject* source = as_view(object);
    std::string_view ignored;
    if (!base_bytes(thread, source, &ignored)) return Value::error();
    return new_view(thread, source->base, source->start, source->step, source->length, source->readonly);
  }
  if (is_bytes(thread, object) || is_bytearray(thread, object)) {
    object = plain_value(object);
    std::string_view data;
    bytes_like_view(thread, object, &data);
    return new_view(thread, object, 0, 1, int64_t(data.size()), is_bytes(thread, object));
  }
  return thread.raise_format(T(thread).TypeError, "memoryview: a bytes-like object is required, not '%s'",
                             type_name(thread, object));
}

// ---------------------------------------------------------------- protocols

bool memoryview_repr_slot(Thread&, std::string& out, Value self) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "<%smemory at 0x%llx>", as_view(self)->released ? "released " : "",
                static_cast<unsigned long long>(self.bits()));
  out += buffer;
  return true;
}

bool memoryview_hash_slot(Thread& thread, Value self, int64_t* out) {
  MemoryViewObject* view = as_view(self);
  if (view->released) {
    thread.raise(T(thread).ValueError, "operation forbidden on released memoryview object");
    return false;
  }
  if (!view->readonly) {
    thread.raise(T(thread).ValueError, "cannot hash writable memoryview object");
    return false;
  }
  std::string items;
  if (!items_of(thread, view, &items)) return false;
  return hash_value(thread, bytes_value(thread, items), out);
}

Value memoryview_compare_slot(Thread& thread, CompareOp op, Value a, Value b) {
  if (op != CompareOp::Eq && op != CompareOp::Ne) return Value();
  MemoryViewObject* view = as_view(a);
  bool same;
  if (a == b) {
    same = !view->released;
  } else {
    std::string mine, theirs;
    std::string_view other;
    if (b.is_object() && b.as_object()->type == T(thread).memoryview) {
      if (view->released || as_view(b)->released) return Value::boolean(op == CompareOp::Ne);
      if (!items_of(thread, view, &mine) || !items_of(thread, as_view(b), &theirs)) return Value::error();
      same = mine == theirs;
    } else if (bytes_like_view(thread, b, &other)) {
      if (view->released) return Value::boolean(op == CompareOp::Ne);
      if (!items_of(thread, view, &mine)) return Value::error();
      same = mine == other;
    } else {
      return Value();
    }
  }
  return Value::boolean(same == (op == CompareOp::Eq));
}

bool memoryview_length_slot(Thread& thread, Value self, int64_t* out) {
  std::string_view ignored;
  if (!base_bytes(thread, as_view(self), &ignored)) return false;
  *out = as_view(self)->length;
  return true;
}

int memoryview_truth_slot(Thread& thread, Value self) {
  int64_t n;
  if (!memoryview_length_slot(thread, self, &n)) return -1;
  return n != 0;
}

bool item_index(Thread& thread, MemoryViewObject* view, Value key, int64_t* out) {
  if (!is_int(thread, key)) {
    thread.raise(T(thread).TypeError, "memoryview: invalid slice key");
    return false;
  }
  int64_t i;
  if (!int_fits_i64(key, &i)) i = INT64_MAX / 2;
  if (i < 0) i += view->length;
  if (i < 0 || i >= view->length) {
    thread.raise(T(thread).IndexError, "index out of bounds on dimension 1");
    return false;
  }
  *out = view->start + i * view->step;
  return true;
}

Value memoryview_get_item_slot(Thread& thread, Value self, Value key) {
  MemoryViewObject* view = as_view(self);
  std::string_view data;
  if (!base_bytes(thread, view, &data)) return Value::error();
  if (key.is_object() && key.as_object()->type == T(thread).slice) {
    int64_t start, stop, step, count;
    if (!slice_resolve(thread, static_cast<SliceObject*>(key.as_object()), view->length, &start, &stop, &step, &count))
      return Value::error();
    return new_view(thread, view->base, view->start + start * view->step, view->step * step, count, view->readonly);
  }
  int64_t at;
  if (!item_index(thread, view, key, &at)) return Value::error();
  return Value::small_int(static_cast<unsigned char>(data[size_t(at)]));
}

bool memoryview_set_item_slot(Thread& thread, Value self, Value key, Value value) {
  MemoryViewObject* view = as_view(self);
  std::string_view data;
  if (!base_bytes(thread, view, &data)) return false;
  if (view->readonly) {
    thread.raise(T(thread).TypeError, "cannot modify read-only memory");
    return false;
  }
  if (value.is_empty()) {
    thread.raise(T(thread).TypeError, "cannot delete memory");
    return false;
  }
  std::string& target = static_cast<ByteArrayObject*>(view->base.as_object())->data;
  if (key.is_object() && key.as_object()->type == T(thread).slice) {
    int64_t start, stop, step, count;
    if (!slice_resolve(thread, static_cast<SliceObject*>(key.as_object()), view->length, &start, &stop, &step, &count))
      return false;
    std::string_view source;
    if (!bytes_like_view(thread, value, &source)) {
      thread.raise_format(T(thread).TypeError, "a bytes-like object is required, not '%s'", type_name(thread, value));
      return false;
    }
    if (int64_t(source.size()) != count) {
      thread.raise(T(thread).ValueError, "memoryview assignment: lvalue and rvalue have different structures");
      return false;
    }
    std::string copy(source);
    for (int64_t i = 0; i < count; ++i) target[size_t(view->start + (start + i * step) * view->step)] = copy[size_t(i)];
    return true;
  }
  int64_t at;
  if (!item_index(thread, view, key, &at)) return false;
  if (!is_int(thread, value)) {
    thread.raise(T(thread).TypeError, "memoryview: invalid type for format 'B'");
    return false;
  }
  int64_t byte;
  if (!int_fits_i64(value, &byte) || byte < 0 || byte > 255) {
    thread.raise(T(thread).ValueError, "memoryview: invalid value for format 'B'");
    return false;
  }
  target[size_t(at)] = char(byte);
  return true;
}

Value memoryview_iter_slot(Thread& thread, Value self) {
  std::string items;
  if (!items_of(thread, as_view(self), &items)) return Value::error();
  ListObject* list = list_new(thread);
  for (char c : items) list_append(thread, list, Value::small_int(static_cast<unsigned char>(c)));
  return get_iter(thread, to_value(list));
}

int memoryview_contains_slot(Thread& thread, Value self, Value item) {
  std::string items;
  if (!items_of(thread, as_view(self), &items)) return -1;
  for (char c : items) {
    int eq = equal(thread, Value::small_int(static_cast<unsigned char>(c)), item);
    if (eq != 0) return eq;
  }
  return 0;
}

// The attributes; each refuses a released view.
template <Value (*Get)(Thread&, MemoryViewObject*)>
Value checked(Thread& thread, Value self) {
  if (as_view(self)->released) return thread.raise(T(thread).ValueError, "operation forbidden on released memoryview object");
  return Get(thread, as_view(self));
}

Value view_contiguous(Thread&, MemoryViewObject* view) { return Value::boolean(view->step == 1 || view->length <= 1); }

const GetSetDef kMemoryViewGetSets[] = {
    {"obj", checked<[](Thread&, MemoryViewObject* view) { return view->base; }>},
    {"nbytes", checked<[](Thread& thread, MemoryViewObject* view) { return int_from_i64(thread, view->length); }>},
    {"readonly", checked<[](Thread&, MemoryViewObject* view) { return Value::boolean(view->readonly); }>},
    {"itemsize", checked<[](Thread&, MemoryViewObject*) { return Value::small_int(1); }>},
    {"format", checked<[](Thread& thread, MemoryViewObject*) { return str_value(thread, "B"); }>},
    {"ndim", checked<[](Thread&, MemoryViewObject*) { return Value::small_int(1); }>},
    {"suboffsets", checked<[](Thread& thread, MemoryViewObject*) { return to_value(tuple_new(thread, 0)); }>},
    {"shape", checked<[](Thread& thread, MemoryViewObject* view) {
       Value item = int_from_i64(thread, view->length);
       return to_value(tuple_from(thread, &item, 1));
     }>},
    {"strides", checked<[](Thread& thread, MemoryViewObject* view) {
       Value item = int_from_i64(thread, view->step);
       return to_value(tuple_from(thread, &item, 1));
     }>},
    {"c_contiguous", checked<view_contiguous>},
    {"f_contiguous", checked<view_contiguous>},
    {"contiguous", checked<view_contiguous>},
};

// ---------------------------------------------------------------- methods

Value mv_tobytes(Thread& thread, Value self, const Value*, size_t) {
  std::string items;
  if (!items_of(thread, as_view(self), &items)) return Value::error();
  return bytes_value(thread, items);
}

Value mv_tolist(Thread& thread, Value self, const Value*, size_t) {
  std::string items;
  if (!items_of(thread, as_view(self), &items)) return Value::error();
  ListObject* list = list_new(thread);
  for (char c : items) list_append(thread, list, Value::small_int(static_cast<unsigned char>(c)));
  return to_value(list);
}

Value mv_hex(Thread& thread, Value self, const Value* args, size_t nargs) {
  Value bytes = mv_tobytes(thread, self, nullptr, 0);
  if (bytes.is_error()) return bytes;
  Value method = get_attr(thread, bytes, thread.interp().intern("hex"));
  if (method.is_error()) return method;
  size_t given = 0;
  while (given < nargs && !args[given].is_empty()) ++given;
  return call(thread, method, args, given);
}

Value mv_release(Thread&, Value self, const Value*, size_t) {
  as_view(self)->released = true;
  return Value::none();
}

Value mv_toreadonly(Thread& thread, Value self, const Value*, size_t) {
  MemoryViewObject* view = as_view(self);
  std::string_view ignored;
  if (!base_bytes(thread, view, &ignored)) return Value::error();
  return new_view(thread, view->base, view->start, view->step, view->length, true);
}

Value mv_enter(Thread& thread, Value self, const Value*, size_t) {
  if (as_view(self)->released) return thread.raise(T(thread).ValueError, "operation forbidden on released memoryview object");
  return self;
}

Value mv_exit(Thread&, Value self, const Value*, size_t) {
  as_view(self)->released = true;
  return Value::none();
}

const NativeMethodSpec kMemoryViewMethods[] = {
    {"tobytes(order='C')", mv_tobytes},
    {"tolist()", mv_tolist},
    {"hex(sep=None, bytes_per_sep=None)", mv_hex},
    {"release()", mv_release},
    {"toreadonly()", mv_toreadonly},
    {"__enter__()", mv_enter},
    {"__exit__(*args)", mv_exit},
};

const TypeSlots kMemoryViewSlots = [] {
  TypeSlots slots;
  slots.repr = memoryview_repr_slot;
  slots.hash = memoryview_hash_slot;
  slots.compare = memoryview_compare_slot;
  slots.truth = memoryview_truth_slot;
  slots.length = memoryview_length_slot;
  slots.get_item = memoryview_get_item_slot;
  slots.set_item = memoryview_set_item_slot;
  slots.contains = memoryview_contains_slot;
  slots.iter = memoryview_iter_slot;
  slots.construct = construct_memoryview;
  return slots;
}();

}  // namespace

bool memoryview_view(Thread& thread, Value value, std::string_view* out) {
  MemoryViewObject* view = as_view(value);
  if (view->released || (view->step != 1 && view->length > 1)) return false;
  std::string_view data;
  bytes_like_view(thread, view->base, &data);
  if (view->start + view->length > int64_t(data.size())) return false;
  *out = data.substr(size_t(view->start), size_t(view->length));
  return true;
}

void install_memoryview_type(Interpreter& interp) {
  interp.types().memoryview->slots = &kMemoryViewSlots;
  define_slot_wrappers(interp, interp.types().memoryview,
                       "__delitem__ __eq__ __getitem__ __hash__ __iter__ __len__ __ne__ __repr__ __setitem__");
  install_native_methods(interp, interp.types().memoryview, kMemoryViewMethods);
  define_getsets(interp, interp.types().memoryview, kMemoryViewGetSets);
  dict_set(interp.main_thread(), interp.builtins(), interp.intern("memoryview"), to_value(interp.types().memoryview));
}

}  // namespace pyxis
