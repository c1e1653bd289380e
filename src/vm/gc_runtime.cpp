// The interpreter's side of a collection: between marking and sweeping it finds unreachable
// objects with __del__ (kept alive, with what they reach, until their finalizer has run) and
// clears weak references to unreachable objects; the Python code this calls for (callbacks,
// finalizers, gc.callbacks) runs later at a safe point, never inside the collector.
#include "vm/gc_runtime.h"
#include "vm/object_protocol.h"

#include <algorithm>
#include <cstdio>
#include <string>

#include "objects/dict_object.h"
#include "objects/function_object.h"
#include "objects/list_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/weakref_object.h"
#include "vm/interpreter.h"
#include "vm/operations.h"
#include "vm/run.h"

namespace pyxis {

bool is_gc_tracked(const BuiltinTypes& types, const Object* object, int depth) {
  Type* type = object->type;
  if (type->trace == nullptr || type == types.big_int_storage) return false;
  if (depth > 16) return true;  // deeply nested tuples: CPython untracks them one level per collection
  auto holds_tracked = [&](Value value) { return value.is_object() && is_gc_tracked(types, value.as_object(), depth + 1); };
  if (type == types.tuple) {
    auto* tuple = static_cast<const TupleObject*>(object);
    for (size_t i = 0; i < tuple->size; ++i)
      if (holds_tracked(tuple->items[i])) return true;
    return false;
  }
  if (type == types.dict) {
    auto* dict = static_cast<const DictObject*>(object);
    for (const DictEntry& entry : dict->entries)
      if (!entry.key.is_empty() && (holds_tracked(entry.key) || holds_tracked(entry.value))) return true;
    return false;
  }
  return true;
}

GcRuntime::GcRuntime(Interpreter& interp) : interp_(interp) {
  Thread& thread = interp.main_thread();
  del_name_ = interp.intern("__del__");
  callbacks = to_value(list_new(thread));
  garbage = to_value(list_new(thread));
}

void GcRuntime::register_weakref(WeakRefObject* ref) {
  std::vector<WeakRefObject*>& refs = weakrefs_[ref->referent];
  // CPython's order: the basic ref first, then the basic proxy, then the others newest first.
  auto is_basic = [this](const WeakRefObject* r) {
    return r->callback.is_empty() && (r->is_proxy || r->type == ref_type);
  };
  size_t basics = 0;
  while (basics < refs.size() && is_basic(refs[basics])) ++basics;
  size_t at = basics;
  if (is_basic(ref)) at = ref->is_proxy ? basics : 0;
  refs.insert(refs.begin() + ptrdiff_t(at), ref);
}

const std::vector<WeakRefObject*>* GcRuntime::weakrefs_to(const Object* referent) const {
  auto it = weakrefs_.find(referent);
  return it == weakrefs_.end() ? nullptr : &it->second;
}

bool GcRuntime::has_finalizer(Type* type) {
  auto [it, inserted] = finalizer_cache_.emplace(type, false);
  if (inserted) {
    Value del = type_lookup(type, del_name_);
    it->second = !del.is_empty() && !del.is_none();
  }
  return it->second;
}

// A suspended generator is finalized by closing it (its finally blocks run), as in CPython.
bool GcRuntime::needs_finalizer(Object* object) {
  if (object->type == interp_.types().generator) {
    auto* generator = static_cast<GeneratorObject*>(object);
    return generator->started && !generator->finished && !generator->running;
  }
  return object->type->is_heap_type && has_finalizer(object->type);
}

void GcRuntime::after_mark(gc::Heap& heap, gc::Tracer& tracer) {
  finalizer_cache_.clear();
  int64_t unreachable = 0;
  std::vector<Object*> to_finalize;
  std::vector<Object*> to_save;  // gc.DEBUG_SAVEALL: unreachable objects go to gc.garbage
  bool save_all = (debug_flags & kDebugSaveAll) != 0;
  heap.for_each_object([&](Object* object) {
    if (gc::Heap::is_marked(object)) return;
    ++unreachable;
    if (save_all && is_gc_tracked(interp_.types(), object)) to_save.push_back(object);
    if (!(object->gc_flags & gc_flag::kFinalized) && needs_finalizer(object)) to_finalize.push_back(object);
  });
  finalizer_cache_.clear();
  // Weak references to unreachable objects are cleared before any finalizer runs (so a
  // resurrected object has lost them), as are unreachable weak references themselves; the
  // callbacks of reachable ones are queued.
  for (auto it = weakrefs_.begin(); it != weakrefs_.end();) {
    std::vector<WeakRefObject*>& refs = it->second;
    if (!gc::Heap::is_marked(it->first)) {
      for (WeakRefObject* ref : refs) {
        ref->referent = nullptr;
        if (gc::Heap::is_marked(ref) && !ref->callback.is_empty()) callback_queue_.push_back(ref);
      }
      it = weakrefs_.erase(it);
      continue;
    }
    std::erase_if(refs, [](WeakRefObject* ref) {
      if (gc::Heap::is_marked(ref)) return false;
      ref->referent = nullptr;
      return true;
    });
    if (refs.empty()) it = weakrefs_.erase(it);
    else ++it;
  }
  // PEP 442: objects with finalizers survive this collection with everything they reach.
  for (Object* object : to_finalize) {
    object->gc_flags |= gc_flag::kFinalized;
    tracer.visit(object);
    finalizer_queue_.push_back(object);
  }
  for (Object* object : to_save) {
    tracer.visit(object);
    garbage_queue_.push_back(object);
  }
  prune_subclass_lists(interp_);
  ++collections;
  collected += uint64_t(unreachable);
  last_unreachable = unreachable;
  // gc.callbacks hear of automatic collections, but not of those their own (or other
  // deferred code's) allocations cause: CPython does not collect while they run.
  if (!explicit_collection_ && !running_deferred_ && !in_gc_callbacks_ && callbacks.is_object() &&
      !static_cast<ListObject*>(callbacks.as_object())->items.empty())
    automatic_collections_.push_back(unreachable);
  if (callback_head_ < callback_queue_.size() || finalizer_head_ < finalizer_queue_.size() ||
      !automatic_collections_.empty() || !garbage_queue_.empty())
    heap.set_deferred_work(true);
}

void GcRuntime::trace(gc::Tracer& tracer) {
  tracer.visit(callbacks);
  tracer.visit(garbage);
  tracer.visit(collect_function);
  tracer.visit(ref_type);
  tracer.visit(proxy_type);
  tracer.visit(callable_proxy_type);
  tracer.visit(io_state);
  for (size_t i = callback_head_; i < callback_queue_.size(); ++i) tracer.visit(callback_queue_[i]);
  for (size_t i = finalizer_head_; i < finalizer_queue_.size(); ++i) tracer.visit(finalizer_queue_[i]);
  for (Object* object : frozen) tracer.visit(object);
  for (Object* object : garbage_queue_) tracer.visit(object);
}

void GcRuntime::update_heap_trigger() { interp_.heap().set_enabled(automatic && thresholds[0] != 0); }

// CPython's report of an exception nobody can catch (PyErr_WriteUnraisable).
void GcRuntime::print_unraisable(Thread& thread, Value where) {
  Value exception = thread.take_pending();
  std::string text = "Exception ignored in: ";
  if (!append_repr(thread, text, where)) {
    thread.take_pending();
    text += "<object repr() failed>";
  }
  text += "\n" + format_exception(thread, exception);
  std::fflush(stdout);
  std::fwrite(text.data(), 1, text.size(), stderr);
  std::fflush(stderr);
}

void GcRuntime::run_deferred(Thread& thread) {
  gc::Heap& heap = interp_.heap();
  heap.set_deferred_work(false);
  if (running_deferred_) return;  // the outer run picks up what nested collections queue
  running_deferred_ = true;
  Value saved_pending = thread.take_pending();
  Value saved_handled = thread.handled_exception;
  for (;;) {
    if (callback_head_ < callback_queue_.size()) {
      WeakRefObject* ref = callback_queue_[callback_head_++];
      Value callback = ref->callback;
      Value argument = to_value(ref);
      if (call(thread, callback, &argument, 1).is_error()) print_unraisable(thread, callback);
      continue;
    }
    if (finalizer_head_ < finalizer_queue_.size()) {
      Value self = to_value(finalizer_queue_[finalizer_head_++]);
      if (self.as_object()->type == thread.types().generator) {
        Value close = get_attr(thread, self, interp_.intern("close"));
        if (close.is_error() || call(thread, close, nullptr, 0).is_error()) print_unraisable(thread, self);
        continue;
      }
      Value del = type_lookup(self.as_object()->type, del_name_);
      if (!del.is_empty() && call(thread, del, &self, 1).is_error()) print_unraisable(thread, del);
      continue;
    }
    if (!garbage_queue_.empty()) {
      if (garbage.is_object() && garbage.as_object()->type == thread.types().list) {
        auto* list = static_cast<ListObject*>(garbage.as_object());
        for (Object* object : garbage_queue_) list->items.push_back(to_value(object));  // no heap allocation
      }
      garbage_queue_.clear();
      continue;
    }
    if (!automatic_collections_.empty()) {
      int64_t count = automatic_collections_.front();
      automatic_collections_.erase(automatic_collections_.begin());
      call_gc_callbacks(thread, "start", 0);
      call_gc_callbacks(thread, "stop", count);
      continue;
    }
    break;
  }
  callback_queue_.clear();
  callback_head_ = 0;
  finalizer_queue_.clear();
  finalizer_head_ = 0;
  thread.handled_exception = saved_handled;
  if (!saved_pending.is_empty()) thread.raise_value(saved_pending);
  running_deferred_ = false;
  heap.set_deferred_work(false);
}

void GcRuntime::call_gc_callbacks(Thread& thread, const char* phase, int64_t collected_count) {
  if (in_gc_callbacks_ || !callbacks.is_object() || callbacks.as_object()->type != thread.types().list) return;
  auto* list = static_cast<ListObject*>(callbacks.as_object());
  if (list->items.empty()) return;
  in_gc_callbacks_ = true;
  DictObject* info = dict_new(thread);
  Value args[2] = {interp_.intern(phase), to_value(info)};
  dict_set(thread, info, interp_.intern("generation"), Value::small_int(2));
  dict_set(thread, info, interp_.intern("collected"), Value::small_int(collected_count));
  dict_set(thread, info, interp_.intern("uncollectable"), Value::small_int(0));
  for (size_t i = 0; i < list->items.size(); ++i) {
    Value callback = list->items[i];
    if (call(thread, callback, args, 2).is_error()) print_unraisable(thread, callback);
  }
  in_gc_callbacks_ = false;
}

namespace {

// Zeroes the stack below the caller: the collector's frames, made next, then hold no stale
// words from earlier deeper calls that the conservative scan would take for pointers.
__attribute__((noinline)) void scrub_stack_below() {
  volatile uint64_t area[4096];
  for (size_t i = 0; i < 4096; ++i) area[i] = 0;
  __asm__ volatile("" : : "r"(area) : "memory");
}

}  // namespace

int64_t GcRuntime::collect_now(Thread& thread, int generation, const void* native_scan_start) {
  (void)generation;  // one generation: every collection is a full one
  run_deferred(thread);
  scrub_stack_below();
  call_gc_callbacks(thread, "start", 0);
  explicit_collection_ = true;
  interp_.heap().collect(native_scan_start);
  explicit_collection_ = false;
  int64_t found = last_unreachable;
  bool finalized = finalizer_head_ < finalizer_queue_.size();
  run_deferred(thread);
  if (finalized) {
    // What the finalizers did not resurrect is freed now, as CPython frees it in the same call.
    explicit_collection_ = true;
    interp_.heap().collect(native_scan_start);
    explicit_collection_ = false;
    run_deferred(thread);
  }
  call_gc_callbacks(thread, "stop", found);
  return found;
}

void GcRuntime::finalize_at_exit(Thread& thread) {
  collect_now(thread, 2);
  for (int round = 0; round < 4; ++round) {
    finalizer_cache_.clear();
    std::vector<Object*> pending;
    auto consider = [&](Object* object) {
      if ((object->gc_flags & gc_flag::kFinalized) || !needs_finalizer(object)) return;
      object->gc_flags |= gc_flag::kFinalized;
      pending.push_back(object);
    };
    // Objects bound in __main__ first, in the order its namespace holds them (CPython clears
    // that namespace at exit); then every other object still alive.
    Value main = dict_get_str(interp_.modules(), interp_.intern("__main__"));
    if (main.is_object() && main.as_object()->type == thread.types().module) {
      DictObject* globals = static_cast<ModuleObject*>(main.as_object())->dict;
      for (size_t i = 0; globals != nullptr && i < globals->entries.size(); ++i) {
        Value value = globals->entries[i].value;
        if (!globals->entries[i].key.is_empty() && value.is_object()) consider(value.as_object());
      }
    }
    interp_.heap().for_each_object(consider);
    finalizer_cache_.clear();
    if (pending.empty()) break;
    for (Object* object : pending) finalizer_queue_.push_back(object);
    run_deferred(thread);
  }
}

void run_deferred_gc_work(Thread& thread) { thread.interp().gc_runtime->run_deferred(thread); }

}  // namespace pyxis
