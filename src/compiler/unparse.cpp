// Expressions back to source text, as CPython's compiler writes annotations under
// `from __future__ import annotations` (PEP 563): minimal parentheses from operator
// precedence, reprs of constants, normalised spacing.
#include "compiler/unparse.h"

#include <cmath>
#include <string>

#include "support/number_format.h"
#include "support/python_repr.h"

namespace pyxis::compiler {

namespace {

// Binding strength, loosest first.
enum Precedence : int {
  kTuple,
  kTest,  // if-else, lambda
  kOr,
  kAnd,
  kNot,
  kCompare,
  kExpr,  // also bitwise or
  kBitXor,
  kBitAnd,
  kShift,
  kArith,
  kTerm,
  kFactor,
  kPower,
  kAwait,
  kAtom,
};

class Unparser {
 public:
  std::string out;

  void expr(const ast::expr_t* e, int level) {
    switch (e->node_kind) {
      case ast::NodeKind::BoolOp: {
        auto* b = ast::cast<ast::BoolOp>(e);
        int pr = b->op == ast::boolop_t::And ? kAnd : kOr;
        open(level > pr);
        for (uint32_t i = 0; i < b->values.size; ++i) {
          if (i > 0) out += b->op == ast::boolop_t::And ? " and " : " or ";
          expr(b->values[i], pr + 1);
        }
        close(level > pr);
        break;
      }
      case ast::NodeKind::NamedExpr: {
        auto* n = ast::cast<ast::NamedExpr>(e);
        open(level > kTuple);
        expr(n->target, kAtom);
        out += " := ";
        expr(n->value, kAtom);
        close(level > kTuple);
        break;
      }
      case ast::NodeKind::BinOp: binary(ast::cast<ast::BinOp>(e), level); break;
      case ast::NodeKind::UnaryOp: {
        auto* u = ast::cast<ast::UnaryOp>(e);
        int pr = u->op == ast::unaryop_t::Not ? kNot : kFactor;
        open(level > pr);
        out += u->op == ast::unaryop_t::Not ? "not " : u->op == ast::unaryop_t::Invert ? "~" : u->op == ast::unaryop_t::UAdd ? "+" : "-";
        expr(u->operand, pr);
        close(level > pr);
        break;
      }
      case ast::NodeKind::Lambda: {
        auto* l = ast::cast<ast::Lambda>(e);
        open(level > kTest);
        bool has_args = !l->args->posonlyargs.empty() || !l->args->args.empty() || l->args->vararg != nullptr ||
                        !l->args->kwonlyargs.empty() || l->args->kwarg != nullptr;
        out += has_args ? "lambda " : "lambda";
        arguments(l->args);
        out += ": ";
        expr(l->body, kTest);
        close(level > kTest);
        break;
      }
      case ast::NodeKind::IfExp: {
        auto* x = ast::cast<ast::IfExp>(e);
        open(level > kTest);
        expr(x->body, kTest + 1);
        out += " if ";
        expr(x->test, kTest + 1);
        out += " else ";
        expr(x->orelse, kTest);
        close(level > kTest);
        break;
      }
      case ast::NodeKind::Dict: {
        auto* d = ast::cast<ast::Dict>(e);
        out += "{";
        for (uint32_t i = 0; i < d->values.size; ++i) {
          if (i > 0) out += ", ";
          if (d->keys[i] == nullptr) {
            out += "**";
            expr(d->values[i], kExpr);
          } else {
            expr(d->keys[i], kTest);
            out += ": ";
            expr(d->values[i], kTest);
          }
        }
        out += "}";
        break;
      }
      case ast::NodeKind::Set: {
        auto* s = ast::cast<ast::Set>(e);
        if (s->elts.empty()) {
          out += "{*()}";
          break;
        }
        out += "{";
        sequence(s->elts);
        out += "}";
        break;
      }
      case ast::NodeKind::ListComp: {
        auto* c = ast::cast<ast::ListComp>(e);
        out += "[";
        expr(c->elt, kTest);
        comprehensions(c->generators);
        out += "]";
        break;
      }
      case ast::NodeKind::SetComp: {
        auto* c = ast::cast<ast::SetComp>(e);
        out += "{";
        expr(c->elt, kTest);
        comprehensions(c->generators);
        out += "}";
        break;
      }
      case ast::NodeKind::DictComp: {
        auto* c = ast::cast<ast::DictComp>(e);
        out += "{";
        expr(c->key, kTest);
        out += ": ";
        expr(c->value, kTest);
        comprehensions(c->generators);
        out += "}";
        break;
      }
      case ast::NodeKind::GeneratorExp: {
        auto* c = ast::cast<ast::GeneratorExp>(e);
        out += "(";
        expr(c->elt, kTest);
        comprehensions(c->generators);
        out += ")";
        break;
      }
      case ast::NodeKind::Await: {
        open(level > kAwait);
        out += "await ";
        expr(ast::cast<ast::Await>(e)->value, kAtom);
        close(level > kAwait);
        break;
      }
      case ast::NodeKind::Yield: {
        auto* y = ast::cast<ast::Yield>(e);
        out += y->value != nullptr ? "(yield " : "(yield";
        if (y->value != nullptr) expr(y->value, kTest);
        out += ")";
        break;
      }
      case ast::NodeKind::YieldFrom:
        out += "(yield from ";
        expr(ast::cast<ast::YieldFrom>(e)->value, kTest);
        out += ")";
        break;
      case ast::NodeKind::Compare: {
        auto* c = ast::cast<ast::Compare>(e);
        open(level > kCompare);
        expr(c->left, kCompare + 1);
        for (uint32_t i = 0; i < c->ops.size; ++i) {
          out += compare_text(c->ops[i]);
          expr(c->comparators[i], kCompare + 1);
        }
        close(level > kCompare);
        break;
      }
      case ast::NodeKind::Call: {
        auto* c = ast::cast<ast::Call>(e);
        expr(c->func, kAtom);
        if (c->args.size == 1 && c->keywords.empty() && c->args[0]->node_kind == ast::NodeKind::GeneratorExp) {
          expr(c->args[0], kTest);  // f(x for x in y): the generator's parentheses serve
          break;
        }
        out += "(";
        bool first = true;
        for (ast::expr_t* a : c->args) {
          if (!first) out += ", ";
          first = false;
          expr(a, kTest);
        }
        for (ast::keyword_t* k : c->keywords) {
          if (!first) out += ", ";
          first = false;
          if (ast::is_none(k->arg)) {
            out += "**";
            expr(k->value, kTest);
          } else {
            out += k->arg;
            out += "=";
            expr(k->value, kTest);
          }
        }
        out += ")";
        break;
      }
      case ast::NodeKind::FormattedValue:
      case ast::NodeKind::JoinedStr: {
        std::string body;
        Unparser inner;
        inner.fstring_body(e);
        out += "f";
        append_str_repr(out, inner.out);
        break;
      }
      case ast::NodeKind::Constant: {
        auto* c = ast::cast<ast::Constant>(e);
        if (!ast::is_none(c->kind) && c->kind == "u") out += "u";
        constant(c->value);
        break;
      }
      case ast::NodeKind::Attribute: {
        auto* a = ast::cast<ast::Attribute>(e);
        expr(a->value, kAtom);
        // `1 .real`: a space keeps an int literal from swallowing the dot.
        if (auto* c = ast::dyn_cast<ast::Constant>(a->value))
          if (c->value.kind == ast::ConstantValue::Kind::Int || c->value.kind == ast::ConstantValue::Kind::BigInt) out += " ";
        out += ".";
        out += a->attr;
        break;
      }
      case ast::NodeKind::Subscript: {
        auto* s = ast::cast<ast::Subscript>(e);
        expr(s->value, kAtom);
        out += "[";
        auto* tuple = ast::dyn_cast<ast::Tuple>(s->slice);
        if (tuple != nullptr && !tuple->elts.empty()) {
          sequence(tuple->elts);
          if (tuple->elts.size == 1) out += ",";
        } else {
          expr(s->slice, kTuple);
        }
        out += "]";
        break;
      }
      case ast::NodeKind::Starred:
        out += "*";
        expr(ast::cast<ast::Starred>(e)->value, kExpr);
        break;
      case ast::NodeKind::Name: out += ast::cast<ast::Name>(e)->id; break;
      case ast::NodeKind::List:
        out += "[";
        sequence(ast::cast<ast::List>(e)->elts);
        out += "]";
        break;
      case ast::NodeKind::Tuple: {
        auto* t = ast::cast<ast::Tuple>(e);
        if (t->elts.empty()) {
          out += "()";
          break;
        }
        open(level > kTuple);
        sequence(t->elts);
        if (t->elts.size == 1) out += ",";
        close(level > kTuple);
        break;
      }
      case ast::NodeKind::Slice: {
        auto* s = ast::cast<ast::Slice>(e);
        if (s->lower != nullptr) expr(s->lower, kTest);
        out += ":";
        if (s->upper != nullptr) expr(s->upper, kTest);
        if (s->step != nullptr) {
          out += ":";
          expr(s->step, kTest);
        }
        break;
      }
      default: out += "<?>"; break;
    }
  }

 private:
  void open(bool parens) {
    if (parens) out += "(";
  }
  void close(bool parens) {
    if (parens) out += ")";
  }

  void sequence(const ast::Seq<ast::expr_t*>& items) {
    for (uint32_t i = 0; i < items.size; ++i) {
      if (i > 0) out += ", ";
      expr(items[i], kTest);
    }
  }

  void binary(const ast::BinOp* b, int level) {
    const char* text = " + ";
    int pr = kArith;
    switch (b->op) {
      case ast::operator_t::Add: text = " + "; pr = kArith; break;
      case ast::operator_t::Sub: text = " - "; pr = kArith; break;
      case ast::operator_t::Mult: text = " * "; pr = kTerm; break;
      case ast::operator_t::MatMult: text = " @ "; pr = kTerm; break;
      case ast::operator_t::Div: text = " / "; pr = kTerm; break;
      case ast::operator_t::Mod: text = " % "; pr = kTerm; break;
      case ast::operator_t::FloorDiv: text = " // "; pr = kTerm; break;
      case ast::operator_t::Pow: text = " ** "; pr = kPower; break;
      case ast::operator_t::LShift: text = " << "; pr = kShift; break;
      case ast::operator_t::RShift: text = " >> "; pr = kShift; break;
      case ast::operator_t::BitOr: text = " | "; pr = kExpr; break;
      case ast::operator_t::BitXor: text = " ^ "; pr = kBitXor; break;
      case ast::operator_t::BitAnd: text = " & "; pr = kBitAnd; break;
    }
    bool right_associative = b->op == ast::operator_t::Pow;
    open(level > pr);
    expr(b->left, right_associative ? pr + 1 : pr);
    out += text;
    expr(b->right, right_associative ? pr : pr + 1);
    close(level > pr);
  }

  static const char* compare_text(ast::cmpop_t op) {
    switch (op) {
      case ast::cmpop_t::Eq: return " == ";
      case ast::cmpop_t::NotEq: return " != ";
      case ast::cmpop_t::Lt: return " < ";
      case ast::cmpop_t::LtE: return " <= ";
      case ast::cmpop_t::Gt: return " > ";
      case ast::cmpop_t::GtE: return " >= ";
      case ast::cmpop_t::Is: return " is ";
      case ast::cmpop_t::IsNot: return " is not ";
      case ast::cmpop_t::In: return " in ";
      case ast::cmpop_t::NotIn: return " not in ";
    }
    return " ? ";
  }

  void comprehensions(const ast::Seq<ast::comprehension_t*>& generators) {
    for (ast::comprehension_t* gen : generators) {
      out += gen->is_async ? " async for " : " for ";
      expr(gen->target, kTuple);
      out += " in ";
      expr(gen->iter, kTest + 1);
      for (ast::expr_t* condition : gen->ifs) {
        out += " if ";
        expr(condition, kTest + 1);
      }
    }
  }

  void argument(const ast::arg_t* a, const ast::expr_t* default_value) {
    out += a->arg;
    if (default_value != nullptr) {
      out += "=";
      expr(default_value, kTest);
    }
  }

  // Lambda parameters (lambdas carry no annotations).
  void arguments(const ast::arguments_t* args) {
    bool first = true;
    auto separator = [&] {
      if (!first) out += ", ";
      first = false;
    };
    uint32_t positional = args->posonlyargs.size + args->args.size;
    uint32_t first_default = positional - args->defaults.size;
    for (uint32_t i = 0; i < positional; ++i) {
      separator();
      const ast::arg_t* a = i < args->posonlyargs.size ? args->posonlyargs[i] : args->args[i - args->posonlyargs.size];
      argument(a, i >= first_default ? args->defaults[i - first_default] : nullptr);
      if (i + 1 == args->posonlyargs.size) out += ", /";
    }
    if (args->vararg != nullptr || !args->kwonlyargs.empty()) {
      separator();
      out += "*";
      if (args->vararg != nullptr) out += args->vararg->arg;
    }
    for (uint32_t i = 0; i < args->kwonlyargs.size; ++i) {
      separator();
      argument(args->kwonlyargs[i], args->kw_defaults[i]);
    }
    if (args->kwarg != nullptr) {
      separator();
      out += "**";
      out += args->kwarg->arg;
    }
  }

  void constant(const ast::ConstantValue& c) {
    using Kind = ast::ConstantValue::Kind;
    switch (c.kind) {
      case Kind::None: out += "None"; break;
      case Kind::True: out += "True"; break;
      case Kind::False: out += "False"; break;
      case Kind::Ellipsis: out += "..."; break;
      case Kind::Int: append_int_repr(out, c.int_value); break;
      case Kind::BigInt: out += c.text; break;
      case Kind::Float: float_text(c.float_value, false); break;
      case Kind::Complex: float_text(c.float_value, true); break;
      case Kind::Str: append_str_repr(out, c.text); break;
      case Kind::Bytes: append_bytes_repr(out, c.text); break;
    }
  }

  // Infinite literals are written as 1e309 (repr's 'inf' is not a literal).
  void float_text(double value, bool imaginary) {
    if (std::isinf(value)) {
      out += "1e309";
    } else {
      std::string text;
      append_float_repr(text, value);
      if (imaginary && text.size() > 2 && text.ends_with(".0")) text.resize(text.size() - 2);
      out += text;
    }
    if (imaginary) out += "j";
  }

  // The text between an f-string's quotes.
  void fstring_body(const ast::expr_t* e) {
    if (auto* j = ast::dyn_cast<ast::JoinedStr>(e)) {
      for (ast::expr_t* part : j->values) fstring_body(part);
      return;
    }
    if (auto* c = ast::dyn_cast<ast::Constant>(e)) {
      for (char ch : c->value.text) {
        if (ch == '{' || ch == '}') out += ch;
        out += ch;
      }
      return;
    }
    auto* f = ast::cast<ast::FormattedValue>(e);
    Unparser inner;
    inner.expr(f->value, kTest + 1);
    out += inner.out.starts_with("{") ? "{ " : "{";
    out += inner.out;
    if (f->conversion > 0) {
      out += "!";
      out += char(f->conversion);
    }
    if (f->format_spec != nullptr) {
      out += ":";
      fstring_body(f->format_spec);
    }
    out += "}";
  }
};

}  // namespace

std::string unparse_expression(const ast::expr_t* e) {
  Unparser unparser;
  unparser.expr(e, kTest);
  return unparser.out;
}

}  // namespace pyxis::compiler
