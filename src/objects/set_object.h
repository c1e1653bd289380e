// set and frozenset: a DictObject used as a hash table of keys (values unused), so sets share
// the dict's hashing, equality and insertion order (iteration order is not promised anyway).
#pragma once

#include "objects/object.h"

namespace pyxis {

class Thread;
struct DictObject;
struct Type;

struct SetObject : Object {
  DictObject* table;
};

SetObject* set_new(Thread& thread, Type* type);  // type: set or frozenset
// Adds every item of an iterable; false with an exception pending.
bool set_update(Thread& thread, SetObject* set, Value iterable);
bool set_add(Thread& thread, SetObject* set, Value item);
// The key a lookup (in, remove, discard) uses for item: a set becomes a frozenset.
Value set_key(Thread& thread, Value item);
int set_contains(Thread& thread, SetObject* set, Value item);  // 1, 0, -1
void trace_set(Object* object, gc::Tracer& tracer);

}  // namespace pyxis
