// The methods of tuple: count and index (with start/stop), as CPython 3.12 has them.
#include "objects/builtin_methods.h"

#include <climits>

#include "objects/builtin_subclass.h"
#include "objects/int_object.h"
#include "objects/native_method.h"
#include "objects/tuple_object.h"
#include "vm/interpreter.h"
#include "vm/operations.h"

namespace pyxis {

namespace {

const BuiltinTypes& T(Thread& thread) { return thread.types(); }
TupleObject* as_tuple(Value v) { return static_cast<TupleObject*>(v.as_object()); }

bool index_bound(Thread& thread, Value v, int64_t* out) { return search_bound_argument(thread, v, out, false); }

Value tuple_index_method(Thread& thread, Value self, const Value* args, size_t) {
  TupleObject* tuple = as_tuple(self);
  int64_t size = int64_t(tuple->size), start = 0, stop = INT64_MAX / 4;
  if (!index_bound(thread, args[1], &start) || !index_bound(thread, args[2], &stop)) return Value::error();
  if (start < 0) start = std::max<int64_t>(0, start + size);
  if (stop < 0) stop = std::max<int64_t>(0, stop + size);
  for (int64_t i = start; i < stop && i < size; ++i) {
    int eq = equal(thread, tuple->items[i], args[0]);
    if (eq < 0) return Value::error();
    if (eq) return Value::small_int(i);
  }
  return thread.raise(T(thread).ValueError, "tuple.index(x): x not in tuple");
}

Value tuple_count_method(Thread& thread, Value self, const Value* args, size_t) {
  TupleObject* tuple = as_tuple(self);
  int64_t count = 0;
  for (size_t i = 0; i < tuple->size; ++i) {
    int eq = equal(thread, tuple->items[i], args[0]);
    if (eq < 0) return Value::error();
    count += eq;
  }
  return Value::small_int(count);
}

const NativeMethodDef kTupleMethods[] = {
    {"count(value, /)", tuple_count_method},
    {"index(value, start=0, stop=sys.maxsize, /)", tuple_index_method},
};

}  // namespace

void install_tuple_methods(Interpreter& interp) {
  define_native_methods(interp, interp.types().tuple->dict, interp.types().tuple, kTupleMethods);
}

}  // namespace pyxis
