// The computed attributes (getset descriptors) of the core builtin types: functions, bound
// methods, builtin functions, modules, code objects, cells and ranges (exceptions: objects/exception_object.cpp).
#include <string>

#include "objects/dict_object.h"
#include "objects/function_object.h"
#include "objects/int_object.h"
#include "objects/module_object.h"
#include "objects/native_method.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/type_slots.h"
#include "vm/attributes.h"
#include "vm/core_attributes.h"
#include "vm/interpreter.h"
#include "vm/operations.h"

namespace pyxis {

namespace {

const BuiltinTypes& T(Thread& thread) { return thread.types(); }
bool has_type(Value v, const Type* type) { return v.is_object() && v.as_object()->type == type; }
FunctionObject* as_function(Value v) { return static_cast<FunctionObject*>(v.as_object()); }
BoundMethodObject* as_method(Value v) { return static_cast<BoundMethodObject*>(v.as_object()); }
BuiltinFunctionObject* as_builtin(Value v) { return static_cast<BuiltinFunctionObject*>(v.as_object()); }
Value or_none(Value v) { return v.is_empty() ? Value::none() : v; }

bool require_str(Thread& thread, Value value, const char* attribute) {
  if (has_type(value, T(thread).str)) return true;
  thread.raise_format(T(thread).TypeError, "%s must be set to a string object", attribute);
  return false;
}

Value instance_dict_value(Thread& thread, Value self) {
  DictObject* dict = instance_dict(thread, self, true);
  return dict != nullptr ? to_value(dict) : Value::error();
}

bool instance_dict_assign(Thread& thread, Value self, Value value) {
  if (value.is_empty() || !value.is_object() || !is_subtype(value.as_object()->type, T(thread).dict)) {
    thread.raise(T(thread).TypeError, "__dict__ must be set to a dictionary");
    return false;
  }
  *instance_dict_slot(thread, self) = static_cast<DictObject*>(value.as_object());
  return true;
}

// ---------------------------------------------------------------- functions

const GetSetDef kFunctionGetSets[] = {
    {"__name__", [](Thread&, Value self) { return as_function(self)->name; },
     [](Thread& thread, Value self, Value value) {
       if (value.is_empty() || !require_str(thread, value, "__name__")) {
         if (value.is_empty()) thread.raise(T(thread).TypeError, "__name__ must be set to a string object");
         return false;
       }
       as_function(self)->name = value;
       return true;
     }},
    {"__qualname__", [](Thread&, Value self) { return as_function(self)->qualname; },
     [](Thread& thread, Value self, Value value) {
       if (value.is_empty() || !require_str(thread, value, "__qualname__")) {
         if (value.is_empty()) thread.raise(T(thread).TypeError, "__qualname__ must be set to a string object");
         return false;
       }
       as_function(self)->qualname = value;
       return true;
     }},
    {"__module__", [](Thread&, Value self) { return or_none(as_function(self)->module); },
     [](Thread&, Value self, Value value) {
       as_function(self)->module = or_none(value);
       return true;
     }},
    {"__doc__", [](Thread&, Value self) { return or_none(as_function(self)->doc); },
     [](Thread&, Value self, Value value) {
       as_function(self)->doc = or_none(value);
       return true;
     }},
    {"__defaults__",
     [](Thread&, Value self) {
       TupleObject* defaults = as_function(self)->defaults;
       return defaults != nullptr ? to_value(defaults) : Value::none();
     },
     [](Thread& thread, Value self, Value value) {
       if (value.is_empty() || value.is_none()) {
         as_function(self)->defaults = nullptr;
         return true;
       }
       if (!has_type(value, T(thread).tuple)) {
         thread.raise(T(thread).TypeError, "__defaults__ must be set to a tuple object");
         return false;
       }
       as_function(self)->defaults = static_cast<TupleObject*>(value.as_object());
       return true;
     }},
    {"__kwdefaults__",
     [](Thread&, Value self) {
       DictObject* defaults = as_function(self)->keyword_defaults;
       return defaults != nullptr ? to_value(defaults) : Value::none();
     },
     [](Thread& thread, Value self, Value value) {
       if (value.is_empty() || value.is_none()) {
         as_function(self)->keyword_defaults = nullptr;
         return true;
       }
       if (!has_type(value, T(thread).dict)) {
         thread.raise(T(thread).TypeError, "__kwdefaults__ must be set to a dict object");
         return false;
       }
       as_function(self)->keyword_defaults = static_cast<DictObject*>(value.as_object());
       return true;
     }},
    {"__code__", [](Thread&, Value self) { return to_value(as_function(self)->code); }},
    {"__globals__", [](Thread&, Value self) { return to_value(as_function(self)->globals); }},
    {"__builtins__", [](Thread& thread, Value) { return to_value(thread.interp().builtins()); }},
    {"__closure__",
     [](Thread&, Value self) {
       TupleObject* closure = as_function(self)->closure;
       return closure != nullptr ? to_value(closure) : Value::none();
     }},
    {"__dict__", instance_dict_value, instance_dict_assign},
};

// Bound methods show the function's attributes (__name__, __doc__ ...) as their own.
Value method_get_attr(Thread& thread, Value self, Value name) {
  return lookup_attr(thread, as_method(self)->function, name);
}

const GetSetDef kMethodGetSets[] = {
    {"__self__", [](Thread&, Value self) { return as_method(self)->self; }},
    {"__func__", [](Thread&, Value self) { return as_method(self)->function; }},
    {"__doc__",
     [](Thread& thread, Value self) {
       Value doc = lookup_attr(thread, as_method(self)->function, thread.interp().intern("__doc__"));
       return doc.is_empty() ? Value::none() : doc;
     }},
};

const GetSetDef kBuiltinFunctionGetSets[] = {
    {"__name__", [](Thread& thread, Value self) { return str_value(thread, as_builtin(self)->name); }},
    {"__qualname__",
     [](Thread& thread, Value self) {
       BuiltinFunctionObject* function = as_builtin(self);
       if (function->owner == nullptr) return str_value(thread, function->name);
       return str_value(thread, function->owner->name + "." + function->name);
     }},
    {"__self__",
     [](Thread& thread, Value self) {
       Value bound = as_builtin(self)->self;
       if (bound.is_empty()) {
         Value builtins_module = dict_get_str(thread.interp().modules(), thread.interp().intern("builtins"));
         return builtins_module.is_empty() ? Value::none() : builtins_module;
       }
       return bound;
     }},
    {"__module__",
     [](Thread& thread, Value self) {
       return as_builtin(self)->owner == nullptr && as_builtin(self)->self.is_empty() ? str_value(thread, "builtins")
                                                                                     : Value::none();
     }},
    {"__doc__", [](Thread&, Value) { return Value::none(); }},
    {"__text_signature__", [](Thread&, Value) { return Value::none(); }},
};

// ---------------------------------------------------------------- modules, code, cells, ranges

const GetSetDef kModuleGetSets[] = {
    {"__dict__", [](Thread&, Value self) { return to_value(static_cast<ModuleObject*>(self.as_object())->dict); }},
};

const GetSetDef kCodeGetSets[] = {
    {"co_name", [](Thread&, Value self) { return static_cast<CodeObject*>(self.as_object())->name; }},
    {"co_qualname", [](Thread&, Value self) { return static_cast<CodeObject*>(self.as_object())->qualname; }},
    {"co_filename", [](Thread&, Value self) { return static_cast<CodeObject*>(self.as_object())->filename; }},
    {"co_firstlineno", [](Thread&, Value self) { return Value::small_int(static_cast<CodeObject*>(self.as_object())->first_line); }},
    {"co_argcount", [](Thread&, Value self) { return Value::small_int(static_cast<CodeObject*>(self.as_object())->positional_count); }},
    {"co_posonlyargcount",
     [](Thread&, Value self) { return Value::small_int(static_cast<CodeObject*>(self.as_object())->positional_only_count); }},
    {"co_kwonlyargcount",
     [](Thread&, Value self) { return Value::small_int(static_cast<CodeObject*>(self.as_object())->keyword_only_count); }},
    {"co_varnames",
     [](Thread& thread, Value self) {
       auto* code = static_cast<CodeObject*>(self.as_object());
       return to_value(tuple_from(thread, code->local_names.data(), code->local_names.size()));
     }},
    {"co_freevars",
     [](Thread& thread, Value self) {
       auto* code = static_cast<CodeObject*>(self.as_object());
       return to_value(tuple_from(thread, code->free_names.data(), code->free_names.size()));
     }},
    {"co_flags",
     [](Thread&, Value self) {
       // CPython's flag bits: OPTIMIZED|NEWLOCALS, VARARGS 4, VARKEYWORDS 8, GENERATOR 0x20.
       uint32_t flags = static_cast<CodeObject*>(self.as_object())->flags;
       int64_t bits = (flags & code_flag::kUsesLocalsDict) ? 0 : 3;
       if (flags & code_flag::kVarArgs) bits |= 4;
       if (flags & code_flag::kVarKeywords) bits |= 8;
       if (flags & code_flag::kCoroutine) bits |= 0x80;  // COROUTINE
       else if (flags & code_flag::kAsyncGenerator) bits |= 0x200;  // ASYNC_GENERATOR
       else if (flags & code_flag::kGenerator) bits |= 0x20;
       return Value::small_int(bits);
     }},
};

const GetSetDef kCellGetSets[] = {
    {"cell_contents",
     [](Thread& thread, Value self) {
       Value value = static_cast<CellObject*>(self.as_object())->value;
       if (value.is_empty()) return thread.raise(T(thread).ValueError, "Cell is empty");
       return value;
     },
     [](Thread&, Value self, Value value) {
       static_cast<CellObject*>(self.as_object())->value = value;
       return true;
     }},
};

const GetSetDef kRangeGetSets[] = {
    {"start", [](Thread& thread, Value self) { return int_from_i64(thread, static_cast<RangeObject*>(self.as_object())->start); }},
    {"stop", [](Thread& thread, Value self) { return int_from_i64(thread, static_cast<RangeObject*>(self.as_object())->stop); }},
    {"step", [](Thread& thread, Value self) { return int_from_i64(thread, static_cast<RangeObject*>(self.as_object())->step); }},
};

const TypeSlots kMethodSlots = {.get_attr = method_get_attr};

}  // namespace

void install_core_attributes(Interpreter& interp) {
  const BuiltinTypes& types = interp.types();
  define_getsets(interp, types.function, kFunctionGetSets);
  define_getsets(interp, types.method, kMethodGetSets);
  types.method->slots = &kMethodSlots;
  define_getsets(interp, types.builtin_function, kBuiltinFunctionGetSets);
  define_getsets(interp, types.module, kModuleGetSets);
  define_getsets(interp, types.code, kCodeGetSets);
  define_getsets(interp, types.cell, kCellGetSets);
  define_getsets(interp, types.range, kRangeGetSets);
}

}  // namespace pyxis
