// tuple objects: allocation with inline items and tracing.
#include "objects/tuple_object.h"

#include "vm/interpreter.h"

namespace pyxis {

TupleObject* tuple_new(Thread& thread, size_t size) {
  TupleObject* tuple = thread.heap().make_sized<TupleObject>(thread.types().tuple, size * sizeof(Value));
  tuple->size = size;
  for (size_t i = 0; i < size; ++i) tuple->items[i] = Value::none();
  return tuple;
}

TupleObject* tuple_from(Thread& thread, const Value* items, size_t size) {
  TupleObject* tuple = tuple_new(thread, size);
  for (size_t i = 0; i < size; ++i) tuple->items[i] = items[i];
  return tuple;
}

void trace_tuple(Object* object, gc::Tracer& tracer) {
  auto* tuple = static_cast<TupleObject*>(object);
  for (size_t i = 0; i < tuple->size; ++i) tracer.visit(tuple->items[i]);
}

}  // namespace pyxis
