// The error a compiler pass reports: what compile() raises after parsing, positioned in the
// tree's coordinates (1-based lines, 0-based UTF-8 byte columns) until it is turned into
// CPython's SyntaxError attributes.
#pragma once

#include <string>

#include "frontend/ast.h"

namespace pyxis::compiler {

struct CompileError {
  std::string exc_type = "SyntaxError";  // or "RecursionError" for trees nested too deeply
  std::string msg;
  bool has_location = true;  // false: lineno, offset, end_lineno, end_offset are all None
  ast::Loc loc;
  bool has_end_offset = true;  // false: end_offset is None (__future__ errors)
};

}  // namespace pyxis::compiler
