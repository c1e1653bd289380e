// Second-pass error rules for function and lambda parameter lists: misplaced '/' and '*',
// defaults, parenthesized parameters, var-positional and var-keyword misuse.
#include "frontend/parser/parser.h"

namespace pyxis::frontend {

using namespace ast;
using TK = TokenKind;

// invalid_parameters_helper: slash_with_default | param_with_default+
bool Parser::invalid_parameters_helper(bool lam) {
  DepthGuard guard(this);
  int start = mark_;
  if (slash_with_default(lam) != nullptr) return true;
  mark_ = start;
  Seq<NameDefaultPair*> with;
  if (param_with_default_loop(lam, true, &with)) return true;
  mark_ = start;
  return false;
}

// invalid_parameters / invalid_lambda_parameters:
//     | "/" ','
//     | (slash_no_default | slash_with_default) param_maybe_default* '/'
//     | slash_no_default? param_no_default* invalid_parameters_helper param_no_default
//     | param_no_default* '(' param_no_default+ ','? ')'        (lambda: ','.lambda_param+)
//     | (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default)
//           param_maybe_default* '/'
//     | param_maybe_default+ '/' '*'
bool Parser::invalid_parameters_common(bool lam) {
  DepthGuard guard(this);
  int start = mark_;
  Seq<arg_t*> args;
  Seq<NameDefaultPair*> pairs;
  if (Token* a = expect(TK::SLASH)) {
    if (expect(TK::COMMA)) raise_known_location(a, "at least one argument must precede /");
  }
  mark_ = start;
  auto slash_either = [this, lam]() {
    DepthGuard group_guard(this);
    int m = mark_;
    Seq<arg_t*> a;
    if (slash_no_default(lam, &a)) return true;
    mark_ = m;
    if (slash_with_default(lam) != nullptr) return true;
    mark_ = m;
    return false;
  };
  if (slash_either()) {
    param_maybe_default_loop(lam, false, &pairs);
    if (Token* a = expect(TK::SLASH)) raise_known_location(a, "/ may appear only once");
  }
  mark_ = start;
  {
    int m = mark_;
    if (!slash_no_default(lam, &args)) mark_ = m;
    param_no_default_loop(lam, false, &args);
    if (invalid_parameters_helper(lam)) {
      if (arg_t* a = param_no_default(lam)) {
        raise_known_location(a->loc, "parameter without a default follows parameter with a default");
      }
    }
  }
  mark_ = start;
  param_no_default_loop(lam, false, &args);
  if (Token* a = expect(TK::LPAR)) {
    bool inner;
    if (lam) {
      DepthGuard gather_guard(this);
      inner = param(true) != nullptr;
      if (inner) {
        for (;;) {
          int m = mark_;
          if (!expect(TK::COMMA) || param(true) == nullptr) {
            mark_ = m;
            break;
          }
        }
      }
    } else {
      inner = param_no_default_loop(false, true, &args);
    }
    if (inner) {
      expect(TK::COMMA);
      if (Token* b = expect(TK::RPAR)) {
        raise_known_range(token_loc(a), token_loc(b),
                          lam ? "Lambda expression parameters cannot be parenthesized"
                              : "Function parameters cannot be parenthesized");
      }
    }
  }
  mark_ = start;
  {
    int m = mark_;
    if (!slash_either()) mark_ = m;
    param_maybe_default_loop(lam, false, &pairs);
    if (expect(TK::STAR)) {
      bool next;
      {
        DepthGuard group_guard(this);
        next = expect(TK::COMMA) != nullptr || param_no_default(lam) != nullptr;
      }
      if (next) {
        param_maybe_default_loop(lam, false, &pairs);
        if (Token* a = expect(TK::SLASH)) raise_known_location(a, "/ must be ahead of *");
      }
    }
  }
  mark_ = start;
  if (param_maybe_default_loop(lam, true, &pairs) && expect(TK::SLASH)) {
    if (Token* a = expect(TK::STAR)) raise_known_location(a, "expected comma between / and *");
  }
  mark_ = start;
  return false;
}

bool Parser::invalid_parameters() { return invalid_parameters_common(false); }
bool Parser::invalid_lambda_parameters() { return invalid_parameters_common(true); }

// invalid_default: '=' &(')'|',')
bool Parser::invalid_default() {
  DepthGuard guard(this);
  int start = mark_;
  if (Token* a = expect(TK::EQUAL)) {
    if (at(TK::RPAR) || at(TK::COMMA)) raise_known_location(a, "expected default value expression");
  }
  mark_ = start;
  return false;
}

// invalid_star_etc:
//     | '*' (')' | ',' (')' | '**'))
//     | '*' ',' TYPE_COMMENT
//     | '*' param '='
//     | '*' (param_no_default | ',') param_maybe_default* '*' (param_no_default | ',')
bool Parser::invalid_star_etc() {
  DepthGuard guard(this);
  int start = mark_;
  if (Token* a = expect(TK::STAR)) {
    bool bare;
    {
      DepthGuard group_guard(this);
      if (expect(TK::RPAR)) {
        bare = true;
      } else if (expect(TK::COMMA)) {
        bare = at(TK::RPAR) || at(TK::DOUBLESTAR);
      } else {
        bare = false;
      }
    }
    if (bare) raise_known_location(a, "named arguments must follow bare *");
  }
  mark_ = start;
  if (expect(TK::STAR) && expect(TK::COMMA) && expect(TK::TYPE_COMMENT)) {
    raise_syntax_error("bare * has associated type comment");
  }
  mark_ = start;
  if (expect(TK::STAR) && param(false) != nullptr) {
    if (Token* a = expect(TK::EQUAL)) raise_known_location(a, "var-positional argument cannot have default value");
  }
  mark_ = start;
  star_etc_repeated_star(false);
  mark_ = start;
  return false;
}

// '*' (param_no_default | ',') param_maybe_default* '*' (param_no_default | ',')
void Parser::star_etc_repeated_star(bool lam) {
  auto no_default_or_comma = [this, lam]() {
    DepthGuard group_guard(this);
    int m = mark_;
    if (param_no_default(lam) != nullptr) return true;
    mark_ = m;
    return expect(TK::COMMA) != nullptr;
  };
  if (expect(TK::STAR) && no_default_or_comma()) {
    Seq<NameDefaultPair*> pairs;
    param_maybe_default_loop(lam, false, &pairs);
    if (Token* a = expect(TK::STAR)) {
      if (no_default_or_comma()) raise_known_location(a, "* argument may appear only once");
    }
  }
}

// invalid_kwds:
//     | '**' param '='
//     | '**' param ',' param
//     | '**' param ',' ('*'|'**'|'/')
bool Parser::invalid_kwds_common(bool lam) {
  DepthGuard guard(this);
  int start = mark_;
  if (expect(TK::DOUBLESTAR) && param(lam) != nullptr) {
    if (Token* a = expect(TK::EQUAL)) raise_known_location(a, "var-keyword argument cannot have default value");
  }
  mark_ = start;
  if (expect(TK::DOUBLESTAR) && param(lam) != nullptr && expect(TK::COMMA)) {
    if (arg_t* a = param(lam)) raise_known_location(a->loc, "arguments cannot follow var-keyword argument");
  }
  mark_ = start;
  if (expect(TK::DOUBLESTAR) && param(lam) != nullptr && expect(TK::COMMA)) {
    Token* a = peek();
    if (a->kind == TK::STAR || a->kind == TK::DOUBLESTAR || a->kind == TK::SLASH) {
      raise_known_location(a, "arguments cannot follow var-keyword argument");
    }
  }
  mark_ = start;
  return false;
}

bool Parser::invalid_kwds() { return invalid_kwds_common(false); }
bool Parser::invalid_lambda_kwds() { return invalid_kwds_common(true); }

// invalid_lambda_star_etc:
//     | '*' (':' | ',' (':' | '**'))
//     | '*' lambda_param '='
//     | '*' (lambda_param_no_default | ',') lambda_param_maybe_default* '*' (lambda_param_no_default | ',')
bool Parser::invalid_lambda_star_etc() {
  DepthGuard guard(this);
  int start = mark_;
  if (expect(TK::STAR)) {
    bool bare;
    {
      DepthGuard group_guard(this);
      if (expect(TK::COLON)) {
        bare = true;
      } else if (expect(TK::COMMA)) {
        bare = at(TK::COLON) || at(TK::DOUBLESTAR);
        if (bare) ++mark_;
      } else {
        bare = false;
      }
    }
    if (bare) raise_syntax_error("named arguments must follow bare *");
  }
  mark_ = start;
  if (expect(TK::STAR) && param(true) != nullptr) {
    if (Token* a = expect(TK::EQUAL)) raise_known_location(a, "var-positional argument cannot have default value");
  }
  mark_ = start;
  star_etc_repeated_star(true);
  mark_ = start;
  return false;
}

}  // namespace pyxis::frontend
