// The descriptor types of the object model: property, classmethod, staticmethod, and member
// descriptors (one per name in __slots__, reading a value stored inside the instance).
// Getset descriptors (native computed attributes) are declared in native_method.h.
#pragma once

#include <cstdint>

#include "objects/object.h"

namespace pyxis {

class Interpreter;
class Thread;
struct DictObject;
struct Type;

struct PropertyObject : Object {
  Value fget, fset, fdel, doc;  // None when absent
  Value name;                   // set by __set_name__, else empty
};

// classmethod and staticmethod: a wrapped callable, plus an attribute dict (functools.wraps).
struct MethodWrapperObject : Object {
  Value function;
  DictObject* dict;
};

// A __slots__ entry: the value lives at byte `offset` of the instance (empty = unset).
struct MemberDescriptorObject : Object {
  Value name;
  Type* owner;
  uint32_t offset;
};

inline Value& member_slot(Object* instance, uint32_t offset) {
  return *reinterpret_cast<Value*>(reinterpret_cast<char*>(instance) + offset);
}

// What kind of descriptor a value is, for the attribute lookup order.
enum class DescriptorKind : uint8_t { None, NonData, Data };
DescriptorKind descriptor_kind(Thread& thread, Value descriptor);
// descriptor.__get__(instance, owner); `instance` empty for access through the class.
// Values that are not descriptors come back unchanged.
Value descriptor_get(Thread& thread, Value descriptor, Value instance, Value owner);
// descriptor.__set__(instance, value), or __delete__ when value is empty. Precondition:
// descriptor_kind(descriptor) == Data.
bool descriptor_set(Thread& thread, Value descriptor, Value instance, Value value);

void install_descriptor_types(Interpreter& interp);
void trace_property(Object* object, gc::Tracer& tracer);
void trace_method_wrapper(Object* object, gc::Tracer& tracer);
void trace_member_descriptor(Object* object, gc::Tracer& tracer);
void trace_getset_descriptor(Object* object, gc::Tracer& tracer);

}  // namespace pyxis
