// Grammar rules for the start symbols, statement lists, simple statements, imports, blocks,
// decorators, class and function definitions, type aliases and type parameters.
#include "frontend/parser/parser.h"

namespace pyxis::frontend {

using namespace ast;
using TK = TokenKind;

// ---------------------------------------------------------------------------- start rules

// file: [statements] ENDMARKER
mod_t* Parser::file_rule() {
  DepthGuard guard(this);
  int start = mark_;
  Seq<stmt_t*> body;
  if (!statements(&body)) mark_ = start;
  if (expect(TK::ENDMARKER)) {
    Module* m = make<Module>(arena_);
    m->body = body;
    return m;
  }
  mark_ = start;
  return nullptr;
}

// interactive: statement_newline
mod_t* Parser::interactive_rule() {
  DepthGuard guard(this);
  Seq<stmt_t*> body;
  if (statement_newline(&body)) {
    Interactive* m = make<Interactive>(arena_);
    m->body = body;
    return m;
  }
  return nullptr;
}

// eval: expressions NEWLINE* ENDMARKER
mod_t* Parser::eval_rule() {
  DepthGuard guard(this);
  int start = mark_;
  if (expr_t* a = expressions()) {
    while (expect(TK::NEWLINE)) {
    }
    if (expect(TK::ENDMARKER)) {
      Expression* m = make<Expression>(arena_);
      m->body = a;
      return m;
    }
  }
  mark_ = start;
  return nullptr;
}

// func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER
mod_t* Parser::func_type_rule() {
  DepthGuard guard(this);
  int start = mark_;
  if (expect(TK::LPAR)) {
    SeqBuilder<expr_t*> types(*this);
    int m = mark_;
    if (!type_expressions(types)) {
      mark_ = m;
      types.truncate(0);
    }
    if (expect(TK::RPAR) && expect(TK::RARROW)) {
      if (expr_t* b = expression()) {
        while (expect(TK::NEWLINE)) {
        }
        if (expect(TK::ENDMARKER)) {
          FunctionType* f = make<FunctionType>(arena_);
          f->argtypes = types.finish();
          f->returns = b;
          return f;
        }
      }
    }
  }
  mark_ = start;
  return nullptr;
}

// ','.expression+ appended to `out`; false when there is not even one.
bool Parser::expression_gather(SeqBuilder<expr_t*>& out) {
  return gather(TK::COMMA, [&] {
    expr_t* e = expression();
    if (e != nullptr) out.push(e);
    return e != nullptr;
  });
}

// type_expressions (func_type mode): expressions, possibly ending in `*a` and/or `**b`.
bool Parser::type_expressions(SeqBuilder<expr_t*>& out) {
  DepthGuard guard(this);
  int start = mark_;
  // ','.expression+ ',' '*' expression ',' '**' expression
  if (expression_gather(out) && expect(TK::COMMA) && expect(TK::STAR)) {
    if (expr_t* b = expression()) {
      if (expect(TK::COMMA) && expect(TK::DOUBLESTAR)) {
        if (expr_t* c = expression()) {
          out.push(b);
          out.push(c);
          return true;
        }
      }
    }
  }
  out.truncate(0);
  mark_ = start;
  // ','.expression+ ',' '*' expression
  if (expression_gather(out) && expect(TK::COMMA) && expect(TK::STAR)) {
    if (expr_t* b = expression()) {
      out.push(b);
      return true;
    }
  }
  out.truncate(0);
  mark_ = start;
  // ','.expression+ ',' '**' expression
  if (expression_gather(out) && expect(TK::COMMA) && expect(TK::DOUBLESTAR)) {
    if (expr_t* b = expression()) {
      out.push(b);
      return true;
    }
  }
  out.truncate(0);
  mark_ = start;
  // '*' expression ',' '**' expression
  if (expect(TK::STAR)) {
    if (expr_t* a = expression()) {
      if (expect(TK::COMMA) && expect(TK::DOUBLESTAR)) {
        if (expr_t* b = expression()) {
          out.push(a);
          out.push(b);
          return true;
        }
      }
    }
  }
  mark_ = start;
  // '*' expression
  if (expect(TK::STAR)) {
    if (expr_t* a = expression()) {
      out.push(a);
      return true;
    }
  }
  mark_ = start;
  // '**' expression
  if (expect(TK::DOUBLESTAR)) {
    if (expr_t* a = expression()) {
      out.push(a);
      return true;
    }
  }
  mark_ = start;
  // ','.expression+
  if (expression_gather(out)) return true;
  out.truncate(0);
  mark_ = start;
  return false;
}

// ---------------------------------------------------------------------------- statement lists

// statements: statement+
bool Parser::statements(Seq<stmt_t*>* out) {
  DepthGuard guard(this);
  SeqBuilder<stmt_t*> body(*this);
  {
    DepthGuard loop_guard(this);
    while (statement(body)) {
    }
  }
  if (body.empty()) return false;
  *out = body.finish();
  return true;
}

// statement: compound_stmt | simple_stmts
bool Parser::statement(SeqBuilder<stmt_t*>& out) {
  DepthGuard guard(this);
  int start = mark_;
  if (stmt_t* s = compound_stmt()) {
    out.push(s);
    return true;
  }
  mark_ = start;
  if (simple_stmts(out)) return true;
  mark_ = start;
  return false;
}

// statement_newline: compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER
bool Parser::statement_newline(Seq<stmt_t*>* out) {
  DepthGuard guard(this);
  int start = mark_;
  peek();
  if (stmt_t* s = compound_stmt()) {
    if (expect(TK::NEWLINE)) {
      *out = singleton(s);
      return true;
    }
  }
  mark_ = start;
  {
    SeqBuilder<stmt_t*> body(*this);
    if (simple_stmts(body)) {
      *out = body.finish();
      return true;
    }
  }
  mark_ = start;
  if (expect(TK::NEWLINE)) {
    *out = singleton<stmt_t*>(node<Pass>(start));
    return true;
  }
  mark_ = start;
  // ENDMARKER: the end of interactive input, which fails the parse.
  return false;
}

// simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
bool Parser::simple_stmts(SeqBuilder<stmt_t*>& out) {
  DepthGuard guard(this);
  int start = mark_;
  uint32_t base = out.size();
  if (stmt_t* s = simple_stmt()) {
    if (!at(TK::SEMI) && expect(TK::NEWLINE)) {
      out.push(s);
      return true;
    }
  }
  mark_ = start;
  bool any = gather(TK::SEMI, [&] {
    stmt_t* s = simple_stmt();
    if (s != nullptr) out.push(s);
    return s != nullptr;
  });
  if (any) {
    expect(TK::SEMI);
    if (expect(TK::NEWLINE)) return true;
  }
  out.truncate(base);
  mark_ = start;
  return false;
}

stmt_t* Parser::simple_stmt() {
  DepthGuard guard(this);
  peek();
  stmt_t* r;
  if (memo_lookup(MemoRule::simple_stmt, &r)) return r;
  int start = mark_;
  r = simple_stmt_raw();
  memo_store(MemoRule::simple_stmt, start, r);
  return r;
}

stmt_t* Parser::simple_stmt_raw() {
  int start = mark_;
  if (stmt_t* s = assignment()) return s;
  mark_ = start;
  if (at_soft_keyword("type")) {
    if (stmt_t* s = type_alias()) return s;
    mark_ = start;
  }
  if (expr_t* e = star_expressions()) {
    Expr* s = node<Expr>(start);
    s->value = e;
    return s;
  }
  mark_ = start;
  switch (peek_kind()) {
    case TK::KW_RETURN:
      if (stmt_t* s = return_stmt()) return s;
      break;
    case TK::KW_IMPORT:
    case TK::KW_FROM:
      if (stmt_t* s = import_stmt()) return s;
      break;
    case TK::KW_RAISE:
      if (stmt_t* s = raise_stmt()) return s;
      break;
    case TK::KW_PASS:
      ++mark_;
      return node<Pass>(start);
    case TK::KW_DEL:
      if (stmt_t* s = del_stmt()) return s;
      break;
    case TK::KW_YIELD:
      if (stmt_t* s = yield_stmt()) return s;
      break;
    case TK::KW_ASSERT:
      if (stmt_t* s = assert_stmt()) return s;
      break;
    case TK::KW_BREAK:
      ++mark_;
      return node<Break>(start);
    case TK::KW_CONTINUE:
      ++mark_;
      return node<Continue>(start);
    case TK::KW_GLOBAL:
      if (stmt_t* s = global_stmt()) return s;
      break;
    case TK::KW_NONLOCAL:
      if (stmt_t* s = nonlocal_stmt()) return s;
      break;
    default:
      break;
  }
  mark_ = start;
  return nullptr;
}

// compound_stmt: function_def | if_stmt | class_def | with_stmt | for_stmt | try_stmt |
// while_stmt | match_stmt, each behind a lookahead on its first token.
stmt_t* Parser::compound_stmt() {
  DepthGuard guard(this);
  int start = mark_;
  TK k = peek_kind();
  if (k == TK::KW_DEF || k == TK::AT || k == TK::KW_ASYNC) {
    if (stmt_t* s = function_def()) return s;
    mark_ = start;
  }
  if (k == TK::KW_IF) {
    if (stmt_t* s = if_stmt()) return s;
    mark_ = start;
  }
  if (k == TK::KW_CLASS || k == TK::AT) {
    if (stmt_t* s = class_def()) return s;
    mark_ = start;
  }
  if (k == TK::KW_WITH || k == TK::KW_ASYNC) {
    if (stmt_t* s = with_stmt()) return s;
    mark_ = start;
  }
  if (k == TK::KW_FOR || k == TK::KW_ASYNC) {
    if (stmt_t* s = for_stmt()) return s;
    mark_ = start;
  }
  if (k == TK::KW_TRY) {
    if (stmt_t* s = try_stmt()) return s;
    mark_ = start;
  }
  if (k == TK::KW_WHILE) {
    if (stmt_t* s = while_stmt()) return s;
    mark_ = start;
  }
  if (stmt_t* s = match_stmt()) return s;
  mark_ = start;
  return nullptr;
}

// ---------------------------------------------------------------------------- simple statements

// annotated_rhs: yield_expr | star_expressions
expr_t* Parser::annotated_rhs() {
  DepthGuard guard(this);
  int start = mark_;
  if (expr_t* e = yield_expr()) return e;
  mark_ = start;
  if (expr_t* e = star_expressions()) return e;
  mark_ = start;
  return nullptr;
}

// The `['=' annotated_rhs]` tail of an annotated assignment.
expr_t* Parser::optional_annotation_value() {
  int m = mark_;
  {
    DepthGuard group_guard(this);  // ['=' annotated_rhs]
    if (expect(TK::EQUAL)) {
      if (expr_t* v = annotated_rhs()) return v;
    }
  }
  mark_ = m;
  return nullptr;
}

stmt_t* Parser::assignment() {
  DepthGuard guard(this);
  int start = mark_;
  peek();
  // NAME ':' expression ['=' annotated_rhs]
  if (Token* a = expect(TK::NAME)) {
    if (expect(TK::COLON)) {
      if (expr_t* b = expression()) {
        expr_t* c = optional_annotation_value();
        AnnAssign* s = node<AnnAssign>(start);
        s->target = name_from_token(a, expr_context_t::Store);
        s->annotation = b;
        s->value = c;
        s->simple = 1;
        return s;
      }
    }
  }
  mark_ = start;
  // ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
  {
    expr_t* a = nullptr;
    {
      DepthGuard group_guard(this);
      if (expect(TK::LPAR)) {
        a = single_target();
        if (a != nullptr && !expect(TK::RPAR)) a = nullptr;
      }
      if (a == nullptr) {
        mark_ = start;
        a = single_subscript_attribute_target();
        if (a == nullptr) mark_ = start;
      }
    }
    if (a != nullptr && expect(TK::COLON)) {
      if (expr_t* b = expression()) {
        expr_t* c = optional_annotation_value();
        AnnAssign* s = node<AnnAssign>(start);
        s->target = a;
        s->annotation = b;
        s->value = c;
        s->simple = 0;
        return s;
      }
    }
  }
  mark_ = start;
  // (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
  {
    SeqBuilder<expr_t*> targets(*this);
    {
      DepthGuard loop_guard(this);
      for (;;) {
        int m = mark_;
        expr_t* t = star_targets();
        if (t != nullptr && expect(TK::EQUAL)) {
          targets.push(t);
          continue;
        }
        mark_ = m;
        break;
      }
    }
    if (!targets.empty()) {
      int m = mark_;
      expr_t* b;
      {
        DepthGuard group_guard(this);
        b = yield_expr();
        if (b == nullptr) {
          mark_ = m;
          b = star_expressions();
        }
      }
      if (b != nullptr && !at(TK::EQUAL)) {
        expect(TK::TYPE_COMMENT);
        Assign* s = node<Assign>(start);
        s->targets = targets.finish();
        s->value = b;
        return s;
      }
    }
  }
  mark_ = start;
  // single_target augassign ~ (yield_expr | star_expressions)
  if (expr_t* a = single_target()) {
    operator_t op;
    if (augassign(&op)) {
      int m = mark_;
      expr_t* c;
      {
        DepthGuard group_guard(this);
        c = yield_expr();
        if (c == nullptr) {
          mark_ = m;
          c = star_expressions();
        }
      }
      if (c != nullptr) {
        AugAssign* s = node<AugAssign>(start);
        s->target = a;
        s->op = op;
        s->value = c;
        return s;
      }
      mark_ = start;
      return nullptr;  // the cut
    }
  }
  mark_ = start;
  if (call_invalid_rules_) {
    invalid_assignment();
    mark_ = start;
  }
  return nullptr;
}

bool Parser::augassign(operator_t* op) {
  DepthGuard guard(this);
  switch (peek_kind()) {
    case TK::PLUSEQUAL:
      *op = operator_t::Add;
      break;
    case TK::MINEQUAL:
      *op = operator_t::Sub;
      break;
    case TK::STAREQUAL:
      *op = operator_t::Mult;
      break;
    case TK::ATEQUAL:
      *op = operator_t::MatMult;
      break;
    case TK::SLASHEQUAL:
      *op = operator_t::Div;
      break;
    case TK::PERCENTEQUAL:
      *op = operator_t::Mod;
      break;
    case TK::AMPEREQUAL:
      *op = operator_t::BitAnd;
      break;
    case TK::VBAREQUAL:
      *op = operator_t::BitOr;
      break;
    case TK::CIRCUMFLEXEQUAL:
      *op = operator_t::BitXor;
      break;
    case TK::LEFTSHIFTEQUAL:
      *op = operator_t::LShift;
      break;
    case TK::RIGHTSHIFTEQUAL:
      *op = operator_t::RShift;
      break;
    case TK::DOUBLESTAREQUAL:
      *op = operator_t::Pow;
      break;
    case TK::DOUBLESLASHEQUAL:
      *op = operator_t::FloorDiv;
      break;
    default:
      return false;
  }
  ++mark_;
  return true;
}

// return_stmt: 'return' [star_expressions]
stmt_t* Parser::return_stmt() {
  DepthGuard guard(this);
  int start = mark_;
  if (expect(TK::KW_RETURN)) {
    int m = mark_;
    expr_t* a = star_expressions();
    if (a == nullptr) mark_ = m;
    Return* s = node<Return>(start);
    s->value = a;
    return s;
  }
  mark_ = start;
  return nullptr;
}

// raise_stmt: 'raise' expression ['from' expression] | 'raise'
stmt_t* Parser::raise_stmt() {
  DepthGuard guard(this);
  int start = mark_;
  if (expect(TK::KW_RAISE)) {
    if (expr_t* a = expression()) {
      int m = mark_;
      expr_t* b = nullptr;
      {
        DepthGuard group_guard(this);  // ['from' expression]
        if (expect(TK::KW_FROM)) b = expression();
      }
      if (b == nullptr) mark_ = m;
      Raise* s = node<Raise>(start);
      s->exc = a;
      s->cause = b;
      return s;
    }
  }
  mark_ = start;
  if (expect(TK::KW_RAISE)) return node<Raise>(start);
  mark_ = start;
  return nullptr;
}

// ','.NAME+
bool Parser::name_list(SeqBuilder<Identifier>& out) {
  return gather(TK::COMMA, [&] {
    Token* t = expect(TK::NAME);
    if (t != nullptr) out.push(identifier(t));
    return t != nullptr;
  });
}

// global_stmt: 'global' ','.NAME+
stmt_t* Parser::global_stmt() {
  DepthGuard guard(this);
  int start = mark_;
  if (expect(TK::KW_GLOBAL)) {
    SeqBuilder<Identifier> names(*this);
    if (name_list(names)) {
      Global* s = node<Global>(start);
      s->names = names.finish();
      return s;
    }
  }
  mark_ = start;
  return nullptr;
}

// nonlocal_stmt: 'nonlocal' ','.NAME+
stmt_t* Parser::nonlocal_stmt() {
  DepthGuard guard(this);
  int start = mark_;
  if (expect(TK::KW_NONLOCAL)) {
    SeqBuilder<Identifier> names(*this);
    if (name_list(names)) {
      Nonlocal* s = node<Nonlocal>(start);
      s->names = names.finish();
      return s;
    }
  }
  mark_ = start;
  return nullptr;
}

// del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
stmt_t* Parser::del_stmt() {
  DepthGuard guard(this);
  int start = mark_;
  if (expect(TK::KW_DEL)) {
    Seq<expr_t*> targets;
    if (del_targets(&targets) && (at(TK::SEMI) || at(TK::NEWLINE))) {
      Delete* s = node<Delete>(start);
      s->targets = targets;
      return s;
    }
  }
  mark_ = start;
  if (call_invalid_rules_) {
    invalid_del_stmt();
    mark_ = start;
  }
  return nullptr;
}

// yield_stmt: yield_expr
stmt_t* Parser::yield_stmt() {
  DepthGuard guard(this);
  int start = mark_;
  if (expr_t* y = yield_expr()) {
    Expr* s = node<Expr>(start);
    s->value = y;
    return s;
  }
  mark_ = start;
  return nullptr;
}

// assert_stmt: 'assert' expression [',' expression]
stmt_t* Parser::assert_stmt() {
  DepthGuard guard(this);
  int start = mark_;
  if (expect(TK::KW_ASSERT)) {
    if (expr_t* a = expression()) {
      int m = mark_;
      expr_t* b = nullptr;
      {
        DepthGuard group_guard(this);  // [',' expression]
        if (expect(TK::COMMA)) b = expression();
      }
      if (b == nullptr) mark_ = m;
      Assert* s = node<Assert>(start);
      s->test = a;
      s->msg = b;
      return s;
    }
  }
  mark_ = start;
  return nullptr;
}

// ---------------------------------------------------------------------------- imports

// import_stmt: invalid_import | import_name | import_from
stmt_t* Parser::import_stmt() {
  DepthGuard guard(this);
  int start = mark_;
  if (call_invalid_rules_) {
    invalid_import();
    mark_ = start;
  }
  if (stmt_t* s = import_name()) return s;
  mark_ = start;
  if (stmt_t* s = import_from()) return s;
  mark_ = start;
  return nullptr;
}

// import_name: 'import' dotted_as_names
stmt_t* Parser::import_name() {
  DepthGuard guard(this);
  int start = mark_;
  if (expect(TK::KW_IMPORT)) {
    Seq<alias_t*> names;
    if (dotted_as_names(&names)) {
      Import* s = node<Import>(start);
      s->names = names;
      return s;
    }
  }
  mark_ = start;
  return nullptr;
}

// import_from:
//     | 'from' ('.' | '...')* dotted_name 'import' import_from_targets
//     | 'from' ('.' | '...')+ 'import' import_from_targets
stmt_t* Parser::import_from() {
  DepthGuard guard(this);
  int start = mark_;
  // ('.' | '...')*, counted
  auto leading_dots = [this]() {
    DepthGuard loop_guard(this);
    int level = 0;
    for (;;) {
      if (expect(TK::DOT)) {
        level += 1;
      } else if (expect(TK::ELLIPSIS)) {
        level += 3;
      } else {
        return level;
      }
    }
  };
  if (expect(TK::KW_FROM)) {
    int level = leading_dots();
    if (Name* b = dotted_name()) {
      if (expect(TK::KW_IMPORT)) {
        Seq<alias_t*> names;
        if (import_from_targets(&names)) {
          ImportFrom* s = node<ImportFrom>(start);
          s->module = b->id;
          s->names = names;
          s->level = level;
          return s;
        }
      }
    }
  }
  mark_ = start;
  if (expect(TK::KW_FROM)) {
    int level = leading_dots();
    if (level > 0 && expect(TK::KW_IMPORT)) {
      Seq<alias_t*> names;
      if (import_from_targets(&names)) {
        ImportFrom* s = node<ImportFrom>(start);
        s->names = names;
        s->level = level;
        return s;
      }
    }
  }
  mark_ = start;
  return nullptr;
}

// import_from_targets:
//     | '(' import_from_as_names [','] ')'
//     | import_from_as_names !','
//     | '*'
//     | invalid_import_from_targets
bool Parser::import_from_targets(Seq<alias_t*>* out) {
  DepthGuard guard(this);
  int start = mark_;
  peek();
  if (expect(TK::LPAR)) {
    if (import_from_as_names(out)) {
      expect(TK::COMMA);
      if (expect(TK::RPAR)) return true;
    }
  }
  mark_ = start;
  if (import_from_as_names(out) && !at(TK::COMMA)) return true;
  mark_ = start;
  if (expect(TK::STAR)) {
    alias_t* a = arena_.make<alias_t>();
    a->name = "*";
    a->loc = extra(start);
    *out = singleton(a);
    return true;
  }
  mark_ = start;
  if (call_invalid_rules_) {
    invalid_import_from_targets();
    mark_ = start;
  }
  return false;
}

// import_from_as_names: ','.import_from_as_name+
bool Parser::import_from_as_names(Seq<alias_t*>* out) {
  DepthGuard guard(this);
  SeqBuilder<alias_t*> names(*this);
  bool any = gather(TK::COMMA, [&] {
    alias_t* a = import_from_as_name();
    if (a != nullptr) names.push(a);
    return a != nullptr;
  });
  if (!any) return false;
  *out = names.finish();
  return true;
}

// import_from_as_name: NAME ['as' NAME]
alias_t* Parser::import_from_as_name() {
  DepthGuard guard(this);
  int start = mark_;
  peek();
  if (Token* a = expect(TK::NAME)) {
    int m = mark_;
    Token* b = nullptr;
    if (expect(TK::KW_AS)) b = expect(TK::NAME);
    if (b == nullptr) mark_ = m;
    alias_t* al = arena_.make<alias_t>();
    al->name = identifier(a);
    if (b != nullptr) al->asname = identifier(b);
    al->loc = extra(start);
    return al;
  }
  mark_ = start;
  return nullptr;
}

// dotted_as_names: ','.dotted_as_name+
bool Parser::dotted_as_names(Seq<alias_t*>* out) {
  DepthGuard guard(this);
  SeqBuilder<alias_t*> names(*this);
  bool any = gather(TK::COMMA, [&] {
    alias_t* a = dotted_as_name();
    if (a != nullptr) names.push(a);
    return a != nullptr;
  });
  if (!any) return false;
  *out = names.finish();
  return true;
}

// dotted_as_name: dotted_name ['as' NAME]
alias_t* Parser::dotted_as_name() {
  DepthGuard guard(this);
  int start = mark_;
  peek();
  if (Name* a = dotted_name()) {
    int m = mark_;
    Token* b = nullptr;
    if (expect(TK::KW_AS)) b = expect(TK::NAME);
    if (b == nullptr) mark_ = m;
    alias_t* al = arena_.make<alias_t>();
    al->name = a->id;
    if (b != nullptr) al->asname = identifier(b);
    al->loc = extra(start);
    return al;
  }
  mark_ = start;
  return nullptr;
}

// dotted_name: dotted_name '.' NAME | NAME   (left-recursive: a loop)
Name* Parser::dotted_name() {
  DepthGuard guard(this);
  DepthGuard raw_guard(this);
  int start = mark_;
  Token* first = expect(TK::NAME);
  if (first == nullptr) {
    mark_ = start;
    return nullptr;
  }
  Name* n = name_from_token(first, expr_context_t::Load);
  for (;;) {
    int m = mark_;
    if (!expect(TK::DOT)) break;
    Token* next = expect(TK::NAME);
    if (next == nullptr) {
      mark_ = m;
      break;
    }
    Name* joined = make<Name>(arena_);
    joined->id = concat(n->id, ".", identifier(next));
    joined->ctx = expr_context_t::Load;
    joined->loc = n->loc;
    n = joined;
  }
  return n;
}

// ---------------------------------------------------------------------------- blocks

Seq<stmt_t*>* Parser::block() {
  DepthGuard guard(this);
  peek();
  Seq<stmt_t*>* r;
  if (memo_lookup(MemoRule::block, &r)) return r;
  int start = mark_;
  r = block_raw();
  memo_store(MemoRule::block, start, r);
  return r;
}

// block: NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block
Seq<stmt_t*>* Parser::block_raw() {
  int start = mark_;
  if (expect(TK::NEWLINE) && expect(TK::INDENT)) {
    Seq<stmt_t*> body;
    if (statements(&body) && expect(TK::DEDENT)) {
      Seq<stmt_t*>* r = arena_.make<Seq<stmt_t*>>();
      *r = body;
      return r;
    }
  }
  mark_ = start;
  {
    SeqBuilder<stmt_t*> body(*this);
    if (simple_stmts(body)) {
      Seq<stmt_t*>* r = arena_.make<Seq<stmt_t*>>();
      *r = body.finish();
      return r;
    }
  }
  mark_ = start;
  if (call_invalid_rules_) {
    invalid_block();
    mark_ = start;
  }
  return nullptr;
}

// decorators: ('@' named_expression NEWLINE)+
bool Parser::decorators(Seq<expr_t*>* out) {
  DepthGuard guard(this);
  SeqBuilder<expr_t*> decs(*this);
  {
    DepthGuard loop_guard(this);
    for (;;) {
      int m = mark_;
      expr_t* f = nullptr;
      {
        DepthGuard group_guard(this);  // ('@' named_expression NEWLINE)
        if (expect(TK::AT)) {
          f = named_expression();
          if (f != nullptr && !expect(TK::NEWLINE)) f = nullptr;
        }
      }
      if (f == nullptr) {
        mark_ = m;
        break;
      }
      decs.push(f);
    }
  }
  if (decs.empty()) return false;
  *out = decs.finish();
  return true;
}

// ---------------------------------------------------------------------------- class and def

// class_def: decorators class_def_raw | class_def_raw
stmt_t* Parser::class_def() {
  DepthGuard guard(this);
  int start = mark_;
  Seq<expr_t*> decs;
  if (decorators(&decs)) {
    if (stmt_t* s = class_def_raw()) {
      cast<ClassDef>(s)->decorator_list = decs;
      return s;
    }
  }
  mark_ = start;
  if (stmt_t* s = class_def_raw()) return s;
  mark_ = start;
  return nullptr;
}

// class_def_raw:
//     | invalid_class_def_raw
//     | 'class' NAME [type_params] ['(' [arguments] ')'] ':' block
stmt_t* Parser::class_def_raw() {
  DepthGuard guard(this);
  int start = mark_;
  peek();
  if (call_invalid_rules_) {
    invalid_class_def_raw();
    mark_ = start;
  }
  if (expect(TK::KW_CLASS)) {
    if (Token* name = expect(TK::NAME)) {
      Seq<type_param_t*> tparams;
      int m = mark_;
      if (!type_params(&tparams)) mark_ = m;
      Call* call_args = nullptr;
      bool has_parens = false;
      m = mark_;
      {
        DepthGuard group_guard(this);
        if (expect(TK::LPAR)) {
          int m2 = mark_;
          call_args = arguments();
          if (call_args == nullptr) mark_ = m2;
          if (expect(TK::RPAR)) has_parens = true;
        }
      }
      if (!has_parens) {
        mark_ = m;
        call_args = nullptr;
      }
      if (expect(TK::COLON)) {
        if (Seq<stmt_t*>* body = block()) {
          ClassDef* s = node<ClassDef>(start);
          s->name = identifier(name);
          if (call_args != nullptr) {
            s->bases = call_args->args;
            s->keywords = call_args->keywords;
          }
          s->body = *body;
          s->type_params = tparams;
          return s;
        }
      }
    }
  }
  mark_ = start;
  return nullptr;
}

// function_def: decorators function_def_raw | function_def_raw
stmt_t* Parser::function_def() {
  DepthGuard guard(this);
  int start = mark_;
  Seq<expr_t*> decs;
  if (decorators(&decs)) {
    if (stmt_t* s = function_def_raw()) {
      if (auto* f = dyn_cast<FunctionDef>(s)) {
        f->decorator_list = decs;
      } else {
        cast<AsyncFunctionDef>(s)->decorator_list = decs;
      }
      return s;
    }
  }
  mark_ = start;
  if (stmt_t* s = function_def_raw()) return s;
  mark_ = start;
  return nullptr;
}

// function_def_raw:
//     | invalid_def_raw
//     | 'def' NAME [type_params] &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
//     | ASYNC 'def' NAME [type_params] &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
stmt_t* Parser::function_def_raw() {
  DepthGuard guard(this);
  int start = mark_;
  peek();
  if (call_invalid_rules_) {
    invalid_def_raw();
    mark_ = start;
  }
  for (int is_async = 0; is_async < 2; ++is_async) {
    mark_ = start;
    if (is_async && !expect(TK::KW_ASYNC)) continue;
    if (!expect(TK::KW_DEF)) continue;
    Token* name = expect(TK::NAME);
    if (name == nullptr) continue;
    Seq<type_param_t*> tparams;
    int m = mark_;
    if (!type_params(&tparams)) mark_ = m;
    expect_forced(TK::LPAR);
    m = mark_;
    arguments_t* args = params();
    if (args == nullptr) mark_ = m;
    if (!expect(TK::RPAR)) continue;
    expr_t* returns = nullptr;
    m = mark_;
    {
      DepthGuard group_guard(this);  // ['->' expression]
      if (expect(TK::RARROW)) returns = expression();
    }
    if (returns == nullptr) mark_ = m;
    expect_forced(TK::COLON);
    // [func_type_comment]: NEWLINE TYPE_COMMENT &(NEWLINE INDENT) | TYPE_COMMENT
    m = mark_;
    {
      DepthGuard comment_guard(this);
      if (expect(TK::NEWLINE) && expect(TK::TYPE_COMMENT)) {
        // never produced: type comments are not requested
      }
      mark_ = m;
      expect(TK::TYPE_COMMENT);
      mark_ = m;
    }
    Seq<stmt_t*>* body = block();
    if (body == nullptr) continue;
    if (args == nullptr) args = empty_arguments();
    if (is_async) {
      AsyncFunctionDef* s = node<AsyncFunctionDef>(start);
      s->name = identifier(name);
      s->args = args;
      s->body = *body;
      s->returns = returns;
      s->type_params = tparams;
      return s;
    }
    FunctionDef* s = node<FunctionDef>(start);
    s->name = identifier(name);
    s->args = args;
    s->body = *body;
    s->returns = returns;
    s->type_params = tparams;
    return s;
  }
  mark_ = start;
  return nullptr;
}

// ---------------------------------------------------------------------------- type aliases and parameters

// type_alias: "type" NAME [type_params] '=' expression
stmt_t* Parser::type_alias() {
  DepthGuard guard(this);
  int start = mark_;
  if (expect_soft_keyword("type")) {
    if (Token* n = expect(TK::NAME)) {
      Seq<type_param_t*> tparams;
      int m = mark_;
      if (!type_params(&tparams)) mark_ = m;
      if (expect(TK::EQUAL)) {
        if (expr_t* b = expression()) {
          TypeAlias* s = node<TypeAlias>(start);
          s->name = name_from_token(n, expr_context_t::Store);
          s->type_params = tparams;
          s->value = b;
          return s;
        }
      }
    }
  }
  mark_ = start;
  return nullptr;
}

// type_params: '[' type_param_seq ']'   with   type_param_seq: ','.type_param+ [',']
bool Parser::type_params(Seq<type_param_t*>* out) {
  DepthGuard guard(this);
  int start = mark_;
  if (expect(TK::LSQB)) {
    DepthGuard seq_guard(this);  // type_param_seq: ','.type_param+ [',']
    SeqBuilder<type_param_t*> params(*this);
    bool any = gather(TK::COMMA, [&] {
      type_param_t* t = type_param();
      if (t != nullptr) params.push(t);
      return t != nullptr;
    });
    if (any) {
      expect(TK::COMMA);
      if (expect(TK::RSQB)) {
        *out = params.finish();
        return true;
      }
    }
  }
  mark_ = start;
  return false;
}

type_param_t* Parser::type_param() {
  DepthGuard guard(this);
  peek();
  type_param_t* r;
  if (memo_lookup(MemoRule::type_param, &r)) return r;
  int start = mark_;
  r = type_param_raw();
  memo_store(MemoRule::type_param, start, r);
  return r;
}

// type_param:
//     | NAME [type_param_bound]
//     | '*' NAME ':' expression      (an error)
//     | '*' NAME
//     | '**' NAME ':' expression     (an error)
//     | '**' NAME
type_param_t* Parser::type_param_raw() {
  int start = mark_;
  if (Token* a = expect(TK::NAME)) {
    expr_t* bound = nullptr;
    int m = mark_;
    {
      DepthGuard bound_guard(this);
      if (expect(TK::COLON)) bound = expression();
    }
    if (bound == nullptr) mark_ = m;
    TypeVar* t = node<TypeVar>(start);
    t->name = identifier(a);
    t->bound = bound;
    return t;
  }
  mark_ = start;
  for (int stars = 1; stars <= 2; ++stars) {
    TK star = stars == 1 ? TK::STAR : TK::DOUBLESTAR;
    mark_ = start;
    if (expect(star) && expect(TK::NAME)) {
      if (Token* colon = expect(TK::COLON)) {
        if (expr_t* e = expression()) {
          const char* what = stars == 1 ? "TypeVarTuple" : "ParamSpec";
          std::string msg = e->node_kind == NodeKind::Tuple ? "cannot use constraints with " : "cannot use bound with ";
          raise_starting_from(token_loc(colon), msg + what);
        }
      }
    }
    mark_ = start;
    if (expect(star)) {
      if (Token* a = expect(TK::NAME)) {
        if (stars == 1) {
          TypeVarTuple* t = node<TypeVarTuple>(start);
          t->name = identifier(a);
          return t;
        }
        ParamSpec* t = node<ParamSpec>(start);
        t->name = identifier(a);
        return t;
      }
    }
  }
  mark_ = start;
  return nullptr;
}

}  // namespace pyxis::frontend
