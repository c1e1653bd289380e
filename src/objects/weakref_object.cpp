// Weak reference objects: which values accept them (and the __weakref__ attribute of Python
// classes that gives their instances that support), and creation, reusing the basic ref or
// proxy as CPython does.
#include "objects/weakref_object.h"

#include <vector>

#include "gc/heap.h"
#include "objects/descriptor_object.h"
#include "objects/dict_object.h"
#include "objects/list_object.h"
#include "objects/native_method.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/gc_runtime.h"
#include "vm/interpreter.h"
#include "vm/operations.h"

namespace pyxis {

namespace {

// instance.__weakref__: the first weak reference to it, or None.
Value weakref_attribute_get(Thread& thread, Value self) {
  if (!self.is_object()) return Value::none();
  const std::vector<WeakRefObject*>* refs = thread.interp().gc_runtime->weakrefs_to(self.as_object());
  if (refs == nullptr || refs->empty()) return Value::none();
  return to_value(refs->front());
}

const GetSetDef kWeakrefGetSet[] = {{"__weakref__", weakref_attribute_get, nullptr}};

bool is_weakref_descriptor(Value value) {
  return value.is_object() && value.as_object()->type->trace == trace_getset_descriptor &&
         static_cast<GetSetDescriptorObject*>(value.as_object())->def == &kWeakrefGetSet[0];
}

}  // namespace

void trace_weakref(Object* object, gc::Tracer& tracer) {
  auto* ref = static_cast<WeakRefObject*>(object);
  tracer.visit(ref->dict);
  tracer.visit(ref->callback);
  // The __slots__ values of Python subclasses follow the struct.
  for (size_t offset = sizeof(WeakRefObject); offset + sizeof(Value) <= object->type->basic_size; offset += sizeof(Value))
    tracer.visit(*reinterpret_cast<Value*>(reinterpret_cast<char*>(object) + offset));
}

std::string weakref_message_name(Thread& thread, Value value) {
  Type* type = type_of(thread.interp(), value);
  GcRuntime& gc = *thread.interp().gc_runtime;
  if (type == gc.ref_type || type == gc.proxy_type || type == gc.callable_proxy_type)
    return type->module_name + "." + type->name;
  return type->name;
}

bool supports_weak_references(Thread& thread, Value value) {
  if (!value.is_object()) return false;
  const BuiltinTypes& types = thread.types();
  Type* type = value.as_object()->type;
  if (type->is_heap_type)
    return type->layout == Layout::Type || is_weakref_descriptor(type_lookup(type, thread.interp().intern("__weakref__")));
  return type == types.type || type == types.function || type == types.builtin_function || type == types.method ||
         type == types.code || type == types.module || type == types.set || type == types.frozenset ||
         type == types.generator;
}

Value weakref_target(const WeakRefObject* ref) {
  return ref->referent != nullptr ? to_value(ref->referent) : Value::none();
}

Value weakref_new(Thread& thread, Type* type, Value object, Value callback, bool proxy) {
  if (!supports_weak_references(thread, object))
    return thread.raise_format(thread.types().TypeError, "cannot create weak reference to '%s' object",
                               weakref_message_name(thread, object).c_str());
  if (callback.is_none()) callback = Value();
  GcRuntime& gc = *thread.interp().gc_runtime;
  // A basic reference (exact type, no callback) is shared: ref(x) is ref(x).
  bool basic = callback.is_empty() && (proxy || type == gc.ref_type);
  if (basic) {
    if (const std::vector<WeakRefObject*>* refs = gc.weakrefs_to(object.as_object()))
      for (WeakRefObject* existing : *refs)
        if (existing->type == type && existing->callback.is_empty()) return to_value(existing);
  }
  size_t extra = type->basic_size > sizeof(WeakRefObject) ? type->basic_size - sizeof(WeakRefObject) : 0;
  WeakRefObject* ref = thread.heap().make_sized<WeakRefObject>(type, extra);
  ref->referent = object.as_object();
  ref->callback = callback;
  ref->is_proxy = proxy;
  gc.register_weakref(ref);
  return to_value(ref);
}

bool add_weakref_attribute(Thread& thread, Type* cls, Value slots_value) {
  Interpreter& interp = thread.interp();
  Value key = interp.intern("__weakref__");
  for (size_t i = 1; i < cls->mro.size(); ++i)
    if (cls->mro[i]->dict != nullptr && is_weakref_descriptor(dict_get_str(cls->mro[i]->dict, key))) return true;
  if (cls->layout == Layout::Type) return true;  // classes support weak references anyway
  // Variable-sized builtin bases (int, tuple) leave no room for a weak reference list.
  const BuiltinTypes& types = thread.types();
  if (cls->layout == Layout::BuiltinSubclass &&
      (is_subtype(cls->builtin_base, types.int_) || is_subtype(cls->builtin_base, types.tuple)))
    return true;
  if (!slots_value.is_empty()) {
    // __slots__ without "__weakref__": no weak references to the instances.
    bool listed = false;
    auto names = [&](const Value* items, size_t count) {
      for (size_t i = 0; i < count; ++i)
        if (items[i].is_object() && items[i].as_object()->type == thread.types().str &&
            static_cast<StrObject*>(items[i].as_object())->view() == "__weakref__")
          listed = true;
    };
    Type* slots_type = type_of(interp, slots_value);
    if (slots_type == thread.types().str) names(&slots_value, 1);
    else if (slots_type == thread.types().tuple)
      names(static_cast<TupleObject*>(slots_value.as_object())->items, static_cast<TupleObject*>(slots_value.as_object())->size);
    else if (slots_type == thread.types().list)
      names(static_cast<ListObject*>(slots_value.as_object())->items.data(), static_cast<ListObject*>(slots_value.as_object())->items.size());
    if (!listed) return true;
  }
  if (!dict_get_str(cls->dict, key).is_empty()) return true;
  GetSetDescriptorObject* descriptor = thread.heap().make<GetSetDescriptorObject>(thread.types().getset_descriptor);
  descriptor->def = &kWeakrefGetSet[0];
  descriptor->owner = cls;
  return dict_set(thread, cls->dict, key, to_value(descriptor));
}

}  // namespace pyxis
