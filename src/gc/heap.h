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
  void visit(Value value) {
    if (value.is_object()) visit(value.as_object());
  }
  void visit(Object* object);
  // Every word of [begin, end) that points into (or at) a live object keeps it alive.
  void scan_conservatively(const void* begin, const void* end);

 private:
  friend class Heap;
  Heap& heap_;
  std::vector<Object*> pending_;
};

struct HeapStats {
  uint64_t collections = 0;
  uint64_t objects_freed = 0;
  size_t live_bytes = 0;        // after the last collection, plus what was allocated since
  size_t bytes_since_collection = 0;
  size_t pages = 0;
  size_t large_objects = 0;
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

  void collect();
  void set_enabled(bool enabled) { enabled_ = enabled; }
  bool enabled() const { return enabled_; }
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
  void mark_from_roots();
  void drain(Tracer& tracer);
  void sweep();
  static uint32_t size_class_for(size_t size);
  static void destroy(Object* object);

  std::vector<SizeClass> classes_;
  std::unordered_map<uintptr_t, Page*> pages_;  // page number (address / kPageSize) -> page
  std::map<uintptr_t, LargeObject> large_;      // start address -> size
  RootEnumerator roots_;
  HeapStats stats_;
  bool enabled_ = true;
  bool collecting_ = false;
};

}  // namespace pyxis::gc
