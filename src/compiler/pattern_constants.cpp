// Folding of match pattern literals: numbers (int of any size, float, complex), strings,
// bytes and the singletons, compared with Python's cross-type numeric equality.
#include "compiler/pattern_constants.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "support/number_format.h"
#include "support/python_repr.h"

namespace pyxis::compiler {

namespace {

using Kind = ast::ConstantValue::Kind;

// A folded number. Ints keep their exact decimal text (with a leading '-' when negative).
struct Number {
  enum class Type { Int, Float, Complex } type = Type::Int;
  std::string int_text;  // Int: "-12", "0", "123456789012345678901234567890"
  bool is_bool = false;  // True/False print as such
  double real = 0.0;     // Float: the value; Complex: real part
  double imag = 0.0;     // Complex: imaginary part
};

std::string strip_leading_zeros(std::string_view digits) {
  size_t first = digits.find_first_not_of('0');
  if (first == std::string_view::npos) return "0";
  return std::string(digits.substr(first));
}

double int_to_double(const std::string& text) { return std::strtod(text.c_str(), nullptr); }

std::optional<Number> number_of(const ast::ConstantValue& value) {
  Number n;
  switch (value.kind) {
    case Kind::True:
    case Kind::False:
      n.int_text = value.kind == Kind::True ? "1" : "0";
      n.is_bool = true;
      return n;
    case Kind::Int: n.int_text = std::to_string(value.int_value); return n;
    case Kind::BigInt: n.int_text = strip_leading_zeros(value.text); return n;
    case Kind::Float:
      n.type = Number::Type::Float;
      n.real = value.float_value;
      return n;
    case Kind::Complex:
      n.type = Number::Type::Complex;
      n.imag = value.float_value;
      return n;
    default: return std::nullopt;
  }
}

Number negate(Number n) {
  n.is_bool = false;
  switch (n.type) {
    case Number::Type::Int:
      if (n.int_text == "0") break;
      n.int_text = n.int_text[0] == '-' ? n.int_text.substr(1) : "-" + n.int_text;
      break;
    case Number::Type::Float: n.real = -n.real; break;
    case Number::Type::Complex:
      n.real = -n.real;
      n.imag = -n.imag;
      break;
  }
  return n;
}

double real_part(const Number& n) { return n.type == Number::Type::Int ? int_to_double(n.int_text) : n.real; }

// real +/- imaginary, with complex arithmetic on both sides as Python performs it.
Number combine(const Number& left, const Number& right, bool subtract) {
  Number result;
  result.type = Number::Type::Complex;
  double left_imag = left.type == Number::Type::Complex ? left.imag : 0.0;
  double right_imag = right.type == Number::Type::Complex ? right.imag : 0.0;
  if (left.type != Number::Type::Complex && right.type != Number::Type::Complex) {
    // Not produced by the grammar (real + real); fold as floats.
    result.type = Number::Type::Float;
    result.real = subtract ? real_part(left) - real_part(right) : real_part(left) + real_part(right);
    return result;
  }
  result.real = subtract ? real_part(left) - real_part(right) : real_part(left) + real_part(right);
  result.imag = subtract ? left_imag - right_imag : left_imag + right_imag;
  return result;
}

std::optional<Number> fold_number(const ast::expr_t* expr) {
  if (const auto* c = ast::dyn_cast<ast::Constant>(expr)) return number_of(c->value);
  if (const auto* u = ast::dyn_cast<ast::UnaryOp>(expr)) {
    if (u->op != ast::unaryop_t::USub) return std::nullopt;
    auto operand = fold_number(u->operand);
    if (!operand) return std::nullopt;
    return negate(*operand);
  }
  if (const auto* b = ast::dyn_cast<ast::BinOp>(expr)) {
    if (b->op != ast::operator_t::Add && b->op != ast::operator_t::Sub) return std::nullopt;
    auto left = fold_number(b->left);
    auto right = fold_number(b->right);
    if (!left || !right) return std::nullopt;
    return combine(*left, *right, b->op == ast::operator_t::Sub);
  }
  return std::nullopt;
}

// The exact decimal value of an integral double ("-0" becomes "0").
std::string integral_double_text(double value) {
  char buffer[400];
  std::snprintf(buffer, sizeof buffer, "%.0f", value);
  std::string text = buffer;
  if (text == "-0") text = "0";
  return text;
}

std::string float_key(double value) {
  if (std::isfinite(value) && value == std::floor(value)) return "i:" + integral_double_text(value);
  return "f:" + float_repr(value) + ",0";
}

PatternConstant constant_of(const Number& n) {
  PatternConstant c;
  switch (n.type) {
    case Number::Type::Int:
      c.equality_key = "i:" + n.int_text;
      c.repr = n.is_bool ? (n.int_text == "1" ? "True" : "False") : n.int_text;
      break;
    case Number::Type::Float:
      c.equality_key = float_key(n.real);
      c.repr = float_repr(n.real);
      break;
    case Number::Type::Complex:
      if (n.imag == 0.0) {
        c.equality_key = float_key(n.real);
      } else {
        c.equality_key = "f:" + float_repr(n.real == 0.0 ? 0.0 : n.real) + "," + float_repr(n.imag);
      }
      c.repr = complex_repr(n.real, n.imag);
      break;
  }
  return c;
}

}  // namespace

std::optional<PatternConstant> fold_pattern_constant(const ast::expr_t* expr) {
  if (const auto* c = ast::dyn_cast<ast::Constant>(expr)) {
    const ast::ConstantValue& v = c->value;
    switch (v.kind) {
      case Kind::None: return PatternConstant{"None", "None"};
      case Kind::Ellipsis: return PatternConstant{"Ellipsis", "Ellipsis"};
      case Kind::Str: return PatternConstant{"s:" + std::string(v.text), str_repr(v.text)};
      case Kind::Bytes: return PatternConstant{"b:" + std::string(v.text), bytes_repr(v.text)};
      default: break;
    }
  }
  auto number = fold_number(expr);
  if (!number) return std::nullopt;
  return constant_of(*number);
}

bool folds_to_constant(const ast::expr_t* expr) {
  if (ast::dyn_cast<ast::Constant>(expr) != nullptr) return true;
  if (const auto* name = ast::dyn_cast<ast::Name>(expr)) {
    return name->id == "__debug__" && name->ctx == ast::expr_context_t::Load;
  }
  if (const auto* u = ast::dyn_cast<ast::UnaryOp>(expr)) {
    const auto* operand = ast::dyn_cast<ast::Constant>(u->operand);
    if (operand == nullptr) return false;
    Kind k = operand->value.kind;
    bool is_int = k == Kind::Int || k == Kind::BigInt || k == Kind::True || k == Kind::False;
    switch (u->op) {
      case ast::unaryop_t::Not: return true;
      case ast::unaryop_t::Invert: return is_int;
      default: return is_int || k == Kind::Float || k == Kind::Complex;
    }
  }
  if (const auto* t = ast::dyn_cast<ast::Tuple>(expr)) {
    if (t->ctx != ast::expr_context_t::Load) return false;
    for (const ast::expr_t* elt : t->elts) {
      if (!folds_to_constant(elt)) return false;
    }
    return true;
  }
  if (const auto* b = ast::dyn_cast<ast::BinOp>(expr)) {
    if (b->op != ast::operator_t::Add && b->op != ast::operator_t::Sub && b->op != ast::operator_t::Mult) return false;
    return fold_number(b->left).has_value() && fold_number(b->right).has_value();
  }
  return false;
}

}  // namespace pyxis::compiler
