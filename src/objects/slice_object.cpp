// slice objects: resolution against a length, and the slice type's protocols
// (comparison as (start, stop, step) tuples, hashing, attributes, indices()).
#include "objects/slice_object.h"

#include <climits>

#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/method_table.h"
#include "objects/native_method.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/type_slots.h"
#include "vm/interpreter.h"
#include "vm/operations.h"
#include "vm/slot_wrappers.h"

namespace pyxis {

namespace {

const BuiltinTypes& T(Thread& thread) { return thread.types(); }
SliceObject* as_slice(Value v) { return static_cast<SliceObject*>(v.as_object()); }

// An index of a slice, clamped into int64 (enough for any real length).
bool clamp_index(Thread& thread, Value v, int64_t* out) {
  if (!is_int(thread, v)) {
    Value method = v.is_object() && v.as_object()->type->is_heap_type
                       ? type_lookup(v.as_object()->type, thread.interp().intern("__index__"))
                       : Value();
    if (method.is_empty()) {
      thread.raise(T(thread).TypeError, "slice indices must be integers or None or have an __index__ method");
      return false;
    }
    v = call(thread, method, &v, 1);
    if (v.is_error()) return false;
    if (!is_int(thread, v)) {
      thread.raise_format(T(thread).TypeError, "__index__ returned non-int (type %s)", type_name(thread, v));
      return false;
    }
  }
  if (!int_fits_i64(v, out)) *out = int_compare(v, Value::small_int(0)) < 0 ? INT64_MIN / 4 : INT64_MAX / 4;
  if (*out > INT64_MAX / 4) *out = INT64_MAX / 4;
  if (*out < INT64_MIN / 4) *out = INT64_MIN / 4;
  return true;
}

}  // namespace

bool slice_resolve(Thread& thread, SliceObject* slice, int64_t length, int64_t* start, int64_t* stop, int64_t* step,
                   int64_t* count) {
  *step = 1;
  if (!slice->step.is_none()) {
    if (!clamp_index(thread, slice->step, step)) return false;
    if (*step == 0) {
      thread.raise(T(thread).ValueError, "slice step cannot be zero");
      return false;
    }
  }
  auto resolve = [&](Value v, int64_t fallback, int64_t* out) {
    if (v.is_none()) {
      *out = fallback;
      return true;
    }
    int64_t i;
    if (!clamp_index(thread, v, &i)) return false;
    if (i < 0) {
      i += length;
      if (i < 0) i = *step < 0 ? -1 : 0;
    } else if (i >= length) {
      i = *step < 0 ? length - 1 : length;
    }
    *out = i;
    return true;
  };
  if (!resolve(slice->start, *step < 0 ? length - 1 : 0, start) || !resolve(slice->stop, *step < 0 ? -1 : length, stop))
    return false;
  *count = 0;
  if (*step > 0 && *start < *stop) *count = (*stop - *start - 1) / *step + 1;
  if (*step < 0 && *start > *stop) *count = (*start - *stop - 1) / (-*step) + 1;
  return true;
}

namespace {

Value as_tuple(Thread& thread, Value self) {
  Value parts[3] = {as_slice(self)->start, as_slice(self)->stop, as_slice(self)->step};
  return to_value(tuple_from(thread, parts, 3));
}

Value slice_compare_slot(Thread& thread, CompareOp op, Value a, Value b) {
  if (!b.is_object() || b.as_object()->type != T(thread).slice) return Value();
  if (a == b && (op == CompareOp::Eq || op == CompareOp::Le || op == CompareOp::Ge)) return Value::true_();
  Value x = as_tuple(thread, a);
  Value y = as_tuple(thread, b);
  return compare(thread, op, x, y);
}

bool slice_hash_slot(Thread& thread, Value self, int64_t* out) {
  return hash_value(thread, as_tuple(thread, self), out);
}

const GetSetDef kSliceGetSets[] = {
    {"start", [](Thread&, Value self) { return as_slice(self)->start; }},
    {"stop", [](Thread&, Value self) { return as_slice(self)->stop; }},
    {"step", [](Thread&, Value self) { return as_slice(self)->step; }},
};

// slice.indices(length) works on arbitrary ints; lengths beyond int64 are clamped, which
// only matters for slices that are themselves that large.
Value slice_indices_method(Thread& thread, Value self, const Value* args, size_t) {
  Value length_value = args[0];
  if (!is_int(thread, length_value)) {
    int64_t ignored;
    if (!clamp_index(thread, length_value, &ignored)) {
      if (thread.pending_is(T(thread).TypeError)) {
        thread.take_pending();
        return thread.raise_format(T(thread).TypeError, "'%s' object cannot be interpreted as an integer",
                                   type_name(thread, length_value));
      }
      return Value::error();
    }
  }
  if (is_int(thread, length_value) && int_compare(length_value, Value::small_int(0)) < 0)
    return thread.raise(T(thread).ValueError, "length should not be negative");
  int64_t length;
  if (!clamp_index(thread, length_value, &length)) return Value::error();
  int64_t start, stop, step, count;
  if (!slice_resolve(thread, as_slice(self), length, &start, &stop, &step, &count)) return Value::error();
  Value parts[3] = {int_from_i64(thread, start), int_from_i64(thread, stop), int_from_i64(thread, step)};
  return to_value(tuple_from(thread, parts, 3));
}

Value construct_slice(Thread& thread, Type*, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (kwnames != nullptr && kwnames->size != 0) return thread.raise(T(thread).TypeError, "slice() takes no keyword arguments");
  if (nargs == 0) return thread.raise(T(thread).TypeError, "slice expected at least 1 argument, got 0");
  if (nargs > 3) return thread.raise_format(T(thread).TypeError, "slice expected at most 3 arguments, got %zu", nargs);
  SliceObject* slice = thread.heap().make<SliceObject>(T(thread).slice);
  slice->start = nargs == 1 ? Value::none() : args[0];
  slice->stop = nargs == 1 ? args[0] : args[1];
  slice->step = nargs == 3 ? args[2] : Value::none();
  return to_value(slice);
}

const NativeMethodSpec kSliceMethods[] = {
    {"indices(length, /)", slice_indices_method},
};

const TypeSlots kSliceSlots = [] {
  TypeSlots slots;
  slots.compare = slice_compare_slot;
  slots.hash = slice_hash_slot;
  slots.construct = construct_slice;
  return slots;
}();

}  // namespace

void install_slice_type(Interpreter& interp) {
  interp.types().slice->slots = &kSliceSlots;
  define_slot_wrappers(interp, interp.types().slice, "__eq__ __ge__ __gt__ __hash__ __le__ __lt__ __ne__ __repr__");
  install_native_methods(interp, interp.types().slice, kSliceMethods);
  define_getsets(interp, interp.types().slice, kSliceGetSets);
  dict_set(interp.main_thread(), interp.builtins(), interp.intern("slice"), to_value(interp.types().slice));
}

}  // namespace pyxis
