// Grammar rules for displays and calls: list/tuple/set/dict displays, comprehensions and
// generator expressions, and call arguments (positional, starred, keyword, **).
#include "frontend/parser/parser.h"

namespace pyxis::frontend {

using namespace ast;
using TK = TokenKind;

// list: '[' [star_named_expressions] ']'
expr_t* Parser::list() {
  DepthGuard guard(this);
  int start = mark_;
  if (expect(TK::LSQB)) {
    int m = mark_;
    Seq<expr_t*> elts;
    if (!star_named_expressions(&elts)) mark_ = m;
    if (expect(TK::RSQB)) {
      List* l = node<List>(start);
      l->elts = elts;
      l->ctx = expr_context_t::Load;
      return l;
    }
  }
  mark_ = start;
  return nullptr;
}

// tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
expr_t* Parser::tuple() {
  DepthGuard guard(this);
  int start = mark_;
  if (expect(TK::LPAR)) {
    Seq<expr_t*> elts;
    int m = mark_;
    bool has_elts = false;
    {
      DepthGuard group_guard(this);
      if (expr_t* y = star_named_expression()) {
        if (expect(TK::COMMA)) {
          int m2 = mark_;
          Seq<expr_t*> z;
          if (!star_named_expressions(&z)) mark_ = m2;
          elts = prepend(y, z);
          has_elts = true;
        }
      }
    }
    if (!has_elts) mark_ = m;
    if (expect(TK::RPAR)) {
      Tuple* t = node<Tuple>(start);
      t->elts = elts;
      t->ctx = expr_context_t::Load;
      return t;
    }
  }
  mark_ = start;
  return nullptr;
}

// set: '{' star_named_expressions '}'
expr_t* Parser::set() {
  DepthGuard guard(this);
  int start = mark_;
  if (expect(TK::LBRACE)) {
    Seq<expr_t*> elts;
    if (star_named_expressions(&elts) && expect(TK::RBRACE)) {
      Set* s = node<Set>(start);
      s->elts = elts;
      return s;
    }
  }
  mark_ = start;
  return nullptr;
}

// dict:
//     | '{' [double_starred_kvpairs] '}'
//     | '{' invalid_double_starred_kvpairs '}'
expr_t* Parser::dict() {
  DepthGuard guard(this);
  int start = mark_;
  if (expect(TK::LBRACE)) {
    int m = mark_;
    Seq<KeyValuePair*> pairs;
    if (!double_starred_kvpairs(&pairs)) mark_ = m;
    if (expect(TK::RBRACE)) {
      Dict* d = node<Dict>(start);
      d->keys = Seq<expr_t*>::make(arena_, pairs.size);
      d->values = Seq<expr_t*>::make(arena_, pairs.size);
      for (uint32_t i = 0; i < pairs.size; ++i) {
        d->keys[i] = pairs[i]->key;
        d->values[i] = pairs[i]->value;
      }
      return d;
    }
  }
  mark_ = start;
  // Not guarded by the second pass: CPython only skips alternatives made of a single
  // invalid_ rule, so this one also runs (and raises) in the first pass.
  if (expect(TK::LBRACE)) invalid_double_starred_kvpairs();
  mark_ = start;
  return nullptr;
}

// double_starred_kvpairs: ','.double_starred_kvpair+ [',']
bool Parser::double_starred_kvpairs(Seq<KeyValuePair*>* out) {
  DepthGuard guard(this);
  int start = mark_;
  SeqBuilder<KeyValuePair*> pairs(*this);
  {
    bool any = gather(TK::COMMA, [&] {
      KeyValuePair* e = double_starred_kvpair();
      if (e != nullptr) pairs.push(e);
      return e != nullptr;
    });
    if (!any) {
      mark_ = start;
      return false;
    }
  }
  expect(TK::COMMA);
  *out = pairs.finish();
  return true;
}

// double_starred_kvpair: '**' bitwise_or | kvpair
KeyValuePair* Parser::double_starred_kvpair() {
  DepthGuard guard(this);
  int start = mark_;
  if (expect(TK::DOUBLESTAR)) {
    if (expr_t* a = bitwise_or()) {
      KeyValuePair* kv = arena_.make<KeyValuePair>();
      kv->key = nullptr;
      kv->value = a;
      return kv;
    }
  }
  mark_ = start;
  if (KeyValuePair* kv = kvpair()) return kv;
  mark_ = start;
  return nullptr;
}

// kvpair: expression ':' expression
KeyValuePair* Parser::kvpair() {
  DepthGuard guard(this);
  int start = mark_;
  if (expr_t* a = expression()) {
    if (expect(TK::COLON)) {
      if (expr_t* b = expression()) {
        KeyValuePair* kv = arena_.make<KeyValuePair>();
        kv->key = a;
        kv->value = b;
        return kv;
      }
    }
  }
  mark_ = start;
  return nullptr;
}

// for_if_clauses: for_if_clause+
bool Parser::for_if_clauses(Seq<comprehension_t*>* out) {
  DepthGuard guard(this);
  SeqBuilder<comprehension_t*> clauses(*this);
  {
    DepthGuard loop_guard(this);
    for (;;) {
      int m = mark_;
      comprehension_t* c = for_if_clause();
      if (c == nullptr) {
        mark_ = m;
        break;
      }
      clauses.push(c);
    }
  }
  if (clauses.empty()) return false;
  *out = clauses.finish();
  return true;
}

// for_if_clause:
//     | ASYNC 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
//     | 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
//     | invalid_for_target
comprehension_t* Parser::for_if_clause() {
  DepthGuard guard(this);
  int start = mark_;
  for (int is_async = 1; is_async >= 0; --is_async) {
    mark_ = start;
    if (is_async && !expect(TK::KW_ASYNC)) continue;
    if (!expect(TK::KW_FOR)) continue;
    expr_t* a = star_targets();
    if (a == nullptr || !expect(TK::KW_IN)) continue;
    // cut
    expr_t* b = disjunction();
    if (b == nullptr) {
      mark_ = start;
      return nullptr;
    }
    SeqBuilder<expr_t*> ifs(*this);
    {
      DepthGuard loop_guard(this);
      for (;;) {
        int m = mark_;
        DepthGuard group_guard(this);
        if (!expect(TK::KW_IF)) {
          mark_ = m;
          break;
        }
        expr_t* z = disjunction();
        if (z == nullptr) {
          mark_ = m;
          break;
        }
        ifs.push(z);
      }
    }
    comprehension_t* c = arena_.make<comprehension_t>();
    c->target = a;
    c->iter = b;
    c->ifs = ifs.finish();
    c->is_async = is_async;
    return c;
  }
  mark_ = start;
  if (call_invalid_rules_) {
    invalid_for_target();
    mark_ = start;
  }
  return nullptr;
}

// listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension
expr_t* Parser::listcomp() {
  DepthGuard guard(this);
  int start = mark_;
  if (expect(TK::LSQB)) {
    if (expr_t* a = named_expression()) {
      Seq<comprehension_t*> gens;
      if (for_if_clauses(&gens) && expect(TK::RSQB)) {
        ListComp* l = node<ListComp>(start);
        l->elt = a;
        l->generators = gens;
        return l;
      }
    }
  }
  mark_ = start;
  if (call_invalid_rules_) {
    invalid_comprehension();
    mark_ = start;
  }
  return nullptr;
}

// setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension
expr_t* Parser::setcomp() {
  DepthGuard guard(this);
  int start = mark_;
  if (expect(TK::LBRACE)) {
    if (expr_t* a = named_expression()) {
      Seq<comprehension_t*> gens;
      if (for_if_clauses(&gens) && expect(TK::RBRACE)) {
        SetComp* s = node<SetComp>(start);
        s->elt = a;
        s->generators = gens;
        return s;
      }
    }
  }
  mark_ = start;
  if (call_invalid_rules_) {
    invalid_comprehension();
    mark_ = start;
  }
  return nullptr;
}

// genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')' | invalid_comprehension
expr_t* Parser::genexp() {
  DepthGuard guard(this);
  int start = mark_;
  if (expect(TK::LPAR)) {
    expr_t* a;
    {
      DepthGuard group_guard(this);
      int m = mark_;
      a = assignment_expression();
      if (a == nullptr) {
        mark_ = m;
        a = expression();
        if (a != nullptr && at(TK::COLONEQUAL)) a = nullptr;
        if (a == nullptr) mark_ = m;
      }
    }
    if (a != nullptr) {
      Seq<comprehension_t*> gens;
      if (for_if_clauses(&gens) && expect(TK::RPAR)) {
        GeneratorExp* g = node<GeneratorExp>(start);
        g->elt = a;
        g->generators = gens;
        return g;
      }
    }
  }
  mark_ = start;
  if (call_invalid_rules_) {
    invalid_comprehension();
    mark_ = start;
  }
  return nullptr;
}

// dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension
expr_t* Parser::dictcomp() {
  DepthGuard guard(this);
  int start = mark_;
  if (expect(TK::LBRACE)) {
    if (KeyValuePair* a = kvpair()) {
      Seq<comprehension_t*> gens;
      if (for_if_clauses(&gens) && expect(TK::RBRACE)) {
        DictComp* d = node<DictComp>(start);
        d->key = a->key;
        d->value = a->value;
        d->generators = gens;
        return d;
      }
    }
  }
  mark_ = start;
  if (call_invalid_rules_) {
    invalid_dict_comprehension();
    mark_ = start;
  }
  return nullptr;
}

// arguments (memo): args [','] &')' | invalid_arguments
Call* Parser::arguments() {
  DepthGuard guard(this);
  peek();
  Call* r;
  bool use_memo = memo_active(MemoRule::arguments);
  if (use_memo && memo_lookup(MemoRule::arguments, &r)) return r;
  int start = mark_;
  r = args();
  if (r != nullptr) {
    expect(TK::COMMA);
    if (!at(TK::RPAR)) r = nullptr;
  }
  if (r == nullptr) {
    mark_ = start;
    if (call_invalid_rules_) {
      invalid_arguments();
      mark_ = start;
    }
  }
  if (use_memo) memo_store(MemoRule::arguments, start, r);
  return r;
}

// ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ : the
// positional arguments of a call, into `out` (nullptr: parse only).
bool Parser::positional_arguments(SeqBuilder<expr_t*>* out) {
  auto element = [this]() -> expr_t* {
    DepthGuard group_guard(this);
    int m = mark_;
    if (expr_t* s = starred_expression()) return s;
    mark_ = m;
    expr_t* e;
    {
      DepthGuard inner_guard(this);
      e = assignment_expression();
      if (e == nullptr) {
        mark_ = m;
        e = expression();
        if (e != nullptr && at(TK::COLONEQUAL)) e = nullptr;
      }
    }
    if (e != nullptr && !at(TK::EQUAL)) return e;
    mark_ = m;
    return nullptr;
  };
  return gather(TK::COMMA, [&] {
    expr_t* e = element();
    if (e != nullptr && out != nullptr) out->push(e);
    return e != nullptr;
  });
}

// args:
//     | ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs]
//     | kwargs
Call* Parser::args() {
  DepthGuard guard(this);
  int start = mark_;
  peek();
  {
    SeqBuilder<expr_t*> positional(*this);
    if (positional_arguments(&positional)) {
      Seq<expr_t*> pos = positional.finish();
      int m = mark_;
      Seq<KeywordOrStarred*> kw;
      bool has_kw = false;
      {
        DepthGuard group_guard(this);
        if (expect(TK::COMMA) && kwargs(&kw)) has_kw = true;
      }
      if (!has_kw) mark_ = m;
      return collect_call_seqs(pos, has_kw ? &kw : nullptr, start);
    }
  }
  mark_ = start;
  Seq<KeywordOrStarred*> kw;
  if (kwargs(&kw)) return collect_call_seqs(Seq<expr_t*>{}, &kw, start);
  mark_ = start;
  return nullptr;
}

// The arguments of a call: positional ones, then starred ones that came among the keywords.
Call* Parser::collect_call_seqs(Seq<expr_t*> positional, Seq<KeywordOrStarred*>* kwargs, int start) {
  Call* c = node<Call>(start);
  if (kwargs == nullptr) {
    c->args = positional;
    return c;
  }
  uint32_t n_starred = 0;
  uint32_t n_keywords = 0;
  for (KeywordOrStarred* k : *kwargs) {
    if (k->is_keyword) {
      ++n_keywords;
    } else {
      ++n_starred;
    }
  }
  c->args = Seq<expr_t*>::make(arena_, positional.size + n_starred);
  c->keywords = Seq<keyword_t*>::make(arena_, n_keywords);
  uint32_t ai = 0;
  uint32_t ki = 0;
  for (expr_t* e : positional) c->args[ai++] = e;
  for (KeywordOrStarred* k : *kwargs) {
    if (k->is_keyword) {
      c->keywords[ki++] = static_cast<keyword_t*>(k->element);
    } else {
      c->args[ai++] = static_cast<expr_t*>(k->element);
    }
  }
  return c;
}

// kwargs:
//     | ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+
//     | ','.kwarg_or_starred+
//     | ','.kwarg_or_double_starred+
bool Parser::kwargs(Seq<KeywordOrStarred*>* out) {
  DepthGuard guard(this);
  int start = mark_;
  auto gather_items = [this](SeqBuilder<KeywordOrStarred*>& items, bool double_starred) {
    return gather(TK::COMMA, [&] {
      KeywordOrStarred* e = double_starred ? kwarg_or_double_starred() : kwarg_or_starred();
      if (e != nullptr) items.push(e);
      return e != nullptr;
    });
  };
  {
    SeqBuilder<KeywordOrStarred*> items(*this);
    if (gather_items(items, false) && expect(TK::COMMA) && gather_items(items, true)) {
      *out = items.finish();
      return true;
    }
  }
  mark_ = start;
  {
    SeqBuilder<KeywordOrStarred*> items(*this);
    if (gather_items(items, false)) {
      *out = items.finish();
      return true;
    }
  }
  mark_ = start;
  {
    SeqBuilder<KeywordOrStarred*> items(*this);
    if (gather_items(items, true)) {
      *out = items.finish();
      return true;
    }
  }
  mark_ = start;
  return false;
}

// starred_expression:
//     | invalid_starred_expression_unpacking
//     | '*' expression
//     | '*'         (raises "Invalid star expression", in both passes: not an invalid_ rule)
expr_t* Parser::starred_expression() {
  DepthGuard guard(this);
  int start = mark_;
  peek();
  if (call_invalid_rules_) {
    invalid_starred_expression_unpacking();
    mark_ = start;
  }
  if (expect(TK::STAR)) {
    if (expr_t* a = expression()) {
      Starred* s = node<Starred>(start);
      s->value = a;
      s->ctx = expr_context_t::Load;
      return s;
    }
  }
  mark_ = start;
  if (expect(TK::STAR)) raise_syntax_error("Invalid star expression");
  return nullptr;
}

// kwarg_or_starred: invalid_kwarg | NAME '=' expression | starred_expression
KeywordOrStarred* Parser::kwarg_or_starred() {
  DepthGuard guard(this);
  int start = mark_;
  peek();
  if (call_invalid_rules_) {
    invalid_kwarg();
    mark_ = start;
  }
  if (Token* a = expect(TK::NAME)) {
    if (expect(TK::EQUAL)) {
      if (expr_t* b = expression()) {
        keyword_t* k = arena_.make<keyword_t>();
        k->arg = identifier(a);
        k->value = b;
        k->loc = extra(start);
        KeywordOrStarred* r = arena_.make<KeywordOrStarred>();
        r->element = k;
        r->is_keyword = true;
        return r;
      }
    }
  }
  mark_ = start;
  if (expr_t* a = starred_expression()) {
    KeywordOrStarred* r = arena_.make<KeywordOrStarred>();
    r->element = a;
    r->is_keyword = false;
    return r;
  }
  mark_ = start;
  return nullptr;
}

// kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression
KeywordOrStarred* Parser::kwarg_or_double_starred() {
  DepthGuard guard(this);
  int start = mark_;
  peek();
  if (call_invalid_rules_) {
    invalid_kwarg();
    mark_ = start;
  }
  if (Token* a = expect(TK::NAME)) {
    if (expect(TK::EQUAL)) {
      if (expr_t* b = expression()) {
        keyword_t* k = arena_.make<keyword_t>();
        k->arg = identifier(a);
        k->value = b;
        k->loc = extra(start);
        KeywordOrStarred* r = arena_.make<KeywordOrStarred>();
        r->element = k;
        r->is_keyword = true;
        return r;
      }
    }
  }
  mark_ = start;
  if (expect(TK::DOUBLESTAR)) {
    if (expr_t* a = expression()) {
      keyword_t* k = arena_.make<keyword_t>();
      k->value = a;
      k->loc = extra(start);
      KeywordOrStarred* r = arena_.make<KeywordOrStarred>();
      r->element = k;
      r->is_keyword = true;
      return r;
    }
  }
  mark_ = start;
  return nullptr;
}

}  // namespace pyxis::frontend
