// Weak references (_weakref.ref and its subclasses, weakref proxies): objects that refer to
// another object without keeping it alive. The collector clears them when it frees the
// referent (vm/gc_runtime.cpp); callbacks run afterwards, at a safe point.
#pragma once

#include <cstdint>
#include <string>

#include "objects/module_object.h"
#include "objects/type_object.h"

namespace pyxis {

class Thread;
struct TupleObject;

// An InstanceObject so that instances of Python subclasses of ref keep attributes in `dict`
// (and their __slots__ after this struct).
struct WeakRefObject : InstanceObject {
  Object* referent;  // not traced; null once cleared
  Value callback;    // empty when none
  int64_t hash;      // valid when hash_cached
  bool hash_cached;
  bool is_proxy;
};

void trace_weakref(Object* object, gc::Tracer& tracer);

// A type's name as CPython's messages show it: "weakref.ProxyType" for _weakref's types.
std::string weakref_message_name(Thread& thread, Value value);
// Whether weakref.ref(value) is allowed (CPython's types with a weak reference list, and
// Python classes whose instances have __weakref__).
bool supports_weak_references(Thread& thread, Value value);
// The live referent, or None once cleared.
Value weakref_target(const WeakRefObject* ref);
// ref(object, callback) / proxy(object, callback) of `type`: the existing basic one when
// there is no callback, else a new reference registered with the collector.
Value weakref_new(Thread& thread, Type* type, Value object, Value callback, bool proxy);

// Class creation: gives a new class the __weakref__ attribute (and its instances weak
// reference support) unless a base has it or its __slots__ (non-empty `slots_value`) leave
// it out. False with an exception pending.
bool add_weakref_attribute(Thread& thread, Type* cls, Value slots_value);

}  // namespace pyxis
