// Turning const tables of native methods and getset definitions into objects in a type's or
// module's dict.
#include "objects/native_method.h"

#include <memory>

#include "objects/arg_parser.h"
#include "objects/dict_object.h"
#include "objects/str_object.h"
#include "vm/interpreter.h"

namespace pyxis {

void define_native_methods(Interpreter& interp, DictObject* where, Type* owner, const NativeMethodDef* defs,
                           size_t count) {
  Thread& thread = interp.main_thread();
  for (size_t i = 0; i < count; ++i) {
    interp.signatures.push_back(std::make_unique<ParsedSignature>(parse_signature(defs[i].signature)));
    ParsedSignature* signature = interp.signatures.back().get();
    if (owner != nullptr) signature->qualified_name = owner->name + "." + signature->name;
    BuiltinFunctionObject* function = thread.heap().make<BuiltinFunctionObject>(interp.types().builtin_function);
    function->name = signature->name.c_str();
    function->function = defs[i].function;
    function->signature = signature;
    function->self = Value();
    function->owner = owner;
    dict_set(thread, where, interp.intern(signature->name), to_value(function));
  }
}

void define_getsets(Interpreter& interp, Type* owner, const GetSetDef* defs, size_t count) {
  Thread& thread = interp.main_thread();
  for (size_t i = 0; i < count; ++i) {
    GetSetDescriptorObject* descriptor = thread.heap().make<GetSetDescriptorObject>(interp.types().getset_descriptor);
    descriptor->def = &defs[i];
    descriptor->owner = owner;
    dict_set(thread, owner->dict, interp.intern(defs[i].name), to_value(descriptor));
  }
}

}  // namespace pyxis
