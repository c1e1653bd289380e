// The heap and its collector: size-class pages with bump allocation then free lists, large
// objects on their own, marking from the owner's roots (precise) and native stacks
// (conservative, interior pointers count), then a sweep that destroys and frees the rest.
#include "gc/heap.h"

#include <csetjmp>
#include <cstdlib>
#include <cstring>

namespace pyxis::gc {

namespace {

// Cell sizes in bytes; every object is a multiple of 16.
constexpr uint32_t kCellSizes[] = {16,  32,  48,  64,  80,  96,   112,  128,  160,  192,  224,  256,
                                   320, 384, 448, 512, 640, 768, 1024, 1536, 2048, 3072, 4096, 8192};
static_assert(kCellSizes[std::size(kCellSizes) - 1] == Heap::kLargeObjectThreshold);

// A free cell: the header's type is null (that is what "free" means to the conservative
// scan), and the next free cell is kept where the flags words are.
struct FreeCell {
  Type* always_null;
  void* next;
};

}  // namespace

void Tracer::visit(Object* object) {
  if (listing_ != nullptr) {
    if (object != nullptr) listing_->push_back(Value::object(object));
    return;
  }
  if (object == nullptr || (object->gc_flags & gc_flag::kMarked)) return;
  object->gc_flags |= gc_flag::kMarked;
  pending_.push_back(object);
}

// Reads every word of a native stack, including AddressSanitizer's redzones between locals:
// those reads are deliberate, so this function is not instrumented.
__attribute__((no_sanitize("address"))) void Tracer::scan_conservatively(const void* begin, const void* end) {
  uintptr_t from = (reinterpret_cast<uintptr_t>(begin) + 7) & ~uintptr_t{7};
  uintptr_t to = reinterpret_cast<uintptr_t>(end);
  for (uintptr_t at = from; at + sizeof(uintptr_t) <= to; at += sizeof(uintptr_t)) {
    uintptr_t word = *reinterpret_cast<const uintptr_t*>(at);
    if (Object* object = heap_.find_object(word)) visit(object);
  }
}

Heap::Heap() {
  for (uint32_t size : kCellSizes) classes_.push_back(SizeClass{size});
}

Heap::~Heap() {
  for (auto& [number, page] : pages_) {
    for (uint32_t i = 0; i < page->bump; ++i) {
      auto* object = reinterpret_cast<Object*>(page->base + size_t(i) * page->cell_size);
      if (object->type != nullptr) destroy(object);
    }
  }
  // Large objects are destroyed before any page is freed: destroying reads the object's
  // type, which lives in a page.
  for (auto& [address, large] : large_) {
    auto* object = reinterpret_cast<Object*>(address);
    if (object->type != nullptr) destroy(object);
  }
  for (auto& [number, page] : pages_) {
    std::free(page->base);
    delete page;
  }
  for (auto& [address, large] : large_) std::free(reinterpret_cast<void*>(address));
}

uint32_t Heap::size_class_for(size_t size) {
  uint32_t index = 0;
  while (kCellSizes[index] < size) ++index;
  return index;
}

void* Heap::allocate(size_t size) {
  size = (size + 15) & ~size_t{15};
#ifdef PYXIS_GC_STRESS
  if (enabled_ && !collecting_ && roots_) collect();
#else
  size_t trigger = stats_.live_bytes > kMinimumTrigger ? stats_.live_bytes : kMinimumTrigger;
  if (enabled_ && !collecting_ && roots_ && stats_.bytes_since_collection >= trigger) collect();
#endif
  stats_.bytes_since_collection += size;
  ++stats_.allocations_since_collection;
  void* memory = size > kLargeObjectThreshold ? allocate_large(size) : allocate_small(size_class_for(size));
  return memory;
}

Heap::Page* Heap::new_page(uint32_t size_class) {
  void* base = std::aligned_alloc(kPageSize, kPageSize);
  if (base == nullptr) throw std::bad_alloc();
  auto* page = new Page{static_cast<char*>(base), size_class, classes_[size_class].cell_size,
                        uint32_t(kPageSize / classes_[size_class].cell_size)};
  pages_[reinterpret_cast<uintptr_t>(base) / kPageSize] = page;
  stats_.pages = pages_.size();
  return page;
}

void* Heap::allocate_small(uint32_t size_class) {
  SizeClass& cls = classes_[size_class];
  void* cell = cls.free_list;
  if (cell != nullptr) {
    cls.free_list = static_cast<FreeCell*>(cell)->next;
  } else {
    if (cls.current == nullptr || cls.current->bump == cls.current->cell_count) cls.current = new_page(size_class);
    cell = cls.current->base + size_t(cls.current->bump++) * cls.cell_size;
  }
  std::memset(cell, 0, cls.cell_size);
  return cell;
}

void* Heap::allocate_large(size_t size) {
  void* memory = std::aligned_alloc(16, size);
  if (memory == nullptr) throw std::bad_alloc();
  std::memset(memory, 0, size);
  large_[reinterpret_cast<uintptr_t>(memory)] = LargeObject{size};
  stats_.large_objects = large_.size();
  return memory;
}

Object* Heap::find_object(uintptr_t address) const {
  auto page_it = pages_.find(address / kPageSize);
  if (page_it != pages_.end()) {
    const Page* page = page_it->second;
    uintptr_t index = (address - reinterpret_cast<uintptr_t>(page->base)) / page->cell_size;
    if (index >= page->bump) return nullptr;
    auto* object = reinterpret_cast<Object*>(page->base + index * page->cell_size);
    return object->type != nullptr ? object : nullptr;
  }
  if (large_.empty()) return nullptr;
  auto it = large_.upper_bound(address);
  if (it == large_.begin()) return nullptr;
  --it;
  if (address >= it->first + it->second.size) return nullptr;
  auto* object = reinterpret_cast<Object*>(it->first);
  return object->type != nullptr ? object : nullptr;
}

void Heap::destroy(Object* object) { destroy_object(object); }

void Heap::drain(Tracer& tracer) {
  while (!tracer.pending_.empty()) {
    Object* object = tracer.pending_.back();
    tracer.pending_.pop_back();
    tracer.visit(reinterpret_cast<Object*>(object->type));
    trace_object(object, tracer);
  }
}

// Not inlined, so the jmp_buf that receives the callee-saved registers lies in this frame,
// below every caller's frame: scanning from it up to the stack base covers them all.
__attribute__((noinline)) void Heap::mark_from_roots(const void* native_scan_start) {
  // Spill every callee-saved register into this frame: glibc's setjmp stores some of them
  // (rbp, rsp) mangled with a pointer guard, so a Value living only in rbp would be missed.
  __builtin_unwind_init();
  std::jmp_buf registers;
  setjmp(registers);
  Tracer tracer(*this);
  tracer.scan_conservatively(&registers, reinterpret_cast<const char*>(&registers) + sizeof registers);
  const void* stack_top = &registers;
  if (native_scan_start != nullptr && native_scan_start > stack_top) {
    // This frame (the registers spilled above) is scanned either way.
    tracer.scan_conservatively(&registers, static_cast<const char*>(__builtin_frame_address(0)) + 16);
    stack_top = native_scan_start;
  }
  roots_(tracer, stack_top);
  drain(tracer);
}

void Heap::sweep() {
  for (SizeClass& cls : classes_) {
    cls.free_list = nullptr;
    cls.current = nullptr;
  }
  size_t live_bytes = 0;
  std::vector<Page*> empty_pages;
  // Destroy every unmarked object first, and only then reuse memory: a dying object's
  // destroy hook may still read its (equally dying) type.
  std::vector<Object*> dead;
  for (auto& [number, page] : pages_) {
    page->live = 0;
    for (uint32_t i = 0; i < page->bump; ++i) {
      auto* object = reinterpret_cast<Object*>(page->base + size_t(i) * page->cell_size);
      if (object->type == nullptr) continue;
      if (object->gc_flags & gc_flag::kMarked) {
        object->gc_flags &= ~gc_flag::kMarked;
        ++page->live;
      } else {
        dead.push_back(object);
      }
    }
    live_bytes += size_t(page->live) * page->cell_size;
  }
  std::vector<uintptr_t> dead_large;
  for (auto& [address, large] : large_) {
    auto* object = reinterpret_cast<Object*>(address);
    if (object->gc_flags & gc_flag::kMarked) {
      object->gc_flags &= ~gc_flag::kMarked;
      live_bytes += large.size;
    } else {
      dead.push_back(object);
      dead_large.push_back(address);
    }
  }
  for (Object* object : dead) destroy(object);
  stats_.objects_freed += dead.size();
  for (Object* object : dead) object->type = nullptr;
  for (uintptr_t address : dead_large) {
    std::free(reinterpret_cast<void*>(address));
    large_.erase(address);
  }
  // Rebuild the free lists; give whole empty pages back.
  for (auto it = pages_.begin(); it != pages_.end();) {
    Page* page = it->second;
    if (page->live == 0) {
      std::free(page->base);
      delete page;
      it = pages_.erase(it);
      continue;
    }
    SizeClass& cls = classes_[page->size_class];
    for (uint32_t i = page->bump; i-- > 0;) {
      auto* cell = reinterpret_cast<FreeCell*>(page->base + size_t(i) * page->cell_size);
      if (cell->always_null != nullptr) continue;
      cell->next = cls.free_list;
      cls.free_list = cell;
    }
    if (page->bump < page->cell_count && cls.current == nullptr) cls.current = page;
    ++it;
  }
  stats_.pages = pages_.size();
  stats_.large_objects = large_.size();
  stats_.live_bytes = live_bytes;
}

void Heap::collect(const void* native_scan_start) {
  if (collecting_ || !roots_) return;
  collecting_ = true;
  mark_from_roots(native_scan_start);
  if (hooks_ != nullptr) {
    Tracer tracer(*this);
    hooks_->after_mark(*this, tracer);
    drain(tracer);
  }
  sweep();
  stats_.bytes_since_collection = 0;
  stats_.allocations_since_collection = 0;
  ++stats_.collections;
  collecting_ = false;
}

}  // namespace pyxis::gc
