// property, classmethod, staticmethod, member and getset descriptors: their Python-visible
// methods, and the descriptor protocol (__get__/__set__/__delete__) the attribute lookup uses.
#include "objects/descriptor_object.h"

#include <cstdio>
#include <string>

#include "gc/heap.h"
#include "objects/builtin_subclass.h"
#include "objects/dict_object.h"
#include "objects/function_object.h"
#include "objects/native_method.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/type_slots.h"
#include "vm/builtins.h"
#include "vm/interpreter.h"
#include "vm/operations.h"

namespace pyxis {

namespace {

const BuiltinTypes& T(Thread& thread) { return thread.types(); }
bool has_type(Value v, const Type* type) { return v.is_object() && v.as_object()->type == type; }
std::string_view str_view(Value v) { return static_cast<StrObject*>(v.as_object())->view(); }

// Their methods receive instances of Python subclasses as they are (property.getter must make
// an object of the subclass), so they look through the wrapper themselves.
PropertyObject* as_property(Value v) { return static_cast<PropertyObject*>(plain_value(v).as_object()); }
MethodWrapperObject* as_wrapper(Value v) { return static_cast<MethodWrapperObject*>(plain_value(v).as_object()); }

Value bound_method(Thread& thread, Value function, Value self) {
  if (has_type(function, T(thread).builtin_function)) {
    auto* unbound = static_cast<BuiltinFunctionObject*>(function.as_object());
    BuiltinFunctionObject* bound = thread.heap().make<BuiltinFunctionObject>(T(thread).builtin_function);
    bound->name = unbound->name;
    bound->function = unbound->function;
    bound->signature = unbound->signature;
    bound->owner = unbound->owner;
    bound->self = self;
    return to_value(bound);
  }
  BoundMethodObject* method = thread.heap().make<BoundMethodObject>(T(thread).method);
  method->function = function;
  method->self = self;
  return to_value(method);
}

Value call_dunder_method(Thread& thread, Value method, Value self, const Value* args, size_t nargs) {
  Value buffer[4] = {self};
  for (size_t i = 0; i < nargs; ++i) buffer[i + 1] = args[i];
  return call(thread, method, buffer, nargs + 1);
}

// "property 'p' of 'C' object has no setter" (the name is left out when unknown).
Value property_error(Thread& thread, Value property, Value instance, const char* what) {
  Value name = as_property(property)->name;
  std::string shown = name.is_empty() || !has_type(name, T(thread).str) ? "" : "'" + std::string(str_view(name)) + "' ";
  return thread.raise_format(T(thread).AttributeError, "property %sof '%s' object has no %s", shown.c_str(),
                             type_name(thread, instance), what);
}

Value member_missing(Thread& thread, MemberDescriptorObject* member, Value instance) {
  return thread.raise_format(T(thread).AttributeError, "'%s' object has no attribute '%.*s'", type_name(thread, instance),
                             int(str_view(member->name).size()), str_view(member->name).data());
}

// The receiver a native getter/setter of `owner` works on: the builtin value an instance of a
// builtin-derived Python class extends, when the getter belongs to that builtin type.
Value native_receiver(Thread& thread, Type* owner, Value instance) {
  Value inner = builtin_value(instance);
  if (inner.is_empty() || owner == thread.types().object) return instance;
  return is_subtype(instance.as_object()->type->builtin_base, owner) ? inner : instance;
}

bool member_applies(Thread& thread, const char* name, Type* owner, Value instance) {
  if (is_instance_of(thread, instance, owner)) return true;
  thread.raise_format(T(thread).TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name,
                      owner->name.c_str(), type_name(thread, instance));
  return false;
}

// ---------------------------------------------------------------- property

Value property_construct(Thread& thread, Type* type, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const char* const names[] = {"fget", "fset", "fdel", "doc"};
  Value slots[4];
  size_t nkw = kwnames != nullptr ? kwnames->size : 0;
  size_t npositional = nargs - nkw;
  if (npositional > 4)
    return thread.raise_format(T(thread).TypeError, "property() takes at most 4 arguments (%zu given)", nargs);
  for (size_t i = 0; i < npositional; ++i) slots[i] = args[i];
  for (size_t k = 0; k < nkw; ++k) {
    std::string_view key = str_view(kwnames->items[k]);
    size_t index = 4;
    for (size_t i = 0; i < 4; ++i)
      if (key == names[i]) index = i;
    if (index == 4)
      return thread.raise_format(T(thread).TypeError, "property() got an unexpected keyword argument '%.*s'",
                                 int(key.size()), key.data());
    if (!slots[index].is_empty())
      return thread.raise_format(T(thread).TypeError, "argument for property() given by name ('%s') and position (%zu)",
                                 names[index], index + 1);
    slots[index] = args[npositional + k];
  }
  PropertyObject* property = thread.heap().make<PropertyObject>(type);
  property->fget = slots[0].is_empty() ? Value::none() : slots[0];
  property->fset = slots[1].is_empty() ? Value::none() : slots[1];
  property->fdel = slots[2].is_empty() ? Value::none() : slots[2];
  property->doc = slots[3].is_empty() ? Value::none() : slots[3];
  if (property->doc.is_none() && !property->fget.is_none()) {
    Value doc = lookup_attr(thread, property->fget, thread.interp().intern("__doc__"));
    if (doc.is_error()) return doc;
    if (!doc.is_empty()) property->doc = doc;
  }
  return to_value(property);
}

// getter/setter/deleter: a copy with one accessor replaced.
Value property_copy(Thread& thread, Value self, int which, Value function) {
  PropertyObject* source = as_property(self);
  if (!builtin_value(self).is_empty()) {
    // A subclass: type(self)(fget, fset, fdel, doc) with the accessor replaced.
    Value args[4] = {source->fget, source->fset, source->fdel, source->doc};
    args[which] = function;
    if (which == 0) args[3] = Value::none();
    return call(thread, to_value(type_of(thread.interp(), self)), args, 4);
  }
  PropertyObject* copy = thread.heap().make<PropertyObject>(source->type);
  copy->fget = source->fget;
  copy->fset = source->fset;
  copy->fdel = source->fdel;
  copy->doc = source->doc;
  copy->name = source->name;
  (which == 0 ? copy->fget : which == 1 ? copy->fset : copy->fdel) = function;
  if (which == 0 && copy->doc.is_none()) {
    Value doc = lookup_attr(thread, function, thread.interp().intern("__doc__"));
    if (doc.is_error()) return doc;
    if (!doc.is_empty()) copy->doc = doc;
  }
  return to_value(copy);
}

Value property_getter(Thread& thread, Value self, const Value* args, size_t) { return property_copy(thread, self, 0, args[0]); }
Value property_setter(Thread& thread, Value self, const Value* args, size_t) { return property_copy(thread, self, 1, args[0]); }
Value property_deleter(Thread& thread, Value self, const Value* args, size_t) { return property_copy(thread, self, 2, args[0]); }

Value descriptor_get_method(Thread& thread, Value self, const Value* args, size_t nargs) {
  Value instance = args[0];
  Value owner = nargs > 1 && !args[1].is_empty() ? args[1] : Value::none();
  if (instance.is_none() && owner.is_none())
    return thread.raise(T(thread).TypeError, "__get__(None, None) is invalid");
  if (instance.is_none()) instance = Value();
  if (owner.is_none()) owner = to_value(type_of(thread.interp(), instance));
  return descriptor_get(thread, plain_value(self), instance, owner);
}

Value descriptor_set_method(Thread& thread, Value self, const Value* args, size_t) {
  return descriptor_set(thread, plain_value(self), args[0], args[1]) ? Value::none() : Value::error();
}

Value descriptor_delete_method(Thread& thread, Value self, const Value* args, size_t) {
  return descriptor_set(thread, plain_value(self), args[0], Value()) ? Value::none() : Value::error();
}

Value property_set_name(Thread&, Value self, const Value* args, size_t) {
  as_property(self)->name = args[1];
  return Value::none();
}

// property.__init__(fget=None, fset=None, fdel=None, doc=None): (re)initialises, so
// subclasses can call super().__init__(...).
Value property_init(Thread& thread, Value self, const Value* args, size_t) {
  PropertyObject* property = as_property(self);
  property->fget = args[0].is_empty() ? Value::none() : args[0];
  property->fset = args[1].is_empty() ? Value::none() : args[1];
  property->fdel = args[2].is_empty() ? Value::none() : args[2];
  property->doc = args[3].is_empty() ? Value::none() : args[3];
  if (property->doc.is_none() && !property->fget.is_none()) {
    Value doc = lookup_attr(thread, property->fget, thread.interp().intern("__doc__"));
    if (doc.is_error()) return doc;
    if (!doc.is_empty()) property->doc = doc;
  }
  return Value::none();
}

Value wrapper_init(Thread&, Value self, const Value* args, size_t) {
  as_wrapper(self)->function = args[0];
  return Value::none();
}

const NativeMethodDef kPropertyMethods[] = {
    {"__init__(fget=None, fset=None, fdel=None, doc=None)", property_init},
    {"getter(function, /)", property_getter},
    {"setter(function, /)", property_setter},
    {"deleter(function, /)", property_deleter},
    {"__get__(instance, owner=None, /)", descriptor_get_method},
    {"__set__(instance, value, /)", descriptor_set_method},
    {"__delete__(instance, /)", descriptor_delete_method},
    {"__set_name__(owner, name, /)", property_set_name},
};

Value is_abstract(Thread& thread, Value function) {
  Value flag = lookup_attr(thread, function, thread.interp().intern("__isabstractmethod__"));
  if (flag.is_error() || flag.is_empty()) return flag.is_error() ? flag : Value::false_();
  int t = truthy(thread, flag);
  return t < 0 ? Value::error() : Value::boolean(t);
}

const GetSetDef kPropertyGetSets[] = {
    {"fget", [](Thread&, Value self) { return as_property(self)->fget; }},
    {"fset", [](Thread&, Value self) { return as_property(self)->fset; }},
    {"fdel", [](Thread&, Value self) { return as_property(self)->fdel; }},
    {"__doc__", [](Thread&, Value self) { return as_property(self)->doc; },
     [](Thread&, Value self, Value value) {
       as_property(self)->doc = value.is_empty() ? Value::none() : value;
       return true;
     }},
    {"__isabstractmethod__",
     [](Thread& thread, Value self) {
       PropertyObject* property = as_property(self);
       for (Value accessor : {property->fget, property->fset, property->fdel}) {
         Value flag = is_abstract(thread, accessor);
         if (!flag.is_false()) return flag;
       }
       return Value::false_();
     }},
};

// ---------------------------------------------------------------- classmethod, staticmethod

Value wrapper_construct(Thread& thread, Type* type, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (kwnames != nullptr && kwnames->size != 0)
    return thread.raise_format(T(thread).TypeError, "%s() takes no keyword arguments", type->name.c_str());
  if (nargs != 1)
    return thread.raise_format(T(thread).TypeError, "%s expected 1 argument, got %zu", type->name.c_str(), nargs);
  MethodWrapperObject* wrapper = thread.heap().make<MethodWrapperObject>(type);
  wrapper->function = args[0];
  wrapper->dict = nullptr;
  // functools.wraps-like: the wrapper shows the function's metadata.
  for (const char* name : {"__module__", "__name__", "__qualname__", "__doc__"}) {
    Value attribute = lookup_attr(thread, args[0], thread.interp().intern(name));
    if (attribute.is_error()) return attribute;
    if (attribute.is_empty()) continue;
    if (wrapper->dict == nullptr) wrapper->dict = dict_new(thread);
    if (!dict_set(thread, wrapper->dict, thread.interp().intern(name), attribute)) return Value::error();
  }
  return to_value(wrapper);
}

bool wrapper_repr(Thread& thread, std::string& out, Value self) {
  out += '<';
  out += type_name(thread, self);
  out += '(';
  if (!append_repr(thread, out, as_wrapper(self)->function)) return false;
  out += ")>";
  return true;
}

Value staticmethod_call(Thread& thread, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  return call(thread, as_wrapper(self)->function, args, nargs, kwnames);
}

const GetSetDef kWrapperGetSets[] = {
    {"__func__", [](Thread&, Value self) { return as_wrapper(self)->function; }},
    {"__wrapped__", [](Thread&, Value self) { return as_wrapper(self)->function; }},
    {"__isabstractmethod__", [](Thread& thread, Value self) { return is_abstract(thread, as_wrapper(self)->function); }},
    {"__dict__",
     [](Thread& thread, Value self) {
       MethodWrapperObject* wrapper = as_wrapper(self);
       if (wrapper->dict == nullptr) wrapper->dict = dict_new(thread);
       return to_value(wrapper->dict);
     }},
};

const NativeMethodDef kWrapperMethods[] = {
    {"__init__(function, /)", wrapper_init},
    {"__get__(instance, owner=None, /)", descriptor_get_method},
};

// ---------------------------------------------------------------- member and getset descriptors

bool member_repr(Thread& thread, std::string& out, Value self) {
  auto* member = static_cast<MemberDescriptorObject*>(self.as_object());
  out += "<member '";
  out += str_view(member->name);
  out += "' of '" + member->owner->name + "' objects>";
  (void)thread;
  return true;
}

bool getset_repr(Thread&, std::string& out, Value self) {
  auto* getset = static_cast<GetSetDescriptorObject*>(self.as_object());
  out += "<attribute '";
  out += getset->def->name;
  out += "' of '" + getset->owner->name + "' objects>";
  return true;
}

const NativeMethodDef kDataDescriptorMethods[] = {
    {"__get__(instance, owner=None, /)", descriptor_get_method},
    {"__set__(instance, value, /)", descriptor_set_method},
    {"__delete__(instance, /)", descriptor_delete_method},
};

const GetSetDef kMemberGetSets[] = {
    {"__name__", [](Thread&, Value self) { return static_cast<MemberDescriptorObject*>(self.as_object())->name; }},
    {"__objclass__", [](Thread&, Value self) { return to_value(static_cast<MemberDescriptorObject*>(self.as_object())->owner); }},
};

const GetSetDef kGetSetGetSets[] = {
    {"__name__", [](Thread& thread, Value self) {
       return str_value(thread, static_cast<GetSetDescriptorObject*>(self.as_object())->def->name);
     }},
    {"__objclass__", [](Thread&, Value self) { return to_value(static_cast<GetSetDescriptorObject*>(self.as_object())->owner); }},
};

Value function_get_method(Thread& thread, Value self, const Value* args, size_t) {
  if (args[0].is_none()) return self;
  return bound_method(thread, self, args[0]);
}

const NativeMethodDef kFunctionDescriptorMethods[] = {
    {"__get__(instance, owner=None, /)", function_get_method},
};

const TypeSlots kPropertySlots = {.construct = property_construct};
const TypeSlots kClassMethodSlots = {.repr = wrapper_repr, .construct = wrapper_construct};
const TypeSlots kStaticMethodSlots = {.repr = wrapper_repr, .call = staticmethod_call, .construct = wrapper_construct};
const TypeSlots kMemberSlots = {.repr = member_repr};
const TypeSlots kGetSetSlots = {.repr = getset_repr};

}  // namespace

DescriptorKind descriptor_kind(Thread& thread, Value descriptor) {
  if (!descriptor.is_object()) return DescriptorKind::None;
  const BuiltinTypes& types = T(thread);
  Type* type = descriptor.as_object()->type;
  if (type == types.function || type == types.classmethod || type == types.staticmethod) return DescriptorKind::NonData;
  if (type == types.builtin_function) {
    auto* function = static_cast<BuiltinFunctionObject*>(descriptor.as_object());
    return function->owner != nullptr && function->self.is_empty() ? DescriptorKind::NonData : DescriptorKind::None;
  }
  if (type == types.property || type == types.member_descriptor || type == types.getset_descriptor)
    return DescriptorKind::Data;
  if (!type->is_heap_type) return DescriptorKind::None;
  if (!type_lookup(type, thread.interp().intern("__set__")).is_empty() ||
      !type_lookup(type, thread.interp().intern("__delete__")).is_empty())
    return DescriptorKind::Data;
  if (!type_lookup(type, thread.interp().intern("__get__")).is_empty()) return DescriptorKind::NonData;
  return DescriptorKind::None;
}

Value descriptor_get(Thread& thread, Value descriptor, Value instance, Value owner) {
  if (!descriptor.is_object()) return descriptor;
  const BuiltinTypes& types = T(thread);
  Type* type = descriptor.as_object()->type;
  if (type == types.function) return instance.is_empty() ? descriptor : bound_method(thread, descriptor, instance);
  if (type == types.builtin_function) {
    auto* function = static_cast<BuiltinFunctionObject*>(descriptor.as_object());
    if (instance.is_empty() || function->owner == nullptr || !function->self.is_empty()) return descriptor;
    return bound_method(thread, descriptor, instance);
  }
  if (type == types.staticmethod) return as_wrapper(descriptor)->function;
  if (type == types.classmethod) {
    if (owner.is_empty() || owner.is_none()) owner = to_value(type_of(thread.interp(), instance));
    return bound_method(thread, as_wrapper(descriptor)->function, owner);
  }
  if (type == types.property) {
    if (instance.is_empty()) return descriptor;
    Value getter = as_property(descriptor)->fget;
    if (getter.is_none()) return property_error(thread, descriptor, instance, "getter");
    return call(thread, getter, &instance, 1);
  }
  if (type == types.member_descriptor) {
    if (instance.is_empty()) return descriptor;
    auto* member = static_cast<MemberDescriptorObject*>(descriptor.as_object());
    std::string name(str_view(member->name));
    if (!member_applies(thread, name.c_str(), member->owner, instance)) return Value::error();
    Value value = member_slot(instance.as_object(), member->offset);
    return value.is_empty() ? member_missing(thread, member, instance) : value;
  }
  if (type == types.getset_descriptor) {
    if (instance.is_empty()) return descriptor;
    auto* getset = static_cast<GetSetDescriptorObject*>(descriptor.as_object());
    if (!member_applies(thread, getset->def->name, getset->owner, instance)) return Value::error();
    return getset->def->get(thread, native_receiver(thread, getset->owner, instance));
  }
  if (!type->is_heap_type) return descriptor;
  Value get = type_lookup(type, thread.interp().intern("__get__"));
  if (get.is_empty()) return descriptor;
  Value args[2] = {instance.is_empty() ? Value::none() : instance, owner.is_empty() ? Value::none() : owner};
  return call_dunder_method(thread, get, descriptor, args, 2);
}

bool descriptor_set(Thread& thread, Value descriptor, Value instance, Value value) {
  const BuiltinTypes& types = T(thread);
  Type* type = descriptor.as_object()->type;
  if (type == types.property) {
    PropertyObject* property = as_property(descriptor);
    Value accessor = value.is_empty() ? property->fdel : property->fset;
    if (accessor.is_none()) {
      property_error(thread, descriptor, instance, value.is_empty() ? "deleter" : "setter");
      return false;
    }
    Value args[2] = {instance, value};
    return !call(thread, accessor, args, value.is_empty() ? 1 : 2).is_error();
  }
  if (type == types.member_descriptor) {
    auto* member = static_cast<MemberDescriptorObject*>(descriptor.as_object());
    std::string name(str_view(member->name));
    if (!member_applies(thread, name.c_str(), member->owner, instance)) return false;
    Value& slot = member_slot(instance.as_object(), member->offset);
    if (value.is_empty() && slot.is_empty()) {
      thread.raise(types.AttributeError, name);
      return false;
    }
    slot = value;
    return true;
  }
  if (type == types.getset_descriptor) {
    auto* getset = static_cast<GetSetDescriptorObject*>(descriptor.as_object());
    if (!member_applies(thread, getset->def->name, getset->owner, instance)) return false;
    if (getset->def->set == nullptr) {
      thread.raise_format(types.AttributeError, "attribute '%s' of '%s' objects is not writable", getset->def->name,
                          getset->owner->name.c_str());
      return false;
    }
    return getset->def->set(thread, native_receiver(thread, getset->owner, instance), value);
  }
  const char* name = value.is_empty() ? "__delete__" : "__set__";
  Value method = type_lookup(type, thread.interp().intern(name));
  if (method.is_empty()) {
    thread.raise(types.AttributeError, name);
    return false;
  }
  Value args[2] = {instance, value};
  return !call_dunder_method(thread, method, descriptor, args, value.is_empty() ? 1 : 2).is_error();
}

void trace_property(Object* object, gc::Tracer& tracer) {
  auto* property = static_cast<PropertyObject*>(object);
  tracer.visit(property->fget);
  tracer.visit(property->fset);
  tracer.visit(property->fdel);
  tracer.visit(property->doc);
  tracer.visit(property->name);
}

void trace_method_wrapper(Object* object, gc::Tracer& tracer) {
  auto* wrapper = static_cast<MethodWrapperObject*>(object);
  tracer.visit(wrapper->function);
  tracer.visit(wrapper->dict);
}

void trace_member_descriptor(Object* object, gc::Tracer& tracer) {
  auto* member = static_cast<MemberDescriptorObject*>(object);
  tracer.visit(member->name);
  tracer.visit(member->owner);
}

void trace_getset_descriptor(Object* object, gc::Tracer& tracer) {
  tracer.visit(static_cast<GetSetDescriptorObject*>(object)->owner);
}

void install_descriptor_types(Interpreter& interp) {
  const BuiltinTypes& types = interp.types();
  types.property->slots = &kPropertySlots;
  types.classmethod->slots = &kClassMethodSlots;
  types.staticmethod->slots = &kStaticMethodSlots;
  types.member_descriptor->slots = &kMemberSlots;
  types.getset_descriptor->slots = &kGetSetSlots;
  define_native_methods(interp, types.property->dict, types.property, kPropertyMethods);
  define_getsets(interp, types.property, kPropertyGetSets);
  for (Type* wrapper : {types.classmethod, types.staticmethod}) {
    define_native_methods(interp, wrapper->dict, wrapper, kWrapperMethods);
    define_getsets(interp, wrapper, kWrapperGetSets);
  }
  define_native_methods(interp, types.member_descriptor->dict, types.member_descriptor, kDataDescriptorMethods);
  define_getsets(interp, types.member_descriptor, kMemberGetSets);
  define_native_methods(interp, types.getset_descriptor->dict, types.getset_descriptor, kDataDescriptorMethods);
  define_getsets(interp, types.getset_descriptor, kGetSetGetSets);
  define_native_methods(interp, types.function->dict, types.function, kFunctionDescriptorMethods);
}

}  // namespace pyxis
