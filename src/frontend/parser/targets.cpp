// Grammar rules for assignment and deletion targets: star_targets, single_target, the
// t_primary chain (a primary followed by more trailers) and del_targets.
#include "frontend/parser/parser.h"

namespace pyxis::frontend {

using namespace ast;
using TK = TokenKind;

// star_targets:
//     | star_target !','
//     | star_target (',' star_target)* [',']
expr_t* Parser::star_targets() {
  return element_tuple(&Parser::star_target, expr_context_t::Store);
}

// star_targets_list_seq: ','.star_target+ [',']
bool Parser::star_targets_list_seq(Seq<expr_t*>* out) {
  DepthGuard guard(this);
  int start = mark_;
  SeqBuilder<expr_t*> elts(*this);
  {
    bool any = gather(TK::COMMA, [&] {
      expr_t* e = star_target();
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

// star_targets_tuple_seq:
//     | star_target (',' star_target)+ [',']
//     | star_target ','
bool Parser::star_targets_tuple_seq(Seq<expr_t*>* out) {
  DepthGuard guard(this);
  int start = mark_;
  expr_t* a = star_target();
  if (a == nullptr) {
    mark_ = start;
    return false;
  }
  SeqBuilder<expr_t*> elts(*this);
  elts.push(a);
  {
    DepthGuard loop_guard(this);
    for (;;) {
      int m = mark_;
      expr_t* c = nullptr;
      {
        DepthGuard group_guard(this);  // the (sep element) group
        if (expect(TK::COMMA)) c = star_target();
      }
      if (c == nullptr) {
        mark_ = m;
        break;
      }
      elts.push(c);
    }
  }
  if (elts.size() > 1) {
    expect(TK::COMMA);
  } else if (!expect(TK::COMMA)) {
    mark_ = start;
    return false;
  }
  *out = elts.finish();
  return true;
}

// star_target (memo): '*' (!'*' star_target) | target_with_star_atom
expr_t* Parser::star_target() {
  DepthGuard guard(this);
  peek();
  expr_t* r;
  bool use_memo = memo_active(MemoRule::star_target);
  if (use_memo && memo_lookup(MemoRule::star_target, &r)) return r;
  int start = mark_;
  r = star_target_raw();
  if (use_memo) memo_store(MemoRule::star_target, start, r);
  return r;
}

expr_t* Parser::star_target_raw() {
  int start = mark_;
  if (expect(TK::STAR)) {
    expr_t* a = nullptr;
    {
      DepthGuard group_guard(this);
      if (!at(TK::STAR)) a = star_target();
    }
    if (a != nullptr) {
      Starred* s = node<Starred>(start);
      s->value = set_context(a, expr_context_t::Store);
      s->ctx = expr_context_t::Store;
      return s;
    }
  }
  mark_ = start;
  if (expr_t* e = target_with_star_atom()) return e;
  mark_ = start;
  return nullptr;
}

// target_with_star_atom (memo):
//     | t_primary '.' NAME !t_lookahead
//     | t_primary '[' slices ']' !t_lookahead
//     | star_atom
expr_t* Parser::target_with_star_atom() {
  DepthGuard guard(this);
  peek();
  expr_t* r;
  bool use_memo = memo_active(MemoRule::target_with_star_atom);
  if (use_memo && memo_lookup(MemoRule::target_with_star_atom, &r)) return r;
  int start = mark_;
  r = target_with_star_atom_raw();
  if (use_memo) memo_store(MemoRule::target_with_star_atom, start, r);
  return r;
}

// The shared shape of `t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead`
// producing an Attribute or Subscript in the given context.
expr_t* Parser::attribute_or_subscript_target(expr_context_t ctx) {
  int start = mark_;
  if (expr_t* a = t_primary()) {
    if (expect(TK::DOT)) {
      if (Token* b = expect(TK::NAME)) {
        if (!t_lookahead()) {
          Attribute* e = node<Attribute>(start);
          e->value = a;
          e->attr = identifier(b);
          e->ctx = ctx;
          return e;
        }
      }
    }
  }
  mark_ = start;
  if (expr_t* a = t_primary()) {
    if (expect(TK::LSQB)) {
      if (expr_t* b = slices()) {
        if (expect(TK::RSQB) && !t_lookahead()) {
          Subscript* e = node<Subscript>(start);
          e->value = a;
          e->slice = b;
          e->ctx = ctx;
          return e;
        }
      }
    }
  }
  mark_ = start;
  return nullptr;
}

expr_t* Parser::target_with_star_atom_raw() {
  int start = mark_;
  if (expr_t* e = attribute_or_subscript_target(expr_context_t::Store)) return e;
  mark_ = start;
  if (expr_t* e = star_atom()) return e;
  mark_ = start;
  return nullptr;
}

// star_atom:
//     | NAME
//     | '(' target_with_star_atom ')'
//     | '(' [star_targets_tuple_seq] ')'
//     | '[' [star_targets_list_seq] ']'
expr_t* Parser::star_atom() {
  DepthGuard guard(this);
  int start = mark_;
  if (Token* a = expect(TK::NAME)) return name_from_token(a, expr_context_t::Store);
  mark_ = start;
  if (expect(TK::LPAR)) {
    if (expr_t* a = target_with_star_atom()) {
      if (expect(TK::RPAR)) return set_context(a, expr_context_t::Store);
    }
  }
  mark_ = start;
  if (expect(TK::LPAR)) {
    int m = mark_;
    Seq<expr_t*> elts;
    if (!star_targets_tuple_seq(&elts)) mark_ = m;
    if (expect(TK::RPAR)) {
      Tuple* t = node<Tuple>(start);
      t->elts = elts;
      t->ctx = expr_context_t::Store;
      return t;
    }
  }
  mark_ = start;
  if (expect(TK::LSQB)) {
    int m = mark_;
    Seq<expr_t*> elts;
    if (!star_targets_list_seq(&elts)) mark_ = m;
    if (expect(TK::RSQB)) {
      List* l = node<List>(start);
      l->elts = elts;
      l->ctx = expr_context_t::Store;
      return l;
    }
  }
  mark_ = start;
  return nullptr;
}

// single_target: single_subscript_attribute_target | NAME | '(' single_target ')'
expr_t* Parser::single_target() {
  DepthGuard guard(this);
  int start = mark_;
  if (expr_t* e = single_subscript_attribute_target()) return e;
  mark_ = start;
  if (Token* a = expect(TK::NAME)) return name_from_token(a, expr_context_t::Store);
  mark_ = start;
  if (expect(TK::LPAR)) {
    if (expr_t* a = single_target()) {
      if (expect(TK::RPAR)) return a;
    }
  }
  mark_ = start;
  return nullptr;
}

// single_subscript_attribute_target:
//     | t_primary '.' NAME !t_lookahead
//     | t_primary '[' slices ']' !t_lookahead
expr_t* Parser::single_subscript_attribute_target() {
  DepthGuard guard(this);
  peek();
  return attribute_or_subscript_target(expr_context_t::Store);
}

// t_primary (left-recursive):
//     | t_primary '.' NAME &t_lookahead
//     | t_primary '[' slices ']' &t_lookahead
//     | t_primary genexp &t_lookahead
//     | t_primary '(' [arguments] ')' &t_lookahead
//     | atom &t_lookahead
expr_t* Parser::t_primary() {
  DepthGuard guard(this);
  peek();
  expr_t* r;
  bool use_memo = memo_active(MemoRule::t_primary);
  if (use_memo && memo_lookup(MemoRule::t_primary, &r)) return r;
  int start = mark_;
  {
    DepthGuard raw_guard(this);
    r = atom();
    if (r == nullptr || !t_lookahead()) {
      r = nullptr;
      mark_ = start;
    } else {
      for (;;) {
        int m = mark_;
        if (expect(TK::DOT)) {
          if (Token* b = expect(TK::NAME)) {
            if (t_lookahead()) {
              Attribute* e = node<Attribute>(start);
              e->value = r;
              e->attr = identifier(b);
              e->ctx = expr_context_t::Load;
              r = e;
              continue;
            }
          }
        }
        mark_ = m;
        if (expect(TK::LSQB)) {
          if (expr_t* s = slices()) {
            if (expect(TK::RSQB) && t_lookahead()) {
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
        if (expr_t* g = genexp()) {
          if (t_lookahead()) {
            Call* e = node<Call>(start);
            e->func = r;
            e->args = singleton(g);
            r = e;
            continue;
          }
        }
        mark_ = m;
        if (expect(TK::LPAR)) {
          int m2 = mark_;
          Call* args = arguments();
          if (args == nullptr) mark_ = m2;
          if (expect(TK::RPAR) && t_lookahead()) {
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
        break;
      }
    }
  }
  if (use_memo) memo_store(MemoRule::t_primary, start, r);
  return r;
}

// t_lookahead: '(' | '[' | '.'
bool Parser::t_lookahead() {
  DepthGuard guard(this);
  TK k = peek_kind();
  return k == TK::LPAR || k == TK::LSQB || k == TK::DOT;
}

// del_targets: ','.del_target+ [',']
bool Parser::del_targets(Seq<expr_t*>* out) {
  DepthGuard guard(this);
  int start = mark_;
  SeqBuilder<expr_t*> elts(*this);
  {
    bool any = gather(TK::COMMA, [&] {
      expr_t* e = del_target();
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

// del_target (memo):
//     | t_primary '.' NAME !t_lookahead
//     | t_primary '[' slices ']' !t_lookahead
//     | del_t_atom
expr_t* Parser::del_target() {
  DepthGuard guard(this);
  peek();
  expr_t* r;
  bool use_memo = memo_active(MemoRule::del_target);
  if (use_memo && memo_lookup(MemoRule::del_target, &r)) return r;
  int start = mark_;
  r = attribute_or_subscript_target(expr_context_t::Del);
  if (r == nullptr) {
    mark_ = start;
    r = del_t_atom();
    if (r == nullptr) mark_ = start;
  }
  if (use_memo) memo_store(MemoRule::del_target, start, r);
  return r;
}

// del_t_atom:
//     | NAME
//     | '(' del_target ')'
//     | '(' [del_targets] ')'
//     | '[' [del_targets] ']'
expr_t* Parser::del_t_atom() {
  DepthGuard guard(this);
  int start = mark_;
  if (Token* a = expect(TK::NAME)) return name_from_token(a, expr_context_t::Del);
  mark_ = start;
  if (expect(TK::LPAR)) {
    if (expr_t* a = del_target()) {
      if (expect(TK::RPAR)) return set_context(a, expr_context_t::Del);
    }
  }
  mark_ = start;
  if (expect(TK::LPAR)) {
    int m = mark_;
    Seq<expr_t*> elts;
    if (!del_targets(&elts)) mark_ = m;
    if (expect(TK::RPAR)) {
      Tuple* t = node<Tuple>(start);
      t->elts = elts;
      t->ctx = expr_context_t::Del;
      return t;
    }
  }
  mark_ = start;
  if (expect(TK::LSQB)) {
    int m = mark_;
    Seq<expr_t*> elts;
    if (!del_targets(&elts)) mark_ = m;
    if (expect(TK::RSQB)) {
      List* l = node<List>(start);
      l->elts = elts;
      l->ctx = expr_context_t::Del;
      return l;
    }
  }
  mark_ = start;
  return nullptr;
}

}  // namespace pyxis::frontend
