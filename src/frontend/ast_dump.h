// ast.dump(): the one-line text CPython's `ast.dump(tree, include_attributes=...)` prints.
#pragma once

#include <string>

#include "frontend/ast.h"

namespace pyxis::frontend {

std::string dump_ast(const ast::mod_t* tree, bool include_attributes);

}  // namespace pyxis::frontend
