// Declaring native code to Python: methods and functions from const tables of signature
// strings (NativeMethodDef), and computed attributes from tables of getter/setter pairs
// (GetSetDef, stored in a type's dict as getset descriptors, like CPython's tp_getset).
#pragma once

#include <cstddef>

#include "objects/function_object.h"
#include "objects/object.h"

namespace pyxis {

class Interpreter;
struct DictObject;
struct Type;

struct NativeMethodDef {
  const char* signature;  // "name(a, b=None, /, *args, **kwargs)"
  NativeFunction function;
};

// Binds each definition into `where` as a builtin function (a method of `owner` when owner is
// set: called through an instance, the receiver arrives as `self`).
void define_native_methods(Interpreter& interp, DictObject* where, Type* owner, const NativeMethodDef* defs,
                           size_t count);
template <size_t N>
void define_native_methods(Interpreter& interp, DictObject* where, Type* owner, const NativeMethodDef (&defs)[N]) {
  define_native_methods(interp, where, owner, defs, N);
}

// A computed attribute of instances of a type. `get` returns the value or error(); `set`
// receives an empty Value for `del obj.name`; a null `set` makes the attribute read-only.
struct GetSetDef {
  const char* name;
  Value (*get)(Thread& thread, Value self);
  bool (*set)(Thread& thread, Value self, Value value) = nullptr;
};

struct GetSetDescriptorObject : Object {
  const GetSetDef* def;
  Type* owner;
};

void define_getsets(Interpreter& interp, Type* owner, const GetSetDef* defs, size_t count);
template <size_t N>
void define_getsets(Interpreter& interp, Type* owner, const GetSetDef (&defs)[N]) {
  define_getsets(interp, owner, defs, N);
}

}  // namespace pyxis
