// The header every heap object starts with (docs/runtime.md section 2), and the per-type
// hooks the collector calls: trace (report every Value/Object* field) and destroy.
#pragma once

#include <cstddef>
#include <cstdint>

#include "objects/value.h"

namespace pyxis {

struct Type;
namespace gc {
class Tracer;
}

// 16 bytes: the type (one load + one compare is a type check), collector flags, and a word
// the type may use for itself (a small length, a cached flag ...).
struct Object {
  Type* type;
  uint32_t gc_flags;
  uint32_t type_word;
};
static_assert(sizeof(Object) == 16);

namespace gc_flag {
inline constexpr uint32_t kMarked = 1u << 0;
inline constexpr uint32_t kFinalized = 1u << 1;  // __del__ has run or is queued: never again (PEP 442)
}

// Calls the object's type's trace / destroy hook (defined with Type, type_object.cpp).
void trace_object(Object* object, gc::Tracer& tracer);
void destroy_object(Object* object);

inline Value to_value(const Object* object) { return Value::object(object); }

// offsetof for the object structs: they use single, non-virtual inheritance with fields in
// base and derived structs, so they are not "standard layout" and GCC warns, but GCC and
// Clang lay them out predictably (base fields first).
#define PYXIS_FIELD_OFFSET(type, member)                                  \
  ([]() -> uint32_t {                                                     \
    _Pragma("GCC diagnostic push")                                        \
    _Pragma("GCC diagnostic ignored \"-Winvalid-offsetof\"")             \
    return uint32_t(offsetof(type, member));                              \
    _Pragma("GCC diagnostic pop")                                         \
  }())

}  // namespace pyxis
