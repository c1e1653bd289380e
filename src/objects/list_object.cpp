// list objects: creation, append (growth counted toward the GC trigger), tracing.
#include "objects/list_object.h"

#include "vm/interpreter.h"

namespace pyxis {

ListObject* list_new(Thread& thread) { return thread.heap().make<ListObject>(thread.types().list); }

ListObject* list_from(Thread& thread, const Value* items, size_t size) {
  ListObject* list = list_new(thread);
  list->items.assign(items, items + size);
  thread.heap().note_external_bytes(size * sizeof(Value));
  return list;
}

void list_append(Thread& thread, ListObject* list, Value value) {
  if (list->items.size() == list->items.capacity()) thread.heap().note_external_bytes(list->items.size() * sizeof(Value) + 32);
  list->items.push_back(value);
}

void trace_list(Object* object, gc::Tracer& tracer) {
  for (Value item : static_cast<ListObject*>(object)->items) tracer.visit(item);
}

void destroy_list(Object* object) { static_cast<ListObject*>(object)->~ListObject(); }

}  // namespace pyxis
