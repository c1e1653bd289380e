// __annotations__ and __type_params__ of functions: stored by SET_FUNCTION_ATTRIBUTE after
// MAKE_FUNCTION, read and replaced through getset descriptors on the function type.
#include "vm/annotations.h"

#include "objects/dict_object.h"
#include "objects/function_object.h"
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

}  // namespace

void set_function_attribute(FunctionObject* function, Value value, uint32_t kind) {
  if (kind == kFunctionAnnotations) function->annotations = static_cast<DictObject*>(value.as_object());
  else if (kind == kFunctionTypeParams) function->type_params = value;
}

void install_function_annotation_attributes(Interpreter& interp) {
  define_getsets(interp, interp.types().function, kFunctionAnnotationGetSets);
}

}  // namespace pyxis
