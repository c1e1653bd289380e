// Second-pass error rules for expressions: call arguments, keyword arguments, missing
// commas, walrus and '=' misuse, legacy print/exec, comprehensions, dict displays, starred
// expressions, groups, f-string replacement fields, for/with targets.
// Each rule raises its SyntaxError (throws) or fails with the position restored.
#include "frontend/parser/parser.h"

namespace pyxis::frontend {

using namespace ast;
using TK = TokenKind;

expr_t* Parser::last_comprehension_item(comprehension_t* c) {
  if (c->ifs.empty()) return c->iter;
  return c->ifs[c->ifs.size - 1];
}

bool Parser::is_legacy_statement_name(expr_t* e) {
  auto* n = dyn_cast<Name>(e);
  return n != nullptr && (n->id == "print" || n->id == "exec");
}

void Parser::raise_arguments_parsing_error(Call* args) {
  bool keyword_unpacking = false;
  for (keyword_t* k : args->keywords) {
    if (is_none(k->arg)) keyword_unpacking = true;
  }
  raise_syntax_error(keyword_unpacking ? "positional argument follows keyword argument unpacking"
                                       : "positional argument follows keyword argument");
}

bool Parser::raise_nonparen_genexp_in_call(Call* args, Seq<comprehension_t*> comprehensions) {
  uint32_t len = args->args.size;
  if (len <= 1) return false;
  raise_known_range(args->args[len - 1]->loc, last_comprehension_item(comprehensions[comprehensions.size - 1])->loc,
                    "Generator expression must be parenthesized");
}

// invalid_arguments:
//     | ((','.(starred_expression | (assignment_expression | expression !':=') !'=')+ ',' kwargs) | kwargs)
//           ',' ','.(starred_expression !'=')+
//     | expression for_if_clauses ',' [args | expression for_if_clauses]
//     | NAME '=' expression for_if_clauses
//     | (args ',')? NAME '=' &(',' | ')')
//     | args for_if_clauses
//     | args ',' expression for_if_clauses
//     | args ',' args
bool Parser::invalid_arguments() {
  DepthGuard guard(this);
  int start = mark_;
  {
    bool head;
    {
      DepthGuard group_guard(this);
      Seq<KeywordOrStarred*> kw;
      head = positional_arguments() && expect(TK::COMMA) && kwargs(&kw);
      if (!head) {
        mark_ = start;
        head = kwargs(&kw);
      }
    }
    if (head) {
      if (Token* a = expect(TK::COMMA)) {
        DepthGuard gather_guard(this);
        auto element = [this]() -> expr_t* {
          DepthGuard group_guard(this);
          int m = mark_;
          expr_t* e = starred_expression();
          if (e != nullptr && !at(TK::EQUAL)) return e;
          mark_ = m;
          return nullptr;
        };
        if (expr_t* last = element()) {
          for (;;) {
            int m = mark_;
            if (!expect(TK::COMMA)) break;
            expr_t* next = element();
            if (next == nullptr) {
              mark_ = m;
              break;
            }
            last = next;
          }
          raise_known_range(token_loc(a), last->loc, "iterable argument unpacking follows keyword argument unpacking");
        }
      }
    }
  }
  mark_ = start;
  if (expr_t* a = expression()) {
    Seq<comprehension_t*> b;
    if (for_if_clauses(&b) && expect(TK::COMMA)) {
      int m = mark_;
      {
        DepthGuard group_guard(this);
        if (args() == nullptr) {
          mark_ = m;
          Seq<comprehension_t*> c;
          if (expression() == nullptr || !for_if_clauses(&c)) mark_ = m;
        }
      }
      raise_known_range(a->loc, last_comprehension_item(b[b.size - 1])->loc,
                        "Generator expression must be parenthesized");
    }
  }
  mark_ = start;
  if (Token* a = expect(TK::NAME)) {
    if (Token* b = expect(TK::EQUAL)) {
      if (expression() != nullptr) {
        Seq<comprehension_t*> c;
        if (for_if_clauses(&c)) {
          raise_known_range(token_loc(a), token_loc(b),
                            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
      }
    }
  }
  mark_ = start;
  {
    {
      DepthGuard group_guard(this);
      int m = mark_;
      if (args() == nullptr || !expect(TK::COMMA)) mark_ = m;
    }
    if (Token* a = expect(TK::NAME)) {
      if (Token* b = expect(TK::EQUAL)) {
        if (at(TK::COMMA) || at(TK::RPAR)) {
          raise_known_range(token_loc(a), token_loc(b), "expected argument value expression");
        }
      }
    }
  }
  mark_ = start;
  if (Call* a = args()) {
    Seq<comprehension_t*> b;
    if (for_if_clauses(&b)) raise_nonparen_genexp_in_call(a, b);
  }
  mark_ = start;
  if (args() != nullptr && expect(TK::COMMA)) {
    if (expr_t* a = expression()) {
      Seq<comprehension_t*> b;
      if (for_if_clauses(&b)) {
        raise_known_range(a->loc, last_comprehension_item(b[b.size - 1])->loc,
                          "Generator expression must be parenthesized");
      }
    }
  }
  mark_ = start;
  if (Call* a = args()) {
    if (expect(TK::COMMA) && args() != nullptr) raise_arguments_parsing_error(a);
  }
  mark_ = start;
  return false;
}

// invalid_kwarg:
//     | ('True'|'False'|'None') '='
//     | NAME '=' expression for_if_clauses
//     | !(NAME '=') expression '='
//     | '**' expression '=' expression
bool Parser::invalid_kwarg() {
  DepthGuard guard(this);
  int start = mark_;
  {
    Token* a = peek();
    if (a->kind == TK::KW_TRUE || a->kind == TK::KW_FALSE || a->kind == TK::KW_NONE) {
      ++mark_;
      if (Token* b = expect(TK::EQUAL)) {
        raise_known_range(token_loc(a), token_loc(b), "cannot assign to " + std::string(a->text));
      }
    }
  }
  mark_ = start;
  if (Token* a = expect(TK::NAME)) {
    if (Token* b = expect(TK::EQUAL)) {
      if (expression() != nullptr) {
        Seq<comprehension_t*> c;
        if (for_if_clauses(&c)) {
          raise_known_range(token_loc(a), token_loc(b),
                            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
      }
    }
  }
  mark_ = start;
  {
    bool name_equal;
    {
      DepthGuard lookahead_guard(this);
      name_equal = expect(TK::NAME) != nullptr && expect(TK::EQUAL) != nullptr;
      mark_ = start;
    }
    if (!name_equal) {
      if (expr_t* a = expression()) {
        if (Token* b = expect(TK::EQUAL)) {
          raise_known_range(a->loc, token_loc(b), "expression cannot contain assignment, perhaps you meant \"==\"?");
        }
      }
    }
  }
  mark_ = start;
  if (Token* a = expect(TK::DOUBLESTAR)) {
    if (expression() != nullptr && expect(TK::EQUAL)) {
      if (expr_t* b = expression()) {
        raise_known_range(token_loc(a), b->loc, "cannot assign to keyword argument unpacking");
      }
    }
  }
  mark_ = start;
  return false;
}

// invalid_expression:
//     | !(NAME STRING | SOFT_KEYWORD) disjunction expression_without_invalid
//     | disjunction 'if' disjunction !('else'|':')
//     | 'lambda' [lambda_params] ':' &FSTRING_MIDDLE
bool Parser::invalid_expression() {
  DepthGuard guard(this);
  int start = mark_;
  bool excluded;
  {
    DepthGuard lookahead_guard(this);
    Token* t = peek();
    if (t->kind == TK::NAME) {
      ++mark_;
      excluded = at(TK::STRING);
      mark_ = start;
      // CPython's SOFT_KEYWORD compares only the token's length: any prefix of a soft keyword
      // ("m", "ty", "cas" ...) counts.
      if (!excluded) {
        for (std::string_view kw : {"_", "case", "match", "type"}) {
          if (t->text.size() <= kw.size() && kw.substr(0, t->text.size()) == t->text) excluded = true;
        }
      }
    } else {
      excluded = false;
    }
  }
  if (!excluded) {
    if (expr_t* a = disjunction()) {
      if (expr_t* b = expression_without_invalid()) {
        if (!is_legacy_statement_name(a) && slot(mark_ - 1).level != 0) {
          raise_known_range(a->loc, b->loc, "invalid syntax. Perhaps you forgot a comma?");
        }
      }
    }
  }
  mark_ = start;
  if (expr_t* a = disjunction()) {
    if (expect(TK::KW_IF)) {
      if (expr_t* b = disjunction()) {
        TK k = peek_kind();
        if (k != TK::KW_ELSE && k != TK::COLON) {
          raise_known_range(a->loc, b->loc, "expected 'else' after 'if' expression");
        }
      }
    }
  }
  mark_ = start;
  if (Token* a = expect(TK::KW_LAMBDA)) {
    int m = mark_;
    if (lambda_params() == nullptr) mark_ = m;
    if (Token* b = expect(TK::COLON)) {
      if (at(TK::FSTRING_MIDDLE)) {
        raise_known_range(token_loc(a), token_loc(b),
                          "f-string: lambda expressions are not allowed without parentheses");
      }
    }
  }
  mark_ = start;
  return false;
}

bool Parser::invalid_named_expression() {
  DepthGuard guard(this);
  peek();
  expr_t* r;
  // Memoized like CPython (only its failure can be remembered: success raises).
  if (memo_lookup(MemoRule::invalid_named_expression, &r)) return false;
  int start = mark_;
  invalid_named_expression_raw();
  mark_ = start;
  memo_store(MemoRule::invalid_named_expression, start, nullptr);
  return false;
}

// invalid_named_expression:
//     | expression ':=' expression
//     | NAME '=' bitwise_or !('='|':=')
//     | !(list|tuple|genexp|'True'|'None'|'False') bitwise_or '=' bitwise_or !('='|':=')
bool Parser::invalid_named_expression_raw() {
  int start = mark_;
  if (expr_t* a = expression()) {
    if (expect(TK::COLONEQUAL)) {
      if (expression() != nullptr) {
        raise_known_location(a->loc, std::string("cannot use assignment expressions with ") + expr_name(a));
      }
    }
  }
  mark_ = start;
  if (Token* a = expect(TK::NAME)) {
    if (expect(TK::EQUAL)) {
      if (expr_t* b = bitwise_or()) {
        TK k = peek_kind();
        if (k != TK::EQUAL && k != TK::COLONEQUAL) {
          raise_known_range(token_loc(a), b->loc, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
      }
    }
  }
  mark_ = start;
  {
    bool excluded;
    {
      DepthGuard lookahead_guard(this);
      TK k = peek_kind();
      excluded = k == TK::KW_TRUE || k == TK::KW_NONE || k == TK::KW_FALSE;
      if (!excluded) excluded = list() != nullptr;
      mark_ = start;
      if (!excluded) excluded = tuple() != nullptr;
      mark_ = start;
      if (!excluded) excluded = genexp() != nullptr;
      mark_ = start;
    }
    if (!excluded) {
      if (expr_t* a = bitwise_or()) {
        if (expect(TK::EQUAL)) {
          if (bitwise_or() != nullptr) {
            TK k = peek_kind();
            if (k != TK::EQUAL && k != TK::COLONEQUAL) {
              raise_known_location(a->loc, std::string("cannot assign to ") + expr_name(a) +
                                               " here. Maybe you meant '==' instead of '='?");
            }
          }
        }
      }
    }
  }
  mark_ = start;
  return false;
}

// invalid_legacy_expression: NAME !'(' star_expressions  (for print and exec)
bool Parser::invalid_legacy_expression() {
  DepthGuard guard(this);
  int start = mark_;
  if (Token* t = expect(TK::NAME)) {
    if (!at(TK::LPAR)) {
      if (expr_t* b = star_expressions()) {
        if (t->text == "print" || t->text == "exec") {
          std::string id(identifier(t));
          raise_known_range(token_loc(t), b->loc,
                            "Missing parentheses in call to '" + id + "'. Did you mean " + id + "(...)?");
        }
      }
    }
  }
  mark_ = start;
  return false;
}

// invalid_comprehension:
//     | ('[' | '(' | '{') starred_expression for_if_clauses
//     | ('[' | '{') star_named_expression ',' star_named_expressions for_if_clauses
//     | ('[' | '{') star_named_expression ',' for_if_clauses
bool Parser::invalid_comprehension() {
  DepthGuard guard(this);
  int start = mark_;
  TK k = peek_kind();
  if (k == TK::LSQB || k == TK::LPAR || k == TK::LBRACE) {
    ++mark_;
    if (expr_t* a = starred_expression()) {
      Seq<comprehension_t*> b;
      if (for_if_clauses(&b)) raise_known_location(a->loc, "iterable unpacking cannot be used in comprehension");
    }
  }
  mark_ = start;
  if (k == TK::LSQB || k == TK::LBRACE) {
    ++mark_;
    if (expr_t* a = star_named_expression()) {
      if (expect(TK::COMMA)) {
        Seq<expr_t*> b;
        if (star_named_expressions(&b)) {
          Seq<comprehension_t*> c;
          if (for_if_clauses(&c)) {
            raise_known_range(a->loc, b[b.size - 1]->loc, "did you forget parentheses around the comprehension target?");
          }
        }
      }
    }
    mark_ = start + 1;
    if (expr_t* a = star_named_expression()) {
      if (Token* b = expect(TK::COMMA)) {
        Seq<comprehension_t*> c;
        if (for_if_clauses(&c)) {
          raise_known_range(a->loc, token_loc(b), "did you forget parentheses around the comprehension target?");
        }
      }
    }
  }
  mark_ = start;
  return false;
}

// invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}'
bool Parser::invalid_dict_comprehension() {
  DepthGuard guard(this);
  int start = mark_;
  if (expect(TK::LBRACE)) {
    if (Token* a = expect(TK::DOUBLESTAR)) {
      if (bitwise_or() != nullptr) {
        Seq<comprehension_t*> c;
        if (for_if_clauses(&c) && expect(TK::RBRACE)) {
          raise_known_location(a, "dict unpacking cannot be used in dict comprehension");
        }
      }
    }
  }
  mark_ = start;
  return false;
}

// invalid_double_starred_kvpairs (after the '{'):
//     | ','.double_starred_kvpair+ ',' invalid_kvpair
//     | expression ':' '*' bitwise_or
//     | expression ':' &('}'|',')
bool Parser::invalid_double_starred_kvpairs() {
  DepthGuard guard(this);
  int start = mark_;
  {
    Seq<KeyValuePair*> pairs;
    bool ok;
    {
      DepthGuard gather_guard(this);
      SeqBuilder<KeyValuePair*> items(*this);
      KeyValuePair* first = double_starred_kvpair();
      ok = first != nullptr;
      if (ok) {
        for (;;) {
          int m = mark_;
          if (!expect(TK::COMMA)) break;
          if (double_starred_kvpair() == nullptr) {
            mark_ = m;
            break;
          }
        }
      }
    }
    if (ok && expect(TK::COMMA)) invalid_kvpair();
  }
  mark_ = start;
  if (expression() != nullptr && expect(TK::COLON)) {
    if (Token* a = expect(TK::STAR)) {
      if (bitwise_or() != nullptr) raise_starting_from(token_loc(a), "cannot use a starred expression in a dictionary value");
    }
  }
  mark_ = start;
  if (expression() != nullptr && expect(TK::COLON)) {
    if (at(TK::RBRACE) || at(TK::COMMA)) {
      raise_known_location(token_at(mark_ - 1), "expression expected after dictionary key and ':'");
    }
  }
  mark_ = start;
  return false;
}

// invalid_kvpair:
//     | expression !(':')
//     | expression ':' '*' bitwise_or
//     | expression ':' &('}'|',')
bool Parser::invalid_kvpair() {
  DepthGuard guard(this);
  int start = mark_;
  if (expr_t* a = expression()) {
    if (!at(TK::COLON)) {
      // CPython passes (end column - 1) as the start and -1 as the end.
      raise_at("SyntaxError", "':' expected after dictionary key", a->loc.lineno, a->loc.end_col_offset - 1,
               a->loc.end_lineno, -1);
    }
  }
  mark_ = start;
  if (expression() != nullptr && expect(TK::COLON)) {
    if (Token* a = expect(TK::STAR)) {
      if (bitwise_or() != nullptr) raise_starting_from(token_loc(a), "cannot use a starred expression in a dictionary value");
    }
  }
  mark_ = start;
  if (expression() != nullptr) {
    if (Token* a = expect(TK::COLON)) {
      if (at(TK::RBRACE) || at(TK::COMMA)) raise_known_location(a, "expression expected after dictionary key and ':'");
    }
  }
  mark_ = start;
  return false;
}

// invalid_starred_expression_unpacking: '*' expression '=' expression
bool Parser::invalid_starred_expression_unpacking() {
  DepthGuard guard(this);
  int start = mark_;
  if (Token* a = expect(TK::STAR)) {
    if (expression() != nullptr && expect(TK::EQUAL)) {
      if (expr_t* b = expression()) raise_known_range(token_loc(a), b->loc, "cannot assign to iterable argument unpacking");
    }
  }
  mark_ = start;
  return false;
}

// invalid_group: '(' starred_expression ')' | '(' '**' expression ')'
bool Parser::invalid_group() {
  DepthGuard guard(this);
  int start = mark_;
  if (expect(TK::LPAR)) {
    if (expr_t* a = starred_expression()) {
      if (expect(TK::RPAR)) raise_known_location(a->loc, "cannot use starred expression here");
    }
  }
  mark_ = start;
  if (expect(TK::LPAR)) {
    if (Token* a = expect(TK::DOUBLESTAR)) {
      if (expression() != nullptr && expect(TK::RPAR)) {
        raise_known_location(a, "cannot use double starred expression here");
      }
    }
  }
  mark_ = start;
  return false;
}

// (yield_expr | star_expressions), as a group
static expr_t* yield_or_star_expressions(Parser* p, int* mark, auto&& yield_expr, auto&& star_expressions) {
  (void)p;
  int m = *mark;
  if (expr_t* e = yield_expr()) return e;
  *mark = m;
  if (expr_t* e = star_expressions()) return e;
  *mark = m;
  return nullptr;
}

// invalid_replacement_field: the f-string replacement-field errors, in CPython's order.
bool Parser::invalid_replacement_field() {
  DepthGuard guard(this);
  int start = mark_;
  auto expr = [this]() {
    DepthGuard group_guard(this);
    return yield_or_star_expressions(
        this, &mark_, [this] { return yield_expr(); }, [this] { return star_expressions(); });
  };
  if (!expect(TK::LBRACE)) return false;
  // '{' '=' | '{' '!' | '{' ':' | '{' '}'
  {
    Token* t = peek();
    const char* what = nullptr;
    switch (t->kind) {
      case TK::EQUAL:
        what = "'='";
        break;
      case TK::EXCLAMATION:
        what = "'!'";
        break;
      case TK::COLON:
        what = "':'";
        break;
      case TK::RBRACE:
        what = "'}'";
        break;
      default:
        break;
    }
    if (what != nullptr) raise_known_location(t, std::string("f-string: valid expression required before ") + what);
  }
  // '{' !(yield_expr | star_expressions)
  {
    int m = mark_;
    bool has_expr = expr() != nullptr;
    mark_ = m;
    if (!has_expr) raise_on_next_token("f-string: expecting a valid expression after '{'");
  }
  // '{' (yield_expr | star_expressions) !('=' | '!' | ':' | '}')
  mark_ = start + 1;
  if (expr() != nullptr) {
    TK k = peek_kind();
    if (k != TK::EQUAL && k != TK::EXCLAMATION && k != TK::COLON && k != TK::RBRACE) {
      raise_on_next_token("f-string: expecting '=', or '!', or ':', or '}'");
    }
  }
  // '{' (yield_expr | star_expressions) '=' !('!' | ':' | '}')
  mark_ = start + 1;
  if (expr() != nullptr && expect(TK::EQUAL)) {
    TK k = peek_kind();
    if (k != TK::EXCLAMATION && k != TK::COLON && k != TK::RBRACE) {
      raise_on_next_token("f-string: expecting '!', or ':', or '}'");
    }
  }
  // '{' (yield_expr | star_expressions) '='? invalid_conversion_character
  mark_ = start + 1;
  if (expr() != nullptr) {
    expect(TK::EQUAL);
    invalid_conversion_character();
  }
  // '{' (yield_expr | star_expressions) '='? ['!' NAME] !(':' | '}')
  auto optional_conversion = [this] {
    DepthGuard group_guard(this);
    int m = mark_;
    if (!(expect(TK::EXCLAMATION) && expect(TK::NAME))) mark_ = m;
  };
  mark_ = start + 1;
  if (expr() != nullptr) {
    expect(TK::EQUAL);
    optional_conversion();
    TK k = peek_kind();
    if (k != TK::COLON && k != TK::RBRACE) raise_on_next_token("f-string: expecting ':' or '}'");
  }
  // '{' (yield_expr | star_expressions) '='? ['!' NAME] ':' fstring_format_spec* !'}'
  mark_ = start + 1;
  if (expr() != nullptr) {
    expect(TK::EQUAL);
    optional_conversion();
    if (expect(TK::COLON)) {
      {
        DepthGuard loop_guard(this);
        for (;;) {
          int m = mark_;
          if (fstring_format_spec() == nullptr) {
            mark_ = m;
            break;
          }
        }
      }
      if (!at(TK::RBRACE)) raise_on_next_token("f-string: expecting '}', or format specs");
    }
  }
  // '{' (yield_expr | star_expressions) '='? ['!' NAME] !'}'
  mark_ = start + 1;
  if (expr() != nullptr) {
    expect(TK::EQUAL);
    optional_conversion();
    if (!at(TK::RBRACE)) raise_on_next_token("f-string: expecting '}'");
  }
  mark_ = start;
  return false;
}

// invalid_conversion_character: '!' &(':' | '}') | '!' !NAME
bool Parser::invalid_conversion_character() {
  DepthGuard guard(this);
  int start = mark_;
  if (expect(TK::EXCLAMATION)) {
    if (at(TK::COLON) || at(TK::RBRACE)) raise_on_next_token("f-string: missing conversion character");
  }
  mark_ = start;
  if (expect(TK::EXCLAMATION)) {
    if (!at(TK::NAME)) raise_on_next_token("f-string: invalid conversion character");
  }
  mark_ = start;
  return false;
}

// invalid_for_target: ASYNC? 'for' star_expressions
bool Parser::invalid_for_target() {
  DepthGuard guard(this);
  int start = mark_;
  expect(TK::KW_ASYNC);
  if (expect(TK::KW_FOR)) {
    if (expr_t* a = star_expressions()) maybe_raise_invalid_target(TargetsType::ForTargets, a);
  }
  mark_ = start;
  return false;
}

// invalid_with_item: expression 'as' expression &(',' | ')' | ':')
bool Parser::invalid_with_item() {
  DepthGuard guard(this);
  int start = mark_;
  if (expression() != nullptr && expect(TK::KW_AS)) {
    if (expr_t* a = expression()) {
      TK k = peek_kind();
      if (k == TK::COMMA || k == TK::RPAR || k == TK::COLON) maybe_raise_invalid_target(TargetsType::StarTargets, a);
    }
  }
  mark_ = start;
  return false;
}

}  // namespace pyxis::frontend
