// The errors compile() raises after a successful parse: symbol-table and code-generation
// rules ('return' outside function, 'break' outside loop, nonlocal at module level, ...).
#pragma once

#include <string_view>

#include "frontend/ast.h"
#include "frontend/syntax_error.h"

namespace pyxis::compiler {

// Returns true when `tree` (parsed from `decoded_source`) compiles; otherwise false with
// *error set to the SyntaxError CPython 3.12's compile() raises first.
bool check_compile_errors(const ast::mod_t* tree, std::string_view decoded_source, std::string_view filename,
                          frontend::SyntaxErrorInfo* error);

}  // namespace pyxis::compiler
