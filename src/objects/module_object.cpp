// Tracing of modules, instances and iterators.
#include "objects/module_object.h"

#include "gc/heap.h"
#include "objects/dict_object.h"
#include "objects/function_object.h"
#include "objects/tuple_object.h"
#include "objects/type_object.h"

namespace pyxis {

void trace_adapter_iterator(Object* object, gc::Tracer& tracer) {
  auto* iterator = static_cast<AdapterIteratorObject*>(object);
  tracer.visit(iterator->source);
  tracer.visit(iterator->function);
  tracer.visit(iterator->iterators);
}

void trace_super(Object* object, gc::Tracer& tracer) {
  auto* super = static_cast<SuperObject*>(object);
  tracer.visit(reinterpret_cast<Object*>(super->start));
  tracer.visit(super->self);
}

void trace_slice(Object* object, gc::Tracer& tracer) {
  auto* slice = static_cast<SliceObject*>(object);
  tracer.visit(slice->start);
  tracer.visit(slice->stop);
  tracer.visit(slice->step);
}

void trace_module(Object* object, gc::Tracer& tracer) { tracer.visit(static_cast<ModuleObject*>(object)->dict); }

// The __slots__ values a Python class appends after its builtin base's fields.
void trace_slot_values(Object* object, size_t fields_end, gc::Tracer& tracer) {
  uint32_t size = object->type->basic_size;
  for (size_t offset = fields_end; offset + sizeof(Value) <= size; offset += sizeof(Value))
    tracer.visit(*reinterpret_cast<Value*>(reinterpret_cast<char*>(object) + offset));
}

void trace_instance(Object* object, gc::Tracer& tracer) {
  tracer.visit(static_cast<InstanceObject*>(object)->dict);
  trace_slot_values(object, sizeof(InstanceObject), tracer);
}

void trace_sequence_iterator(Object* object, gc::Tracer& tracer) {
  tracer.visit(static_cast<SequenceIteratorObject*>(object)->sequence);
}

}  // namespace pyxis
