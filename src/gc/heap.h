// Each interpreter's heap: size-class pages and large objects, and the non-moving mark-sweep
// collector that frees them (docs/runtime.md section 3). Roots come from one callback (the
// owning Interpreter), which reports its precise roots and the native stacks to scan.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <new>
#include <unordered_map>
#include <utility>
#include <vector>

#include "objects/object.h"

namespace pyxis::gc {

class Heap;

// Handed to trace functions and root enumerators: marks what it is shown.
class Tracer {
 public:
  explicit Tracer(Heap& heap) : heap_(heap) {}
  // A tracer that lists what trace hooks show it (gc.get_referents), marking nothing.
  Tracer(Heap& heap, std::vector<Value>* listing) : heap_(heap), listing_(listing) {}
  void visit(Value value) {
    if (listing_ != nullptr) {
      if (!value.is_empty() && !value.is_unbound() && !value.is_error()) listing_->push_back(value);
      return;
    }
    if (value.is_object()) visit(value.as_object());
  }
  void visit(Object* object);
  // Every word of [begin, end) that points into (or at) a live object keeps it alive.
  void scan_conservatively(const void* begin, const void* end);

 private:
  friend class Heap;
  Heap& heap_;
  std::vector<Object*> pending_;
  std::vector<Value>* listing_ = nullptr;
};

// What the owner does between marking and sweeping (weak references, finalizers): objects
// still unmarked when after_mark is called are unreachable. It may mark more objects (those a
// finalizer will see); the heap traces from them before it sweeps. It must not allocate.
class CollectionHooks {
 public:
  virtual ~CollectionHooks() = default;
  virtual void after_mark(Heap& heap, Tracer& tracer) = 0;
};

struct HeapStats {
  uint64_t collections = 0;
  uint64_t objects_freed = 0;
  size_t live_bytes = 0;        // after the last collection, plus what was allocated since
  size_t bytes_since_collection = 0;
  size_t pages = 0;
  size_t large_objects = 0;
  uint64_t allocations_since_collection = 0;  // objects
};

class Heap {
 public:
  static constexpr size_t kPageSize = 256 * 1024;
  static constexpr size_t kLargeObjectThreshold = 8 * 1024;
  static constexpr size_t kMinimumTrigger = 4 * 1024 * 1024;

  // `stack_top` is an address inside the collector's own frame, below the spilled registers:
  // the owner scans its running thread's stack from there to the thread's recorded base.
  using RootEnumerator = std::function<void(Tracer&, const void* stack_top)>;

  Heap();
  ~Heap();  // destroys every object still alive
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;

  void set_root_enumerator(RootEnumerator roots) { roots_ = std::move(roots); }
  void set_hooks(CollectionHooks* hooks) { hooks_ = hooks; }

  // Constructs a T (deriving from Object) with `extra` trailing bytes. May collect first.
  template <class T, class... Args>
  T* make_sized(Type* type, size_t extra, Args&&... args) {
    void* memory = allocate(sizeof(T) + extra);
    T* object = new (memory) T(std::forward<Args>(args)...);
    object->type = type;
    object->gc_flags = 0;
    return object;
  }
  template <class T, class... Args>
  T* make(Type* type, Args&&... args) {
    return make_sized<T>(type, 0, std::forward<Args>(args)...);
  }

  // Zeroed memory for one object (its header's type is still null: set it before the next
  // allocation). Collects first when the allocation volume says so.
  void* allocate(size_t size);

  // `native_scan_start`, when set, is where the owner's conservative scan of the running
  // thread's native stack starts instead of the collector's own frame (the caller knows the
  // frames below it hold no values); the collector's saved registers are scanned either way.
  void collect(const void* native_scan_start = nullptr);
  // Automatic collection (on allocation volume); collect() works either way.
  void set_enabled(bool enabled) { enabled_ = enabled; }
  bool enabled() const { return enabled_; }
  bool collecting() const { return collecting_; }
  // Set when a collection left Python code to run (finalizers, weakref callbacks): the
  // interpreter runs it at its next safe point, never inside the collector.
  bool deferred_work() const { return deferred_work_; }
  void set_deferred_work(bool pending) { deferred_work_ = pending; }
  // During after_mark: whether marking reached the object.
  static bool is_marked(const Object* object) { return (object->gc_flags & gc_flag::kMarked) != 0; }
  // Calls fn(Object*) for every allocated object (reachable or not, during a collection).
  template <class Fn>
  void for_each_object(Fn&& fn) {
    for (auto& [number, page] : pages_)
      for (uint32_t i = 0; i < page->bump; ++i) {
        auto* object = reinterpret_cast<Object*>(page->base + size_t(i) * page->cell_size);
        if (object->type != nullptr) fn(object);
      }
    for (auto& [address, large] : large_) {
      auto* object = reinterpret_cast<Object*>(address);
      if (object->type != nullptr) fn(object);
    }
  }
  // Memory an object holds outside the heap (vector storage ...) counts toward the trigger.
  void note_external_bytes(size_t bytes) { stats_.bytes_since_collection += bytes; }

  // The object whose memory contains `address`, or nullptr (conservative roots).
  Object* find_object(uintptr_t address) const;
  bool contains(const Object* object) const { return find_object(reinterpret_cast<uintptr_t>(object)) == object; }
  const HeapStats& stats() const { return stats_; }

 private:
  friend class Tracer;
  struct Page {
    char* base;
    uint32_t size_class;
    uint32_t cell_size;
    uint32_t cell_count;
    uint32_t bump = 0;  // cells [0, bump) have been handed out at least once
    uint32_t live = 0;
  };
  struct SizeClass {
    uint32_t cell_size;
    Page* current = nullptr;  // the page being bump-allocated
    void* free_list = nullptr;
  };
  struct LargeObject {
    size_t size;
  };

  void* allocate_small(uint32_t size_class);
  void* allocate_large(size_t size);
  Page* new_page(uint32_t size_class);
  void mark_from_roots(const void* native_scan_start);
  void drain(Tracer& tracer);
  void sweep();
  static uint32_t size_class_for(size_t size);
  static void destroy(Object* object);

  std::vector<SizeClass> classes_;
  std::unordered_map<uintptr_t, Page*> pages_;  // page number (address / kPageSize) -> page
  std::map<uintptr_t, LargeObject> large_;      // start address -> size
  RootEnumerator roots_;
  CollectionHooks* hooks_ = nullptr;
  HeapStats stats_;
  bool enabled_ = true;
  bool collecting_ = false;
  bool deferred_work_ = false;
};

}  // namespace pyxis::gc
