// __annotations__ and __type_params__ of functions: stored by SET_FUNCTION_ATTRIBUTE after
// MAKE_FUNCTION, read and replaced through attribute access.
#include "vm/annotations.h"

#include "objects/dict_object.h"
#include "objects/function_object.h"
#include "objects/tuple_object.h"
#include "vm/interpreter.h"

namespace pyxis {

void set_function_attribute(FunctionObject* function, Value value, uint32_t kind) {
  if (kind == kFunctionAnnotations) function->annotations = static_cast<DictObject*>(value.as_object());
  else if (kind == kFunctionTypeParams) function->type_params = value;
}

Value function_scope_attribute(Thread& thread, FunctionObject* function, std::string_view name) {
  if (name == "__annotations__") {
    if (function->annotations == nullptr) function->annotations = dict_new(thread);
    return to_value(function->annotations);
  }
  if (name == "__type_params__")
    return function->type_params.is_empty() ? to_value(tuple_new(thread, 0)) : function->type_params;
  return Value();
}

int set_function_scope_attribute(Thread& thread, FunctionObject* function, std::string_view name, Value value) {
  if (name == "__annotations__") {
    if (value.is_none()) {
      function->annotations = nullptr;
      return 1;
    }
    if (!value.is_object() || value.as_object()->type != thread.types().dict) {
      thread.raise(thread.types().TypeError, "__annotations__ must be set to a dict object");
      return -1;
    }
    function->annotations = static_cast<DictObject*>(value.as_object());
    return 1;
  }
  if (name == "__type_params__") {
    if (!value.is_object() || value.as_object()->type != thread.types().tuple) {
      thread.raise(thread.types().TypeError, "__type_params__ must be set to a tuple");
      return -1;
    }
    function->type_params = value;
    return 1;
  }
  return 0;
}

}  // namespace pyxis
