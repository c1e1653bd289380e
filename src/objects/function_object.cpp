// Code, function, bound-method and builtin-function objects: their tracing and destruction.
#include "objects/function_object.h"

#include "gc/heap.h"
#include "objects/dict_object.h"
#include "objects/tuple_object.h"

namespace pyxis {

void trace_code(Object* object, gc::Tracer& tracer) {
  auto* code = static_cast<CodeObject*>(object);
  for (Value v : code->constants) tracer.visit(v);
  for (Value v : code->names) tracer.visit(v);
  for (Value v : code->local_names) tracer.visit(v);
  for (Value v : code->free_names) tracer.visit(v);
  for (const CodeObject::HiddenLocal& hidden : code->hidden_locals) tracer.visit(hidden.name);
  tracer.visit(code->name);
  tracer.visit(code->qualname);
  tracer.visit(code->filename);
  tracer.visit(code->doc);
}

void destroy_code(Object* object) { static_cast<CodeObject*>(object)->~CodeObject(); }

void trace_function(Object* object, gc::Tracer& tracer) {
  auto* function = static_cast<FunctionObject*>(object);
  tracer.visit(function->code);
  tracer.visit(function->globals);
  tracer.visit(function->name);
  tracer.visit(function->qualname);
  tracer.visit(function->module);
  tracer.visit(function->defaults);
  tracer.visit(function->keyword_defaults);
  tracer.visit(function->dict);
  tracer.visit(function->closure);
  tracer.visit(function->annotations);
  tracer.visit(function->type_params);
  tracer.visit(function->doc);
}

void trace_generator(Object* object, gc::Tracer& tracer) {
  auto* generator = static_cast<GeneratorObject*>(object);
  tracer.visit(generator->function);
  for (Value v : generator->registers) tracer.visit(v);
  tracer.visit(generator->delegate);
  tracer.visit(generator->handled);
  tracer.visit(generator->caller_handled);
}

void destroy_generator(Object* object) { static_cast<GeneratorObject*>(object)->~GeneratorObject(); }

void trace_cell(Object* object, gc::Tracer& tracer) { tracer.visit(static_cast<CellObject*>(object)->value); }

void trace_bound_method(Object* object, gc::Tracer& tracer) {
  auto* method = static_cast<BoundMethodObject*>(object);
  tracer.visit(method->function);
  tracer.visit(method->self);
}

void trace_builtin_function(Object* object, gc::Tracer& tracer) {
  tracer.visit(static_cast<BuiltinFunctionObject*>(object)->self);
  tracer.visit(reinterpret_cast<Object*>(static_cast<BuiltinFunctionObject*>(object)->owner));
}

}  // namespace pyxis
