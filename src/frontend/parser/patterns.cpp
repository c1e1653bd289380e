// Grammar rules for `match` statement patterns (PEP 634): or/as patterns, literals,
// captures, wildcards, values, groups, sequences, mappings and class patterns.
#include "frontend/parser/parser.h"

namespace pyxis::frontend {

using namespace ast;
using TK = TokenKind;

// patterns: open_sequence_pattern | pattern
pattern_t* Parser::patterns() {
  DepthGuard guard(this);
  int start = mark_;
  peek();
  {
    Seq<pattern_t*> pats;
    if (open_sequence_pattern(&pats)) {
      MatchSequence* p = node<MatchSequence>(start);
      p->patterns = pats;
      return p;
    }
  }
  mark_ = start;
  if (pattern_t* p = pattern()) return p;
  mark_ = start;
  return nullptr;
}

// pattern: as_pattern | or_pattern
pattern_t* Parser::pattern() {
  DepthGuard guard(this);
  int start = mark_;
  if (pattern_t* p = as_pattern()) return p;
  mark_ = start;
  if (pattern_t* p = or_pattern()) return p;
  mark_ = start;
  return nullptr;
}

// as_pattern: or_pattern 'as' pattern_capture_target | invalid_as_pattern
pattern_t* Parser::as_pattern() {
  DepthGuard guard(this);
  int start = mark_;
  peek();
  if (pattern_t* p = or_pattern()) {
    if (expect(TK::KW_AS)) {
      if (Name* target = pattern_capture_target()) {
        MatchAs* a = node<MatchAs>(start);
        a->pattern = p;
        a->name = target->id;
        return a;
      }
    }
  }
  mark_ = start;
  if (call_invalid_rules_) {
    invalid_as_pattern();
    mark_ = start;
  }
  return nullptr;
}

// or_pattern: '|'.closed_pattern+
pattern_t* Parser::or_pattern() {
  DepthGuard guard(this);
  int start = mark_;
  peek();
  SeqBuilder<pattern_t*> pats(*this);
  {
    bool any = gather(TK::VBAR, [&] {
      pattern_t* e = closed_pattern();
      if (e != nullptr) pats.push(e);
      return e != nullptr;
    });
    if (!any) {
      mark_ = start;
      return nullptr;
    }
  }
  if (pats.size() == 1) return pats.get(0);
  MatchOr* o = node<MatchOr>(start);
  o->patterns = pats.finish();
  return o;
}

pattern_t* Parser::closed_pattern() {
  DepthGuard guard(this);
  peek();
  pattern_t* r;
  bool use_memo = memo_active(MemoRule::closed_pattern);
  if (use_memo && memo_lookup(MemoRule::closed_pattern, &r)) return r;
  int start = mark_;
  r = closed_pattern_raw();
  if (use_memo) memo_store(MemoRule::closed_pattern, start, r);
  return r;
}

// closed_pattern (memo):
//     | literal_pattern | capture_pattern | wildcard_pattern | value_pattern
//     | group_pattern | sequence_pattern | mapping_pattern | class_pattern
pattern_t* Parser::closed_pattern_raw() {
  int start = mark_;
  pattern_t* (Parser::*alternatives[])() = {
      &Parser::literal_pattern, &Parser::capture_pattern,  &Parser::wildcard_pattern, &Parser::value_pattern,
      &Parser::group_pattern,   &Parser::sequence_pattern, &Parser::mapping_pattern,  &Parser::class_pattern,
  };
  for (auto alternative : alternatives) {
    if (pattern_t* p = (this->*alternative)()) return p;
    mark_ = start;
  }
  return nullptr;
}

// literal_pattern:
//     | signed_number !('+' | '-')
//     | complex_number
//     | strings
//     | 'None' | 'True' | 'False'
pattern_t* Parser::literal_pattern() {
  DepthGuard guard(this);
  int start = mark_;
  peek();
  if (expr_t* v = signed_number()) {
    TK k = peek_kind();
    if (k != TK::PLUS && k != TK::MINUS) {
      MatchValue* p = node<MatchValue>(start);
      p->value = v;
      return p;
    }
  }
  mark_ = start;
  if (expr_t* v = complex_number()) {
    MatchValue* p = node<MatchValue>(start);
    p->value = v;
    return p;
  }
  mark_ = start;
  if (expr_t* v = strings()) {
    MatchValue* p = node<MatchValue>(start);
    p->value = v;
    return p;
  }
  mark_ = start;
  TK k = peek_kind();
  if (k == TK::KW_NONE || k == TK::KW_TRUE || k == TK::KW_FALSE) {
    ++mark_;
    MatchSingleton* p = node<MatchSingleton>(start);
    p->value.kind = k == TK::KW_NONE   ? ConstantValue::Kind::None
                    : k == TK::KW_TRUE ? ConstantValue::Kind::True
                                       : ConstantValue::Kind::False;
    return p;
  }
  mark_ = start;
  return nullptr;
}

// literal_expr: the same alternatives, producing the expressions (mapping pattern keys).
expr_t* Parser::literal_expr() {
  DepthGuard guard(this);
  int start = mark_;
  peek();
  if (expr_t* v = signed_number()) {
    TK k = peek_kind();
    if (k != TK::PLUS && k != TK::MINUS) return v;
  }
  mark_ = start;
  if (expr_t* v = complex_number()) return v;
  mark_ = start;
  if (expr_t* v = strings()) return v;
  mark_ = start;
  TK k = peek_kind();
  if (k == TK::KW_NONE || k == TK::KW_TRUE || k == TK::KW_FALSE) {
    ++mark_;
    return constant_node(k == TK::KW_NONE   ? ConstantValue::Kind::None
                         : k == TK::KW_TRUE ? ConstantValue::Kind::True
                                            : ConstantValue::Kind::False,
                         start);
  }
  mark_ = start;
  return nullptr;
}

// complex_number: signed_real_number ('+' | '-') imaginary_number
expr_t* Parser::complex_number() {
  DepthGuard guard(this);
  int start = mark_;
  peek();
  for (int minus = 0; minus < 2; ++minus) {
    mark_ = start;
    if (expr_t* real = signed_real_number()) {
      if (expect(minus ? TK::MINUS : TK::PLUS)) {
        if (expr_t* imag = imaginary_number()) {
          BinOp* b = node<BinOp>(start);
          b->left = real;
          b->op = minus ? operator_t::Sub : operator_t::Add;
          b->right = imag;
          return b;
        }
      }
    }
  }
  mark_ = start;
  return nullptr;
}

// signed_number: NUMBER | '-' NUMBER
expr_t* Parser::signed_number() {
  DepthGuard guard(this);
  int start = mark_;
  peek();
  if (Token* t = expect(TK::NUMBER)) return number_token(t);
  mark_ = start;
  if (expect(TK::MINUS)) {
    if (Token* t = expect(TK::NUMBER)) {
      expr_t* n = number_token(t);
      UnaryOp* u = node<UnaryOp>(start);
      u->op = unaryop_t::USub;
      u->operand = n;
      return u;
    }
  }
  mark_ = start;
  return nullptr;
}

// signed_real_number: real_number | '-' real_number
expr_t* Parser::signed_real_number() {
  DepthGuard guard(this);
  int start = mark_;
  peek();
  if (expr_t* r = real_number()) return r;
  mark_ = start;
  if (expect(TK::MINUS)) {
    if (expr_t* r = real_number()) {
      UnaryOp* u = node<UnaryOp>(start);
      u->op = unaryop_t::USub;
      u->operand = r;
      return u;
    }
  }
  mark_ = start;
  return nullptr;
}

// real_number: NUMBER (which must not be imaginary)
expr_t* Parser::real_number() {
  DepthGuard guard(this);
  int start = mark_;
  if (Token* t = expect(TK::NUMBER)) {
    expr_t* n = number_token(t);
    if (cast<Constant>(n)->value.kind == ConstantValue::Kind::Complex) {
      raise_known_location(n->loc, "real number required in complex literal");
    }
    return n;
  }
  mark_ = start;
  return nullptr;
}

// imaginary_number: NUMBER (which must be imaginary)
expr_t* Parser::imaginary_number() {
  DepthGuard guard(this);
  int start = mark_;
  if (Token* t = expect(TK::NUMBER)) {
    expr_t* n = number_token(t);
    if (cast<Constant>(n)->value.kind != ConstantValue::Kind::Complex) {
      raise_known_location(n->loc, "imaginary number required in complex literal");
    }
    return n;
  }
  mark_ = start;
  return nullptr;
}

// capture_pattern: pattern_capture_target
pattern_t* Parser::capture_pattern() {
  DepthGuard guard(this);
  int start = mark_;
  peek();
  if (Name* target = pattern_capture_target()) {
    MatchAs* a = node<MatchAs>(start);
    a->name = target->id;
    return a;
  }
  mark_ = start;
  return nullptr;
}

// pattern_capture_target: !"_" NAME !('.' | '(' | '=')
Name* Parser::pattern_capture_target() {
  DepthGuard guard(this);
  int start = mark_;
  if (at_soft_keyword("_")) return nullptr;
  if (Token* t = expect(TK::NAME)) {
    TK k = peek_kind();
    if (k != TK::DOT && k != TK::LPAR && k != TK::EQUAL) return name_from_token(t, expr_context_t::Store);
  }
  mark_ = start;
  return nullptr;
}

// wildcard_pattern: "_"
pattern_t* Parser::wildcard_pattern() {
  DepthGuard guard(this);
  int start = mark_;
  peek();
  if (expect_soft_keyword("_")) return node<MatchAs>(start);
  mark_ = start;
  return nullptr;
}

// value_pattern: attr !('.' | '(' | '=')
pattern_t* Parser::value_pattern() {
  DepthGuard guard(this);
  int start = mark_;
  peek();
  if (expr_t* a = attr()) {
    TK k = peek_kind();
    if (k != TK::DOT && k != TK::LPAR && k != TK::EQUAL) {
      MatchValue* p = node<MatchValue>(start);
      p->value = a;
      return p;
    }
  }
  mark_ = start;
  return nullptr;
}

// attr: name_or_attr '.' NAME   (left-recursive: NAME ('.' NAME)+)
expr_t* Parser::attr() {
  DepthGuard guard(this);
  peek();
  expr_t* r;
  bool use_memo = memo_active(MemoRule::attr);
  if (use_memo && memo_lookup(MemoRule::attr, &r)) return r;
  int start = mark_;
  {
    DepthGuard raw_guard(this);
    DepthGuard name_or_attr_guard(this);
    r = nullptr;
    if (Token* first = expect(TK::NAME)) {
      expr_t* value = name_from_token(first, expr_context_t::Load);
      for (;;) {
        int m = mark_;
        if (!expect(TK::DOT)) break;
        Token* b = expect(TK::NAME);
        if (b == nullptr) {
          mark_ = m;
          break;
        }
        Attribute* a = node<Attribute>(start);
        a->value = value;
        a->attr = identifier(b);
        a->ctx = expr_context_t::Load;
        value = a;
        r = a;
      }
    }
    if (r == nullptr) mark_ = start;
  }
  if (use_memo) memo_store(MemoRule::attr, start, r);
  return r;
}

// name_or_attr: attr | NAME
expr_t* Parser::name_or_attr() {
  DepthGuard guard(this);
  int start = mark_;
  if (expr_t* a = attr()) return a;
  mark_ = start;
  if (Token* t = expect(TK::NAME)) return name_from_token(t, expr_context_t::Load);
  mark_ = start;
  return nullptr;
}

// group_pattern: '(' pattern ')'
pattern_t* Parser::group_pattern() {
  DepthGuard guard(this);
  int start = mark_;
  if (expect(TK::LPAR)) {
    if (pattern_t* p = pattern()) {
      if (expect(TK::RPAR)) return p;
    }
  }
  mark_ = start;
  return nullptr;
}

// sequence_pattern: '[' maybe_sequence_pattern? ']' | '(' open_sequence_pattern? ')'
pattern_t* Parser::sequence_pattern() {
  DepthGuard guard(this);
  int start = mark_;
  if (expect(TK::LSQB)) {
    int m = mark_;
    Seq<pattern_t*> pats;
    if (!maybe_sequence_pattern(&pats)) mark_ = m;
    if (expect(TK::RSQB)) {
      MatchSequence* p = node<MatchSequence>(start);
      p->patterns = pats;
      return p;
    }
  }
  mark_ = start;
  if (expect(TK::LPAR)) {
    int m = mark_;
    Seq<pattern_t*> pats;
    if (!open_sequence_pattern(&pats)) mark_ = m;
    if (expect(TK::RPAR)) {
      MatchSequence* p = node<MatchSequence>(start);
      p->patterns = pats;
      return p;
    }
  }
  mark_ = start;
  return nullptr;
}

// open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?
bool Parser::open_sequence_pattern(Seq<pattern_t*>* out) {
  DepthGuard guard(this);
  int start = mark_;
  if (pattern_t* head = maybe_star_pattern()) {
    if (expect(TK::COMMA)) {
      int m = mark_;
      Seq<pattern_t*> tail;
      if (!maybe_sequence_pattern(&tail)) mark_ = m;
      *out = prepend(head, tail);
      return true;
    }
  }
  mark_ = start;
  return false;
}

// maybe_sequence_pattern: ','.maybe_star_pattern+ ','?
bool Parser::maybe_sequence_pattern(Seq<pattern_t*>* out) {
  DepthGuard guard(this);
  int start = mark_;
  SeqBuilder<pattern_t*> pats(*this);
  {
    bool any = gather(TK::COMMA, [&] {
      pattern_t* e = maybe_star_pattern();
      if (e != nullptr) pats.push(e);
      return e != nullptr;
    });
    if (!any) {
      mark_ = start;
      return false;
    }
  }
  expect(TK::COMMA);
  *out = pats.finish();
  return true;
}

// maybe_star_pattern: star_pattern | pattern
pattern_t* Parser::maybe_star_pattern() {
  DepthGuard guard(this);
  int start = mark_;
  if (pattern_t* p = star_pattern()) return p;
  mark_ = start;
  if (pattern_t* p = pattern()) return p;
  mark_ = start;
  return nullptr;
}

// star_pattern (memo): '*' pattern_capture_target | '*' wildcard_pattern
pattern_t* Parser::star_pattern() {
  DepthGuard guard(this);
  peek();
  pattern_t* r;
  bool use_memo = memo_active(MemoRule::star_pattern);
  if (use_memo && memo_lookup(MemoRule::star_pattern, &r)) return r;
  int start = mark_;
  r = nullptr;
  if (expect(TK::STAR)) {
    if (Name* target = pattern_capture_target()) {
      MatchStar* s = node<MatchStar>(start);
      s->name = target->id;
      r = s;
    }
  }
  if (r == nullptr) {
    mark_ = start;
    if (expect(TK::STAR) && wildcard_pattern() != nullptr) {
      r = node<MatchStar>(start);
    }
  }
  if (r == nullptr) mark_ = start;
  if (use_memo) memo_store(MemoRule::star_pattern, start, r);
  return r;
}

// mapping_pattern:
//     | '{' '}'
//     | '{' double_star_pattern ','? '}'
//     | '{' items_pattern ',' double_star_pattern ','? '}'
//     | '{' items_pattern ','? '}'
pattern_t* Parser::mapping_pattern() {
  DepthGuard guard(this);
  int start = mark_;
  auto make_mapping = [this, start](Seq<KeyPatternPair*>* items, Name* rest) {
    MatchMapping* m = node<MatchMapping>(start);
    if (items != nullptr) {
      m->keys = Seq<expr_t*>::make(arena_, items->size);
      m->patterns = Seq<pattern_t*>::make(arena_, items->size);
      for (uint32_t i = 0; i < items->size; ++i) {
        m->keys[i] = (*items)[i]->key;
        m->patterns[i] = (*items)[i]->pattern;
      }
    }
    if (rest != nullptr) m->rest = rest->id;
    return m;
  };
  if (expect(TK::LBRACE) && expect(TK::RBRACE)) return make_mapping(nullptr, nullptr);
  mark_ = start;
  if (expect(TK::LBRACE)) {
    if (Name* rest = double_star_pattern()) {
      expect(TK::COMMA);
      if (expect(TK::RBRACE)) return make_mapping(nullptr, rest);
    }
  }
  mark_ = start;
  if (expect(TK::LBRACE)) {
    Seq<KeyPatternPair*> items;
    if (items_pattern(&items) && expect(TK::COMMA)) {
      if (Name* rest = double_star_pattern()) {
        expect(TK::COMMA);
        if (expect(TK::RBRACE)) return make_mapping(&items, rest);
      }
    }
  }
  mark_ = start;
  if (expect(TK::LBRACE)) {
    Seq<KeyPatternPair*> items;
    if (items_pattern(&items)) {
      expect(TK::COMMA);
      if (expect(TK::RBRACE)) return make_mapping(&items, nullptr);
    }
  }
  mark_ = start;
  return nullptr;
}

// items_pattern: ','.key_value_pattern+
bool Parser::items_pattern(Seq<KeyPatternPair*>* out) {
  DepthGuard guard(this);
  int start = mark_;
  SeqBuilder<KeyPatternPair*> items(*this);
  bool any = gather(TK::COMMA, [&] {
    KeyPatternPair* e = key_value_pattern();
    if (e != nullptr) items.push(e);
    return e != nullptr;
  });
  if (!any) {
    mark_ = start;
    return false;
  }
  *out = items.finish();
  return true;
}

// key_value_pattern: (literal_expr | attr) ':' pattern
KeyPatternPair* Parser::key_value_pattern() {
  DepthGuard guard(this);
  int start = mark_;
  expr_t* key;
  {
    DepthGuard group_guard(this);
    key = literal_expr();
    if (key == nullptr) {
      mark_ = start;
      key = attr();
    }
  }
  if (key != nullptr && expect(TK::COLON)) {
    if (pattern_t* p = pattern()) {
      KeyPatternPair* kp = arena_.make<KeyPatternPair>();
      kp->key = key;
      kp->pattern = p;
      return kp;
    }
  }
  mark_ = start;
  return nullptr;
}

// double_star_pattern: '**' pattern_capture_target
Name* Parser::double_star_pattern() {
  DepthGuard guard(this);
  int start = mark_;
  if (expect(TK::DOUBLESTAR)) {
    if (Name* target = pattern_capture_target()) return target;
  }
  mark_ = start;
  return nullptr;
}

// class_pattern:
//     | name_or_attr '(' ')'
//     | name_or_attr '(' positional_patterns ','? ')'
//     | name_or_attr '(' keyword_patterns ','? ')'
//     | name_or_attr '(' positional_patterns ',' keyword_patterns ','? ')'
//     | invalid_class_pattern
pattern_t* Parser::class_pattern() {
  DepthGuard guard(this);
  int start = mark_;
  peek();
  auto make_class = [this, start](expr_t* cls, Seq<pattern_t*> positional, Seq<KeyPatternPair*> keywords) {
    MatchClass* c = node<MatchClass>(start);
    c->cls = cls;
    c->patterns = positional;
    c->kwd_attrs = Seq<Identifier>::make(arena_, keywords.size);
    c->kwd_patterns = Seq<pattern_t*>::make(arena_, keywords.size);
    for (uint32_t i = 0; i < keywords.size; ++i) {
      c->kwd_attrs[i] = cast<Name>(keywords[i]->key)->id;
      c->kwd_patterns[i] = keywords[i]->pattern;
    }
    return c;
  };
  if (expr_t* cls = name_or_attr()) {
    if (expect(TK::LPAR) && expect(TK::RPAR)) return make_class(cls, {}, {});
  }
  mark_ = start;
  if (expr_t* cls = name_or_attr()) {
    if (expect(TK::LPAR)) {
      Seq<pattern_t*> pats;
      if (positional_patterns(&pats)) {
        expect(TK::COMMA);
        if (expect(TK::RPAR)) return make_class(cls, pats, {});
      }
    }
  }
  mark_ = start;
  if (expr_t* cls = name_or_attr()) {
    if (expect(TK::LPAR)) {
      Seq<KeyPatternPair*> kws;
      if (keyword_patterns(&kws)) {
        expect(TK::COMMA);
        if (expect(TK::RPAR)) return make_class(cls, {}, kws);
      }
    }
  }
  mark_ = start;
  if (expr_t* cls = name_or_attr()) {
    if (expect(TK::LPAR)) {
      Seq<pattern_t*> pats;
      if (positional_patterns(&pats) && expect(TK::COMMA)) {
        Seq<KeyPatternPair*> kws;
        if (keyword_patterns(&kws)) {
          expect(TK::COMMA);
          if (expect(TK::RPAR)) return make_class(cls, pats, kws);
        }
      }
    }
  }
  mark_ = start;
  if (call_invalid_rules_) {
    invalid_class_pattern();
    mark_ = start;
  }
  return nullptr;
}

// positional_patterns: ','.pattern+
bool Parser::positional_patterns(Seq<pattern_t*>* out) {
  DepthGuard guard(this);
  int start = mark_;
  SeqBuilder<pattern_t*> pats(*this);
  bool any = gather(TK::COMMA, [&] {
    pattern_t* e = pattern();
    if (e != nullptr) pats.push(e);
    return e != nullptr;
  });
  if (!any) {
    mark_ = start;
    return false;
  }
  *out = pats.finish();
  return true;
}

// keyword_patterns: ','.keyword_pattern+
bool Parser::keyword_patterns(Seq<KeyPatternPair*>* out) {
  DepthGuard guard(this);
  int start = mark_;
  SeqBuilder<KeyPatternPair*> items(*this);
  bool any = gather(TK::COMMA, [&] {
    KeyPatternPair* e = keyword_pattern();
    if (e != nullptr) items.push(e);
    return e != nullptr;
  });
  if (!any) {
    mark_ = start;
    return false;
  }
  *out = items.finish();
  return true;
}

// keyword_pattern: NAME '=' pattern
KeyPatternPair* Parser::keyword_pattern() {
  DepthGuard guard(this);
  int start = mark_;
  if (Token* arg = expect(TK::NAME)) {
    if (expect(TK::EQUAL)) {
      if (pattern_t* value = pattern()) {
        KeyPatternPair* kp = arena_.make<KeyPatternPair>();
        kp->key = name_from_token(arg, expr_context_t::Load);
        kp->pattern = value;
        return kp;
      }
    }
  }
  mark_ = start;
  return nullptr;
}

}  // namespace pyxis::frontend
