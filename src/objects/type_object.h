// Type objects: per-interpreter and mutable, with their MRO (C3), namespace dict and the
// hooks the collector uses. Also `type_of`, the type of any Value.
#pragma once

#include <string>
#include <vector>

#include "objects/object.h"

namespace pyxis {

struct DictObject;
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
  Layout layout = Layout::Builtin;
  bool is_heap_type = false;   // created by a class statement or type(...)
  bool immutable = false;      // a native module's heap type: its attributes cannot be set
  bool allow_subclassing = true;
  uint32_t version = 1;  // bumped on every change of the class or its bases (attribute caches)
  std::string module_name = "builtins";
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
