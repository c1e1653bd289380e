// Weak reference objects: which values accept them, creation (reusing the basic ref/proxy
// as CPython does), construction through ref and its Python subclasses, __weakref__.
#include "objects/weakref_object.h"

#include <vector>

#include "gc/heap.h"
#include "objects/dict_object.h"
#include "objects/function_object.h"
#include "objects/tuple_object.h"
#include "vm/gc_runtime.h"
#include "vm/interpreter.h"
#include "vm/operations.h"

namespace pyxis {

void trace_weakref(Object* object, gc::Tracer& tracer) {
  auto* ref = static_cast<WeakRefObject*>(object);
  tracer.visit(ref->dict);
  tracer.visit(ref->callback);
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
  GcRuntime& gc = *thread.interp().gc_runtime;
  if (type == gc.ref_type || type == gc.proxy_type || type == gc.callable_proxy_type) return false;
  if (type->layout == Layout::WeakRef) return true;  // Python subclasses of ref
  if (type->is_heap_type && (type->layout == Layout::Object || type->layout == Layout::Exception)) return true;
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
  WeakRefObject* ref = thread.heap().make<WeakRefObject>(type);
  ref->referent = object.as_object();
  ref->callback = callback;
  ref->is_proxy = proxy;
  gc.register_weakref(ref);
  return to_value(ref);
}

Value construct_weakref(Thread& thread, Type* type, const Value* args, size_t nargs, TupleObject* kwnames) {
  const BuiltinTypes& types = thread.types();
  GcRuntime& gc = *thread.interp().gc_runtime;
  size_t nkw = kwnames != nullptr ? kwnames->size : 0;
  size_t npositional = nargs - nkw;
  if (nkw != 0 && type == gc.ref_type) return thread.raise(types.TypeError, "ref() takes no keyword arguments");
  if (npositional < 1)
    return thread.raise_format(types.TypeError, "__new__ expected at least 1 argument, got %zu", npositional);
  if (npositional > 2)
    return thread.raise_format(types.TypeError, "__new__ expected at most 2 arguments, got %zu", npositional);
  Value ref = weakref_new(thread, type, args[0], npositional == 2 ? args[1] : Value(), false);
  if (ref.is_error() || type == gc.ref_type) return ref;
  Value init = type_lookup(type, thread.interp().intern("__init__"));
  Value own_init = dict_get_str(gc.ref_type->dict, thread.interp().intern("__init__"));
  if (init.is_empty() || init == own_init) return ref;
  std::vector<Value> with_self(nargs + 1);  // also held by the caller's registers
  with_self[0] = ref;
  for (size_t i = 0; i < nargs; ++i) with_self[i + 1] = args[i];
  Value result = call(thread, init, with_self.data(), nargs + 1, kwnames);
  if (result.is_error()) return result;
  if (!result.is_none())
    return thread.raise_format(types.TypeError, "__init__() should return None, not '%s'", type_name(thread, result));
  return ref;
}

Value weakref_special_attribute(Thread& thread, Value object, std::string_view name) {
  if (!object.is_object()) return Value();
  Type* type = object.as_object()->type;
  if (name == "__callback__") {
    if (type->layout != Layout::WeakRef) return Value();
    Value callback = static_cast<WeakRefObject*>(object.as_object())->callback;
    return callback.is_empty() ? Value::none() : callback;
  }
  if (!type->is_heap_type || !supports_weak_references(thread, object)) return Value();
  GcRuntime& gc = *thread.interp().gc_runtime;
  const std::vector<WeakRefObject*>* refs = gc.weakrefs_to(object.as_object());
  if (refs == nullptr || refs->empty()) return Value::none();
  return to_value(refs->front());
}

}  // namespace pyxis
