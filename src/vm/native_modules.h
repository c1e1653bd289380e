// Native modules: modules written in C++ (as CPython writes some in C), importable by name
// before sys.path is searched. One table (native_modules.cpp) maps each name to the function
// that fills the new module's namespace; define_native_functions declares its functions.
#pragma once

#include <cstddef>
#include <string_view>

#include "objects/function_object.h"
#include "objects/type_object.h"

namespace pyxis {

class Thread;
struct DictObject;
struct Type;

// Fills a new module's namespace (__name__ is set already). False with an exception pending.
using NativeModuleInit = bool (*)(Thread& thread, DictObject* module_dict);

struct NativeModuleDef {
  const char* name;
  NativeModuleInit init;
};

// A native function given by its Python-like signature ("collect(generation=2)").
struct NativeFunctionDef {
  const char* signature;
  NativeFunction function;
};

// Registered native module `name`, created and put in sys.modules on first use; empty (no
// exception) when no native module has that name; error() when its init failed.
Value import_native_module(Thread& thread, std::string_view name);
bool is_native_module_name(std::string_view name);

// Defines builtin functions into `where`: a type's dict (`owner` being that type: the
// functions are its methods) or a module's namespace (`module_name` qualifies the names in
// the messages CPython qualifies: "gc.enable() takes no arguments (1 given)").
void define_native_functions(Thread& thread, DictObject* where, const NativeFunctionDef* defs, size_t count,
                             Type* owner, const char* module_name = nullptr);
template <size_t N>
void define_native_functions(Thread& thread, DictObject* where, const NativeFunctionDef (&defs)[N], Type* owner,
                             const char* module_name = nullptr) {
  define_native_functions(thread, where, defs, N, owner, module_name);
}

// A new builtin type made by a native module (not a heap type: immutable from Python). Its
// protocols are the TypeSlots the module sets on it; its methods go into its dict.
Type* make_native_type(Thread& thread, const char* name, const char* module_name, Type* base, TraceFn trace,
                       Layout layout, bool allow_subclassing);

// The init functions of the modules in the table (src/modules/*.cpp).
bool init_gc_module(Thread& thread, DictObject* module_dict);
bool init_weakref_module(Thread& thread, DictObject* module_dict);
bool init_io_module(Thread& thread, DictObject* module_dict);
// Defines builtins.open (the same function as _io.open), at start-up.
void install_io_builtins(Thread& thread, DictObject* builtins);

}  // namespace pyxis
