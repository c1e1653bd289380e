// Grammar rules for expressions: from `expressions` and `expression` down through the
// boolean, comparison and arithmetic levels to `primary`, `atom`, slices, groups and lambdas.
// Left-recursive rules (bitwise_or ... term, primary) are loops producing the same trees.
#include "frontend/parser/parser.h"

namespace pyxis::frontend {

using namespace ast;
using TK = TokenKind;

// Memoization wrapper used by the memoized rules: one rule level (as CPython counts them),
// a memo lookup at the current position, then the raw rule.
#define PYXIS_MEMOIZED_RULE(Type, rule_name, memo_rule, raw_call)   \
  Type* Parser::rule_name() {                                       \
    DepthGuard guard(this);                                         \
    peek();                                                         \
    Type* r;                                                        \
    bool use_memo = memo_active(memo_rule);                         \
    if (use_memo && memo_lookup(memo_rule, &r)) return r;           \
    int start = mark_;                                              \
    r = raw_call;                                                   \
    if (use_memo) memo_store(memo_rule, start, r);                  \
    return r;                                                       \
  }

// expressions:
//     | expression (',' expression)+ [',']
//     | expression ','
//     | expression
expr_t* Parser::expressions() {
  return element_tuple(&Parser::expression, expr_context_t::Load);
}

// The shape of expressions, star_expressions and star_targets: one element alone, or
// elements separated by commas (with an optional trailing comma) as a Tuple, with the
// depth accounting of CPython's generated code for the rule, its loop and its group.
expr_t* Parser::element_tuple(expr_t* (Parser::*element)(), expr_context_t ctx) {
  DepthGuard guard(this);
  int start = mark_;
  peek();
  expr_t* a = (this->*element)();
  if (a == nullptr) {
    mark_ = start;
    return nullptr;
  }
  if (!at(TK::COMMA)) return a;
  SeqBuilder<expr_t*> elts(*this);
  elts.push(a);
  {
    DepthGuard loop_guard(this);
    for (;;) {
      int m = mark_;
      expr_t* c = nullptr;
      {
        DepthGuard group_guard(this);  // the (sep element) group
        if (expect(TK::COMMA)) c = (this->*element)();
      }
      if (c == nullptr) {
        mark_ = m;
        break;
      }
      elts.push(c);
    }
  }
  expect(TK::COMMA);
  Tuple* t = node<Tuple>(start);
  t->elts = elts.finish();
  t->ctx = ctx;
  return t;
}

PYXIS_MEMOIZED_RULE(expr_t, expression, MemoRule::expression, expression_raw())

// expression:
//     | invalid_expression
//     | invalid_legacy_expression
//     | disjunction 'if' disjunction 'else' expression
//     | disjunction
//     | lambdef
expr_t* Parser::expression_raw() {
  int start = mark_;
  if (call_invalid_rules_) {
    invalid_expression();
    mark_ = start;
    invalid_legacy_expression();
    mark_ = start;
  }
  if (expr_t* a = disjunction()) {
    int after = mark_;
    if (expect(TK::KW_IF)) {
      if (expr_t* b = disjunction()) {
        if (expect(TK::KW_ELSE)) {
          if (expr_t* c = expression()) {
            IfExp* e = node<IfExp>(start);
            e->test = b;
            e->body = a;
            e->orelse = c;
            return e;
          }
        }
      }
    }
    mark_ = after;
    return a;
  }
  mark_ = start;
  if (expr_t* l = lambdef()) return l;
  mark_ = start;
  return nullptr;
}

// expression_without_invalid: the alternatives of `expression`, with the invalid rules off.
expr_t* Parser::expression_without_invalid() {
  bool saved = call_invalid_rules_;
  call_invalid_rules_ = false;
  DepthGuard guard(this);
  int start = mark_;
  peek();
  expr_t* result = nullptr;
  if (expr_t* a = disjunction()) {
    int after = mark_;
    if (expect(TK::KW_IF)) {
      if (expr_t* b = disjunction()) {
        if (expect(TK::KW_ELSE)) {
          if (expr_t* c = expression()) {
            IfExp* e = node<IfExp>(start);
            e->test = b;
            e->body = a;
            e->orelse = c;
            result = e;
          }
        }
      }
    }
    if (result == nullptr) {
      mark_ = after;
      result = a;
    }
  } else {
    mark_ = start;
    result = lambdef();
    if (result == nullptr) mark_ = start;
  }
  call_invalid_rules_ = saved;
  return result;
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
expr_t* Parser::yield_expr() {
  DepthGuard guard(this);
  int start = mark_;
  if (expect(TK::KW_YIELD)) {
    if (expect(TK::KW_FROM)) {
      if (expr_t* a = expression()) {
        YieldFrom* y = node<YieldFrom>(start);
        y->value = a;
        return y;
      }
    }
    mark_ = start + 1;
    int m = mark_;
    expr_t* a = star_expressions();
    if (a == nullptr) mark_ = m;
    Yield* y = node<Yield>(start);
    y->value = a;
    return y;
  }
  mark_ = start;
  return nullptr;
}

// star_expressions:
//     | star_expression (',' star_expression)+ [',']
//     | star_expression ','
//     | star_expression
expr_t* Parser::star_expressions() {
  return element_tuple(&Parser::star_expression, expr_context_t::Load);
}

// star_expression (memo): '*' bitwise_or | expression

expr_t* Parser::star_expression() {
  DepthGuard guard(this);
  peek();
  expr_t* r;
  bool use_memo = memo_active(MemoRule::star_expression);
  if (use_memo && memo_lookup(MemoRule::star_expression, &r)) return r;
  int start = mark_;
  r = nullptr;
  if (expect(TK::STAR)) {
    if (expr_t* a = bitwise_or()) {
      Starred* s = node<Starred>(start);
      s->value = a;
      s->ctx = expr_context_t::Load;
      r = s;
    }
  }
  if (r == nullptr) {
    mark_ = start;
    r = expression();
    if (r == nullptr) mark_ = start;
  }
  if (use_memo) memo_store(MemoRule::star_expression, start, r);
  return r;
}

// star_named_expressions: ','.star_named_expression+ [',']
bool Parser::star_named_expressions(Seq<expr_t*>* out) {
  DepthGuard guard(this);
  int start = mark_;
  SeqBuilder<expr_t*> elts(*this);
  {
    bool any = gather(TK::COMMA, [&] {
      expr_t* e = star_named_expression();
      if (e != nullptr) elts.push(e);
      return e != nullptr;
    });
    if (!any) {
      mark_ = start;
      return false;
    }
  }
  expect(TK::COMMA);
  *out = elts.finish();
  return true;
}

// star_named_expression: '*' bitwise_or | named_expression
expr_t* Parser::star_named_expression() {
  DepthGuard guard(this);
  int start = mark_;
  peek();
  if (expect(TK::STAR)) {
    if (expr_t* a = bitwise_or()) {
      Starred* s = node<Starred>(start);
      s->value = a;
      s->ctx = expr_context_t::Load;
      return s;
    }
  }
  mark_ = start;
  if (expr_t* e = named_expression()) return e;
  mark_ = start;
  return nullptr;
}

// assignment_expression: NAME ':=' ~ expression
expr_t* Parser::assignment_expression() {
  DepthGuard guard(this);
  int start = mark_;
  peek();
  if (Token* a = expect(TK::NAME)) {
    if (expect(TK::COLONEQUAL)) {
      if (expr_t* b = expression()) {
        NamedExpr* e = node<NamedExpr>(start);
        e->target = name_from_token(a, expr_context_t::Store);
        e->value = b;
        return e;
      }
    }
  }
  mark_ = start;
  return nullptr;
}

// named_expression: assignment_expression | invalid_named_expression | expression !':='
expr_t* Parser::named_expression() {
  DepthGuard guard(this);
  int start = mark_;
  if (expr_t* e = assignment_expression()) return e;
  mark_ = start;
  if (call_invalid_rules_) {
    invalid_named_expression();
    mark_ = start;
  }
  if (expr_t* e = expression()) {
    if (!at(TK::COLONEQUAL)) return e;
  }
  mark_ = start;
  return nullptr;
}

// disjunction (memo): conjunction ('or' conjunction)+ | conjunction
expr_t* Parser::disjunction() {
  return bool_op_chain(MemoRule::disjunction, TK::KW_OR, boolop_t::Or, &Parser::conjunction);
}

// conjunction (memo): inversion ('and' inversion)+ | inversion
expr_t* Parser::conjunction() {
  return bool_op_chain(MemoRule::conjunction, TK::KW_AND, boolop_t::And, &Parser::inversion);
}

// The shape both boolean rules share: operand (keyword operand)+ | operand, memoised, with
// the depth accounting of CPython's generated code for the rule, its loop and its group.
expr_t* Parser::bool_op_chain(MemoRule rule, TK keyword, boolop_t op, expr_t* (Parser::*operand)()) {
  DepthGuard guard(this);
  peek();
  expr_t* r;
  bool use_memo = memo_active(rule);
  if (use_memo && memo_lookup(rule, &r)) return r;
  int start = mark_;
  r = (this->*operand)();
  if (r != nullptr) {
    SeqBuilder<expr_t*> values(*this);
    {
      DepthGuard loop_guard(this);
      for (;;) {
        int m = mark_;
        expr_t* c = nullptr;
        {
          DepthGuard group_guard(this);  // the (sep element) group
          if (expect(keyword)) c = (this->*operand)();
        }
        if (c == nullptr) {
          mark_ = m;
          break;
        }
        if (values.empty()) values.push(r);
        values.push(c);
      }
    }
    if (!values.empty()) {
      BoolOp* b = node<BoolOp>(start);
      b->op = op;
      b->values = values.finish();
      r = b;
    }
  } else {
    mark_ = start;
  }
  if (use_memo) memo_store(rule, start, r);
  return r;
}

// inversion (memo): 'not' inversion | comparison
expr_t* Parser::inversion() {
  DepthGuard guard(this);
  peek();
  expr_t* r;
  bool use_memo = memo_active(MemoRule::inversion);
  if (use_memo && memo_lookup(MemoRule::inversion, &r)) return r;
  int start = mark_;
  r = nullptr;
  if (expect(TK::KW_NOT)) {
    if (expr_t* a = inversion()) {
      UnaryOp* u = node<UnaryOp>(start);
      u->op = unaryop_t::Not;
      u->operand = a;
      r = u;
    }
  }
  if (r == nullptr) {
    mark_ = start;
    r = comparison();
    if (r == nullptr) mark_ = start;
  }
  if (use_memo) memo_store(MemoRule::inversion, start, r);
  return r;
}


// One `compare_op_bitwise_or_pair`: an operator and its right operand.
bool Parser::compare_op_bitwise_or_pair(cmpop_t* op, expr_t** operand) {
  DepthGuard guard(this);
  int start = mark_;
  DepthGuard op_rule_guard(this);  // the eq_bitwise_or / noteq_bitwise_or ... rule
  Token* t = peek();
  switch (t->kind) {
    case TK::EQEQUAL:
      *op = cmpop_t::Eq;
      break;
    case TK::NOTEQUAL:
      if (t->text != "!=") return false;  // '<>' is only valid with barry_as_FLUFL
      *op = cmpop_t::NotEq;
      break;
    case TK::LESSEQUAL:
      *op = cmpop_t::LtE;
      break;
    case TK::LESS:
      *op = cmpop_t::Lt;
      break;
    case TK::GREATEREQUAL:
      *op = cmpop_t::GtE;
      break;
    case TK::GREATER:
      *op = cmpop_t::Gt;
      break;
    case TK::KW_NOT:
      ++mark_;
      if (!expect(TK::KW_IN)) {
        mark_ = start;
        return false;
      }
      *operand = bitwise_or();
      if (*operand != nullptr) {
        *op = cmpop_t::NotIn;
        return true;
      }
      mark_ = start;
      return false;
    case TK::KW_IN:
      *op = cmpop_t::In;
      break;
    case TK::KW_IS:
      ++mark_;
      if (expect(TK::KW_NOT)) {
        *operand = bitwise_or();
        if (*operand != nullptr) {
          *op = cmpop_t::IsNot;
          return true;
        }
      }
      mark_ = start;
      *op = cmpop_t::Is;
      break;
    default:
      return false;
  }
  ++mark_;
  *operand = bitwise_or();
  if (*operand != nullptr) return true;
  mark_ = start;
  return false;
}

// comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
expr_t* Parser::comparison() {
  DepthGuard guard(this);
  int start = mark_;
  peek();
  expr_t* a = bitwise_or();
  if (a == nullptr) {
    mark_ = start;
    return nullptr;
  }
  SeqBuilder<ComparePair> pairs(*this);
  {
    DepthGuard loop_guard(this);
    for (;;) {
      int m = mark_;
      ComparePair pair;
      if (!compare_op_bitwise_or_pair(&pair.op, &pair.operand)) {
        mark_ = m;
        break;
      }
      pairs.push(pair);
    }
  }
  if (pairs.empty()) return a;
  Compare* c = node<Compare>(start);
  c->left = a;
  c->ops = Seq<cmpop_t>::make(arena_, pairs.size());
  c->comparators = Seq<expr_t*>::make(arena_, pairs.size());
  for (uint32_t i = 0; i < pairs.size(); ++i) {
    ComparePair pair = pairs.get(i);
    c->ops[i] = pair.op;
    c->comparators[i] = pair.operand;
  }
  return c;
}

// A left-recursive rule `rule: rule OP operand | operand`, as a loop building left-nested
// BinOps. It counts two rule levels, like CPython's memoizing wrapper and raw function.
template <class MatchOp>
expr_t* Parser::left_assoc(MemoRule rule, expr_t* (Parser::*operand)(), MatchOp match_op) {
  DepthGuard guard(this);
  peek();
  expr_t* r;
  bool use_memo = memo_active(rule);
  if (use_memo && memo_lookup(rule, &r)) return r;
  int start = mark_;
  {
    DepthGuard raw_guard(this);
    r = (this->*operand)();
    if (r != nullptr) {
      for (;;) {
        int m = mark_;
        operator_t op;
        if (!match_op(peek_kind(), &op)) break;
        ++mark_;
        expr_t* right = (this->*operand)();
        if (right == nullptr) {
          mark_ = m;
          break;
        }
        BinOp* b = node<BinOp>(start);
        b->left = r;
        b->op = op;
        b->right = right;
        r = b;
      }
    } else {
      mark_ = start;
    }
  }
  if (use_memo) memo_store(rule, start, r);
  return r;
}

// bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor
expr_t* Parser::bitwise_or() {
  return left_assoc(MemoRule::bitwise_or, &Parser::bitwise_xor, [](TK k, operator_t* op) {
    *op = operator_t::BitOr;
    return k == TK::VBAR;
  });
}

// bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and
expr_t* Parser::bitwise_xor() {
  return left_assoc(MemoRule::bitwise_xor, &Parser::bitwise_and, [](TK k, operator_t* op) {
    *op = operator_t::BitXor;
    return k == TK::CIRCUMFLEX;
  });
}

// bitwise_and: bitwise_and '&' shift_expr | shift_expr
expr_t* Parser::bitwise_and() {
  return left_assoc(MemoRule::bitwise_and, &Parser::shift_expr, [](TK k, operator_t* op) {
    *op = operator_t::BitAnd;
    return k == TK::AMPER;
  });
}

// shift_expr: shift_expr '<<' sum | shift_expr '>>' sum | sum
expr_t* Parser::shift_expr() {
  return left_assoc(MemoRule::shift_expr, &Parser::sum, [](TK k, operator_t* op) {
    if (k == TK::LEFTSHIFT) {
      *op = operator_t::LShift;
      return true;
    }
    if (k == TK::RIGHTSHIFT) {
      *op = operator_t::RShift;
      return true;
    }
    return false;
  });
}

// sum: sum '+' term | sum '-' term | term
expr_t* Parser::sum() {
  return left_assoc(MemoRule::sum, &Parser::term, [](TK k, operator_t* op) {
    if (k == TK::PLUS) {
      *op = operator_t::Add;
      return true;
    }
    if (k == TK::MINUS) {
      *op = operator_t::Sub;
      return true;
    }
    return false;
  });
}

// term: term ('*' | '/' | '//' | '%' | '@') factor | factor
expr_t* Parser::term() {
  return left_assoc(MemoRule::term, &Parser::factor, [](TK k, operator_t* op) {
    switch (k) {
      case TK::STAR:
        *op = operator_t::Mult;
        return true;
      case TK::SLASH:
        *op = operator_t::Div;
        return true;
      case TK::DOUBLESLASH:
        *op = operator_t::FloorDiv;
        return true;
      case TK::PERCENT:
        *op = operator_t::Mod;
        return true;
      case TK::AT:
        *op = operator_t::MatMult;
        return true;
      default:
        return false;
    }
  });
}

// factor (memo): '+' factor | '-' factor | '~' factor | power
expr_t* Parser::factor() {
  DepthGuard guard(this);
  peek();
  expr_t* r;
  bool use_memo = memo_active(MemoRule::factor);
  if (use_memo && memo_lookup(MemoRule::factor, &r)) return r;
  int start = mark_;
  r = nullptr;
  TK k = peek_kind();
  if (k == TK::PLUS || k == TK::MINUS || k == TK::TILDE) {
    ++mark_;
    if (expr_t* a = factor()) {
      UnaryOp* u = node<UnaryOp>(start);
      u->op = k == TK::PLUS ? unaryop_t::UAdd : k == TK::MINUS ? unaryop_t::USub : unaryop_t::Invert;
      u->operand = a;
      r = u;
    }
  }
  if (r == nullptr) {
    mark_ = start;
    r = power();
    if (r == nullptr) mark_ = start;
  }
  if (use_memo) memo_store(MemoRule::factor, start, r);
  return r;
}

// power: await_primary '**' factor | await_primary
expr_t* Parser::power() {
  DepthGuard guard(this);
  int start = mark_;
  peek();
  expr_t* a = await_primary();
  if (a == nullptr) {
    mark_ = start;
    return nullptr;
  }
  int m = mark_;
  if (expect(TK::DOUBLESTAR)) {
    if (expr_t* b = factor()) {
      BinOp* e = node<BinOp>(start);
      e->left = a;
      e->op = operator_t::Pow;
      e->right = b;
      return e;
    }
  }
  mark_ = m;
  return a;
}

// await_primary (memo): AWAIT primary | primary
expr_t* Parser::await_primary() {
  DepthGuard guard(this);
  peek();
  expr_t* r;
  bool use_memo = memo_active(MemoRule::await_primary);
  if (use_memo && memo_lookup(MemoRule::await_primary, &r)) return r;
  int start = mark_;
  r = nullptr;
  if (expect(TK::KW_AWAIT)) {
    if (expr_t* a = primary()) {
      Await* w = node<Await>(start);
      w->value = a;
      r = w;
    }
  }
  if (r == nullptr) {
    mark_ = start;
    r = primary();
    if (r == nullptr) mark_ = start;
  }
  if (use_memo) memo_store(MemoRule::await_primary, start, r);
  return r;
}

// primary (left-recursive):
//     | primary '.' NAME
//     | primary genexp
//     | primary '(' [arguments] ')'
//     | primary '[' slices ']'
//     | atom
expr_t* Parser::primary() {
  DepthGuard guard(this);
  peek();
  expr_t* r;
  bool use_memo = memo_active(MemoRule::primary);
  if (use_memo && memo_lookup(MemoRule::primary, &r)) return r;
  int start = mark_;
  {
    DepthGuard raw_guard(this);
    r = atom();
    if (r == nullptr) {
      mark_ = start;
    } else {
      for (;;) {
        int m = mark_;
        if (expect(TK::DOT)) {
          if (Token* b = expect(TK::NAME)) {
            Attribute* e = node<Attribute>(start);
            e->value = r;
            e->attr = identifier(b);
            e->ctx = expr_context_t::Load;
            r = e;
            continue;
          }
        }
        mark_ = m;
        if (expr_t* g = genexp()) {
          Call* e = node<Call>(start);
          e->func = r;
          e->args = singleton(g);
          r = e;
          continue;
        }
        mark_ = m;
        if (expect(TK::LPAR)) {
          int m2 = mark_;
          Call* args = arguments();
          if (args == nullptr) mark_ = m2;
          if (expect(TK::RPAR)) {
            Call* e = node<Call>(start);
            e->func = r;
            if (args != nullptr) {
              e->args = args->args;
              e->keywords = args->keywords;
            }
            r = e;
            continue;
          }
        }
        mark_ = m;
        if (expect(TK::LSQB)) {
          if (expr_t* s = slices()) {
            if (expect(TK::RSQB)) {
              Subscript* e = node<Subscript>(start);
              e->value = r;
              e->slice = s;
              e->ctx = expr_context_t::Load;
              r = e;
              continue;
            }
          }
        }
        mark_ = m;
        break;
      }
    }
  }
  if (use_memo) memo_store(MemoRule::primary, start, r);
  return r;
}

// slices:
//     | slice !','
//     | ','.(slice | starred_expression)+ [',']
expr_t* Parser::slices() {
  DepthGuard guard(this);
  int start = mark_;
  peek();
  if (expr_t* a = slice()) {
    if (!at(TK::COMMA)) return a;
  }
  mark_ = start;
  SeqBuilder<expr_t*> elts(*this);
  {
    auto element = [this]() -> expr_t* {
      DepthGuard group_guard(this);
      int m = mark_;
      if (expr_t* s = slice()) return s;
      mark_ = m;
      if (expr_t* s = starred_expression()) return s;
      mark_ = m;
      return nullptr;
    };
    bool any = gather(TK::COMMA, [&] {
      expr_t* e = element();
      if (e != nullptr) elts.push(e);
      return e != nullptr;
    });
    if (!any) {
      mark_ = start;
      return nullptr;
    }
  }
  expect(TK::COMMA);
  Tuple* t = node<Tuple>(start);
  t->elts = elts.finish();
  t->ctx = expr_context_t::Load;
  return t;
}

// slice:
//     | [expression] ':' [expression] [':' [expression]]
//     | named_expression
expr_t* Parser::slice() {
  DepthGuard guard(this);
  int start = mark_;
  peek();
  {
    int m = mark_;
    expr_t* lower = expression();
    if (lower == nullptr) mark_ = m;
    if (expect(TK::COLON)) {
      m = mark_;
      expr_t* upper = expression();
      if (upper == nullptr) mark_ = m;
      expr_t* step = nullptr;
      m = mark_;
      {
        DepthGuard group_guard(this);
        if (expect(TK::COLON)) {
          int m2 = mark_;
          step = expression();
          if (step == nullptr) mark_ = m2;
        } else {
          mark_ = m;
        }
      }
      Slice* s = node<Slice>(start);
      s->lower = lower;
      s->upper = upper;
      s->step = step;
      return s;
    }
  }
  mark_ = start;
  if (expr_t* e = named_expression()) return e;
  mark_ = start;
  return nullptr;
}

// atom:
//     | NAME | 'True' | 'False' | 'None'
//     | &(STRING|FSTRING_START) strings
//     | NUMBER
//     | &'(' (tuple | group | genexp)
//     | &'[' (list | listcomp)
//     | &'{' (dict | set | dictcomp | setcomp)
//     | '...'
expr_t* Parser::atom() {
  DepthGuard guard(this);
  int start = mark_;
  Token* t = peek();
  switch (t->kind) {
    case TK::NAME:
      ++mark_;
      return name_from_token(t, expr_context_t::Load);
    case TK::KW_TRUE:
      ++mark_;
      return constant_node(ConstantValue::Kind::True, start);
    case TK::KW_FALSE:
      ++mark_;
      return constant_node(ConstantValue::Kind::False, start);
    case TK::KW_NONE:
      ++mark_;
      return constant_node(ConstantValue::Kind::None, start);
    default:
      break;
  }
  {
    // The &(STRING|FSTRING_START) lookahead is a rule of its own in CPython: one more level.
    DepthGuard lookahead_guard(this);
  }
  switch (t->kind) {
    case TK::STRING:
    case TK::FSTRING_START:
      if (expr_t* s = strings()) return s;
      break;
    case TK::NUMBER:
      ++mark_;
      return number_token(t);
    case TK::LPAR: {
      DepthGuard group_guard(this);
      if (expr_t* e = tuple()) return e;
      mark_ = start;
      if (expr_t* e = group()) return e;
      mark_ = start;
      if (expr_t* e = genexp()) return e;
      break;
    }
    case TK::LSQB: {
      DepthGuard group_guard(this);
      if (expr_t* e = list()) return e;
      mark_ = start;
      if (expr_t* e = listcomp()) return e;
      break;
    }
    case TK::LBRACE: {
      DepthGuard group_guard(this);
      if (expr_t* e = dict()) return e;
      mark_ = start;
      if (expr_t* e = set()) return e;
      mark_ = start;
      if (expr_t* e = dictcomp()) return e;
      mark_ = start;
      if (expr_t* e = setcomp()) return e;
      break;
    }
    case TK::ELLIPSIS:
      ++mark_;
      return constant_node(ConstantValue::Kind::Ellipsis, start);
    default:
      break;
  }
  mark_ = start;
  return nullptr;
}

// group: '(' (yield_expr | named_expression) ')' | invalid_group
expr_t* Parser::group() {
  DepthGuard guard(this);
  int start = mark_;
  if (expect(TK::LPAR)) {
    expr_t* a;
    {
      DepthGuard group_guard(this);
      int m = mark_;
      a = yield_expr();
      if (a == nullptr) {
        mark_ = m;
        a = named_expression();
      }
    }
    if (a != nullptr && expect(TK::RPAR)) return a;
  }
  mark_ = start;
  if (call_invalid_rules_) {
    invalid_group();
    mark_ = start;
  }
  return nullptr;
}

// lambdef: 'lambda' [lambda_params] ':' expression
expr_t* Parser::lambdef() {
  DepthGuard guard(this);
  int start = mark_;
  peek();
  if (expect(TK::KW_LAMBDA)) {
    int m = mark_;
    arguments_t* a = lambda_params();
    if (a == nullptr) mark_ = m;
    if (expect(TK::COLON)) {
      if (expr_t* b = expression()) {
        Lambda* l = node<Lambda>(start);
        l->args = a != nullptr ? a : empty_arguments();
        l->body = b;
        return l;
      }
    }
  }
  mark_ = start;
  return nullptr;
}

}  // namespace pyxis::frontend
