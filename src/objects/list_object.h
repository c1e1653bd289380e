// list: a growable array of Values (std::vector storage outside the heap, traced precisely).
#pragma once

#include <vector>

#include "objects/object.h"

namespace pyxis {

class Thread;

struct ListObject : Object {
  std::vector<Value> items;
};

ListObject* list_new(Thread& thread);
ListObject* list_from(Thread& thread, const Value* items, size_t size);
void list_append(Thread& thread, ListObject* list, Value value);
void trace_list(Object* object, gc::Tracer& tracer);
void destroy_list(Object* object);

}  // namespace pyxis
