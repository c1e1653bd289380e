// Code generation: the AST and its symbol table in, a tree of register-bytecode code
// objects out (docs/runtime.md section 6). Constructs not supported yet raise SystemError
// at compile time rather than running wrongly.
#pragma once

#include <string_view>

#include "compiler/symtable.h"
#include "frontend/ast.h"
#include "objects/value.h"

namespace pyxis {
class Thread;
struct CodeObject;
}  // namespace pyxis

namespace pyxis::compiler {

// Compiles a module (ast::Module) whose symbol table is `table`. Returns the module's code
// object, or nullptr with an exception pending on the thread.
CodeObject* generate_module_code(Thread& thread, const ast::mod_t* tree, const SymbolTable& table,
                                 std::string_view filename);

// Human-readable listing of a code object and its nested code (for --dis and tests).
std::string disassemble(Thread& thread, CodeObject* code);

}  // namespace pyxis::compiler
