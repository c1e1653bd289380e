// tuple: an immutable array of Values stored inline after the header.
#pragma once

#include "objects/object.h"

namespace pyxis {

class Thread;

struct TupleObject : Object {
  size_t size;
  Value items[];
};

TupleObject* tuple_new(Thread& thread, size_t size);  // items start as None
TupleObject* tuple_from(Thread& thread, const Value* items, size_t size);
void trace_tuple(Object* object, gc::Tracer& tracer);

}  // namespace pyxis
