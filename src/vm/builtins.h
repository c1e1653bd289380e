// The builtins module and the methods of builtin types, declared in const tables with
// signature strings; plus construction of builtin types (int(...), list(...) ...).
#pragma once

#include <cstddef>
#include <string_view>

#include "objects/value.h"

namespace pyxis {

class Interpreter;
class Thread;
struct BuiltinFunctionObject;
struct TupleObject;
struct Type;

void install_builtins(Interpreter& interp);
// The sys module (vm/modules.cpp), registered in the interpreter's modules.
void install_sys_module(Interpreter& interp);
// `import name` (dotted) / `from . import`: the module object, loading it from sys.path if
// needed. Returns error() with ModuleNotFoundError / the module's own exception pending.
Value import_module(Thread& thread, std::string_view dotted_name);
Value call_builtin_function(Thread& thread, BuiltinFunctionObject* function, const Value* args, size_t nargs,
                            TupleObject* kwnames);
// Construction of an instance of a builtin type (int(...), list(...) ...), no subclasses.
Value construct_builtin(Thread& thread, Type* type, const Value* args, size_t nargs, TupleObject* kwnames);
// type(...) for a builtin or Python class: creates and initialises an instance.
Value call_type(Thread& thread, Type* type, const Value* args, size_t nargs, TupleObject* kwnames);

}  // namespace pyxis
