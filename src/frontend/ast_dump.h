// ast.dump(): the one-line text CPython's `ast.dump(tree, include_attributes=...)` prints.
#pragma once

#include <string>

#include "frontend/ast.h"

namespace pyxis::frontend {

// Byte-identical to CPython 3.12's ast.dump(tree, include_attributes=...) (no indent).
//
// `max_nesting`, when given, receives how deep CPython's recursive ast.dump helper would
// nest on this tree: one level per node, per list, and per plain value (str, int,
// constant, None item) — its deepest Python call stack. CPython raises RecursionError
// ("maximum recursion depth exceeded") when the caller's frames plus this reach
// sys.getrecursionlimit() (1000): measured with the oracle, a call from a function of a
// script (3 frames: <module>, the function, ast.dump) succeeds iff max_nesting <= 996, so
// `print(ast.dump(...))` at module level (2 frames) succeeds iff max_nesting <= 997.
// Trees nested deeper than 3000 levels are cut short with "..." instead of exhausting the
// stack; max_nesting then reports 3001.
std::string dump_ast(const ast::mod_t* tree, bool include_attributes, int* max_nesting = nullptr);

}  // namespace pyxis::frontend
