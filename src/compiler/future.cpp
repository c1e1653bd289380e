// The leading `from __future__ import` block of a module: feature flags and the errors for
// unknown features, checked before the symbol table is built (as CPython does).
#include "compiler/future.h"

#include <string>
#include <string_view>


namespace pyxis::compiler {

namespace {

bool is_docstring(const ast::stmt_t* stmt) {
  const auto* expr = ast::dyn_cast<ast::Expr>(stmt);
  if (expr == nullptr) return false;
  const auto* constant = ast::dyn_cast<ast::Constant>(expr->value);
  return constant != nullptr && constant->value.kind == ast::ConstantValue::Kind::Str;
}

}  // namespace

bool is_future_import(const ast::stmt_t* stmt) {
  const auto* import = ast::dyn_cast<ast::ImportFrom>(stmt);
  return import != nullptr && !ast::is_none(import->module) && import->module == "__future__";
}

bool parse_future_features(const ast::mod_t* tree, FutureFeatures* features, CompileError* error) {
  *features = FutureFeatures{};
  const auto* module = ast::dyn_cast<ast::Module>(tree);
  if (module == nullptr) return true;
  uint32_t index = 0;
  if (index < module->body.size && is_docstring(module->body[index])) ++index;
  for (; index < module->body.size; ++index) {
    const ast::stmt_t* stmt = module->body[index];
    if (!is_future_import(stmt)) break;
    const auto* import = ast::cast<ast::ImportFrom>(stmt);
    for (const ast::alias_t* alias : import->names) {
      std::string_view feature = alias->name;
      if (feature == "annotations") {
        features->annotations = true;
      } else if (feature == "barry_as_FLUFL") {
        features->barry_as_flufl = true;
      } else if (feature == "generator_stop") {
        features->generator_stop = true;
      } else if (feature == "nested_scopes" || feature == "generators" || feature == "division" ||
                 feature == "absolute_import" || feature == "with_statement" || feature == "print_function" ||
                 feature == "unicode_literals") {
        // Mandatory since long ago: accepted, no effect.
      } else {
        // CPython positions these at the statement's first line and column, with no end column.
        error->exc_type = "SyntaxError";
        error->msg = feature == "braces" ? std::string("not a chance")
                                         : "future feature " + std::string(feature) + " is not defined";
        error->has_location = true;
        error->loc = {stmt->loc.lineno, stmt->loc.col_offset, stmt->loc.lineno, -1};
        error->has_end_offset = false;
        return false;
      }
    }
    features->last_future_lineno = stmt->loc.lineno;
  }
  return true;
}

}  // namespace pyxis::compiler
