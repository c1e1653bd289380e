// range objects: construction from any ints (__index__), length, O(1) membership, index and
// count, slicing to a range, equality and hash as sequences, repr, iteration and reversal.
#include "objects/range_object.h"

#include "gc/heap.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/method_table.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/type_slots.h"
#include "vm/interpreter.h"
#include "vm/operations.h"

namespace pyxis {

void trace_range(Object* object, gc::Tracer& tracer) {
  auto* range = static_cast<RangeObject*>(object);
  tracer.visit(range->start_value);
  tracer.visit(range->stop_value);
  tracer.visit(range->step_value);
  tracer.visit(range->length_value);
}

void trace_long_range_iterator(Object* object, gc::Tracer& tracer) {
  auto* iterator = static_cast<LongRangeIteratorObject*>(object);
  tracer.visit(iterator->next);
  tracer.visit(iterator->step);
  tracer.visit(iterator->remaining);
}

namespace {

const BuiltinTypes& T(Thread& thread) { return thread.types(); }
RangeObject* as_range(Value v) { return static_cast<RangeObject*>(v.as_object()); }

Value add(Thread& t, Value a, Value b) { return int_binary(t, IntOp::Add, a, b); }
Value sub(Thread& t, Value a, Value b) { return int_binary(t, IntOp::Sub, a, b); }
Value mul(Thread& t, Value a, Value b) { return int_binary(t, IntOp::Mul, a, b); }
Value floordiv(Thread& t, Value a, Value b) { return int_binary(t, IntOp::FloorDiv, a, b); }
int sign(Value v) { return int_compare(v, Value::small_int(0)); }
Value zero() { return Value::small_int(0); }
Value one() { return Value::small_int(1); }

// Number of items of range(start, stop, step), step != 0.
Value range_length(Thread& thread, Value start, Value stop, Value step) {
  bool up = sign(step) > 0;
  Value low = up ? start : stop, high = up ? stop : start;
  if (int_compare(low, high) >= 0) return zero();
  Value magnitude = up ? step : int_negate(thread, step);
  // (high - low - 1) // |step| + 1
  Value span = sub(thread, sub(thread, high, low), one());
  return add(thread, floordiv(thread, span, magnitude), one());
}

Value make_range(Thread& thread, Value start, Value stop, Value step) {
  Value length = range_length(thread, start, stop, step);
  if (length.is_error()) return length;
  RangeObject* range = thread.heap().make<RangeObject>(T(thread).range);
  range->start_value = start;
  range->stop_value = stop;
  range->step_value = step;
  range->length_value = length;
  constexpr int64_t kLimit = int64_t{1} << 61;
  int64_t values[4];
  bool small = true;
  Value all[4] = {start, stop, step, length};
  for (int i = 0; i < 4 && small; ++i) small = int_fits_i64(all[i], &values[i]) && values[i] > -kLimit && values[i] < kLimit;
  range->small = small;
  if (small) {
    range->start = values[0];
    range->stop = values[1];
    range->step = values[2];
    range->length = values[3];
  } else {
    range->start = range->stop = range->length = 0;
    range->step = 1;
  }
  return to_value(range);
}

bool as_index(Thread& thread, Value v, Value* out) {
  if (is_int(thread, v)) {
    *out = v.is_bool() ? Value::small_int(v.is_true()) : v;
    return true;
  }
  Value method = v.is_object() && v.as_object()->type->is_heap_type
                     ? type_lookup(v.as_object()->type, thread.interp().intern("__index__"))
                     : Value();
  if (method.is_empty()) {
    thread.raise_format(T(thread).TypeError, "'%s' object cannot be interpreted as an integer", type_name(thread, v));
    return false;
  }
  Value result = call(thread, method, &v, 1);
  if (result.is_error()) return false;
  if (!is_int(thread, result)) {
    thread.raise_format(T(thread).TypeError, "__index__ returned non-int (type %s)", type_name(thread, result));
    return false;
  }
  *out = result;
  return true;
}

Value construct_range(Thread& thread, Type*, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (kwnames != nullptr && kwnames->size != 0) return thread.raise(T(thread).TypeError, "range() takes no keyword arguments");
  if (nargs == 0) return thread.raise(T(thread).TypeError, "range expected at least 1 argument, got 0");
  if (nargs > 3) return thread.raise_format(T(thread).TypeError, "range expected at most 3 arguments, got %zu", nargs);
  Value values[3] = {zero(), zero(), one()};
  for (size_t i = 0; i < nargs; ++i)
    if (!as_index(thread, args[i], &values[nargs == 1 ? 1 : i])) return Value::error();
  if (sign(values[2]) == 0) return thread.raise(T(thread).ValueError, "range() arg 3 must not be zero");
  return make_range(thread, values[0], values[1], values[2]);
}

// ---------------------------------------------------------------- protocols

bool range_repr_slot(Thread& thread, std::string& out, Value self) {
  RangeObject* range = as_range(self);
  out += "range(";
  if (!append_repr(thread, out, range->start_value)) return false;
  out += ", ";
  if (!append_repr(thread, out, range->stop_value)) return false;
  if (int_compare(range->step_value, one()) != 0) {
    out += ", ";
    if (!append_repr(thread, out, range->step_value)) return false;
  }
  out += ')';
  return true;
}

// Equal as sequences: same length, and (when non-empty) same first item and (when longer
// than one) same step.
bool same_sequence(RangeObject* a, RangeObject* b) {
  if (a == b) return true;
  if (int_compare(a->length_value, b->length_value) != 0) return false;
  if (sign(a->length_value) == 0) return true;
  if (int_compare(a->start_value, b->start_value) != 0) return false;
  if (int_compare(a->length_value, one()) == 0) return true;
  return int_compare(a->step_value, b->step_value) == 0;
}

Value range_compare_slot(Thread& thread, CompareOp op, Value a, Value b) {
  if (op != CompareOp::Eq && op != CompareOp::Ne) return Value();
  if (!b.is_object() || b.as_object()->type != T(thread).range) return Value();
  return Value::boolean(same_sequence(as_range(a), as_range(b)) == (op == CompareOp::Eq));
}

bool range_hash_slot(Thread& thread, Value self, int64_t* out) {
  RangeObject* range = as_range(self);
  Value parts[3] = {range->length_value, Value::none(), Value::none()};
  if (sign(range->length_value) != 0) {
    parts[1] = range->start_value;
    if (int_compare(range->length_value, one()) != 0) parts[2] = range->step_value;
  }
  return hash_value(thread, to_value(tuple_from(thread, parts, 3)), out);
}

int range_truth_slot(Thread&, Value self) { return sign(as_range(self)->length_value) != 0; }

bool range_length_slot(Thread& thread, Value self, int64_t* out) {
  if (int_fits_i64(as_range(self)->length_value, out)) return true;
  thread.raise(T(thread).OverflowError, "Python int too large to convert to C ssize_t");
  return false;
}

// The item at (normalised, in-range) index i.
Value item_at(Thread& thread, RangeObject* range, Value i) {
  return add(thread, range->start_value, mul(thread, i, range->step_value));
}

// A slice index resolved against `length` as big ints (slice.indices semantics).
bool resolve_index(Thread& thread, Value v, Value length, bool negative_step, Value fallback, Value* out) {
  if (v.is_none()) {
    *out = fallback;
    return true;
  }
  Value i;
  if (!as_index(thread, v, &i)) {
    if (thread.pending_is(T(thread).TypeError)) {
      thread.take_pending();
      thread.raise(T(thread).TypeError, "slice indices must be integers or None or have an __index__ method");
    }
    return false;
  }
  if (sign(i) < 0) {
    i = add(thread, i, length);
    if (sign(i) < 0) i = negative_step ? Value::small_int(-1) : zero();
  } else if (int_compare(i, length) >= 0) {
    i = negative_step ? sub(thread, length, one()) : length;
  }
  *out = i;
  return true;
}

Value range_slice(Thread& thread, RangeObject* range, SliceObject* slice) {
  Value step = one();
  if (!slice->step.is_none()) {
    if (!as_index(thread, slice->step, &step)) {
      if (thread.pending_is(T(thread).TypeError)) {
        thread.take_pending();
        return thread.raise(T(thread).TypeError, "slice indices must be integers or None or have an __index__ method");
      }
      return Value::error();
    }
    if (sign(step) == 0) return thread.raise(T(thread).ValueError, "slice step cannot be zero");
  }
  bool negative = sign(step) < 0;
  Value length = range->length_value;
  Value start, stop;
  if (!resolve_index(thread, slice->start, length, negative, negative ? sub(thread, length, one()) : zero(), &start) ||
      !resolve_index(thread, slice->stop, length, negative, negative ? Value::small_int(-1) : length, &stop))
    return Value::error();
  Value new_step = mul(thread, range->step_value, step);
  return make_range(thread, item_at(thread, range, start), item_at(thread, range, stop), new_step);
}

Value range_get_item_slot(Thread& thread, Value self, Value key) {
  RangeObject* range = as_range(self);
  if (key.is_object() && key.as_object()->type == T(thread).slice)
    return range_slice(thread, range, static_cast<SliceObject*>(key.as_object()));
  Value i;
  if (!is_int(thread, key)) {
    Value method = key.is_object() && key.as_object()->type->is_heap_type
                       ? type_lookup(key.as_object()->type, thread.interp().intern("__index__"))
                       : Value();
    if (method.is_empty())
      return thread.raise_format(T(thread).TypeError, "range indices must be integers or slices, not %s", type_name(thread, key));
  }
  if (!as_index(thread, key, &i)) return Value::error();
  if (sign(i) < 0) i = add(thread, i, range->length_value);
  if (sign(i) < 0 || int_compare(i, range->length_value) >= 0)
    return thread.raise(T(thread).IndexError, "range object index out of range");
  return item_at(thread, range, i);
}

// 1 when the int x is an item.
int contains_int(Thread& thread, RangeObject* range, Value x) {
  if (sign(range->length_value) == 0) return 0;
  bool up = sign(range->step_value) > 0;
  if (up ? (int_compare(x, range->start_value) < 0 || int_compare(x, range->stop_value) >= 0)
         : (int_compare(x, range->start_value) > 0 || int_compare(x, range->stop_value) <= 0))
    return 0;
  Value offset = sub(thread, x, range->start_value);
  Value remainder = int_binary(thread, IntOp::Mod, offset, range->step_value);
  if (remainder.is_error()) return -1;
  return int_is_zero(remainder);
}

int range_contains_slot(Thread& thread, Value self, Value item) {
  if (is_int(thread, item)) return contains_int(thread, as_range(self), item.is_bool() ? Value::small_int(item.is_true()) : item);
  Value iterator = get_iter(thread, self);
  if (iterator.is_error()) return -1;
  for (;;) {
    Value next = iter_next(thread, iterator);
    if (next.is_error()) return -1;
    if (next.is_empty()) return 0;
    int eq = equal(thread, next, item);
    if (eq != 0) return eq;
  }
}

Value iterator_over(Thread& thread, Value start, Value step, Value length) {
  int64_t s, st, n;
  constexpr int64_t kLimit = int64_t{1} << 61;
  if (int_fits_i64(start, &s) && int_fits_i64(step, &st) && int_fits_i64(length, &n) && s > -kLimit && s < kLimit &&
      st > -kLimit && st < kLimit && n < kLimit) {
    // The last item fits too: it lies between start and stop.
    Value last = add(thread, start, mul(thread, step, sub(thread, length, n > 0 ? one() : zero())));
    int64_t l;
    if (int_fits_i64(last, &l) && l > -kLimit && l < kLimit) {
      SequenceIteratorObject* iterator = thread.heap().make<SequenceIteratorObject>(T(thread).range_iterator);
      iterator->sequence = Value();
      iterator->index = s;
      iterator->remaining = n;
      iterator->step = st;
      return to_value(iterator);
    }
  }
  LongRangeIteratorObject* iterator = thread.heap().make<LongRangeIteratorObject>(T(thread).longrange_iterator);
  iterator->next = start;
  iterator->step = step;
  iterator->remaining = length;
  return to_value(iterator);
}

Value range_iter_slot(Thread& thread, Value self) {
  RangeObject* range = as_range(self);
  return iterator_over(thread, range->start_value, range->step_value, range->length_value);
}

Value long_iterator_iter_slot(Thread&, Value self) { return self; }

Value long_iterator_next_slot(Thread& thread, Value self) {
  auto* iterator = static_cast<LongRangeIteratorObject*>(self.as_object());
  if (sign(iterator->remaining) <= 0) return Value();
  Value current = iterator->next;
  iterator->remaining = sub(thread, iterator->remaining, one());
  iterator->next = add(thread, current, iterator->step);
  return current;
}

// ---------------------------------------------------------------- methods

Value range_count(Thread& thread, Value self, const Value* args, size_t) {
  if (is_int(thread, args[0])) {
    int in = contains_int(thread, as_range(self), args[0].is_bool() ? Value::small_int(args[0].is_true()) : args[0]);
    return in < 0 ? Value::error() : Value::small_int(in);
  }
  Value iterator = get_iter(thread, self);
  if (iterator.is_error()) return iterator;
  int64_t count = 0;
  for (;;) {
    Value next = iter_next(thread, iterator);
    if (next.is_error()) return next;
    if (next.is_empty()) return int_from_i64(thread, count);
    int eq = equal(thread, next, args[0]);
    if (eq < 0) return Value::error();
    count += eq;
  }
}

Value range_index(Thread& thread, Value self, const Value* args, size_t) {
  RangeObject* range = as_range(self);
  if (is_int(thread, args[0])) {
    Value x = args[0].is_bool() ? Value::small_int(args[0].is_true()) : args[0];
    int in = contains_int(thread, range, x);
    if (in < 0) return Value::error();
    if (in == 0) {
      std::string shown;
      if (!append_repr(thread, shown, x)) return Value::error();
      return thread.raise_format(T(thread).ValueError, "%s is not in range", shown.c_str());
    }
    return floordiv(thread, sub(thread, x, range->start_value), range->step_value);
  }
  Value iterator = get_iter(thread, self);
  if (iterator.is_error()) return iterator;
  for (int64_t i = 0;; ++i) {
    Value next = iter_next(thread, iterator);
    if (next.is_error()) return next;
    if (next.is_empty()) return thread.raise(T(thread).ValueError, "sequence.index(x): x not in sequence");
    int eq = equal(thread, next, args[0]);
    if (eq < 0) return Value::error();
    if (eq) return int_from_i64(thread, i);
  }
}

Value range_reversed(Thread& thread, Value self, const Value*, size_t) {
  RangeObject* range = as_range(self);
  Value length = range->length_value;
  Value last = sign(length) == 0 ? range->start_value : item_at(thread, range, sub(thread, length, one()));
  return iterator_over(thread, last, int_negate(thread, range->step_value), length);
}

const NativeMethodSpec kRangeMethods[] = {
    {"count(value, /)", range_count},
    {"index(value, /)", range_index},
    {"__reversed__()", range_reversed},
};

const TypeSlots kRangeSlots = [] {
  TypeSlots slots;
  slots.repr = range_repr_slot;
  slots.hash = range_hash_slot;
  slots.compare = range_compare_slot;
  slots.truth = range_truth_slot;
  slots.length = range_length_slot;
  slots.get_item = range_get_item_slot;
  slots.contains = range_contains_slot;
  slots.iter = range_iter_slot;
  slots.construct = construct_range;
  return slots;
}();

const TypeSlots kLongRangeIteratorSlots = [] {
  TypeSlots slots;
  slots.iter = long_iterator_iter_slot;
  slots.next = long_iterator_next_slot;
  return slots;
}();

}  // namespace

void install_range_type(Interpreter& interp) {
  interp.types().range->slots = &kRangeSlots;
  interp.types().longrange_iterator->slots = &kLongRangeIteratorSlots;
  install_native_methods(interp, interp.types().range, kRangeMethods);
}

}  // namespace pyxis
