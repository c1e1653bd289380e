// ast.dump(): one generic walk over the node classes of ast_nodes.def that appends
// CPython 3.12's `ast.dump(tree, include_attributes=...)` text to a single string.
#include "frontend/ast_dump.h"

#include <type_traits>

#include "support/number_format.h"
#include "support/python_repr.h"

namespace pyxis::frontend {

namespace {

using namespace ast;

// Nesting beyond which the walk stops descending (and writes "..."), so that no input can
// exhaust the C++ stack (a few frames per level). CPython gives up earlier: RecursionError
// near 1000 levels (see ast_dump.h).
constexpr int kMaxWalkDepth = 3000;

// sys.int_info.default_max_str_digits: CPython's repr of a longer int raises ValueError.
constexpr size_t kMaxIntReprDigits = 4300;

class Dumper {
 public:
  Dumper(std::string& out, bool include_attributes) : out_(out), include_attributes_(include_attributes) {}

  int max_nesting() const { return max_nesting_; }
  bool int_too_long() const { return int_too_long_; }

  // Abstract classes: dispatch on the node kind to the concrete class.
  template <class Sum>
  void node(const Sum* n) {
    if (n == nullptr) {
      leaf_none();
      return;
    }
    if (!enter()) return;
    switch (n->node_kind) {
#define AST_SUM(name, has_positions)
#define AST_PRODUCT(name, has_positions, fields)
#define AST_CONSTRUCTOR(sum, Name, fields)                                       \
  case NodeKind::Name:                                                           \
    if constexpr (std::is_base_of_v<Sum, ast::Name>) {                           \
      concrete(static_cast<const ast::Name*>(n));                                \
    }                                                                            \
    break;
#include "frontend/ast_nodes.def"
#undef AST_SUM
#undef AST_PRODUCT
#undef AST_CONSTRUCTOR
    }
    leave();
  }

  // Product classes (arguments, arg, keyword ...) have no kind: one overload each.
#define AST_SUM(name, has_positions)
#define AST_CONSTRUCTOR(sum, Name, fields)
#define AST_PRODUCT(name, has_positions, fields) \
  void node(const name##_t* n) {                 \
    if (n == nullptr) {                          \
      leaf_none();                               \
      return;                                    \
    }                                            \
    if (!enter()) return;                        \
    begin_node(#name);                           \
    const name##_t* node = n;                    \
    fields positions(node);                      \
    out_ += ')';                                 \
    leave();                                     \
  }
#define F(kind, type, name) field_##kind(#name, node->name);
#include "frontend/ast_nodes.def"
#undef AST_SUM
#undef AST_PRODUCT
#undef AST_CONSTRUCTOR

 private:
  // Concrete classes of the sums.
#define AST_SUM(name, has_positions)
#define AST_PRODUCT(name, has_positions, fields)
#define AST_CONSTRUCTOR(sum, Name, fields) \
  void concrete(const ast::Name* node) {   \
    begin_node(#Name);                     \
    fields positions(node);                \
    out_ += ')';                           \
  }
#include "frontend/ast_nodes.def"
#undef AST_SUM
#undef AST_PRODUCT
#undef AST_CONSTRUCTOR
#undef F

  // One nesting level of CPython's recursive _format (a node, a list, or a plain value).
  bool enter() {
    ++depth_;
    if (depth_ > max_nesting_) max_nesting_ = depth_;
    if (depth_ > kMaxWalkDepth) {
      out_ += "...";
      --depth_;
      return false;
    }
    return true;
  }
  void leave() { --depth_; }

  // A plain value (str, int, constant ...) is one _format level deeper than its node.
  void note_leaf() {
    if (depth_ + 1 > max_nesting_) max_nesting_ = depth_ + 1;
  }
  void leaf_none() {
    note_leaf();
    out_ += "None";
  }

  void begin_node(const char* name) {
    out_ += name;
    out_ += '(';
    first_field_ = true;
  }

  void field_name(const char* name) {
    if (!first_field_) out_ += ", ";
    first_field_ = false;
    out_ += name;
    out_ += '=';
  }

  template <class N>
  void positions(const N* n) {
    if constexpr (requires { n->loc; }) {
      if (!include_attributes_) return;
      note_leaf();
      field_name("lineno");
      append_int_repr(out_, n->loc.lineno);
      field_name("col_offset");
      append_int_repr(out_, n->loc.col_offset);
      field_name("end_lineno");
      append_int_repr(out_, n->loc.end_lineno);
      field_name("end_col_offset");
      append_int_repr(out_, n->loc.end_col_offset);
    }
  }

  // Field writers, one per field kind of ast_nodes.def. Fields are written as
  // name=value; optional fields holding None are left out, as ast.dump does. The nested
  // node saves and restores first_field_ through its own begin_node, so keep a copy.
  template <class T>
  void field_NODE(const char* name, const T* child) {
    field_name(name);
    bool saved = first_field_;
    node(child);
    first_field_ = saved;
  }
  template <class T>
  void field_OPT(const char* name, const T* child) {
    if (child != nullptr) field_NODE(name, child);
  }
  template <class T>
  void field_SEQ(const char* name, const Seq<T*>& items) {
    field_name(name);
    bool saved = first_field_;
    list_begin(items.size);
    for (uint32_t i = 0; i < items.size; ++i) {
      if (i > 0) out_ += ", ";
      node(items[i]);  // nullptr (kw_defaults, Dict.keys) prints None
    }
    list_end(items.size);
    first_field_ = saved;
  }
  void field_IDENT(const char* name, Identifier value) {
    field_name(name);
    note_leaf();
    append_str_repr(out_, value);
  }
  void field_OPTIDENT(const char* name, Identifier value) {
    if (!is_none(value)) field_IDENT(name, value);
  }
  void field_STR(const char* name, Identifier value) { field_IDENT(name, value); }
  void field_OPTSTR(const char* name, OptString value) { field_OPTIDENT(name, value); }
  void field_IDENTS(const char* name, const Seq<Identifier>& items) {
    field_name(name);
    list_begin(items.size);
    for (uint32_t i = 0; i < items.size; ++i) {
      if (i > 0) out_ += ", ";
      append_str_repr(out_, items[i]);
    }
    list_end(items.size);
  }
  void field_INT(const char* name, int value) {
    field_name(name);
    note_leaf();
    append_int_repr(out_, value);
  }
  void field_CONST(const char* name, const ConstantValue& value) {
    field_name(name);
    note_leaf();
    constant(value);
  }
  template <class E>
  void field_ENUM(const char* name, E value) {
    field_name(name);
    // An enum value is a node of its own (Load(), Add() ...), with no fields.
    note_leaf();
    out_ += ast::name_of(value);
    out_ += "()";
  }
  template <class E>
  void field_ENUMS(const char* name, const Seq<E>& items) {
    field_name(name);
    list_begin(items.size);
    for (uint32_t i = 0; i < items.size; ++i) {
      if (i > 0) out_ += ", ";
      out_ += ast::name_of(items[i]);
      out_ += "()";
    }
    list_end(items.size);
  }

  // A list is one _format level; its plain items one more.
  void list_begin(uint32_t size) {
    ++depth_;
    if (depth_ > max_nesting_) max_nesting_ = depth_;
    if (size > 0) note_leaf();
    out_ += '[';
  }
  void list_end(uint32_t) {
    out_ += ']';
    --depth_;
  }

  void constant(const ConstantValue& value) {
    switch (value.kind) {
      case ConstantValue::Kind::None: out_ += "None"; break;
      case ConstantValue::Kind::True: out_ += "True"; break;
      case ConstantValue::Kind::False: out_ += "False"; break;
      case ConstantValue::Kind::Ellipsis: out_ += "Ellipsis"; break;
      case ConstantValue::Kind::Int: append_int_repr(out_, value.int_value); break;
      case ConstantValue::Kind::BigInt:
        if (value.text.size() > kMaxIntReprDigits) int_too_long_ = true;
        out_ += value.text;
        break;
      case ConstantValue::Kind::Float: append_float_repr(out_, value.float_value); break;
      case ConstantValue::Kind::Complex: append_complex_repr(out_, 0.0, value.float_value); break;
      case ConstantValue::Kind::Str: append_str_repr(out_, value.text); break;
      case ConstantValue::Kind::Bytes: append_bytes_repr(out_, value.text); break;
    }
  }

  std::string& out_;
  bool include_attributes_;
  bool first_field_ = true;
  int depth_ = 0;
  int max_nesting_ = 0;
  bool int_too_long_ = false;
};

}  // namespace

std::string dump_ast(const ast::mod_t* tree, bool include_attributes, AstDumpInfo* info) {
  std::string out;
  out.reserve(4096);
  Dumper dumper(out, include_attributes);
  dumper.node(tree);
  if (info != nullptr) {
    info->max_nesting = dumper.max_nesting();
    info->int_too_long = dumper.int_too_long();
  }
  return out;
}

}  // namespace pyxis::frontend
