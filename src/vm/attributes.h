// The pieces of the attribute protocol that builtin methods (object.__getattribute__,
// object.__setattr__, type.__getattribute__ ...) and the class machinery call directly; the
// hook-aware entry points (get_attr, set_attr ...) are declared in vm/operations.h.
#pragma once

#include "objects/value.h"

namespace pyxis {

class Thread;
struct DictObject;
struct Type;

// type_lookup through the interpreter's attribute cache.
Value cached_type_lookup(Thread& thread, Type* type, Value name);
// object.__getattribute__: empty when missing and !raise_missing (no exception).
Value generic_get_attr(Thread& thread, Value object, Value name, bool raise_missing);
// getattr without the __getattribute__/__getattr__ hooks of Python classes (type objects use
// type.__getattribute__, super objects their MRO walk, modules PEP 562).
Value plain_get_attr(Thread& thread, Value object, Value name, bool raise_missing);
// object.__setattr__ / __delattr__ (value empty = delete).
bool generic_set_attr(Thread& thread, Value object, Value name, Value value);
// type.__setattr__ / __delattr__.
bool class_set_attr(Thread& thread, Type* cls, Value name, Value value);
// Setting without the __setattr__/__delattr__ hooks (type objects use class_set_attr).
bool plain_set_attr(Thread& thread, Value object, Value name, Value value);

// Where the object keeps its attribute dict (null when its type gives it none), and the dict
// itself (made on demand when `create`).
DictObject** instance_dict_slot(Thread& thread, Value object);
DictObject* instance_dict(Thread& thread, Value object, bool create);

}  // namespace pyxis
