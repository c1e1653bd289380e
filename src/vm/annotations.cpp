// __annotations__ and __type_params__ of functions: stored by SET_FUNCTION_ATTRIBUTE after
// MAKE_FUNCTION, read and replaced through getset descriptors on the function type.
#include "vm/annotations.h"

#include "objects/dict_object.h"
#include "objects/function_object.h"
#include "objects/module_object.h"
#include "objects/native_method.h"
#include "objects/tuple_object.h"
#include "vm/interpreter.h"

namespace pyxis {

namespace {

FunctionObject* as_function(Value v) { return static_cast<FunctionObject*>(v.as_object()); }

const GetSetDef kFunctionAnnotationGetSets[] = {
    {"__annotations__",
     [](Thread& thread, Value self) {
       FunctionObject* function = as_function(self);
       if (function->annotations == nullptr) function->annotations = dict_new(thread);
       return to_value(function->annotations);
     },
     [](Thread& thread, Value self, Value value) {
       if (value.is_empty() || value.is_none()) {
         as_function(self)->annotations = nullptr;
         return true;
       }
       if (!value.is_object() || value.as_object()->type != thread.types().dict) {
         thread.raise(thread.types().TypeError, "__annotations__ must be set to a dict object");
         return false;
       }
       as_function(self)->annotations = static_cast<DictObject*>(value.as_object());
       return true;
     }},
    {"__type_params__",
     [](Thread& thread, Value self) {
       Value params = as_function(self)->type_params;
       return params.is_empty() ? to_value(tuple_new(thread, 0)) : params;
     },
     [](Thread& thread, Value self, Value value) {
       if (value.is_empty() || !value.is_object() || value.as_object()->type != thread.types().tuple) {
         thread.raise(thread.types().TypeError, "__type_params__ must be set to a tuple");
         return false;
       }
       as_function(self)->type_params = value;
       return true;
     }},
};

Type* as_type(Value v) { return static_cast<Type*>(v.as_object()); }

bool require_heap_type(Thread& thread, Type* cls, const char* name) {
  if (cls->is_heap_type) return true;
  thread.raise_format(thread.types().TypeError, "cannot set '%s' attribute of immutable type '%s'", name, cls->name.c_str());
  return false;
}

// A class's own __annotations__ and __type_params__ (never a base's), as type's getsets.
const GetSetDef kTypeAnnotationGetSets[] = {
    {"__annotations__",
     [](Thread& thread, Value self) {
       Type* cls = as_type(self);
       Value key = thread.interp().intern("__annotations__");
       Value found = dict_get_str(cls->dict, key);
       if (!found.is_empty()) return found;
       if (!cls->is_heap_type)
         return thread.raise_format(thread.types().AttributeError, "type object '%s' has no attribute '__annotations__'",
                                    cls->name.c_str());
       Value made = to_value(dict_new(thread));
       if (!dict_set(thread, cls->dict, key, made)) return Value::error();
       ++cls->version;
       return made;
     },
     [](Thread& thread, Value self, Value value) {
       Type* cls = as_type(self);
       if (!require_heap_type(thread, cls, "__annotations__")) return false;
       Value key = thread.interp().intern("__annotations__");
       ++cls->version;
       if (!value.is_empty()) return dict_set(thread, cls->dict, key, value);
       int deleted = dict_delete(thread, cls->dict, key);
       if (deleted == 0) thread.raise(thread.types().AttributeError, "__annotations__");
       return deleted > 0;
     }},
    {"__type_params__",
     [](Thread& thread, Value self) {
       Value found = dict_get_str(as_type(self)->dict, thread.interp().intern("__type_params__"));
       return found.is_empty() ? to_value(tuple_new(thread, 0)) : found;
     },
     [](Thread& thread, Value self, Value value) {
       Type* cls = as_type(self);
       if (!require_heap_type(thread, cls, "__type_params__")) return false;
       ++cls->version;
       Value key = thread.interp().intern("__type_params__");
       if (!value.is_empty()) return dict_set(thread, cls->dict, key, value);
       return dict_delete(thread, cls->dict, key) >= 0;
     }},
};

// A module's __annotations__: its namespace entry, made empty on first access.
const GetSetDef kModuleAnnotationGetSets[] = {
    {"__annotations__",
     [](Thread& thread, Value self) {
       DictObject* dict = static_cast<ModuleObject*>(self.as_object())->dict;
       Value key = thread.interp().intern("__annotations__");
       Value found = dict_get_str(dict, key);
       if (!found.is_empty()) return found;
       Value made = to_value(dict_new(thread));
       if (!dict_set(thread, dict, key, made)) return Value::error();
       return made;
     },
     [](Thread& thread, Value self, Value value) {
       DictObject* dict = static_cast<ModuleObject*>(self.as_object())->dict;
       Value key = thread.interp().intern("__annotations__");
       if (!value.is_empty()) return dict_set(thread, dict, key, value);
       int deleted = dict_delete(thread, dict, key);
       if (deleted == 0) thread.raise(thread.types().AttributeError, "__annotations__");
       return deleted > 0;
     }},
};

}  // namespace

void set_function_attribute(FunctionObject* function, Value value, uint32_t kind) {
  if (kind == kFunctionAnnotations) function->annotations = static_cast<DictObject*>(value.as_object());
  else if (kind == kFunctionTypeParams) function->type_params = value;
}

void install_function_annotation_attributes(Interpreter& interp) {
  define_getsets(interp, interp.types().function, kFunctionAnnotationGetSets);
  define_getsets(interp, interp.types().type, kTypeAnnotationGetSets);
  define_getsets(interp, interp.types().module, kModuleAnnotationGetSets);
}

}  // namespace pyxis
