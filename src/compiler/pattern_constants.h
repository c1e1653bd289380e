// The value of a match pattern literal (after CPython's constant folding) for the checks on
// mapping patterns: equality the way Python compares keys, and repr() for messages.
#pragma once

#include <optional>
#include <string>

#include "frontend/ast.h"

namespace pyxis::compiler {

struct PatternConstant {
  // Equal for values Python's == calls equal (1 == 1.0 == True == 1+0j, 0.0 == -0.0, ...).
  std::string equality_key;
  std::string repr;
};

// The folded value of a literal pattern expression: a Constant, a negated number, or
// real +/- imaginary. nullopt for anything else (attributes, f-strings).
std::optional<PatternConstant> fold_pattern_constant(const ast::expr_t* expr);

// True when CPython's AST optimizer turns `expr` into a Constant (a literal, a negated or
// inverted number, `not` of a constant, a tuple of such, simple arithmetic on numbers).
bool folds_to_constant(const ast::expr_t* expr);

}  // namespace pyxis::compiler
