// Bump-pointer arena: the front end allocates every token text, AST node and
// sequence from one Arena and frees them all at once when the tree is dropped.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <new>
#include <string_view>
#include <type_traits>
#include <vector>

namespace pyxis {

class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;

  void* allocate(size_t size, size_t align = alignof(std::max_align_t)) {
    uintptr_t p = (reinterpret_cast<uintptr_t>(cursor_) + (align - 1)) & ~(uintptr_t(align) - 1);
    if (p + size > reinterpret_cast<uintptr_t>(limit_) || cursor_ == nullptr) {
      grow(size + align);
      p = (reinterpret_cast<uintptr_t>(cursor_) + (align - 1)) & ~(uintptr_t(align) - 1);
    }
    cursor_ = reinterpret_cast<char*>(p + size);
    bytes_used_ += size;
    return reinterpret_cast<void*>(p);
  }

  // Objects made here are never destroyed: only trivially destructible types.
  template <class T, class... Args>
  T* make(Args&&... args) {
    static_assert(std::is_trivially_destructible_v<T>, "arena objects are never destroyed");
    return new (allocate(sizeof(T), alignof(T))) T(std::forward<Args>(args)...);
  }

  template <class T>
  T* make_array(size_t count) {
    static_assert(std::is_trivially_destructible_v<T>, "arena objects are never destroyed");
    if (count == 0) return nullptr;
    T* items = static_cast<T*>(allocate(sizeof(T) * count, alignof(T)));
    for (size_t i = 0; i < count; ++i) new (&items[i]) T();
    return items;
  }

  // Copies bytes into the arena; the view stays valid as long as the arena.
  std::string_view copy(std::string_view text) {
    if (text.empty()) return {};
    char* dst = static_cast<char*>(allocate(text.size(), 1));
    std::memcpy(dst, text.data(), text.size());
    return {dst, text.size()};
  }

  size_t bytes_used() const { return bytes_used_; }

 private:
  void grow(size_t at_least) {
    size_t size = next_chunk_size_;
    if (size < at_least) size = at_least;
    chunks_.push_back(std::unique_ptr<char[]>(new char[size]));
    cursor_ = chunks_.back().get();
    limit_ = cursor_ + size;
    if (next_chunk_size_ < (size_t(1) << 24)) next_chunk_size_ *= 2;
  }

  std::vector<std::unique_ptr<char[]>> chunks_;
  char* cursor_ = nullptr;
  char* limit_ = nullptr;
  size_t next_chunk_size_ = 64 * 1024;
  size_t bytes_used_ = 0;
};

}  // namespace pyxis
