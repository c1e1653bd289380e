// Instances of Python classes derived from builtin value types (int, str, tuple, list,
// dict ...): an instance object (with attribute dict and __slots__) holding the builtin value
// it extends. The object protocols unwrap it after giving the class's own dunder methods
// their turn, so `class Point(tuple)` indexes, hashes and compares as its tuple.
#pragma once

#include "objects/module_object.h"
#include "objects/type_object.h"

namespace pyxis {

class Interpreter;
class Thread;

struct BuiltinSubclassInstance : InstanceObject {
  Value base_value;  // the builtin value (of type->builtin_base) this instance extends
};

// The builtin value inside an instance of a builtin-derived Python class, else empty.
inline Value builtin_value(Value v) {
  if (!v.is_object() || v.as_object()->type->layout != Layout::BuiltinSubclass) return Value();
  return static_cast<BuiltinSubclassInstance*>(v.as_object())->base_value;
}
// The value itself, or the builtin value it extends.
inline Value plain_value(Value v) {
  Value inner = builtin_value(v);
  return inner.is_empty() ? v : inner;
}

// An instance of `cls` (a Python class deriving from a builtin type) extending `base_value`.
Value wrap_builtin_value(Thread& thread, Type* cls, Value base_value);

void trace_builtin_subclass(Object* object, gc::Tracer& tracer);
// __new__ (and __init__ for mutable containers) of the builtin types Python classes may extend.
void install_builtin_subclassing(Interpreter& interp);
// Lets Python classes derive from a builtin type constructed by construct_builtin (gives it a
// static __new__ that builds the value and wraps it for subclasses).
void allow_python_subclasses(Interpreter& interp, Type* type);

}  // namespace pyxis
