// Instantiation (type.__call__) and the native methods of object and type
// (vm/object_protocol.cpp).
#pragma once

#include <cstddef>

#include "objects/value.h"

namespace pyxis {

class Interpreter;
class Thread;
struct TupleObject;
struct Type;

// cls(*args, **kwargs) as type.__call__ does it: __new__, then __init__ when __new__ returned
// an instance of cls.
Value type_call(Thread& thread, Type* cls, const Value* args, size_t nargs, TupleObject* kwnames);
// object.*, type.*, isinstance, issubclass and __build_class__.
void install_object_protocol(Interpreter& interp);
// After marking: drops dead classes from the weak subclass lists (__subclasses__).
void prune_subclass_lists(Interpreter& interp);

}  // namespace pyxis
