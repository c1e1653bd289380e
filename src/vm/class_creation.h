// Class creation: __build_class__ and type.__new__ (vm/class_creation.cpp).
#pragma once

#include <cstddef>

#include "objects/value.h"

namespace pyxis {

class Thread;
struct TupleObject;
struct Type;

// type.__new__(meta, name, bases, namespace, **kwargs): kwargs (values, with their names in
// kwnames) go to __init_subclass__.
Value create_class(Thread& thread, Type* meta, Value name, Value bases, Value namespace_value, const Value* kwargs,
                   TupleObject* kwnames);
// __build_class__(func, name, *bases, metaclass=..., **kwargs).
Value build_class(Thread& thread, const Value* args, size_t nargs, TupleObject* kwnames);

}  // namespace pyxis
