// The abstract syntax tree: C++ structs generated from ast_nodes.def, one per class of
// CPython's `ast` module, allocated in an Arena and never individually freed.
//
// Naming: abstract classes and product classes carry a `_t` suffix (expr_t, stmt_t,
// arguments_t, arg_t ...); concrete classes keep their Python names (BinOp, FunctionDef,
// Expr ...). Every abstract base starts with a NodeKind, so `node->node_kind` tells
// the class (not `kind`: Constant has a field of that name).
#pragma once

#include <cassert>
#include <cstdint>
#include <string_view>
#include <type_traits>

#include "support/arena.h"

namespace pyxis::ast {

// Source positions as CPython reports them: 1-based lines, 0-based columns counted in
// UTF-8 bytes; the end column is exclusive.
struct Loc {
  int lineno = 0;
  int col_offset = 0;
  int end_lineno = 0;
  int end_col_offset = 0;
};

// A list field. Items live in the Arena.
template <class T>
struct Seq {
  T* items = nullptr;
  uint32_t size = 0;

  T* begin() const { return items; }
  T* end() const { return items + size; }
  T& operator[](uint32_t i) const { return items[i]; }
  bool empty() const { return size == 0; }

  static Seq make(Arena& arena, uint32_t count) {
    Seq s;
    s.items = arena.make_array<T>(count);
    s.size = count;
    return s;
  }
};

// Identifiers and optional strings point into the Arena (or the source). A view whose
// data() is nullptr is None. Identifiers are NFKC-normalised, as PEP 3131 requires.
using Identifier = std::string_view;
using OptString = std::string_view;

inline bool is_none(std::string_view s) { return s.data() == nullptr; }

// The value of a Constant node or MatchSingleton.
struct ConstantValue {
  enum class Kind : uint8_t { None, True, False, Ellipsis, Int, BigInt, Float, Complex, Str, Bytes };
  Kind kind = Kind::None;
  int64_t int_value = 0;      // Int: the value
  double float_value = 0.0;   // Float: the value; Complex: the imaginary part (real part 0)
  // BigInt: the decimal digits (with a leading '-' never: literals are non-negative).
  // Str: the text in UTF-8, where lone surrogates (from escapes such as "\ud800") are
  //      encoded as three-byte sequences the way UTF-8 would encode any other code point.
  // Bytes: the raw bytes.
  std::string_view text;
};

enum class expr_context_t : uint8_t { Load, Store, Del };
enum class boolop_t : uint8_t { And, Or };
enum class operator_t : uint8_t { Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv };
enum class unaryop_t : uint8_t { Invert, Not, UAdd, USub };
enum class cmpop_t : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

// Python class names of the simple sums, indexed by enumerator.
const char* name_of(expr_context_t v);
const char* name_of(boolop_t v);
const char* name_of(operator_t v);
const char* name_of(unaryop_t v);
const char* name_of(cmpop_t v);

enum class NodeKind : uint8_t {
#define AST_SUM(name, has_positions)
#define AST_PRODUCT(name, has_positions, fields)
#define AST_CONSTRUCTOR(sum, Name, fields) Name,
#include "frontend/ast_nodes.def"
#undef AST_SUM
#undef AST_PRODUCT
#undef AST_CONSTRUCTOR
};

const char* name_of(NodeKind kind);

#define AST_POSITIONS_0
#define AST_POSITIONS_1 Loc loc;

#define AST_FIELD_NODE(type, name) type##_t* name = nullptr;
#define AST_FIELD_OPT(type, name) type##_t* name = nullptr;
#define AST_FIELD_SEQ(type, name) Seq<type##_t*> name;
#define AST_FIELD_IDENT(type, name) Identifier name;
#define AST_FIELD_OPTIDENT(type, name) Identifier name;
#define AST_FIELD_IDENTS(type, name) Seq<Identifier> name;
#define AST_FIELD_INT(type, name) int name = 0;
#define AST_FIELD_CONST(type, name) ConstantValue name;
#define AST_FIELD_OPTSTR(type, name) OptString name;
#define AST_FIELD_STR(type, name) Identifier name;
#define AST_FIELD_ENUM(type, name) type##_t name{};
#define AST_FIELD_ENUMS(type, name) Seq<type##_t> name;
#define F(kind, type, name) AST_FIELD_##kind(type, name)

// Forward declarations of every class.
#define AST_SUM(name, has_positions) struct name##_t;
#define AST_PRODUCT(name, has_positions, fields) struct name##_t;
#define AST_CONSTRUCTOR(sum, Name, fields) struct Name;
#include "frontend/ast_nodes.def"
#undef AST_SUM
#undef AST_PRODUCT
#undef AST_CONSTRUCTOR

// Abstract bases and product classes.
#define AST_SUM(name, has_positions) \
  struct name##_t {                  \
    NodeKind node_kind;              \
    AST_POSITIONS_##has_positions    \
  };
#define AST_PRODUCT(name, has_positions, fields) \
  struct name##_t {                              \
    AST_POSITIONS_##has_positions fields         \
  };
#define AST_CONSTRUCTOR(sum, Name, fields)
#include "frontend/ast_nodes.def"
#undef AST_SUM
#undef AST_PRODUCT
#undef AST_CONSTRUCTOR

// Concrete classes.
#define AST_SUM(name, has_positions)
#define AST_PRODUCT(name, has_positions, fields)
#define AST_CONSTRUCTOR(sum, Name, fields)               \
  struct Name : sum##_t {                                \
    using Base = sum##_t;                                \
    static constexpr NodeKind kKind = NodeKind::Name;    \
    Name() { this->node_kind = kKind; }                    \
    fields                                               \
  };
#include "frontend/ast_nodes.def"
#undef AST_SUM
#undef AST_PRODUCT
#undef AST_CONSTRUCTOR

#undef F
#undef AST_FIELD_NODE
#undef AST_FIELD_OPT
#undef AST_FIELD_SEQ
#undef AST_FIELD_IDENT
#undef AST_FIELD_OPTIDENT
#undef AST_FIELD_IDENTS
#undef AST_FIELD_INT
#undef AST_FIELD_CONST
#undef AST_FIELD_OPTSTR
#undef AST_FIELD_STR
#undef AST_FIELD_ENUM
#undef AST_FIELD_ENUMS
#undef AST_POSITIONS_0
#undef AST_POSITIONS_1

// Checked downcast: `cast<BinOp>(e)` asserts e is a BinOp. Keeps constness:
// cast<BinOp>(const expr_t*) is a const BinOp*.
template <class N, class B>
auto cast(B* node) {
  assert(node != nullptr && node->node_kind == N::kKind);
  using Result = std::conditional_t<std::is_const_v<B>, const N, N>;
  return static_cast<Result*>(node);
}

// `dyn_cast<Name>(e)` is nullptr unless e is a Name.
template <class N, class B>
auto dyn_cast(B* node) {
  using Result = std::conditional_t<std::is_const_v<B>, const N, N>;
  return node != nullptr && node->node_kind == N::kKind ? static_cast<Result*>(node) : nullptr;
}

// Allocates a node of class N in the arena with its kind set.
template <class N>
N* make(Arena& arena) {
  return arena.make<N>();
}

}  // namespace pyxis::ast
