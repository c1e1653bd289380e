// Installs native method tables into builtin types' dicts (see method_table.h).
#include "objects/method_table.h"

#include <memory>

#include "objects/arg_parser.h"
#include "objects/descriptor_object.h"
#include "objects/dict_object.h"
#include "vm/interpreter.h"

namespace pyxis {

void install_native_methods(Interpreter& interp, Type* owner, const NativeMethodSpec* specs, size_t count) {
  Thread& thread = interp.main_thread();
  for (size_t i = 0; i < count; ++i) {
    interp.signatures.push_back(std::make_unique<ParsedSignature>(parse_signature(specs[i].signature)));
    ParsedSignature* signature = interp.signatures.back().get();
    signature->qualified_name = owner->name + "." + signature->name;
    BuiltinFunctionObject* function = thread.heap().make<BuiltinFunctionObject>(interp.types().builtin_function);
    function->name = signature->name.c_str();
    function->function = specs[i].function;
    function->signature = signature;
    function->self = Value();
    Value installed = to_value(function);
    if (specs[i].kind == NativeKind::Method) {
      function->owner = owner;
    } else {
      // classmethod / staticmethod objects around a plain builtin function.
      function->owner = nullptr;
      MethodWrapperObject* wrapper = thread.heap().make<MethodWrapperObject>(
          specs[i].kind == NativeKind::ClassMethod ? interp.types().classmethod : interp.types().staticmethod);
      wrapper->function = installed;
      wrapper->dict = nullptr;
      installed = to_value(wrapper);
    }
    dict_set(thread, owner->dict, interp.intern(signature->name), installed);
  }
}

}  // namespace pyxis
