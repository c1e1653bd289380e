// Class names of the AST node kinds and simple sums, as CPython's `ast` module spells them.
#include "frontend/ast.h"

namespace pyxis::ast {

const char* name_of(expr_context_t v) {
  static const char* const names[] = {"Load", "Store", "Del"};
  return names[static_cast<int>(v)];
}

const char* name_of(boolop_t v) {
  static const char* const names[] = {"And", "Or"};
  return names[static_cast<int>(v)];
}

const char* name_of(operator_t v) {
  static const char* const names[] = {"Add",    "Sub",    "Mult",  "MatMult", "Div",    "Mod",     "Pow",
                                      "LShift", "RShift", "BitOr", "BitXor",  "BitAnd", "FloorDiv"};
  return names[static_cast<int>(v)];
}

const char* name_of(unaryop_t v) {
  static const char* const names[] = {"Invert", "Not", "UAdd", "USub"};
  return names[static_cast<int>(v)];
}

const char* name_of(cmpop_t v) {
  static const char* const names[] = {"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};
  return names[static_cast<int>(v)];
}

const char* name_of(NodeKind kind) {
  static const char* const names[] = {
#define AST_SUM(name, has_positions)
#define AST_PRODUCT(name, has_positions, fields)
#define AST_CONSTRUCTOR(sum, Name, fields) #Name,
#include "frontend/ast_nodes.def"
#undef AST_SUM
#undef AST_PRODUCT
#undef AST_CONSTRUCTOR
  };
  return names[static_cast<int>(kind)];
}

}  // namespace pyxis::ast
