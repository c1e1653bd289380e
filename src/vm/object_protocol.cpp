// The root of the object model: the native methods of `object` and `type` (__new__,
// __init__, __getattribute__, __setattr__, __init_subclass__, mro, __instancecheck__ ...),
// instantiation as type.__call__ does it, and isinstance/issubclass with their hooks.
#include <cstddef>
#include <string>
#include <vector>

#include "gc/heap.h"

#include "objects/descriptor_object.h"
#include "objects/dict_object.h"
#include "objects/function_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/module_object.h"
#include "objects/native_method.h"
#include "objects/set_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/attributes.h"
#include "vm/builtins.h"
#include "vm/class_creation.h"
#include "vm/interpreter.h"
#include "vm/object_protocol.h"
#include "objects/typevar_object.h"
#include "vm/operations.h"

namespace pyxis {

namespace {

const BuiltinTypes& T(Thread& thread) { return thread.types(); }
bool has_type(Value v, const Type* type) { return v.is_object() && v.as_object()->type == type; }
std::string_view str_view(Value v) { return static_cast<StrObject*>(v.as_object())->view(); }
bool is_type(Thread& thread, Value v) { return v.is_object() && is_subtype(v.as_object()->type, T(thread).type); }
Type* as_type(Value v) { return static_cast<Type*>(v.as_object()); }

// Whether `found` is the native method `function` of the builtin type `owner`.
bool is_native(Thread& thread, Value found, Type* owner, NativeFunction function) {
  if (!has_type(found, T(thread).builtin_function)) return false;
  auto* native = static_cast<BuiltinFunctionObject*>(found.as_object());
  return native->owner == owner && native->function == function;
}

Value object_new_method(Thread& thread, Value self, const Value* args, size_t nargs);
Value object_init_method(Thread& thread, Value self, const Value* args, size_t nargs);
Value type_new_method(Thread& thread, Value self, const Value* args, size_t nargs);
Value type_init_method(Thread& thread, Value self, const Value* args, size_t nargs);

Value name_value(Thread& thread, Value v) {
  if (!has_type(v, T(thread).str)) return thread.raise_format(T(thread).TypeError, "attribute name must be string, not '%s'", type_name(thread, v));
  return thread.interp().intern(str_view(v));
}

// "Can't instantiate abstract class A without an implementation for abstract methods 'f', 'g'"
bool check_abstract(Thread& thread, Type* cls) {
  Value abstract = dict_get_str(cls->dict, thread.interp().intern("__abstractmethods__"));
  if (abstract.is_empty()) return true;
  int t = truthy(thread, abstract);
  if (t <= 0) return t == 0;
  Value sorted_names = call(thread, dict_get_str(thread.interp().builtins(), thread.interp().intern("sorted")), &abstract, 1);
  if (sorted_names.is_error()) return false;
  auto* names = static_cast<ListObject*>(sorted_names.as_object());
  std::string joined;
  for (size_t i = 0; i < names->items.size(); ++i) {
    if (i != 0) joined += ", ";
    if (!append_repr(thread, joined, names->items[i])) return false;
  }
  thread.raise_format(T(thread).TypeError, "Can't instantiate abstract class %s without an implementation for abstract method%s %s",
                      cls->name.c_str(), names->items.size() == 1 ? "" : "s", joined.c_str());
  return false;
}

Value allocate_instance(Thread& thread, Type* cls, const Value* args, size_t npositional) {
  if (!check_abstract(thread, cls)) return Value::error();
  if (cls->layout == Layout::Exception) {
    ExceptionObject* exception = thread.heap().make_sized<ExceptionObject>(cls, cls->basic_size - sizeof(ExceptionObject));
    exception->args = tuple_from(thread, args, npositional);
    return to_value(exception);
  }
  return to_value(thread.heap().make_sized<InstanceObject>(cls, cls->basic_size - sizeof(InstanceObject)));
}

// ---------------------------------------------------------------- object

// object.__new__(cls, *args, **kwargs)
Value object_new_method(Thread& thread, Value self, const Value* args, size_t nargs) {
  // Slots: kwargs (dict or empty), then the extra positionals.
  if (!is_type(thread, self))
    return thread.raise_format(T(thread).TypeError, "object.__new__(X): X is not a type object (%s)", type_name(thread, self));
  Type* cls = as_type(self);
  bool has_arguments = nargs > 1 || (!args[0].is_empty() && static_cast<DictObject*>(args[0].as_object())->used != 0);
  if (has_arguments) {
    Interpreter& interp = thread.interp();
    if (!is_native(thread, type_lookup(cls, interp.intern("__new__")), T(thread).object, object_new_method))
      return thread.raise(T(thread).TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
    if (is_native(thread, type_lookup(cls, interp.intern("__init__")), T(thread).object, object_init_method))
      return thread.raise_format(T(thread).TypeError, "%s() takes no arguments", cls->name.c_str());
  }
  if (cls->layout == Layout::Builtin || cls->layout == Layout::Type || !cls->is_heap_type) {
    if (cls == T(thread).object) return allocate_instance(thread, cls, nullptr, 0);
    return thread.raise_format(T(thread).TypeError, "object.__new__(%s) is not safe, use %s.__new__()", cls->name.c_str(),
                               cls->name.c_str());
  }
  return allocate_instance(thread, cls, args + 1, nargs - 1);
}

Value object_init_method(Thread& thread, Value self, const Value* args, size_t nargs) {
  bool has_arguments = nargs > 1 || (!args[0].is_empty() && static_cast<DictObject*>(args[0].as_object())->used != 0);
  if (has_arguments) {
    Type* type = type_of(thread.interp(), self);
    Interpreter& interp = thread.interp();
    if (!is_native(thread, type_lookup(type, interp.intern("__init__")), T(thread).object, object_init_method) ||
        is_native(thread, type_lookup(type, interp.intern("__new__")), T(thread).object, object_new_method))
      return thread.raise(T(thread).TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
  }
  return Value::none();
}

Value object_getattribute_method(Thread& thread, Value self, const Value* args, size_t) {
  Value name = name_value(thread, args[0]);
  if (name.is_error()) return name;
  return is_type(thread, self) || has_type(self, T(thread).super) ? plain_get_attr(thread, self, name, true)
                                                                   : generic_get_attr(thread, self, name, true);
}

Value object_setattr_method(Thread& thread, Value self, const Value* args, size_t) {
  Value name = name_value(thread, args[0]);
  if (name.is_error()) return name;
  if (is_type(thread, self)) {
    if (!as_type(self)->is_heap_type)
      return thread.raise_format(T(thread).TypeError, "can't apply this __setattr__ to %s object", type_name(thread, self));
  }
  return generic_set_attr(thread, self, name, args[1]) ? Value::none() : Value::error();
}

Value object_delattr_method(Thread& thread, Value self, const Value* args, size_t) {
  Value name = name_value(thread, args[0]);
  if (name.is_error()) return name;
  return generic_set_attr(thread, self, name, Value()) ? Value::none() : Value::error();
}

Value object_repr_method(Thread& thread, Value self, const Value*, size_t) {
  Type* type = type_of(thread.interp(), self);
  char address[32];
  std::snprintf(address, sizeof address, "0x%llx", static_cast<unsigned long long>(self.bits()));
  std::string out = "<";
  if (type->module_name != "builtins") out += type->module_name + ".";
  out += (type->qualname.empty() ? type->name : type->qualname) + " object at " + address + ">";
  return str_value(thread, out);
}

Value object_str_method(Thread& thread, Value self, const Value*, size_t) { return repr(thread, self); }

Value object_hash_method(Thread& thread, Value self, const Value*, size_t) {
  return int_from_i64(thread, int64_t(self.bits() >> 4));
}

Value object_eq_method(Thread&, Value self, const Value* args, size_t) {
  return self == args[0] ? Value::true_() : Value::not_implemented();
}

Value object_ne_method(Thread& thread, Value self, const Value* args, size_t) {
  Value eq = compare(thread, CompareOp::Eq, self, args[0]);
  if (eq.is_error() || eq.is_not_implemented()) return eq;
  int t = truthy(thread, eq);
  return t < 0 ? Value::error() : Value::boolean(!t);
}

Value object_init_subclass_method(Thread& thread, Value, const Value* args, size_t) {
  if (!args[0].is_empty() && static_cast<DictObject*>(args[0].as_object())->used != 0) return thread.raise(T(thread).TypeError, "object.__init_subclass__() takes no keyword arguments");
  return Value::none();
}

Value object_format_method(Thread& thread, Value self, const Value* args, size_t) {
  if (!has_type(args[0], T(thread).str))
    return thread.raise_format(T(thread).TypeError, "__format__() argument must be str, not %s", type_name(thread, args[0]));
  if (!str_view(args[0]).empty())
    return thread.raise_format(T(thread).TypeError, "unsupported format string passed to %s.__format__",
                               type_name(thread, self));
  return to_str(thread, self);
}

Value object_subclasshook_method(Thread&, Value, const Value*, size_t) { return Value::not_implemented(); }

Value object_class_get(Thread& thread, Value self) { return to_value(type_of(thread.interp(), self)); }

bool object_class_set(Thread& thread, Value self, Value value) {
  if (value.is_empty()) {
    thread.raise(T(thread).TypeError, "can't delete __class__ attribute");
    return false;
  }
  if (!is_type(thread, value)) {
    thread.raise_format(T(thread).TypeError, "__class__ must be set to a class, not '%s' object", type_name(thread, value));
    return false;
  }
  Type* old_type = type_of(thread.interp(), self);
  Type* new_type = as_type(value);
  if (!old_type->is_heap_type || !new_type->is_heap_type) {
    thread.raise(T(thread).TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
    return false;
  }
  if (old_type->layout != new_type->layout || old_type->basic_size != new_type->basic_size ||
      old_type->dict_offset != new_type->dict_offset) {
    thread.raise_format(T(thread).TypeError, "__class__ assignment: '%s' object layout differs from '%s'",
                        new_type->name.c_str(), old_type->name.c_str());
    return false;
  }
  self.as_object()->type = new_type;
  return true;
}

const GetSetDef kObjectGetSets[] = {{"__class__", object_class_get, object_class_set}};

const NativeMethodDef kObjectMethods[] = {
    {"__new__(*args, **kwargs)", object_new_method},
    {"__init__(*args, **kwargs)", object_init_method},
    {"__getattribute__(name, /)", object_getattribute_method},
    {"__setattr__(name, value, /)", object_setattr_method},
    {"__delattr__(name, /)", object_delattr_method},
    {"__repr__()", object_repr_method},
    {"__str__()", object_str_method},
    {"__hash__()", object_hash_method},
    {"__eq__(value, /)", object_eq_method},
    {"__ne__(value, /)", object_ne_method},
    {"__format__(format_spec, /)", object_format_method},
};

const NativeMethodDef kObjectClassMethods[] = {
    {"__init_subclass__(**kwargs)", object_init_subclass_method},
    {"__subclasshook__(*args)", object_subclasshook_method},
};

// ---------------------------------------------------------------- type

// type.__new__(meta, name, bases, namespace, **kwargs)  (slots: kwargs, then positionals)
Value type_new_method(Thread& thread, Value self, const Value* args, size_t nargs) {
  if (!is_type(thread, self) || !is_subtype(as_type(self), T(thread).type))
    return thread.raise_format(T(thread).TypeError, "type.__new__(X): X is not a type object (%s)", type_name(thread, self));
  size_t npositional = nargs - 1;
  const Value* positional = args + 1;
  if (npositional == 1 && as_type(self) == T(thread).type) return to_value(type_of(thread.interp(), positional[0]));
  if (npositional != 3) return thread.raise(T(thread).TypeError, "type.__new__() takes exactly 3 arguments");
  std::vector<Value> values;
  std::vector<Value> names;
  if (!args[0].is_empty()) {
    auto* kwargs = static_cast<DictObject*>(args[0].as_object());
    for (const DictEntry& entry : kwargs->entries) {
      if (entry.key.is_empty()) continue;
      names.push_back(entry.key);
      values.push_back(entry.value);
    }
  }
  TupleObject* kwnames = names.empty() ? nullptr : tuple_from(thread, names.data(), names.size());
  return create_class(thread, as_type(self), positional[0], positional[1], positional[2], values.data(), kwnames);
}

Value type_init_method(Thread& thread, Value, const Value*, size_t nargs) {
  size_t npositional = nargs - 1;
  if (npositional != 1 && npositional != 3) return thread.raise(T(thread).TypeError, "type.__init__() takes 1 or 3 arguments");
  return Value::none();
}

Value type_call_method(Thread& thread, Value self, const Value* args, size_t nargs) {
  // Slots: kwargs, then positionals.
  if (!is_type(thread, self)) return thread.raise(T(thread).TypeError, "descriptor '__call__' requires a 'type' object");
  std::vector<Value> values(args + 1, args + nargs);
  std::vector<Value> names;
  if (!args[0].is_empty()) {
    auto* kwargs = static_cast<DictObject*>(args[0].as_object());
    for (const DictEntry& entry : kwargs->entries) {
      if (entry.key.is_empty()) continue;
      names.push_back(entry.key);
      values.push_back(entry.value);
    }
  }
  TupleObject* kwnames = names.empty() ? nullptr : tuple_from(thread, names.data(), names.size());
  return type_call(thread, as_type(self), values.data(), values.size(), kwnames);
}

Value type_mro_method(Thread& thread, Value self, const Value*, size_t) {
  Type* cls = as_type(self);
  ListObject* list = list_new(thread);
  for (Type* entry : cls->mro) list->items.push_back(to_value(entry));
  return to_value(list);
}

Value type_prepare_method(Thread& thread, Value, const Value*, size_t) { return to_value(dict_new(thread)); }

Value type_instancecheck_method(Thread& thread, Value self, const Value* args, size_t) {
  return Value::boolean(is_subtype(type_of(thread.interp(), args[0]), as_type(self)));
}

Value type_subclasscheck_method(Thread& thread, Value self, const Value* args, size_t) {
  if (!is_type(thread, args[0])) return thread.raise(T(thread).TypeError, "issubclass() arg 1 must be a class");
  return Value::boolean(is_subtype(as_type(args[0]), as_type(self)));
}

Value type_subclasses_method(Thread& thread, Value self, const Value*, size_t) {
  ListObject* list = list_new(thread);
  for (Type* subclass : as_type(self)->subclasses) list->items.push_back(to_value(subclass));
  return to_value(list);
}

Value type_getattribute_method(Thread& thread, Value self, const Value* args, size_t) {
  Value name = name_value(thread, args[0]);
  if (name.is_error()) return name;
  return plain_get_attr(thread, self, name, true);
}

Value type_setattr_method(Thread& thread, Value self, const Value* args, size_t) {
  Value name = name_value(thread, args[0]);
  if (name.is_error()) return name;
  return class_set_attr(thread, as_type(self), name, args[1]) ? Value::none() : Value::error();
}

Value type_delattr_method(Thread& thread, Value self, const Value* args, size_t) {
  Value name = name_value(thread, args[0]);
  if (name.is_error()) return name;
  return class_set_attr(thread, as_type(self), name, Value()) ? Value::none() : Value::error();
}

Value type_repr_method(Thread& thread, Value self, const Value*, size_t) {
  Type* cls = as_type(self);
  std::string out = "<class '";
  if (cls->module_name != "builtins") out += cls->module_name + ".";
  out += (cls->qualname.empty() ? cls->name : cls->qualname) + "'>";
  return str_value(thread, out);
}

const NativeMethodDef kTypeMethods[] = {
    {"__new__(*args, **kwargs)", type_new_method},
    {"__init__(*args, **kwargs)", type_init_method},
    {"__call__(*args, **kwargs)", type_call_method},
    {"mro()", type_mro_method},
    {"__instancecheck__(instance, /)", type_instancecheck_method},
    {"__subclasscheck__(subclass, /)", type_subclasscheck_method},
    {"__subclasses__()", type_subclasses_method},
    {"__getattribute__(name, /)", type_getattribute_method},
    {"__setattr__(name, value, /)", type_setattr_method},
    {"__delattr__(name, /)", type_delattr_method},
    {"__repr__()", type_repr_method},
};

const NativeMethodDef kTypeClassMethods[] = {
    {"__prepare__(*args, **kwargs)", type_prepare_method},
};

Value tuple_of_types(Thread& thread, const std::vector<Type*>& types) {
  TupleObject* tuple = tuple_new(thread, types.size());
  for (size_t i = 0; i < types.size(); ++i) tuple->items[i] = to_value(types[i]);
  return to_value(tuple);
}

bool require_heap_type(Thread& thread, Type* cls, const char* attribute, Value value) {
  if (value.is_empty()) {
    thread.raise_format(T(thread).TypeError, "cannot delete '%s' attribute of immutable type '%s'", attribute, cls->name.c_str());
    return false;
  }
  if (!cls->is_heap_type) {
    thread.raise_format(T(thread).TypeError, "cannot set '%s' attribute of immutable type '%s'", attribute, cls->name.c_str());
    return false;
  }
  return true;
}

const GetSetDef kTypeGetSets[] = {
    {"__name__", [](Thread& thread, Value self) { return str_value(thread, as_type(self)->name); },
     [](Thread& thread, Value self, Value value) {
       Type* cls = as_type(self);
       if (!require_heap_type(thread, cls, "__name__", value)) return false;
       if (!has_type(value, T(thread).str)) {
         thread.raise_format(T(thread).TypeError, "can only assign string to %s.__name__, not '%s'", cls->name.c_str(),
                             type_name(thread, value));
         return false;
       }
       cls->name = std::string(str_view(value));
       return true;
     }},
    {"__qualname__",
     [](Thread& thread, Value self) {
       Type* cls = as_type(self);
       return str_value(thread, cls->qualname.empty() ? cls->name : cls->qualname);
     },
     [](Thread& thread, Value self, Value value) {
       Type* cls = as_type(self);
       if (!require_heap_type(thread, cls, "__qualname__", value)) return false;
       if (!has_type(value, T(thread).str)) {
         thread.raise_format(T(thread).TypeError, "can only assign string to %s.__qualname__, not '%s'", cls->name.c_str(),
                             type_name(thread, value));
         return false;
       }
       cls->qualname = std::string(str_view(value));
       return true;
     }},
    {"__module__",
     [](Thread& thread, Value self) {
       Type* cls = as_type(self);
       if (cls->is_heap_type) {
         Value found = dict_get_str(cls->dict, thread.interp().intern("__module__"));
         if (found.is_empty()) return thread.raise(T(thread).AttributeError, "__module__");
         return found;
       }
       return str_value(thread, cls->module_name);
     },
     [](Thread& thread, Value self, Value value) {
       Type* cls = as_type(self);
       if (!require_heap_type(thread, cls, "__module__", value)) return false;
       if (has_type(value, T(thread).str)) cls->module_name = std::string(str_view(value));
       ++thread.interp().attribute_epoch;
       return dict_set(thread, cls->dict, thread.interp().intern("__module__"), value);
     }},
    {"__doc__",
     [](Thread& thread, Value self) {
       Type* cls = as_type(self);
       Value doc = dict_get_str(cls->dict, thread.interp().intern("__doc__"));
       if (doc.is_empty()) return Value::none();
       return descriptor_get(thread, doc, Value(), self);
     },
     [](Thread& thread, Value self, Value value) {
       Type* cls = as_type(self);
       if (!require_heap_type(thread, cls, "__doc__", value)) return false;
       ++thread.interp().attribute_epoch;
       return dict_set(thread, cls->dict, thread.interp().intern("__doc__"), value);
     }},
    {"__mro__", [](Thread& thread, Value self) { return tuple_of_types(thread, as_type(self)->mro); }},
    {"__bases__", [](Thread& thread, Value self) { return tuple_of_types(thread, as_type(self)->bases); }},
    {"__base__",
     [](Thread&, Value self) {
       Type* base = as_type(self)->base;
       return base != nullptr ? to_value(base) : Value::none();
     }},
    {"__dict__", [](Thread&, Value self) { return to_value(as_type(self)->dict); }},
    {"__basicsize__", [](Thread&, Value self) { return Value::small_int(as_type(self)->basic_size); }},
    {"__flags__", [](Thread&, Value self) { return Value::small_int(as_type(self)->is_heap_type ? 1 << 9 : 0); }},
};

// ---------------------------------------------------------------- isinstance / issubclass

int object_is_instance(Thread& thread, Value object, Value cls, int depth);
int class_is_subclass(Thread& thread, Value derived, Value cls, int depth);

int check_hook(Thread& thread, Value cls, const char* hook, Value argument) {
  Type* meta = type_of(thread.interp(), cls);
  Value method = type_lookup(meta, thread.interp().intern(hook));
  if (method.is_empty()) return -2;
  if (has_type(method, T(thread).builtin_function) && !static_cast<BuiltinFunctionObject*>(method.as_object())->owner->is_heap_type)
    return -2;
  Value args[2] = {cls, argument};
  Value result = call(thread, method, args, 2);
  if (result.is_error()) return -1;
  return truthy(thread, result);
}

// isinstance and issubclass share their walk: unions and tuples (recursively), then the
// metaclass hook (__instancecheck__/__subclasscheck__), then the plain check.
struct ClassCheck {
  const char* builtin;  // "isinstance"
  const char* hook;     // "__instancecheck__"
  int (*plain)(Thread& thread, Value subject, Type* cls);  // after the arguments are checked
  bool (*subject_ok)(Thread& thread, Value subject);       // issubclass: arg 1 must be a class
  const char* bad_subject;
  const char* bad_class;
};

int plain_is_instance(Thread& thread, Value object, Type* cls) {
  Type* object_type = type_of(thread.interp(), object);
  if (is_subtype(object_type, cls)) return 1;
  // An object may claim another class through __class__ (proxies, mocks).
  Value claimed = lookup_attr(thread, object, thread.interp().intern("__class__"));
  if (claimed.is_error()) return -1;
  if (is_type(thread, claimed) && as_type(claimed) != object_type) return is_subtype(as_type(claimed), cls);
  return 0;
}

int plain_is_subclass(Thread&, Value derived, Type* cls) { return is_subtype(as_type(derived), cls); }

const ClassCheck kInstanceCheck = {"isinstance", "__instancecheck__", plain_is_instance,
                                   [](Thread&, Value) { return true; }, nullptr,
                                   "isinstance() arg 2 must be a type, a tuple of types, or a union"};
const ClassCheck kSubclassCheck = {"issubclass", "__subclasscheck__", plain_is_subclass, is_type,
                                   "issubclass() arg 1 must be a class",
                                   "issubclass() arg 2 must be a class, a tuple of classes, or a union"};

int class_check(Thread& thread, const ClassCheck& check, Value subject, Value cls, int depth) {
  if (depth > thread.interp().recursion_limit) {
    thread.raise_format(T(thread).RecursionError, "maximum recursion depth exceeded in %s", check.hook);
    return -1;
  }
  if (&check == &kInstanceCheck && is_type(thread, cls) && type_of(thread.interp(), subject) == as_type(cls)) return 1;
  if (Value members = union_members(thread, cls, check.builtin); !members.is_empty()) {  // int | str
    if (members.is_error()) return -1;
    cls = members;
  }
  if (has_type(cls, T(thread).tuple)) {
    auto* tuple = static_cast<TupleObject*>(cls.as_object());
    for (size_t i = 0; i < tuple->size; ++i) {
      int r = class_check(thread, check, subject, tuple->items[i], depth + 1);
      if (r != 0) return r;
    }
    return 0;
  }
  if (cls.is_object()) {
    int hooked = check_hook(thread, cls, check.hook, subject);
    if (hooked != -2) return hooked;
  }
  if (!check.subject_ok(thread, subject)) {
    thread.raise(T(thread).TypeError, check.bad_subject);
    return -1;
  }
  if (!is_type(thread, cls)) {
    thread.raise(T(thread).TypeError, check.bad_class);
    return -1;
  }
  return check.plain(thread, subject, as_type(cls));
}

int object_is_instance(Thread& thread, Value object, Value cls, int depth) {
  return class_check(thread, kInstanceCheck, object, cls, depth);
}

int class_is_subclass(Thread& thread, Value derived, Value cls, int depth) {
  return class_check(thread, kSubclassCheck, derived, cls, depth);
}

Value builtin_isinstance(Thread& thread, Value, const Value* args, size_t) {
  int r = object_is_instance(thread, args[0], args[1], 0);
  return r < 0 ? Value::error() : Value::boolean(r);
}

Value builtin_issubclass(Thread& thread, Value, const Value* args, size_t) {
  int r = class_is_subclass(thread, args[0], args[1], 0);
  return r < 0 ? Value::error() : Value::boolean(r);
}

// __build_class__(func, name, /, *bases, **kwds): slots func, name, kwds, then the bases.
Value builtin_build_class(Thread& thread, Value, const Value* args, size_t nargs) {
  std::vector<Value> values{args[0], args[1]};
  values.insert(values.end(), args + 3, args + nargs);
  std::vector<Value> names;
  if (!args[2].is_empty()) {
    auto* kwargs = static_cast<DictObject*>(args[2].as_object());
    for (const DictEntry& entry : kwargs->entries) {
      if (entry.key.is_empty()) continue;
      names.push_back(entry.key);
      values.push_back(entry.value);
    }
  }
  TupleObject* kwnames = names.empty() ? nullptr : tuple_from(thread, names.data(), names.size());
  return build_class(thread, values.data(), values.size(), kwnames);
}

Value builtin_delattr(Thread& thread, Value, const Value* args, size_t) {
  Value name = args[1];
  if (!has_type(name, T(thread).str))
    return thread.raise_format(T(thread).TypeError, "attribute name must be string, not '%s'", type_name(thread, name));
  return del_attr(thread, args[0], thread.interp().intern(str_view(name))) ? Value::none() : Value::error();
}

const NativeMethodDef kObjectModelBuiltins[] = {
    {"delattr(obj, name, /)", builtin_delattr},
    {"isinstance(obj, class_or_tuple, /)", builtin_isinstance},
    {"issubclass(cls, class_or_tuple, /)", builtin_issubclass},
    {"__build_class__(func, name, /, *bases, **kwds)", builtin_build_class},
};

// Wraps each native method of `defs` found in the type's dict in a classmethod.
void make_class_methods(Interpreter& interp, Type* owner, const NativeMethodDef* defs, size_t count) {
  Thread& thread = interp.main_thread();
  define_native_methods(interp, owner->dict, owner, defs, count);
  for (size_t i = 0; i < count; ++i) {
    std::string_view signature = defs[i].signature;
    Value key = interp.intern(signature.substr(0, signature.find('(')));
    Value function = dict_get_str(owner->dict, key);
    auto* native = static_cast<BuiltinFunctionObject*>(function.as_object());
    native->owner = nullptr;  // called with the class bound as self by classmethod
    MethodWrapperObject* wrapper = thread.heap().make<MethodWrapperObject>(interp.types().classmethod);
    wrapper->function = function;
    dict_set(thread, owner->dict, key, to_value(wrapper));
  }
}

}  // namespace

Value type_call(Thread& thread, Type* cls, const Value* args, size_t nargs, TupleObject* kwnames) {
  NativeRootsScope roots(thread);
  const BuiltinTypes& types = T(thread);
  Interpreter& interp = thread.interp();
  size_t npositional = nargs - (kwnames != nullptr ? kwnames->size : 0);
  if (cls == types.type && npositional == 1 && nargs == 1) return to_value(type_of(interp, args[0]));
  if (!cls->is_heap_type && cls != types.type) return construct_builtin(thread, cls, args, nargs, kwnames);
  Value new_method = type_lookup(cls, interp.intern("__new__"));
  Value instance;
  if (is_native(thread, new_method, types.object, object_new_method) && cls->layout != Layout::Builtin) {
    bool init_overridden = !is_native(thread, type_lookup(cls, interp.intern("__init__")), types.object, object_init_method);
    if (nargs != 0 && !init_overridden) return thread.raise_format(types.TypeError, "%s() takes no arguments", cls->name.c_str());
    instance = allocate_instance(thread, cls, args, npositional);
  } else if (is_native(thread, new_method, types.type, type_new_method)) {
    if (npositional != 3) {
      if (cls == types.type) return thread.raise(types.TypeError, "type() takes 1 or 3 arguments");
      return thread.raise(types.TypeError, "type.__new__() takes exactly 3 arguments");
    }
    instance = create_class(thread, cls, args[0], args[1], args[2], args + 3, kwnames);
  } else {
    Value callee = descriptor_get(thread, new_method, Value(), to_value(cls));
    if (callee.is_error()) return callee;
    std::vector<Value> with_class(nargs + 1);
    with_class[0] = to_value(cls);
    for (size_t i = 0; i < nargs; ++i) with_class[i + 1] = args[i];
    thread.native_roots.push_back(callee);
    instance = call(thread, callee, with_class.data(), nargs + 1, kwnames);
  }
  if (instance.is_error()) return instance;
  Type* instance_type = type_of(interp, instance);
  if (!is_subtype(instance_type, cls)) return instance;
  Value init = type_lookup(instance_type, interp.intern("__init__"));
  if (init.is_empty() || is_native(thread, init, types.object, object_init_method) ||
      is_native(thread, init, types.type, type_init_method))
    return instance;
  if (has_type(init, types.builtin_function) &&
      static_cast<BuiltinFunctionObject*>(init.as_object())->owner == types.BaseException) {
    if (kwnames != nullptr && kwnames->size != 0)
      return thread.raise_format(types.TypeError, "%s() takes no keyword arguments", cls->name.c_str());
    return instance;
  }
  thread.native_roots.push_back(instance);
  std::vector<Value> with_self(nargs + 1);
  with_self[0] = instance;
  for (size_t i = 0; i < nargs; ++i) with_self[i + 1] = args[i];
  Value bound = descriptor_get(thread, init, instance, to_value(instance_type));
  Value result = bound.is_error() ? bound
                 : bound.bits() == init.bits() ? call(thread, init, with_self.data(), nargs + 1, kwnames)
                 : has_type(bound, types.method) || has_type(bound, types.builtin_function)
                     ? call(thread, init, with_self.data(), nargs + 1, kwnames)
                     : call(thread, bound, args, nargs, kwnames);
  if (result.is_error()) return result;
  if (!result.is_none())
    return thread.raise_format(types.TypeError, "__init__() should return None, not '%s'", type_name(thread, result));
  return instance;
}

void prune_subclass_lists(Interpreter& interp) {
  auto dead = [](Type* type) { return !gc::Heap::is_marked(type); };
  std::erase_if(interp.subclassed_types, dead);
  for (Type* type : interp.subclassed_types) std::erase_if(type->subclasses, dead);
  std::erase_if(interp.subclassed_types, [](Type* type) { return type->subclasses.empty(); });
}

void install_object_protocol(Interpreter& interp) {
  const BuiltinTypes& types = interp.types();
  define_native_methods(interp, types.object->dict, types.object, kObjectMethods);
  make_class_methods(interp, types.object, kObjectClassMethods, std::size(kObjectClassMethods));
  define_getsets(interp, types.object, kObjectGetSets);
  define_native_methods(interp, types.type->dict, types.type, kTypeMethods);
  make_class_methods(interp, types.type, kTypeClassMethods, std::size(kTypeClassMethods));
  define_getsets(interp, types.type, kTypeGetSets);
  define_native_methods(interp, interp.builtins(), nullptr, kObjectModelBuiltins);
}

}  // namespace pyxis
