// Type objects: per-interpreter and mutable, with their MRO (C3), namespace dict and the
// hooks the collector uses. Also `type_of`, the type of any Value.
#pragma once

#include <string>
#include <vector>

#include "objects/object.h"

namespace pyxis {

struct DictObject;
struct TypeSlots;
class Interpreter;
class Thread;

using TraceFn = void (*)(Object* object, gc::Tracer& tracer);
using DestroyFn = void (*)(Object* object);

// Which C++ struct the instances of a type are, so `type(name, bases, ns)` knows what to
// allocate and which builtin bases can be combined.
enum class Layout : uint8_t {
  Builtin,    // a fixed builtin struct: not creatable through a Python subclass (yet)
  Object,     // InstanceObject: plain instances with an attribute dict
  Exception,  // ExceptionObject
  Type,       // Type: metaclasses (subclasses of type) make classes
  BuiltinSubclass,  // BuiltinSubclassInstance: a Python class deriving from a builtin value type
  WeakRef,    // WeakRefObject: _weakref.ref and its Python subclasses (objects/weakref_object.h)
};

struct Type : Object {
  std::string name;
  Type* base = nullptr;     // the "solid" base (first base)
  std::vector<Type*> bases;
  std::vector<Type*> mro;   // self first
  DictObject* dict = nullptr;
  TraceFn trace = nullptr;
  DestroyFn destroy = nullptr;
  // Native protocol implementations (objects/type_slots.h); subclasses inherit their base's.
  const TypeSlots* slots = nullptr;
  Layout layout = Layout::Builtin;
  bool is_heap_type = false;   // created by a class statement or type(...)
  bool allow_subclassing = true;
  uint32_t version = 1;  // bumped on every change of the class or its bases (attribute caches)
  std::string module_name = "builtins";
  std::string qualname;     // empty: same as name
  // Byte offset of the instances' attribute dict pointer (DictObject*), 0 when they have none.
  uint32_t dict_offset = 0;
  // Bytes of an instance (heap types: the base's struct plus one Value per __slots__ entry).
  uint32_t basic_size = 0;
  // Layout::BuiltinSubclass: the builtin type whose value the instances extend.
  Type* builtin_base = nullptr;
  // Which attribute hooks (__getattribute__/__getattr__/__setattr__/__delattr__ overrides) the
  // class has, valid while hook_epoch equals the interpreter's class_epoch.
  uint64_t hook_epoch = 0;
  uint8_t hooks = 0;
  // Direct subclasses, oldest first, for type.__subclasses__(): weak (not traced); the
  // collector drops the dead ones (prune_subclass_lists).
  std::vector<Type*> subclasses;
};

bool is_subtype(const Type* type, const Type* base);
// The type of any value (immediates get theirs from the interpreter's type table).
Type* type_of(const Interpreter& interp, Value value);
// Looks a name up along the MRO; empty when missing. `name` must be an interned str.
Value type_lookup(const Type* type, Value name);
// Computes the C3 linearisation into type->mro. False with a TypeError pending on failure.
bool compute_mro(Thread& thread, Type* type);

void trace_type(Object* object, gc::Tracer& tracer);
void destroy_type(Object* object);

}  // namespace pyxis
