// `from __future__ import ...` at the top of a module: which features it turns on, and the
// errors CPython raises for it before any other compile-time check.
#pragma once

#include "compiler/compile_error.h"
#include "frontend/ast.h"

namespace pyxis::compiler {

struct FutureFeatures {
  bool annotations = false;     // PEP 563: annotations are not evaluated
  bool barry_as_flufl = false;  // the '<>' easter egg (only meaningful to a parser)
  bool generator_stop = false;  // always on since 3.7; recorded for completeness
  // Line of the last future import of the leading block (after an optional docstring), or
  // -1 when there is none: a `from __future__ import` on a later line is an error that code
  // generation reports ("from __future__ imports must occur at the beginning of the file").
  int last_future_lineno = -1;
};

// Reads the leading future imports of a module (docstring first, then consecutive
// `from __future__ import` statements, whatever their relative level). Returns false with
// *error set for "future feature X is not defined" or "not a chance" (braces).
bool parse_future_features(const ast::mod_t* tree, FutureFeatures* features, CompileError* error);

// True when `stmt` is `from __future__ import ...` (any level, as CPython compares only the name).
bool is_future_import(const ast::stmt_t* stmt);

}  // namespace pyxis::compiler
