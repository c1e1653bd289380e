// Source text of an expression as CPython's compiler writes it for string annotations
// (`from __future__ import annotations`, PEP 563).
#pragma once

#include <string>

#include "frontend/ast.h"

namespace pyxis::compiler {

std::string unparse_expression(const ast::expr_t* e);

}  // namespace pyxis::compiler
