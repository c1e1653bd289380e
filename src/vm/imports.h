// What import statements and __import__ do on top of loading a module (vm/modules.cpp):
// relative names, the module a statement binds, `from m import name` and `import *`, and
// CPython's messages for missing names (circular imports included).
#pragma once

#include <string_view>

#include "objects/value.h"

namespace pyxis {

class Interpreter;
class Thread;
struct DictObject;

// IMPORT_NAME: imports `name` (relative to the package of `globals` when level > 0) and
// returns what the statement works with: the top-level package for `import a.b`
// (`bind_top`), the named module itself otherwise.
Value import_for_statement(Thread& thread, Value name, DictObject* globals, bool bind_top, int level);

// IMPORT_FROM: `from module import name`: the attribute, or the submodule of that name
// (imported when needed); ImportError as CPython words it otherwise.
Value import_from(Thread& thread, Value module, Value name);

// `from module import *` into `locals`: the names of `__all__`, else the public names.
bool import_star(Thread& thread, Value module, Value locals);

// get_attr's error for a missing module attribute (after PEP 562's __getattr__): the
// circular-import messages for modules still being initialised, or AttributeError.
Value module_missing_attribute(Thread& thread, Value module, Value name);

// Registers the __import__ builtin.
void install_import_builtins(Interpreter& interp);

}  // namespace pyxis
