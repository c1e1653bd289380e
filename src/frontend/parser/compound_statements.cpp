// Grammar rules for the compound statements: if/elif/else, while, for, with, try/except/
// finally (and except*), and match statements with their case blocks.
#include "frontend/parser/parser.h"

namespace pyxis::frontend {

using namespace ast;
using TK = TokenKind;

// if_stmt:
//     | invalid_if_stmt
//     | 'if' named_expression ':' block elif_stmt
//     | 'if' named_expression ':' block [else_block]
stmt_t* Parser::if_stmt() {
  DepthGuard guard(this);
  int start = mark_;
  peek();
  if (call_invalid_rules_) {
    invalid_if_stmt();
    mark_ = start;
  }
  if (expect(TK::KW_IF)) {
    if (expr_t* a = named_expression()) {
      if (expect(TK::COLON)) {
        if (Seq<stmt_t*>* b = block()) {
          int after_block = mark_;
          If* s;
          if (stmt_t* c = elif_stmt()) {
            s = node<If>(start);
            s->orelse = singleton(c);
          } else {
            mark_ = after_block;
            Seq<stmt_t*> orelse;
            if (!else_block(&orelse)) mark_ = after_block;
            s = node<If>(start);
            s->orelse = orelse;
          }
          s->test = a;
          s->body = *b;
          return s;
        }
      }
    }
  }
  mark_ = start;
  return nullptr;
}

// elif_stmt: like if_stmt, with 'elif'
stmt_t* Parser::elif_stmt() {
  DepthGuard guard(this);
  int start = mark_;
  peek();
  if (call_invalid_rules_) {
    invalid_elif_stmt();
    mark_ = start;
  }
  if (expect(TK::KW_ELIF)) {
    if (expr_t* a = named_expression()) {
      if (expect(TK::COLON)) {
        if (Seq<stmt_t*>* b = block()) {
          int after_block = mark_;
          If* s;
          if (stmt_t* c = elif_stmt()) {
            s = node<If>(start);
            s->orelse = singleton(c);
          } else {
            mark_ = after_block;
            Seq<stmt_t*> orelse;
            if (!else_block(&orelse)) mark_ = after_block;
            s = node<If>(start);
            s->orelse = orelse;
          }
          s->test = a;
          s->body = *b;
          return s;
        }
      }
    }
  }
  mark_ = start;
  return nullptr;
}

// else_block: invalid_else_stmt | 'else' &&':' block
bool Parser::else_block(Seq<stmt_t*>* out) {
  DepthGuard guard(this);
  int start = mark_;
  if (call_invalid_rules_) {
    invalid_else_stmt();
    mark_ = start;
  }
  if (expect(TK::KW_ELSE)) {
    expect_forced(TK::COLON);
    if (Seq<stmt_t*>* b = block()) {
      *out = *b;
      return true;
    }
  }
  mark_ = start;
  return false;
}

// while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block]
stmt_t* Parser::while_stmt() {
  DepthGuard guard(this);
  int start = mark_;
  peek();
  if (call_invalid_rules_) {
    invalid_while_stmt();
    mark_ = start;
  }
  if (expect(TK::KW_WHILE)) {
    if (expr_t* a = named_expression()) {
      if (expect(TK::COLON)) {
        if (Seq<stmt_t*>* b = block()) {
          int m = mark_;
          Seq<stmt_t*> orelse;
          if (!else_block(&orelse)) mark_ = m;
          While* s = node<While>(start);
          s->test = a;
          s->body = *b;
          s->orelse = orelse;
          return s;
        }
      }
    }
  }
  mark_ = start;
  return nullptr;
}

// for_stmt:
//     | invalid_for_stmt
//     | 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
//     | ASYNC 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
//     | invalid_for_target
stmt_t* Parser::for_stmt() {
  DepthGuard guard(this);
  int start = mark_;
  peek();
  if (call_invalid_rules_) {
    invalid_for_stmt();
    mark_ = start;
  }
  for (int is_async = 0; is_async < 2; ++is_async) {
    mark_ = start;
    if (is_async && !expect(TK::KW_ASYNC)) continue;
    if (!expect(TK::KW_FOR)) continue;
    expr_t* t = star_targets();
    if (t == nullptr || !expect(TK::KW_IN)) continue;
    // cut: from here on, failing fails the whole rule
    expr_t* ex = star_expressions();
    if (ex != nullptr && expect(TK::COLON)) {
      expect(TK::TYPE_COMMENT);
      if (Seq<stmt_t*>* b = block()) {
        int m = mark_;
        Seq<stmt_t*> orelse;
        if (!else_block(&orelse)) mark_ = m;
        if (is_async) {
          AsyncFor* s = node<AsyncFor>(start);
          s->target = t;
          s->iter = ex;
          s->body = *b;
          s->orelse = orelse;
          return s;
        }
        For* s = node<For>(start);
        s->target = t;
        s->iter = ex;
        s->body = *b;
        s->orelse = orelse;
        return s;
      }
    }
    mark_ = start;
    return nullptr;
  }
  mark_ = start;
  if (call_invalid_rules_) {
    invalid_for_target();
    mark_ = start;
  }
  return nullptr;
}

// with_stmt:
//     | invalid_with_stmt_indent
//     | 'with' '(' ','.with_item+ ','? ')' ':' block
//     | 'with' ','.with_item+ ':' [TYPE_COMMENT] block
//     | ASYNC 'with' '(' ','.with_item+ ','? ')' ':' block
//     | ASYNC 'with' ','.with_item+ ':' [TYPE_COMMENT] block
//     | invalid_with_stmt
stmt_t* Parser::with_stmt() {
  DepthGuard guard(this);
  int start = mark_;
  peek();
  if (call_invalid_rules_) {
    invalid_with_stmt_indent();
    mark_ = start;
  }
  for (int is_async = 0; is_async < 2; ++is_async) {
    for (int parenthesized = 1; parenthesized >= 0; --parenthesized) {
      mark_ = start;
      if (is_async && !expect(TK::KW_ASYNC)) continue;
      if (!expect(TK::KW_WITH)) continue;
      if (parenthesized && !expect(TK::LPAR)) continue;
      SeqBuilder<withitem_t*> items(*this);
      bool ok = gather(TK::COMMA, [&] {
        withitem_t* w = with_item();
        if (w != nullptr) items.push(w);
        return w != nullptr;
      });
      if (!ok) continue;
      if (parenthesized) {
        expect(TK::COMMA);
        if (!expect(TK::RPAR)) continue;
      }
      if (!expect(TK::COLON)) continue;
      if (!parenthesized) expect(TK::TYPE_COMMENT);
      Seq<stmt_t*>* b = block();
      if (b == nullptr) continue;
      if (is_async) {
        AsyncWith* s = node<AsyncWith>(start);
        s->items = items.finish();
        s->body = *b;
        return s;
      }
      With* s = node<With>(start);
      s->items = items.finish();
      s->body = *b;
      return s;
    }
  }
  mark_ = start;
  if (call_invalid_rules_) {
    invalid_with_stmt();
    mark_ = start;
  }
  return nullptr;
}

// with_item:
//     | expression 'as' star_target &(',' | ')' | ':')
//     | invalid_with_item
//     | expression
withitem_t* Parser::with_item() {
  DepthGuard guard(this);
  int start = mark_;
  if (expr_t* e = expression()) {
    if (expect(TK::KW_AS)) {
      if (expr_t* t = star_target()) {
        TK k = peek_kind();
        if (k == TK::COMMA || k == TK::RPAR || k == TK::COLON) {
          withitem_t* w = arena_.make<withitem_t>();
          w->context_expr = e;
          w->optional_vars = t;
          return w;
        }
      }
    }
  }
  mark_ = start;
  if (call_invalid_rules_) {
    invalid_with_item();
    mark_ = start;
  }
  if (expr_t* e = expression()) {
    withitem_t* w = arena_.make<withitem_t>();
    w->context_expr = e;
    return w;
  }
  mark_ = start;
  return nullptr;
}

// try_stmt:
//     | invalid_try_stmt
//     | 'try' &&':' block finally_block
//     | 'try' &&':' block except_block+ [else_block] [finally_block]
//     | 'try' &&':' block except_star_block+ [else_block] [finally_block]
stmt_t* Parser::try_stmt() {
  DepthGuard guard(this);
  int start = mark_;
  peek();
  if (call_invalid_rules_) {
    invalid_try_stmt();
    mark_ = start;
  }
  if (!expect(TK::KW_TRY)) {
    mark_ = start;
    return nullptr;
  }
  expect_forced(TK::COLON);
  Seq<stmt_t*>* b = block();
  if (b == nullptr) {
    mark_ = start;
    return nullptr;
  }
  int after_body = mark_;
  {
    Seq<stmt_t*> fin;
    if (finally_block(&fin)) {
      Try* s = node<Try>(start);
      s->body = *b;
      s->finalbody = fin;
      return s;
    }
  }
  for (int star = 0; star < 2; ++star) {
    mark_ = after_body;
    SeqBuilder<excepthandler_t*> handlers(*this);
    {
      DepthGuard loop_guard(this);
      for (;;) {
        int m = mark_;
        excepthandler_t* h = star ? except_star_block() : except_block();
        if (h == nullptr) {
          mark_ = m;
          break;
        }
        handlers.push(h);
      }
    }
    if (handlers.empty()) continue;
    int m = mark_;
    Seq<stmt_t*> orelse;
    if (!else_block(&orelse)) mark_ = m;
    m = mark_;
    Seq<stmt_t*> fin;
    if (!finally_block(&fin)) mark_ = m;
    if (star) {
      TryStar* s = node<TryStar>(start);
      s->body = *b;
      s->handlers = handlers.finish();
      s->orelse = orelse;
      s->finalbody = fin;
      return s;
    }
    Try* s = node<Try>(start);
    s->body = *b;
    s->handlers = handlers.finish();
    s->orelse = orelse;
    s->finalbody = fin;
    return s;
  }
  mark_ = start;
  return nullptr;
}

// except_block:
//     | invalid_except_stmt_indent
//     | 'except' expression ['as' NAME] ':' block
//     | 'except' ':' block
//     | invalid_except_stmt
excepthandler_t* Parser::except_block() {
  DepthGuard guard(this);
  int start = mark_;
  peek();
  if (call_invalid_rules_) {
    invalid_except_stmt_indent();
    mark_ = start;
  }
  if (expect(TK::KW_EXCEPT)) {
    if (expr_t* e = expression()) {
      int m = mark_;
      Token* name = nullptr;
      if (expect(TK::KW_AS)) name = expect(TK::NAME);
      if (name == nullptr) mark_ = m;
      if (expect(TK::COLON)) {
        if (Seq<stmt_t*>* b = block()) {
          ExceptHandler* h = node<ExceptHandler>(start);
          h->type = e;
          if (name != nullptr) h->name = identifier(name);
          h->body = *b;
          return h;
        }
      }
    }
  }
  mark_ = start;
  if (expect(TK::KW_EXCEPT) && expect(TK::COLON)) {
    if (Seq<stmt_t*>* b = block()) {
      ExceptHandler* h = node<ExceptHandler>(start);
      h->body = *b;
      return h;
    }
  }
  mark_ = start;
  if (call_invalid_rules_) {
    invalid_except_stmt();
    mark_ = start;
  }
  return nullptr;
}

// except_star_block:
//     | invalid_except_star_stmt_indent
//     | 'except' '*' expression ['as' NAME] ':' block
//     | invalid_except_stmt
excepthandler_t* Parser::except_star_block() {
  DepthGuard guard(this);
  int start = mark_;
  peek();
  if (call_invalid_rules_) {
    invalid_except_star_stmt_indent();
    mark_ = start;
  }
  if (expect(TK::KW_EXCEPT) && expect(TK::STAR)) {
    if (expr_t* e = expression()) {
      int m = mark_;
      Token* name = nullptr;
      if (expect(TK::KW_AS)) name = expect(TK::NAME);
      if (name == nullptr) mark_ = m;
      if (expect(TK::COLON)) {
        if (Seq<stmt_t*>* b = block()) {
          ExceptHandler* h = node<ExceptHandler>(start);
          h->type = e;
          if (name != nullptr) h->name = identifier(name);
          h->body = *b;
          return h;
        }
      }
    }
  }
  mark_ = start;
  if (call_invalid_rules_) {
    invalid_except_stmt();
    mark_ = start;
  }
  return nullptr;
}

// finally_block: invalid_finally_stmt | 'finally' &&':' block
bool Parser::finally_block(Seq<stmt_t*>* out) {
  DepthGuard guard(this);
  int start = mark_;
  if (call_invalid_rules_) {
    invalid_finally_stmt();
    mark_ = start;
  }
  if (expect(TK::KW_FINALLY)) {
    expect_forced(TK::COLON);
    if (Seq<stmt_t*>* b = block()) {
      *out = *b;
      return true;
    }
  }
  mark_ = start;
  return false;
}

// match_stmt:
//     | "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
//     | invalid_match_stmt
stmt_t* Parser::match_stmt() {
  DepthGuard guard(this);
  int start = mark_;
  peek();
  if (expect_soft_keyword("match")) {
    if (expr_t* subject = subject_expr()) {
      if (expect(TK::COLON) && expect(TK::NEWLINE) && expect(TK::INDENT)) {
        SeqBuilder<match_case_t*> cases(*this);
        {
          DepthGuard loop_guard(this);
          for (;;) {
            int m = mark_;
            match_case_t* c = case_block();
            if (c == nullptr) {
              mark_ = m;
              break;
            }
            cases.push(c);
          }
        }
        if (!cases.empty() && expect(TK::DEDENT)) {
          Match* s = node<Match>(start);
          s->subject = subject;
          s->cases = cases.finish();
          return s;
        }
      }
    }
  }
  mark_ = start;
  if (call_invalid_rules_) {
    invalid_match_stmt();
    mark_ = start;
  }
  return nullptr;
}

// subject_expr:
//     | star_named_expression ',' star_named_expressions?
//     | named_expression
expr_t* Parser::subject_expr() {
  DepthGuard guard(this);
  int start = mark_;
  peek();
  if (expr_t* value = star_named_expression()) {
    if (expect(TK::COMMA)) {
      int m = mark_;
      Seq<expr_t*> rest;
      if (!star_named_expressions(&rest)) mark_ = m;
      Tuple* t = node<Tuple>(start);
      t->elts = prepend(value, rest);
      t->ctx = expr_context_t::Load;
      return t;
    }
  }
  mark_ = start;
  if (expr_t* e = named_expression()) return e;
  mark_ = start;
  return nullptr;
}

// case_block: invalid_case_block | "case" patterns guard? ':' block
match_case_t* Parser::case_block() {
  DepthGuard guard(this);
  int start = mark_;
  if (call_invalid_rules_) {
    invalid_case_block();
    mark_ = start;
  }
  if (expect_soft_keyword("case")) {
    if (pattern_t* pat = patterns()) {
      expr_t* g = nullptr;
      int m = mark_;
      {
        DepthGuard guard_guard(this);
        if (expect(TK::KW_IF)) g = named_expression();
      }
      if (g == nullptr) mark_ = m;
      if (expect(TK::COLON)) {
        if (Seq<stmt_t*>* b = block()) {
          match_case_t* c = arena_.make<match_case_t>();
          c->pattern = pat;
          c->guard = g;
          c->body = *b;
          return c;
        }
      }
    }
  }
  mark_ = start;
  return nullptr;
}

}  // namespace pyxis::frontend
