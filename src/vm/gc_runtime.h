// The interpreter's side of garbage collection (docs/runtime.md section 3): weak references
// (cleared when the collector frees their referent), PEP 442 finalizers (__del__ of
// unreachable objects, run once, resurrection allowed), the queue of Python code a collection
// leaves to run at the next safe point, and the gc module's settings.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "gc/heap.h"
#include "objects/value.h"

namespace pyxis {

class Interpreter;
class Thread;
struct Type;
struct WeakRefObject;

struct BuiltinTypes;

// CPython's "is tracked" as seen after a collection: objects that can refer to others are
// tracked, except dicts and tuples holding only untracked values (CPython untracks those).
bool is_gc_tracked(const BuiltinTypes& types, const Object* object, int depth = 0);

class GcRuntime final : public gc::CollectionHooks {
 public:
  explicit GcRuntime(Interpreter& interp);

  // --- weak references (weakref_object.cpp makes them; this registry clears them)
  void register_weakref(WeakRefObject* ref);
  // The weak references to `referent`, oldest first (the basic ref and proxy come first).
  const std::vector<WeakRefObject*>* weakrefs_to(const Object* referent) const;
  // The types _weakref defines, once the module made them (null before).
  Type* ref_type = nullptr;
  Type* proxy_type = nullptr;
  Type* callable_proxy_type = nullptr;
  Object* io_state = nullptr;  // _io's types by name, a private dict (modules/io_module.cpp)

  // --- the collector's hook: runs between marking and sweeping, allocates nothing on the heap.
  void after_mark(gc::Heap& heap, gc::Tracer& tracer) override;

  // Runs what collections queued (weakref callbacks, then finalizers, then gc.callbacks'
  // "stop" calls for automatic collections). Exceptions are printed as CPython prints
  // unraisable ones and never propagate. Safe points only: the interpreter loop, gc.collect().
  void run_deferred(Thread& thread);
  // gc.collect(): a full collection with gc.callbacks around it, then the queued Python code.
  // Returns the number of unreachable objects the collection found.
  // `native_scan_start`: see gc::Heap::collect.
  int64_t collect_now(Thread& thread, int generation, const void* native_scan_start = nullptr);
  // At interpreter exit: a last collection, then __del__ of every object still alive that has
  // one and was not finalized (objects bound in __main__ first, in its namespace's order).
  void finalize_at_exit(Thread& thread);

  void trace(gc::Tracer& tracer);

  // --- gc module settings
  bool automatic = true;  // gc.enable()/disable()
  int64_t thresholds[3] = {700, 10, 10};
  int64_t debug_flags = 0;
  static constexpr int64_t kDebugSaveAll = 32;  // gc.DEBUG_SAVEALL
  Value callbacks;  // gc.callbacks (a list)
  Value garbage;    // gc.garbage (a list)
  Value collect_function;  // gc.collect itself
  std::vector<Object*> frozen;  // gc.freeze(): kept alive, not collected until unfreeze()
  uint64_t collections = 0;
  uint64_t collected = 0;
  int64_t last_unreachable = 0;
  // Applies automatic/threshold to the heap's automatic collection.
  void update_heap_trigger();

 private:
  bool has_finalizer(Type* type);
  bool needs_finalizer(Object* object);
  void call_gc_callbacks(Thread& thread, const char* phase, int64_t collected_count);
  void print_unraisable(Thread& thread, Value where);

  Interpreter& interp_;
  Value del_name_;  // interned "__del__" (interned strings are roots)
  std::unordered_map<const Object*, std::vector<WeakRefObject*>> weakrefs_;
  std::unordered_map<Type*, bool> finalizer_cache_;  // valid during one after_mark
  // Queued by collections, run by run_deferred (all roots until then).
  std::vector<WeakRefObject*> callback_queue_;
  size_t callback_head_ = 0;  // entries before it have run
  std::vector<Object*> finalizer_queue_;
  size_t finalizer_head_ = 0;
  std::vector<int64_t> automatic_collections_;
  std::vector<Object*> garbage_queue_;  // DEBUG_SAVEALL: for gc.garbage  // unreachable counts, for gc.callbacks
  bool running_deferred_ = false;
  bool explicit_collection_ = false;  // gc.collect() calls gc.callbacks itself
  bool in_gc_callbacks_ = false;
};

// The interpreter loop's safe-point check calls this when the heap reports deferred work.
void run_deferred_gc_work(Thread& thread);

}  // namespace pyxis
