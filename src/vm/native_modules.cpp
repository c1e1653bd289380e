// The table of native modules and what creating one takes: a module object whose namespace
// the module's init function fills, registered in sys.modules before the init runs.
#include "vm/native_modules.h"

#include <memory>
#include <string>

#include "objects/arg_parser.h"
#include "objects/dict_object.h"
#include "objects/module_object.h"
#include "vm/interpreter.h"
#include "vm/run.h"

namespace pyxis {

namespace {

// Add a line here for each new native module (its init function is declared in the header).
const NativeModuleDef kNativeModules[] = {
    {"_io", init_io_module},
    {"_weakref", init_weakref_module},
    {"gc", init_gc_module},
};

const NativeModuleDef* find_native_module(std::string_view name) {
  for (const NativeModuleDef& def : kNativeModules)
    if (name == def.name) return &def;
  return nullptr;
}

}  // namespace

bool is_native_module_name(std::string_view name) { return find_native_module(name) != nullptr; }

Value import_native_module(Thread& thread, std::string_view name) {
  const NativeModuleDef* def = find_native_module(name);
  if (def == nullptr) return Value();
  Interpreter& interp = thread.interp();
  Value key = interp.intern(name);
  DictObject* globals = new_module_namespace(thread, name);
  ModuleObject* module = thread.heap().make<ModuleObject>(interp.types().module);
  module->dict = globals;
  Value module_value = to_value(module);
  if (!dict_set(thread, interp.modules(), key, module_value)) return Value::error();
  if (!def->init(thread, globals)) {
    Value pending = thread.take_pending();
    dict_delete(thread, interp.modules(), key);
    return thread.raise_value(pending);
  }
  return module_value;
}

void define_native_functions(Thread& thread, DictObject* where, const NativeFunctionDef* defs, size_t count,
                             Type* owner, const char* module_name) {
  Interpreter& interp = thread.interp();
  for (size_t i = 0; i < count; ++i) {
    interp.signatures.push_back(std::make_unique<ParsedSignature>(parse_signature(defs[i].signature)));
    ParsedSignature* signature = interp.signatures.back().get();
    if (owner != nullptr) signature->qualified_name = owner->name + "." + signature->name;
    else if (module_name != nullptr) signature->qualified_name = std::string(module_name) + "." + signature->name;
    BuiltinFunctionObject* function = thread.heap().make<BuiltinFunctionObject>(interp.types().builtin_function);
    function->name = signature->name.c_str();
    function->function = defs[i].function;
    function->signature = signature;
    function->owner = owner;
    dict_set(thread, where, interp.intern(signature->name), to_value(function));
  }
}

Type* make_native_type(Thread& thread, const char* name, const char* module_name, Type* base, TraceFn trace,
                       Layout layout, bool allow_subclassing) {
  Interpreter& interp = thread.interp();
  Type* type = thread.heap().make<Type>(interp.types().type);
  type->name = name;
  type->module_name = module_name;
  type->base = base;
  type->bases.push_back(base);
  type->trace = trace;
  type->layout = layout;
  type->allow_subclassing = allow_subclassing;
  type->dict = dict_new(thread);
  compute_mro(thread, type);
  return type;
}

}  // namespace pyxis
