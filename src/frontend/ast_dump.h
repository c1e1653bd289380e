// ast.dump(): the one-line text CPython's `ast.dump(tree, include_attributes=...)` prints.
#pragma once

#include <string>

#include "frontend/ast.h"

namespace pyxis::frontend {

// What the dump ran into that makes CPython's ast.dump raise instead of returning text.
struct AstDumpInfo {
  // How deep CPython's recursive ast.dump helper nests on this tree: one level per node,
  // per list, and per plain value (str, int, constant, None item) - its deepest Python
  // call stack. CPython raises RecursionError ("maximum recursion depth exceeded") when
  // the caller's frames plus this reach sys.getrecursionlimit() (1000): measured with the
  // oracle, a call from a function of a script (3 frames: <module>, the function,
  // ast.dump) succeeds iff max_nesting <= 996, so `print(ast.dump(...))` at module level
  // (2 frames) succeeds iff max_nesting <= 997. Trees nested deeper than 3000 levels are
  // cut short with "..." instead of exhausting the stack; max_nesting then reports 3001.
  int max_nesting = 0;
  // An int constant has more than 4300 decimal digits (possible from a hex, octal or
  // binary literal): CPython's repr raises "ValueError: Exceeds the limit (4300 digits)
  // for integer string conversion; use sys.set_int_max_str_digits() to increase the
  // limit". The digits are dumped anyway.
  bool int_too_long = false;
};

// Byte-identical to CPython 3.12's ast.dump(tree, include_attributes=...) (no indent).
std::string dump_ast(const ast::mod_t* tree, bool include_attributes, AstDumpInfo* info = nullptr);

}  // namespace pyxis::frontend
