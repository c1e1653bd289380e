// The gc module: control of the per-interpreter collector (collect, enable/disable,
// thresholds, callbacks, freeze) on a non-generational mark-sweep heap. What it reports and
// how it differs from CPython's generational, refcount-backed collector: docs/runtime.md 3.
#include <cstdio>
#include <vector>

#include "gc/heap.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/tuple_object.h"
#include "vm/gc_runtime.h"
#include "vm/interpreter.h"
#include "vm/native_modules.h"
#include "vm/operations.h"

namespace pyxis {

namespace {

GcRuntime& runtime(Thread& thread) { return *thread.interp().gc_runtime; }

bool is_tracked_object(Thread& thread, const Object* object) { return is_gc_tracked(thread.types(), object); }

bool generation_argument(Thread& thread, Value value, int64_t* out) {
  if (!is_int(thread, value)) {
    thread.raise_format(thread.types().TypeError, "'%s' object cannot be interpreted as an integer",
                        type_name(thread, value));
    return false;
  }
  if (!int_fits_i64(value, out)) {
    thread.raise(thread.types().OverflowError, "Python int too large to convert to C int");
    return false;
  }
  return true;
}

Value gc_collect(Thread& thread, Value, const Value* args, size_t) {
  // Called straight from the bytecode loop (its latest native call is this function, and it
  // is consumed here): the native frames between that loop frame and this one hold nothing
  // the collector needs, only stale words of earlier calls; skip them, keeping the area just
  // below the loop's frame address where its prologue saved the callers' registers.
  const void* scan_from = nullptr;
  if (thread.native_call_callable == runtime(thread).collect_function && thread.native_call_frame != nullptr)
    scan_from = static_cast<const char*>(thread.native_call_frame) - 64;
  thread.native_call_callable = Value();
  int64_t generation = 2;
  if (!args[0].is_empty() && !generation_argument(thread, args[0], &generation)) return Value::error();
  if (generation < 0 || generation > 2) return thread.raise(thread.types().ValueError, "invalid generation");
  int64_t found = runtime(thread).collect_now(thread, int(generation), scan_from);
  if (thread.has_pending()) return Value::error();
  return int_from_i64(thread, found);
}

Value gc_enable(Thread& thread, Value, const Value*, size_t) {
  runtime(thread).automatic = true;
  runtime(thread).update_heap_trigger();
  return Value::none();
}

Value gc_disable(Thread& thread, Value, const Value*, size_t) {
  runtime(thread).automatic = false;
  runtime(thread).update_heap_trigger();
  return Value::none();
}

Value gc_isenabled(Thread& thread, Value, const Value*, size_t) { return Value::boolean(runtime(thread).automatic); }

Value gc_get_threshold(Thread& thread, Value, const Value*, size_t) {
  const int64_t* t = runtime(thread).thresholds;
  Value items[3] = {int_from_i64(thread, t[0]), int_from_i64(thread, t[1]), int_from_i64(thread, t[2])};
  return to_value(tuple_from(thread, items, 3));
}

Value gc_set_threshold(Thread& thread, Value, const Value* args, size_t nargs) {
  if (nargs < 1)
    return thread.raise_format(thread.types().TypeError, "set_threshold() takes at least 1 argument (%zu given)", nargs);
  if (nargs > 3)
    return thread.raise_format(thread.types().TypeError, "set_threshold() takes at most 3 arguments (%zu given)", nargs);
  int64_t values[3];
  for (size_t i = 0; i < nargs; ++i)
    if (!generation_argument(thread, args[i], &values[i])) return Value::error();
  for (size_t i = 0; i < nargs; ++i) runtime(thread).thresholds[i] = values[i];
  runtime(thread).update_heap_trigger();
  return Value::none();
}

Value gc_get_count(Thread& thread, Value, const Value*, size_t) {
  Value items[3] = {int_from_i64(thread, int64_t(thread.heap().stats().allocations_since_collection)),
                    Value::small_int(0), Value::small_int(0)};
  return to_value(tuple_from(thread, items, 3));
}

Value gc_get_debug(Thread& thread, Value, const Value*, size_t) {
  return int_from_i64(thread, runtime(thread).debug_flags);
}

Value gc_set_debug(Thread& thread, Value, const Value* args, size_t) {
  int64_t flags;
  if (!generation_argument(thread, args[0], &flags)) return Value::error();
  runtime(thread).debug_flags = flags;
  return Value::none();
}

Value gc_is_tracked(Thread& thread, Value, const Value* args, size_t) {
  return Value::boolean(args[0].is_object() && is_tracked_object(thread, args[0].as_object()));
}

Value gc_is_finalized(Thread&, Value, const Value* args, size_t) {
  return Value::boolean(args[0].is_object() && (args[0].as_object()->gc_flags & gc_flag::kFinalized) != 0);
}

Value gc_get_objects(Thread& thread, Value, const Value* args, size_t) {
  if (!args[0].is_empty() && !args[0].is_none()) {
    int64_t generation;
    if (!generation_argument(thread, args[0], &generation)) return Value::error();
    if (generation >= 3)
      return thread.raise(thread.types().ValueError,
                          "generation parameter must be less than the number of available generations (3)");
    if (generation < 0) return thread.raise(thread.types().ValueError, "generation parameter cannot be negative");
    if (generation != 2) return to_value(list_new(thread));  // one generation: everything is in the oldest
  }
  ListObject* list = list_new(thread);
  // Only the list's item storage (outside the heap) grows meanwhile: nothing collects.
  thread.heap().for_each_object([&](Object* object) {
    if (object != list && is_tracked_object(thread, object)) list->items.push_back(to_value(object));
  });
  return to_value(list);
}

// What `object` refers to, as its trace hook reports it (plus the class of an instance of a
// Python class, as CPython reports it).
void list_referents(Thread& thread, Object* object, std::vector<Value>* out) {
  gc::Tracer tracer(thread.heap(), out);
  trace_object(object, tracer);
  if (object->type->is_heap_type) out->push_back(to_value(object->type));
}

// gc.get_referents(*objs): slots are the objects.
Value gc_get_referents(Thread& thread, Value, const Value* args, size_t nargs) {
  ListObject* list = list_new(thread);
  std::vector<Value> found;
  for (size_t i = 0; i < nargs; ++i)
    if (args[i].is_object() && is_tracked_object(thread, args[i].as_object())) list_referents(thread, args[i].as_object(), &found);
  list->items = std::move(found);
  return to_value(list);
}

// gc.get_referrers(*objs): every tracked object that refers to one of them.
Value gc_get_referrers(Thread& thread, Value, const Value* args, size_t nargs) {
  ListObject* list = list_new(thread);
  std::vector<Value> referents;
  // Only the list's item storage (outside the heap) grows meanwhile: nothing collects.
  thread.heap().for_each_object([&](Object* object) {
    if (object == list || !is_tracked_object(thread, object)) return;
    referents.clear();
    list_referents(thread, object, &referents);
    for (Value referent : referents)
      for (size_t i = 0; i < nargs; ++i)
        if (referent == args[i]) {
          list->items.push_back(to_value(object));
          return;
        }
  });
  return to_value(list);
}

Value gc_freeze(Thread& thread, Value, const Value*, size_t) {
  GcRuntime& gc = runtime(thread);
  gc.collect_now(thread, 2);
  thread.heap().for_each_object([&](Object* object) {
    if (is_tracked_object(thread, object)) gc.frozen.push_back(object);
  });
  return Value::none();
}

Value gc_unfreeze(Thread& thread, Value, const Value*, size_t) {
  runtime(thread).frozen.clear();
  return Value::none();
}

Value gc_get_freeze_count(Thread& thread, Value, const Value*, size_t) {
  return int_from_i64(thread, int64_t(runtime(thread).frozen.size()));
}

Value gc_get_stats(Thread& thread, Value, const Value*, size_t) {
  GcRuntime& gc = runtime(thread);
  ListObject* list = list_new(thread);
  for (int generation = 0; generation < 3; ++generation) {
    DictObject* stats = dict_new(thread);
    list_append(thread, list, to_value(stats));
    bool oldest = generation == 2;
    dict_set(thread, stats, thread.interp().intern("collections"), int_from_i64(thread, oldest ? int64_t(gc.collections) : 0));
    dict_set(thread, stats, thread.interp().intern("collected"), int_from_i64(thread, oldest ? int64_t(gc.collected) : 0));
    dict_set(thread, stats, thread.interp().intern("uncollectable"), Value::small_int(0));
  }
  return to_value(list);
}

const NativeFunctionDef kGcFunctions[] = {
    {"collect(generation=2)", gc_collect},
    {"enable()", gc_enable},
    {"disable()", gc_disable},
    {"isenabled()", gc_isenabled},
    {"get_threshold()", gc_get_threshold},
    {"set_threshold(*args)", gc_set_threshold},
    {"get_count()", gc_get_count},
    {"get_debug()", gc_get_debug},
    {"set_debug(flags, /)", gc_set_debug},
    {"is_tracked(obj, /)", gc_is_tracked},
    {"is_finalized(obj, /)", gc_is_finalized},
    {"get_objects(generation=None)", gc_get_objects},
    {"freeze()", gc_freeze},
    {"unfreeze()", gc_unfreeze},
    {"get_freeze_count()", gc_get_freeze_count},
    {"get_stats()", gc_get_stats},
    {"get_referents(*objs)", gc_get_referents},
    {"get_referrers(*objs)", gc_get_referrers},
};

}  // namespace

bool init_gc_module(Thread& thread, DictObject* module_dict) {
  Interpreter& interp = thread.interp();
  GcRuntime& gc = *interp.gc_runtime;
  define_native_functions(thread, module_dict, kGcFunctions, nullptr, "gc");
  gc.collect_function = dict_get_str(module_dict, interp.intern("collect"));
  auto set = [&](const char* name, Value value) { return dict_set(thread, module_dict, interp.intern(name), value); };
  return set("callbacks", gc.callbacks) && set("garbage", gc.garbage) && set("DEBUG_STATS", Value::small_int(1)) &&
         set("DEBUG_COLLECTABLE", Value::small_int(2)) && set("DEBUG_UNCOLLECTABLE", Value::small_int(4)) &&
         set("DEBUG_SAVEALL", Value::small_int(32)) && set("DEBUG_LEAK", Value::small_int(38));
}

}  // namespace pyxis
