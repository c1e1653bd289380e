// Grammar rules for function and lambda parameter lists. The two grammars have the same
// shape (lambda parameters have no annotations and end at ':' instead of ')'), so each rule
// is written once with a `lam` flag selecting the lambda_* variant.
#include "frontend/parser/parser.h"

namespace pyxis::frontend {

using namespace ast;
using TK = TokenKind;

// params: invalid_parameters | parameters
arguments_t* Parser::params() {
  DepthGuard guard(this);
  int start = mark_;
  if (call_invalid_rules_) {
    invalid_parameters();
    mark_ = start;
  }
  if (arguments_t* a = parameters(false)) return a;
  mark_ = start;
  return nullptr;
}

// lambda_params: invalid_lambda_parameters | lambda_parameters
arguments_t* Parser::lambda_params() {
  DepthGuard guard(this);
  int start = mark_;
  if (call_invalid_rules_) {
    invalid_lambda_parameters();
    mark_ = start;
  }
  if (arguments_t* a = parameters(true)) return a;
  mark_ = start;
  return nullptr;
}

// param_no_default* (or + when `at_least_one`) into a Seq.
bool Parser::param_no_default_loop(bool lam, bool at_least_one, Seq<arg_t*>* out) {
  DepthGuard loop_guard(this);
  SeqBuilder<arg_t*> items(*this);
  for (;;) {
    int m = mark_;
    arg_t* a = param_no_default(lam);
    if (a == nullptr) {
      mark_ = m;
      break;
    }
    items.push(a);
  }
  if (at_least_one && items.empty()) return false;
  *out = items.finish();
  return true;
}

// param_with_default* (or +)
bool Parser::param_with_default_loop(bool lam, bool at_least_one, Seq<NameDefaultPair*>* out) {
  DepthGuard loop_guard(this);
  SeqBuilder<NameDefaultPair*> items(*this);
  for (;;) {
    int m = mark_;
    NameDefaultPair* a = param_with_default(lam);
    if (a == nullptr) {
      mark_ = m;
      break;
    }
    items.push(a);
  }
  if (at_least_one && items.empty()) return false;
  *out = items.finish();
  return true;
}

// param_maybe_default* (or +)
bool Parser::param_maybe_default_loop(bool lam, bool at_least_one, Seq<NameDefaultPair*>* out) {
  DepthGuard loop_guard(this);
  SeqBuilder<NameDefaultPair*> items(*this);
  for (;;) {
    int m = mark_;
    NameDefaultPair* a = param_maybe_default(lam);
    if (a == nullptr) {
      mark_ = m;
      break;
    }
    items.push(a);
  }
  if (at_least_one && items.empty()) return false;
  *out = items.finish();
  return true;
}

// parameters:
//     | slash_no_default param_no_default* param_with_default* [star_etc]
//     | slash_with_default param_with_default* [star_etc]
//     | param_no_default+ param_with_default* [star_etc]
//     | param_with_default+ [star_etc]
//     | star_etc
arguments_t* Parser::parameters(bool lam) {
  DepthGuard guard(this);
  int start = mark_;
  auto optional_star_etc = [this, lam]() -> StarEtc* {
    int m = mark_;
    StarEtc* s = star_etc(lam);
    if (s == nullptr) mark_ = m;
    return s;
  };
  {
    Seq<arg_t*> a;
    if (slash_no_default(lam, &a)) {
      Seq<arg_t*> b;
      Seq<NameDefaultPair*> c;
      param_no_default_loop(lam, false, &b);
      param_with_default_loop(lam, false, &c);
      StarEtc* d = optional_star_etc();
      return make_arguments(&a, nullptr, &b, &c, d);
    }
  }
  mark_ = start;
  if (SlashWithDefault* a = slash_with_default(lam)) {
    Seq<NameDefaultPair*> b;
    param_with_default_loop(lam, false, &b);
    StarEtc* c = optional_star_etc();
    return make_arguments(nullptr, a, nullptr, &b, c);
  }
  mark_ = start;
  {
    Seq<arg_t*> a;
    if (param_no_default_loop(lam, true, &a)) {
      Seq<NameDefaultPair*> b;
      param_with_default_loop(lam, false, &b);
      StarEtc* c = optional_star_etc();
      return make_arguments(nullptr, nullptr, &a, &b, c);
    }
  }
  mark_ = start;
  {
    Seq<NameDefaultPair*> a;
    if (param_with_default_loop(lam, true, &a)) {
      StarEtc* b = optional_star_etc();
      return make_arguments(nullptr, nullptr, nullptr, &a, b);
    }
  }
  mark_ = start;
  if (StarEtc* a = star_etc(lam)) return make_arguments(nullptr, nullptr, nullptr, nullptr, a);
  mark_ = start;
  return nullptr;
}

// After a parameter: ',' or a lookahead of the closing token (')' or, for lambdas, ':').
bool Parser::param_end(bool lam) {
  if (expect(TK::COMMA)) {
    if (!lam) expect(TK::TYPE_COMMENT);
    return true;
  }
  if (!lam) expect(TK::TYPE_COMMENT);
  return at(lam ? TK::COLON : TK::RPAR);
}

// slash_no_default: param_no_default+ '/' ',' | param_no_default+ '/' &')'
bool Parser::slash_no_default(bool lam, Seq<arg_t*>* out) {
  DepthGuard guard(this);
  int start = mark_;
  Seq<arg_t*> a;
  if (param_no_default_loop(lam, true, &a) && expect(TK::SLASH)) {
    if (expect(TK::COMMA) || at(lam ? TK::COLON : TK::RPAR)) {
      *out = a;
      return true;
    }
  }
  mark_ = start;
  return false;
}

// slash_with_default:
//     | param_no_default* param_with_default+ '/' ','
//     | param_no_default* param_with_default+ '/' &')'
SlashWithDefault* Parser::slash_with_default(bool lam) {
  DepthGuard guard(this);
  int start = mark_;
  Seq<arg_t*> a;
  Seq<NameDefaultPair*> b;
  param_no_default_loop(lam, false, &a);
  if (param_with_default_loop(lam, true, &b) && expect(TK::SLASH)) {
    if (expect(TK::COMMA) || at(lam ? TK::COLON : TK::RPAR)) {
      SlashWithDefault* s = arena_.make<SlashWithDefault>();
      s->plain_names = a;
      s->names_with_defaults = b;
      return s;
    }
  }
  mark_ = start;
  return nullptr;
}

// star_etc:
//     | invalid_star_etc
//     | '*' param_no_default param_maybe_default* [kwds]
//     | '*' param_no_default_star_annotation param_maybe_default* [kwds]   (not for lambdas)
//     | '*' ',' param_maybe_default+ [kwds]
//     | kwds
StarEtc* Parser::star_etc(bool lam) {
  DepthGuard guard(this);
  int start = mark_;
  if (call_invalid_rules_) {
    if (lam) {
      invalid_lambda_star_etc();
    } else {
      invalid_star_etc();
    }
    mark_ = start;
  }
  auto optional_kwds = [this, lam]() -> arg_t* {
    int m = mark_;
    arg_t* k = kwds(lam);
    if (k == nullptr) mark_ = m;
    return k;
  };
  if (expect(TK::STAR)) {
    if (arg_t* a = param_no_default(lam)) {
      Seq<NameDefaultPair*> b;
      param_maybe_default_loop(lam, false, &b);
      StarEtc* s = arena_.make<StarEtc>();
      s->vararg = a;
      s->kwonlyargs = b;
      s->kwarg = optional_kwds();
      return s;
    }
  }
  mark_ = start;
  if (!lam && expect(TK::STAR)) {
    if (arg_t* a = param_no_default_star_annotation()) {
      Seq<NameDefaultPair*> b;
      param_maybe_default_loop(lam, false, &b);
      StarEtc* s = arena_.make<StarEtc>();
      s->vararg = a;
      s->kwonlyargs = b;
      s->kwarg = optional_kwds();
      return s;
    }
  }
  mark_ = start;
  if (expect(TK::STAR) && expect(TK::COMMA)) {
    Seq<NameDefaultPair*> b;
    if (param_maybe_default_loop(lam, true, &b)) {
      StarEtc* s = arena_.make<StarEtc>();
      s->kwonlyargs = b;
      s->kwarg = optional_kwds();
      return s;
    }
  }
  mark_ = start;
  if (arg_t* a = kwds(lam)) {
    StarEtc* s = arena_.make<StarEtc>();
    s->kwarg = a;
    return s;
  }
  mark_ = start;
  return nullptr;
}

// kwds: invalid_kwds | '**' param_no_default
arg_t* Parser::kwds(bool lam) {
  DepthGuard guard(this);
  int start = mark_;
  if (call_invalid_rules_) {
    if (lam) {
      invalid_lambda_kwds();
    } else {
      invalid_kwds();
    }
    mark_ = start;
  }
  if (expect(TK::DOUBLESTAR)) {
    if (arg_t* a = param_no_default(lam)) return a;
  }
  mark_ = start;
  return nullptr;
}

// param_no_default: param ',' TYPE_COMMENT? | param TYPE_COMMENT? &')'
arg_t* Parser::param_no_default(bool lam) {
  DepthGuard guard(this);
  int start = mark_;
  if (arg_t* a = param(lam)) {
    if (param_end(lam)) return a;
  }
  mark_ = start;
  return nullptr;
}

// param_no_default_star_annotation:
//     | param_star_annotation ',' TYPE_COMMENT? | param_star_annotation TYPE_COMMENT? &')'
arg_t* Parser::param_no_default_star_annotation() {
  DepthGuard guard(this);
  int start = mark_;
  if (arg_t* a = param_star_annotation()) {
    if (param_end(false)) return a;
  }
  mark_ = start;
  return nullptr;
}

// param_with_default: param default ',' TYPE_COMMENT? | param default TYPE_COMMENT? &')'
NameDefaultPair* Parser::param_with_default(bool lam) {
  DepthGuard guard(this);
  int start = mark_;
  if (arg_t* a = param(lam)) {
    if (expr_t* c = default_rule()) {
      if (param_end(lam)) {
        NameDefaultPair* p = arena_.make<NameDefaultPair>();
        p->arg = a;
        p->value = c;
        return p;
      }
    }
  }
  mark_ = start;
  return nullptr;
}

// param_maybe_default: param default? ',' TYPE_COMMENT? | param default? TYPE_COMMENT? &')'
NameDefaultPair* Parser::param_maybe_default(bool lam) {
  DepthGuard guard(this);
  int start = mark_;
  if (arg_t* a = param(lam)) {
    int m = mark_;
    expr_t* c = default_rule();
    if (c == nullptr) mark_ = m;
    if (param_end(lam)) {
      NameDefaultPair* p = arena_.make<NameDefaultPair>();
      p->arg = a;
      p->value = c;
      return p;
    }
  }
  mark_ = start;
  return nullptr;
}

// param: NAME annotation?        lambda_param: NAME
arg_t* Parser::param(bool lam) {
  DepthGuard guard(this);
  int start = mark_;
  peek();
  if (Token* a = expect(TK::NAME)) {
    expr_t* b = nullptr;
    if (!lam) {
      int m = mark_;
      b = annotation();
      if (b == nullptr) mark_ = m;
    }
    arg_t* r = arena_.make<arg_t>();
    r->arg = identifier(a);
    r->annotation = b;
    r->loc = extra(start);
    return r;
  }
  mark_ = start;
  return nullptr;
}

// param_star_annotation: NAME star_annotation
arg_t* Parser::param_star_annotation() {
  DepthGuard guard(this);
  int start = mark_;
  peek();
  if (Token* a = expect(TK::NAME)) {
    if (expr_t* b = star_annotation()) {
      arg_t* r = arena_.make<arg_t>();
      r->arg = identifier(a);
      r->annotation = b;
      r->loc = extra(start);
      return r;
    }
  }
  mark_ = start;
  return nullptr;
}

// annotation: ':' expression
expr_t* Parser::annotation() {
  DepthGuard guard(this);
  int start = mark_;
  if (expect(TK::COLON)) {
    if (expr_t* a = expression()) return a;
  }
  mark_ = start;
  return nullptr;
}

// star_annotation: ':' star_expression
expr_t* Parser::star_annotation() {
  DepthGuard guard(this);
  int start = mark_;
  if (expect(TK::COLON)) {
    if (expr_t* a = star_expression()) return a;
  }
  mark_ = start;
  return nullptr;
}

// default: '=' expression | invalid_default
expr_t* Parser::default_rule() {
  DepthGuard guard(this);
  int start = mark_;
  if (expect(TK::EQUAL)) {
    if (expr_t* a = expression()) return a;
  }
  mark_ = start;
  if (call_invalid_rules_) {
    invalid_default();
    mark_ = start;
  }
  return nullptr;
}

}  // namespace pyxis::frontend
