// Weak references (_weakref.ref and its subclasses, weakref proxies): objects that refer to
// another object without keeping it alive. The collector clears them when it frees the
// referent (vm/gc_runtime.cpp); callbacks run afterwards, at a safe point.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "objects/module_object.h"
#include "objects/type_object.h"

namespace pyxis {

class Thread;
struct TupleObject;

// An InstanceObject so that instances of Python subclasses of ref keep attributes in `dict`.
struct WeakRefObject : InstanceObject {
  Object* referent;  // not traced; null once cleared
  Value callback;    // empty when none
  int64_t hash;      // valid when hash_cached
  bool hash_cached;
  bool is_proxy;
};

void trace_weakref(Object* object, gc::Tracer& tracer);

// Python subclasses of ref (their instances keep attributes in a dict; ref's own do not).
inline bool is_weakref_subclass(const Type* type) {
  return type->layout == Layout::WeakRef && type->base != nullptr && type->base->layout == Layout::WeakRef;
}

// A type's name as CPython's messages show it: "weakref.ProxyType" for _weakref's types.
std::string weakref_message_name(Thread& thread, Value value);
// Whether weakref.ref(value) is allowed (CPython's types with a weak reference list).
bool supports_weak_references(Thread& thread, Value value);
// The live referent, or None once cleared.
Value weakref_target(const WeakRefObject* ref);
// ref(object, callback) / proxy(object, callback) of `type`: the existing basic one when
// there is no callback, else a new reference registered with the collector.
Value weakref_new(Thread& thread, Type* type, Value object, Value callback, bool proxy);
// Calling a ref type or a Python subclass of it: ref.__new__ then __init__.
Value construct_weakref(Thread& thread, Type* type, const Value* args, size_t nargs, TupleObject* kwnames);
// instance.__weakref__ (the first weak reference to it, or None) and ref.__callback__;
// empty when `object` has no such attribute.
Value weakref_special_attribute(Thread& thread, Value object, std::string_view name);

}  // namespace pyxis
