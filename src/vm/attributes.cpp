// The attribute protocol as the data model defines it: object.__getattribute__ (data
// descriptors on the type, then the instance dict, then other class attributes), the class
// lookup of type.__getattribute__ (the metatype's data descriptors first), super(), and the
// __getattribute__/__getattr__/__setattr__/__delattr__ hooks of Python classes.
#include <string>
#include <string_view>

#include "objects/descriptor_object.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/function_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/type_slots.h"
#include "vm/attributes.h"
#include "vm/imports.h"
#include "vm/interpreter.h"
#include "vm/operations.h"

namespace pyxis {

namespace {

const BuiltinTypes& T(Thread& thread) { return thread.types(); }
bool has_type(Value v, const Type* type) { return v.is_object() && v.as_object()->type == type; }
std::string_view str_view(Value v) { return static_cast<StrObject*>(v.as_object())->view(); }

enum Hook : uint8_t { kGetAttribute = 1, kGetAttr = 2, kSetAttr = 4, kDelAttr = 8 };

// A native method defined on a builtin type (object.__getattribute__ ...) is no override.
bool is_python_override(Thread& thread, Value found) {
  if (found.is_empty()) return false;
  if (has_type(found, T(thread).builtin_function)) {
    Type* owner = static_cast<BuiltinFunctionObject*>(found.as_object())->owner;
    return owner != nullptr && owner->is_heap_type;
  }
  return true;
}

uint8_t hooks_of(Thread& thread, Type* type) {
  if (!type->is_heap_type) return 0;
  Interpreter& interp = thread.interp();
  if (type->hook_epoch != interp.class_epoch) {
    uint8_t hooks = 0;
    if (is_python_override(thread, type_lookup(type, interp.intern("__getattribute__")))) hooks |= kGetAttribute;
    if (!type_lookup(type, interp.intern("__getattr__")).is_empty()) hooks |= kGetAttr;
    if (is_python_override(thread, type_lookup(type, interp.intern("__setattr__")))) hooks |= kSetAttr;
    if (is_python_override(thread, type_lookup(type, interp.intern("__delattr__")))) hooks |= kDelAttr;
    type->hooks = hooks;
    type->hook_epoch = interp.class_epoch;
  }
  return type->hooks;
}

Value call_with_self(Thread& thread, Value method, Value self, const Value* args, size_t nargs) {
  Value buffer[3] = {self};
  for (size_t i = 0; i < nargs; ++i) buffer[i + 1] = args[i];
  return call(thread, method, buffer, nargs + 1);
}

Value missing_attribute(Thread& thread, Value object, Value name) {
  std::string_view text = str_view(name);
  Type* type = type_of(thread.interp(), object);
  if (is_subtype(type, T(thread).module)) return module_missing_attribute(thread, object, name);
  if (is_subtype(type, T(thread).type))
    return thread.raise_format(T(thread).AttributeError, "type object '%s' has no attribute '%.*s'",
                               static_cast<Type*>(object.as_object())->name.c_str(), int(text.size()), text.data());
  return thread.raise_format(T(thread).AttributeError, "'%s' object has no attribute '%.*s'", type->name.c_str(),
                             int(text.size()), text.data());
}

bool is_type_object(Thread& thread, Value v) {
  return v.is_object() && is_subtype(v.as_object()->type, T(thread).type);
}

// type.__getattribute__: the metatype's data descriptors, then the class's MRO (descriptors
// bound with no instance), then the metatype's other attributes.
Value class_get(Thread& thread, Type* cls, Value name) {
  Type* meta = cls->type;
  Value meta_attribute = cached_type_lookup(thread, meta, name);
  if (!meta_attribute.is_empty() && descriptor_kind(thread, meta_attribute) == DescriptorKind::Data)
    return descriptor_get(thread, meta_attribute, to_value(cls), to_value(meta));
  Value found = cached_type_lookup(thread, cls, name);
  if (!found.is_empty()) return descriptor_get(thread, found, Value(), to_value(cls));
  if (!meta_attribute.is_empty()) return descriptor_get(thread, meta_attribute, to_value(cls), to_value(meta));
  return Value();
}

Value super_get(Thread& thread, Value object, Value name) {
  auto* super = static_cast<SuperObject*>(object.as_object());
  // super().__class__ is super itself.
  if (str_view(name) != "__class__") {
    Value self = super->self;
    Type* self_type = is_type_object(thread, self) && is_subtype(static_cast<Type*>(self.as_object()), super->start)
                          ? static_cast<Type*>(self.as_object())
                          : type_of(thread.interp(), self);
    size_t i = 0;
    while (i < self_type->mro.size() && self_type->mro[i] != super->start) ++i;
    for (++i; i < self_type->mro.size(); ++i) {
      Type* entry = self_type->mro[i];
      Value found = entry->dict != nullptr ? dict_get_str(entry->dict, name) : Value();
      if (found.is_empty()) continue;
      bool through_class = self_type == static_cast<Type*>(self.as_object()) && is_type_object(thread, self);
      return descriptor_get(thread, found, through_class ? Value() : self, to_value(self_type));
    }
  }
  return generic_get_attr(thread, object, name, true);
}

}  // namespace

Value cached_type_lookup(Thread& thread, Type* type, Value name) {
  Interpreter& interp = thread.interp();
  size_t slot = ((reinterpret_cast<uintptr_t>(type) >> 4) ^ (name.bits() >> 3) ^ type->version) & (interp.attribute_cache.size() - 1);
  Interpreter::AttributeCacheEntry& entry = interp.attribute_cache[slot];
  if (entry.type == type && entry.name == name && entry.version == type->version && entry.epoch == interp.attribute_epoch)
    return entry.found;
  Value found = type_lookup(type, name);
  entry.type = type;
  entry.name = name;
  entry.version = type->version;
  entry.epoch = interp.attribute_epoch;
  entry.found = found;
  return found;
}

DictObject** instance_dict_slot(Thread&, Value object) {
  if (!object.is_object()) return nullptr;
  uint32_t offset = object.as_object()->type->dict_offset;
  if (offset == 0) return nullptr;
  return dict_slot_at(object.as_object(), offset);
}

DictObject* instance_dict(Thread& thread, Value object, bool create) {
  DictObject** slot = instance_dict_slot(thread, object);
  if (slot == nullptr) return nullptr;
  if (*slot == nullptr && create) *slot = dict_new(thread);
  return *slot;
}

Value generic_get_attr(Thread& thread, Value object, Value name, bool raise_missing) {
  Type* type = type_of(thread.interp(), object);
  Value descriptor = cached_type_lookup(thread, type, name);
  DescriptorKind kind = DescriptorKind::None;
  if (!descriptor.is_empty()) {
    kind = descriptor_kind(thread, descriptor);
    if (kind == DescriptorKind::Data) return descriptor_get(thread, descriptor, object, to_value(type));
  }
  if (DictObject** slot = instance_dict_slot(thread, object); slot != nullptr && *slot != nullptr) {
    Value found = dict_get_str(*slot, name);
    if (!found.is_empty()) return found;
  }
  if (!descriptor.is_empty())
    return kind == DescriptorKind::None ? descriptor : descriptor_get(thread, descriptor, object, to_value(type));
  if (type->slots != nullptr && type->slots->get_attr != nullptr) {
    Value computed = type->slots->get_attr(thread, object, name);
    if (!computed.is_empty()) return computed;
  }
  return raise_missing ? missing_attribute(thread, object, name) : Value();
}

// The attribute without the __getattribute__/__getattr__ hooks of Python classes.
Value plain_get_attr(Thread& thread, Value object, Value name, bool raise_missing) {
  Type* type = type_of(thread.interp(), object);
  if (is_subtype(type, T(thread).type) && object.is_object()) {
    Value found = class_get(thread, static_cast<Type*>(object.as_object()), name);
    if (!found.is_empty() || !raise_missing) return found;
    return missing_attribute(thread, object, name);
  }
  if (type == T(thread).super) return super_get(thread, object, name);
  Value found = generic_get_attr(thread, object, name, false);
  if (!found.is_empty()) return found;
  if (is_subtype(type, T(thread).module)) {
    // PEP 562: a module-level __getattr__.
    Value hook = dict_get_str(static_cast<ModuleObject*>(object.as_object())->dict, thread.interp().intern("__getattr__"));
    if (!hook.is_empty()) return call(thread, hook, &name, 1);
  }
  return raise_missing ? missing_attribute(thread, object, name) : Value();
}

namespace {

Value get_attribute(Thread& thread, Value object, Value name, bool raise_missing) {
  Type* type = type_of(thread.interp(), object);
  uint8_t hooks = hooks_of(thread, type);
  if (hooks == 0 || !(hooks & (kGetAttribute | kGetAttr))) return plain_get_attr(thread, object, name, raise_missing);
  Value result;
  if (hooks & kGetAttribute) {
    Value method = type_lookup(type, thread.interp().intern("__getattribute__"));
    result = call_with_self(thread, method, object, &name, 1);
  } else {
    result = plain_get_attr(thread, object, name, true);
  }
  if (result.is_error() && (hooks & kGetAttr) && thread.pending_is(T(thread).AttributeError)) {
    thread.take_pending();
    Value method = type_lookup(type, thread.interp().intern("__getattr__"));
    result = call_with_self(thread, method, object, &name, 1);
  }
  return result;
}

}  // namespace

Value get_attr(Thread& thread, Value object, Value name) {
  // The common case first: an instance attribute of a class without attribute hooks, or a
  // class attribute that is no descriptor (one cached MRO lookup, one dict probe).
  if (object.is_object()) {
    Type* type = object.as_object()->type;
    if (type->dict_offset != 0 && hooks_of(thread, type) == 0 && !is_subtype(type, T(thread).type)) {
      Value descriptor = cached_type_lookup(thread, type, name);
      if (descriptor.is_empty() || descriptor_kind(thread, descriptor) == DescriptorKind::None) {
        DictObject* dict = *dict_slot_at(object.as_object(), type->dict_offset);
        if (dict != nullptr) {
          Value found = dict_get_str(dict, name);
          if (!found.is_empty()) return found;
        }
        if (!descriptor.is_empty()) return descriptor;
      }
    }
  }
  Value found = get_attribute(thread, object, name, true);
  if (found.is_error()) note_attribute_error(thread, object, name);  // AttributeError.name/.obj
  return found;
}

Value lookup_attr(Thread& thread, Value object, Value name) {
  Value result = get_attribute(thread, object, name, false);
  if (result.is_error() && thread.pending_is(T(thread).AttributeError)) {
    thread.take_pending();
    return Value();
  }
  return result;
}

bool get_method(Thread& thread, Value object, Value name, Value* callable, Value* self) {
  Type* type = type_of(thread.interp(), object);
  // A function found on the type (and not shadowed by the instance dict) is called with the
  // object as first argument, without making a bound method.
  if (hooks_of(thread, type) == 0 && type != T(thread).super && !is_subtype(type, T(thread).type)) {
    Value found = cached_type_lookup(thread, type, name);
    if (has_type(found, T(thread).function) ||
        (has_type(found, T(thread).builtin_function) && static_cast<BuiltinFunctionObject*>(found.as_object())->self.is_empty() &&
         static_cast<BuiltinFunctionObject*>(found.as_object())->owner != nullptr)) {
      DictObject** slot = instance_dict_slot(thread, object);
      if (slot == nullptr || *slot == nullptr || dict_get_str(*slot, name).is_empty()) {
        *callable = found;
        *self = object;
        return true;
      }
    }
  }
  Value attribute = get_attr(thread, object, name);
  if (attribute.is_error()) return false;
  *callable = attribute;
  *self = Value();
  return true;
}

bool generic_set_attr(Thread& thread, Value object, Value name, Value value) {
  Type* type = type_of(thread.interp(), object);
  Value descriptor = cached_type_lookup(thread, type, name);
  if (!descriptor.is_empty() && descriptor_kind(thread, descriptor) == DescriptorKind::Data)
    return descriptor_set(thread, descriptor, object, value);
  if (type->slots != nullptr && type->slots->set_attr != nullptr) return type->slots->set_attr(thread, object, name, value);
  DictObject** slot = instance_dict_slot(thread, object);
  std::string_view text = str_view(name);
  if (slot == nullptr) {
    if (descriptor.is_empty() || value.is_empty())
      thread.raise_format(T(thread).AttributeError, "'%s' object has no attribute '%.*s'", type->name.c_str(),
                          int(text.size()), text.data());
    else
      thread.raise_format(T(thread).AttributeError, "'%s' object attribute '%.*s' is read-only", type->name.c_str(),
                          int(text.size()), text.data());
    return false;
  }
  if (value.is_empty()) {
    int deleted = *slot != nullptr ? dict_delete(thread, *slot, name) : 0;
    if (deleted < 0) return false;
    if (deleted == 0) {
      missing_attribute(thread, object, name);
      return false;
    }
    return true;
  }
  if (*slot == nullptr) *slot = dict_new(thread);
  return dict_set(thread, *slot, name, value);
}

bool class_set_attr(Thread& thread, Type* cls, Value name, Value value) {
  Type* meta = cls->type;
  Value meta_attribute = type_lookup(meta, name);
  if (!meta_attribute.is_empty() && descriptor_kind(thread, meta_attribute) == DescriptorKind::Data)
    return descriptor_set(thread, meta_attribute, to_value(cls), value);
  std::string_view text = str_view(name);
  if (!cls->is_heap_type) {
    thread.raise_format(T(thread).TypeError, "cannot %s '%.*s' attribute of immutable type '%s'",
                        value.is_empty() ? "delete" : "set", int(text.size()), text.data(), cls->name.c_str());
    return false;
  }
  cls->version = thread.interp().next_type_version++;
  ++thread.interp().attribute_epoch;
  if (text.size() > 4 && text.starts_with("__") && text.ends_with("__")) ++thread.interp().class_epoch;
  if (value.is_empty()) {
    int deleted = dict_delete(thread, cls->dict, name);
    if (deleted < 0) return false;
    if (deleted == 0) {
      missing_attribute(thread, to_value(cls), name);
      return false;
    }
    return true;
  }
  return dict_set(thread, cls->dict, name, value);
}

bool plain_set_attr(Thread& thread, Value object, Value name, Value value) {
  if (is_type_object(thread, object)) return class_set_attr(thread, static_cast<Type*>(object.as_object()), name, value);
  return generic_set_attr(thread, object, name, value);
}

bool set_attr(Thread& thread, Value object, Value name, Value value) {
  Type* type = type_of(thread.interp(), object);
  if (type->dict_offset != 0 && hooks_of(thread, type) == 0 && !is_subtype(type, T(thread).type)) {
    // Plain instance attribute: no data descriptor on the class.
    Value descriptor = cached_type_lookup(thread, type, name);
    if (descriptor.is_empty() || descriptor_kind(thread, descriptor) != DescriptorKind::Data) {
      DictObject** slot = dict_slot_at(object.as_object(), type->dict_offset);
      if (*slot == nullptr) *slot = dict_new(thread);
      return dict_set(thread, *slot, name, value);
    }
  }
  if (hooks_of(thread, type) & kSetAttr) {
    Value method = type_lookup(type, thread.interp().intern("__setattr__"));
    Value args[2] = {name, value};
    return !call_with_self(thread, method, object, args, 2).is_error();
  }
  return plain_set_attr(thread, object, name, value);
}

bool del_attr(Thread& thread, Value object, Value name) {
  Type* type = type_of(thread.interp(), object);
  if (hooks_of(thread, type) & kDelAttr) {
    Value method = type_lookup(type, thread.interp().intern("__delattr__"));
    return !call_with_self(thread, method, object, &name, 1).is_error();
  }
  return plain_set_attr(thread, object, name, Value());
}

// ---------------------------------------------------------------- inline caches

namespace {

// A plain instance of a class without attribute hooks: its attributes are its dict's.
DictObject* cacheable_instance_dict(Thread& thread, Value object) {
  if (!object.is_object()) return nullptr;
  Type* type = object.as_object()->type;
  if (type->dict_offset == 0 || !type->is_heap_type || hooks_of(thread, type) != 0 || is_subtype(type, T(thread).type))
    return nullptr;
  return *dict_slot_at(object.as_object(), type->dict_offset);
}

}  // namespace

void fill_attribute_cache(Thread& thread, Value object, Value name, uint32_t* cache) {
  cache[2] = 0;  // epoch 0 never matches: the cache stays empty unless filled below
  DictObject* dict = cacheable_instance_dict(thread, object);
  if (dict == nullptr) return;
  Type* type = object.as_object()->type;
  if (!cached_type_lookup(thread, type, name).is_empty()) return;  // class attributes may be descriptors
  int64_t index = dict_entry_index_str(dict, name);
  if (index < 0 || dict->entries[size_t(index)].key != name) return;
  set_cache_word_pair(cache, reinterpret_cast<uint64_t>(type));
  cache[2] = uint32_t(thread.interp().attribute_epoch);
  cache[3] = uint32_t(index);
}

void fill_method_cache(Thread& thread, Value object, Value name, uint32_t* cache) {
  cache[2] = 0;
  if (!object.is_object()) return;
  Type* type = object.as_object()->type;
  if (!type->is_heap_type || hooks_of(thread, type) != 0 || is_subtype(type, T(thread).type)) return;
  Value found = cached_type_lookup(thread, type, name);
  if (!has_type(found, T(thread).function)) return;
  set_cache_word_pair(cache, reinterpret_cast<uint64_t>(type));
  cache[2] = uint32_t(thread.interp().attribute_epoch);
  set_cache_word_pair(cache + 3, found.bits());
}

}  // namespace pyxis
