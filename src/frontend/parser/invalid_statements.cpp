// Second-pass error rules for statements: bad assignment and deletion targets, missing
// ':' and missing indented blocks after compound-statement headers, imports, try/except
// structure, match/case and patterns, class and def headers.
#include "frontend/parser/parser.h"

namespace pyxis::frontend {

using namespace ast;
using TK = TokenKind;

// invalid_assignment:
//     | invalid_ann_assign_target ':' expression
//     | star_named_expression ',' star_named_expressions* ':' expression
//     | expression ':' expression
//     | (star_targets '=')* star_expressions '='
//     | (star_targets '=')* yield_expr '='
//     | star_expressions augassign (yield_expr | star_expressions)
bool Parser::invalid_assignment() {
  DepthGuard guard(this);
  int start = mark_;
  if (expr_t* a = invalid_ann_assign_target()) {
    if (expect(TK::COLON) && expression() != nullptr) {
      raise_known_location(a->loc, std::string("only single target (not ") + expr_name(a) + ") can be annotated");
    }
  }
  mark_ = start;
  if (expr_t* a = star_named_expression()) {
    if (expect(TK::COMMA)) {
      {
        DepthGuard loop_guard(this);
        for (;;) {
          int m = mark_;
          Seq<expr_t*> more;
          if (!star_named_expressions(&more)) {
            mark_ = m;
            break;
          }
        }
      }
      if (expect(TK::COLON) && expression() != nullptr) {
        raise_known_location(a->loc, "only single target (not tuple) can be annotated");
      }
    }
  }
  mark_ = start;
  if (expr_t* a = expression()) {
    if (expect(TK::COLON) && expression() != nullptr) raise_known_location(a->loc, "illegal target for annotation");
  }
  mark_ = start;
  auto skip_targets = [this] {
    DepthGuard loop_guard(this);
    for (;;) {
      int m = mark_;
      DepthGuard group_guard(this);
      if (star_targets() != nullptr && expect(TK::EQUAL)) continue;
      mark_ = m;
      break;
    }
  };
  skip_targets();
  if (expr_t* a = star_expressions()) {
    if (expect(TK::EQUAL)) maybe_raise_invalid_target(TargetsType::StarTargets, a);
  }
  mark_ = start;
  skip_targets();
  if (expr_t* a = yield_expr()) {
    if (expect(TK::EQUAL)) raise_known_location(a->loc, "assignment to yield expression not possible");
  }
  mark_ = start;
  if (expr_t* a = star_expressions()) {
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
        raise_known_location(a->loc, std::string("'") + expr_name(a) + "' is an illegal expression for augmented assignment");
      }
    }
  }
  mark_ = start;
  return false;
}

// invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'
expr_t* Parser::invalid_ann_assign_target() {
  DepthGuard guard(this);
  int start = mark_;
  if (expr_t* e = list()) return e;
  mark_ = start;
  if (expr_t* e = tuple()) return e;
  mark_ = start;
  if (expect(TK::LPAR)) {
    if (expr_t* a = invalid_ann_assign_target()) {
      if (expect(TK::RPAR)) return a;
    }
  }
  mark_ = start;
  return nullptr;
}

// invalid_del_stmt: 'del' star_expressions
bool Parser::invalid_del_stmt() {
  DepthGuard guard(this);
  int start = mark_;
  if (expect(TK::KW_DEL)) {
    if (expr_t* a = star_expressions()) maybe_raise_invalid_target(TargetsType::DelTargets, a);
  }
  mark_ = start;
  return false;
}

// invalid_block: NEWLINE !INDENT
bool Parser::invalid_block() {
  DepthGuard guard(this);
  int start = mark_;
  if (expect(TK::NEWLINE) && !at(TK::INDENT)) raise_indentation_error("expected an indented block");
  mark_ = start;
  return false;
}

// invalid_import: 'import' ','.dotted_name+ 'from' dotted_name
bool Parser::invalid_import() {
  DepthGuard guard(this);
  int start = mark_;
  if (Token* a = expect(TK::KW_IMPORT)) {
    bool names = false;
    {
      DepthGuard gather_guard(this);
      if (dotted_name() != nullptr) {
        names = true;
        for (;;) {
          int m = mark_;
          if (!expect(TK::COMMA) || dotted_name() == nullptr) {
            mark_ = m;
            break;
          }
        }
      }
    }
    if (names && expect(TK::KW_FROM) && dotted_name() != nullptr) {
      raise_starting_from(token_loc(a), "Did you mean to use 'from ... import ...' instead?");
    }
  }
  mark_ = start;
  return false;
}

// invalid_import_from_targets: import_from_as_names ',' NEWLINE
bool Parser::invalid_import_from_targets() {
  DepthGuard guard(this);
  int start = mark_;
  Seq<alias_t*> names;
  if (import_from_as_names(&names) && expect(TK::COMMA) && expect(TK::NEWLINE)) {
    raise_syntax_error("trailing comma not allowed without surrounding parentheses");
  }
  mark_ = start;
  return false;
}

// ','.(expression ['as' star_target])+  or, parenthesized, with `expressions`
bool Parser::with_items_for_errors(bool parenthesized) {
  DepthGuard gather_guard(this);
  auto item = [this, parenthesized]() {
    DepthGuard group_guard(this);
    expr_t* e = parenthesized ? expressions() : expression();
    if (e == nullptr) return false;
    int m = mark_;
    if (!(expect(TK::KW_AS) && star_target() != nullptr)) mark_ = m;
    return true;
  };
  if (!item()) return false;
  for (;;) {
    int m = mark_;
    if (!expect(TK::COMMA) || !item()) {
      mark_ = m;
      break;
    }
  }
  return true;
}

// invalid_with_stmt:
//     | [ASYNC] 'with' ','.(expression ['as' star_target])+ NEWLINE
//     | [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE
bool Parser::invalid_with_stmt() {
  DepthGuard guard(this);
  int start = mark_;
  expect(TK::KW_ASYNC);
  if (expect(TK::KW_WITH) && with_items_for_errors(false) && expect(TK::NEWLINE)) raise_syntax_error("expected ':'");
  mark_ = start;
  expect(TK::KW_ASYNC);
  if (expect(TK::KW_WITH) && expect(TK::LPAR) && with_items_for_errors(true)) {
    expect(TK::COMMA);
    if (expect(TK::RPAR) && expect(TK::NEWLINE)) raise_syntax_error("expected ':'");
  }
  mark_ = start;
  return false;
}

// invalid_with_stmt_indent:
//     | [ASYNC] 'with' ','.(expression ['as' star_target])+ ':' NEWLINE !INDENT
//     | [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' ':' NEWLINE !INDENT
bool Parser::invalid_with_stmt_indent() {
  DepthGuard guard(this);
  int start = mark_;
  expect(TK::KW_ASYNC);
  if (Token* a = expect(TK::KW_WITH)) {
    if (with_items_for_errors(false) && expect(TK::COLON) && expect(TK::NEWLINE) && !at(TK::INDENT)) {
      raise_indentation_error("expected an indented block after 'with' statement on line " + std::to_string(a->lineno));
    }
  }
  mark_ = start;
  expect(TK::KW_ASYNC);
  if (Token* a = expect(TK::KW_WITH)) {
    if (expect(TK::LPAR) && with_items_for_errors(true)) {
      expect(TK::COMMA);
      if (expect(TK::RPAR) && expect(TK::COLON) && expect(TK::NEWLINE) && !at(TK::INDENT)) {
        raise_indentation_error("expected an indented block after 'with' statement on line " +
                                std::to_string(a->lineno));
      }
    }
  }
  mark_ = start;
  return false;
}

// invalid_try_stmt:
//     | 'try' ':' NEWLINE !INDENT
//     | 'try' ':' block !('except' | 'finally')
//     | 'try' ':' block* except_block+ 'except' '*' expression ['as' NAME] ':'
//     | 'try' ':' block* except_star_block+ 'except' [expression ['as' NAME]] ':'
bool Parser::invalid_try_stmt() {
  DepthGuard guard(this);
  int start = mark_;
  if (Token* a = expect(TK::KW_TRY)) {
    if (expect(TK::COLON) && expect(TK::NEWLINE) && !at(TK::INDENT)) {
      raise_indentation_error("expected an indented block after 'try' statement on line " + std::to_string(a->lineno));
    }
  }
  mark_ = start;
  if (expect(TK::KW_TRY) && expect(TK::COLON) && block() != nullptr) {
    TK k = peek_kind();
    if (k != TK::KW_EXCEPT && k != TK::KW_FINALLY) raise_syntax_error("expected 'except' or 'finally' block");
  }
  mark_ = start;
  auto blocks = [this] {
    DepthGuard loop_guard(this);
    for (;;) {
      int m = mark_;
      if (block() == nullptr) {
        mark_ = m;
        break;
      }
    }
  };
  auto optional_as_name = [this] {
    DepthGuard group_guard(this);
    int m = mark_;
    if (!(expect(TK::KW_AS) && expect(TK::NAME))) mark_ = m;
  };
  if (expect(TK::KW_TRY) && expect(TK::COLON)) {
    blocks();
    int handlers = 0;
    {
      DepthGuard loop_guard(this);
      for (;;) {
        int m = mark_;
        if (except_block() == nullptr) {
          mark_ = m;
          break;
        }
        ++handlers;
      }
    }
    if (handlers > 0) {
      if (Token* a = expect(TK::KW_EXCEPT)) {
        if (Token* b = expect(TK::STAR)) {
          if (expression() != nullptr) {
            optional_as_name();
            if (expect(TK::COLON)) {
              raise_known_range(token_loc(a), token_loc(b),
                                "cannot have both 'except' and 'except*' on the same 'try'");
            }
          }
        }
      }
    }
  }
  mark_ = start;
  if (expect(TK::KW_TRY) && expect(TK::COLON)) {
    blocks();
    int handlers = 0;
    {
      DepthGuard loop_guard(this);
      for (;;) {
        int m = mark_;
        if (except_star_block() == nullptr) {
          mark_ = m;
          break;
        }
        ++handlers;
      }
    }
    if (handlers > 0) {
      if (Token* a = expect(TK::KW_EXCEPT)) {
        int m = mark_;
        {
          DepthGuard group_guard(this);
          if (expression() != nullptr) {
            optional_as_name();
          } else {
            mark_ = m;
          }
        }
        if (expect(TK::COLON)) {
          raise_known_location(a, "cannot have both 'except' and 'except*' on the same 'try'");
        }
      }
    }
  }
  mark_ = start;
  return false;
}

// invalid_except_stmt:
//     | 'except' '*'? expression ',' expressions ['as' NAME ] ':'
//     | 'except' '*'? expression ['as' NAME ] NEWLINE
//     | 'except' NEWLINE
//     | 'except' '*' (NEWLINE | ':')
bool Parser::invalid_except_stmt() {
  DepthGuard guard(this);
  int start = mark_;
  auto optional_as_name = [this] {
    DepthGuard group_guard(this);
    int m = mark_;
    if (!(expect(TK::KW_AS) && expect(TK::NAME))) mark_ = m;
  };
  if (expect(TK::KW_EXCEPT)) {
    expect(TK::STAR);
    if (expr_t* a = expression()) {
      if (expect(TK::COMMA) && expressions() != nullptr) {
        optional_as_name();
        if (expect(TK::COLON)) raise_starting_from(a->loc, "multiple exception types must be parenthesized");
      }
    }
  }
  mark_ = start;
  if (expect(TK::KW_EXCEPT)) {
    expect(TK::STAR);
    if (expression() != nullptr) {
      optional_as_name();
      if (expect(TK::NEWLINE)) raise_syntax_error("expected ':'");
    }
  }
  mark_ = start;
  if (expect(TK::KW_EXCEPT) && expect(TK::NEWLINE)) raise_syntax_error("expected ':'");
  mark_ = start;
  if (expect(TK::KW_EXCEPT) && expect(TK::STAR)) {
    if (at(TK::NEWLINE) || at(TK::COLON)) {
      ++mark_;
      raise_syntax_error("expected one or more exception types");
    }
  }
  mark_ = start;
  return false;
}

// invalid_finally_stmt: 'finally' ':' NEWLINE !INDENT
bool Parser::invalid_finally_stmt() {
  DepthGuard guard(this);
  int start = mark_;
  if (Token* a = expect(TK::KW_FINALLY)) {
    if (expect(TK::COLON) && expect(TK::NEWLINE) && !at(TK::INDENT)) {
      raise_indentation_error("expected an indented block after 'finally' statement on line " +
                              std::to_string(a->lineno));
    }
  }
  mark_ = start;
  return false;
}

// invalid_except_stmt_indent:
//     | 'except' expression ['as' NAME ] ':' NEWLINE !INDENT
//     | 'except' ':' NEWLINE !INDENT
bool Parser::invalid_except_stmt_indent() {
  DepthGuard guard(this);
  int start = mark_;
  if (Token* a = expect(TK::KW_EXCEPT)) {
    if (expression() != nullptr) {
      int m = mark_;
      {
        DepthGuard group_guard(this);
        if (!(expect(TK::KW_AS) && expect(TK::NAME))) mark_ = m;
      }
      if (expect(TK::COLON) && expect(TK::NEWLINE) && !at(TK::INDENT)) {
        raise_indentation_error("expected an indented block after 'except' statement on line " +
                                std::to_string(a->lineno));
      }
    }
  }
  mark_ = start;
  if (Token* a = expect(TK::KW_EXCEPT)) {
    if (expect(TK::COLON) && expect(TK::NEWLINE) && !at(TK::INDENT)) {
      raise_indentation_error("expected an indented block after 'except' statement on line " +
                              std::to_string(a->lineno));
    }
  }
  mark_ = start;
  return false;
}

// invalid_except_star_stmt_indent: 'except' '*' expression ['as' NAME ] ':' NEWLINE !INDENT
bool Parser::invalid_except_star_stmt_indent() {
  DepthGuard guard(this);
  int start = mark_;
  if (Token* a = expect(TK::KW_EXCEPT)) {
    if (expect(TK::STAR) && expression() != nullptr) {
      int m = mark_;
      {
        DepthGuard group_guard(this);
        if (!(expect(TK::KW_AS) && expect(TK::NAME))) mark_ = m;
      }
      if (expect(TK::COLON) && expect(TK::NEWLINE) && !at(TK::INDENT)) {
        raise_indentation_error("expected an indented block after 'except*' statement on line " +
                                std::to_string(a->lineno));
      }
    }
  }
  mark_ = start;
  return false;
}

// invalid_match_stmt:
//     | "match" subject_expr NEWLINE
//     | "match" subject_expr ':' NEWLINE !INDENT
bool Parser::invalid_match_stmt() {
  DepthGuard guard(this);
  int start = mark_;
  if (expect_soft_keyword("match") && subject_expr() != nullptr && expect(TK::NEWLINE)) {
    raise_syntax_error("expected ':'");
  }
  mark_ = start;
  if (Token* a = expect_soft_keyword("match")) {
    if (subject_expr() != nullptr && expect(TK::COLON) && expect(TK::NEWLINE) && !at(TK::INDENT)) {
      raise_indentation_error("expected an indented block after 'match' statement on line " +
                              std::to_string(a->lineno));
    }
  }
  mark_ = start;
  return false;
}

// invalid_case_block:
//     | "case" patterns guard? NEWLINE
//     | "case" patterns guard? ':' NEWLINE !INDENT
bool Parser::invalid_case_block() {
  DepthGuard guard(this);
  int start = mark_;
  auto optional_guard = [this] {
    DepthGuard guard_guard(this);
    int m = mark_;
    if (!(expect(TK::KW_IF) && named_expression() != nullptr)) mark_ = m;
  };
  if (expect_soft_keyword("case") && patterns() != nullptr) {
    optional_guard();
    if (expect(TK::NEWLINE)) raise_syntax_error("expected ':'");
  }
  mark_ = start;
  if (Token* a = expect_soft_keyword("case")) {
    if (patterns() != nullptr) {
      optional_guard();
      if (expect(TK::COLON) && expect(TK::NEWLINE) && !at(TK::INDENT)) {
        raise_indentation_error("expected an indented block after 'case' statement on line " +
                                std::to_string(a->lineno));
      }
    }
  }
  mark_ = start;
  return false;
}

// invalid_as_pattern: or_pattern 'as' "_" | or_pattern 'as' !NAME expression
bool Parser::invalid_as_pattern() {
  DepthGuard guard(this);
  int start = mark_;
  if (or_pattern() != nullptr && expect(TK::KW_AS)) {
    if (Token* a = expect_soft_keyword("_")) raise_known_location(a, "cannot use '_' as a target");
  }
  mark_ = start;
  if (or_pattern() != nullptr && expect(TK::KW_AS)) {
    if (!at(TK::NAME)) {
      if (expr_t* a = expression()) raise_known_location(a->loc, "invalid pattern target");
    }
  }
  mark_ = start;
  return false;
}

// invalid_class_pattern: name_or_attr '(' invalid_class_argument_pattern
bool Parser::invalid_class_pattern() {
  DepthGuard guard(this);
  int start = mark_;
  if (name_or_attr() != nullptr && expect(TK::LPAR)) {
    Seq<pattern_t*> a;
    if (invalid_class_argument_pattern(&a)) {
      raise_known_range(a[0]->loc, a[a.size - 1]->loc, "positional patterns follow keyword patterns");
    }
  }
  mark_ = start;
  return false;
}

// invalid_class_argument_pattern: [positional_patterns ','] keyword_patterns ',' positional_patterns
bool Parser::invalid_class_argument_pattern(Seq<pattern_t*>* out) {
  DepthGuard guard(this);
  int start = mark_;
  {
    DepthGuard group_guard(this);
    int m = mark_;
    Seq<pattern_t*> ignored;
    if (!(positional_patterns(&ignored) && expect(TK::COMMA))) mark_ = m;
  }
  Seq<KeyPatternPair*> kws;
  if (keyword_patterns(&kws) && expect(TK::COMMA) && positional_patterns(out)) return true;
  mark_ = start;
  return false;
}

// invalid_if_stmt:
//     | 'if' named_expression NEWLINE
//     | 'if' named_expression ':' NEWLINE !INDENT
bool Parser::invalid_if_stmt() {
  DepthGuard guard(this);
  int start = mark_;
  if (expect(TK::KW_IF) && named_expression() != nullptr && expect(TK::NEWLINE)) raise_syntax_error("expected ':'");
  mark_ = start;
  if (expect(TK::KW_IF)) {
    // CPython reports the line of the condition here (its rule rebinds the name).
    if (expr_t* a = named_expression()) {
      if (expect(TK::COLON) && expect(TK::NEWLINE) && !at(TK::INDENT)) {
        raise_indentation_error("expected an indented block after 'if' statement on line " +
                                std::to_string(a->loc.lineno));
      }
    }
  }
  mark_ = start;
  return false;
}

// invalid_elif_stmt:
//     | 'elif' named_expression NEWLINE
//     | 'elif' named_expression ':' NEWLINE !INDENT
bool Parser::invalid_elif_stmt() {
  DepthGuard guard(this);
  int start = mark_;
  if (expect(TK::KW_ELIF) && named_expression() != nullptr && expect(TK::NEWLINE)) raise_syntax_error("expected ':'");
  mark_ = start;
  if (Token* a = expect(TK::KW_ELIF)) {
    if (named_expression() != nullptr && expect(TK::COLON) && expect(TK::NEWLINE) && !at(TK::INDENT)) {
      raise_indentation_error("expected an indented block after 'elif' statement on line " +
                              std::to_string(a->lineno));
    }
  }
  mark_ = start;
  return false;
}

// invalid_else_stmt: 'else' ':' NEWLINE !INDENT
bool Parser::invalid_else_stmt() {
  DepthGuard guard(this);
  int start = mark_;
  if (Token* a = expect(TK::KW_ELSE)) {
    if (expect(TK::COLON) && expect(TK::NEWLINE) && !at(TK::INDENT)) {
      raise_indentation_error("expected an indented block after 'else' statement on line " +
                              std::to_string(a->lineno));
    }
  }
  mark_ = start;
  return false;
}

// invalid_while_stmt:
//     | 'while' named_expression NEWLINE
//     | 'while' named_expression ':' NEWLINE !INDENT
bool Parser::invalid_while_stmt() {
  DepthGuard guard(this);
  int start = mark_;
  if (expect(TK::KW_WHILE) && named_expression() != nullptr && expect(TK::NEWLINE)) {
    raise_syntax_error("expected ':'");
  }
  mark_ = start;
  if (Token* a = expect(TK::KW_WHILE)) {
    if (named_expression() != nullptr && expect(TK::COLON) && expect(TK::NEWLINE) && !at(TK::INDENT)) {
      raise_indentation_error("expected an indented block after 'while' statement on line " +
                              std::to_string(a->lineno));
    }
  }
  mark_ = start;
  return false;
}

// invalid_for_stmt:
//     | [ASYNC] 'for' star_targets 'in' star_expressions NEWLINE
//     | [ASYNC] 'for' star_targets 'in' star_expressions ':' NEWLINE !INDENT
bool Parser::invalid_for_stmt() {
  DepthGuard guard(this);
  int start = mark_;
  expect(TK::KW_ASYNC);
  if (expect(TK::KW_FOR) && star_targets() != nullptr && expect(TK::KW_IN) && star_expressions() != nullptr &&
      expect(TK::NEWLINE)) {
    raise_syntax_error("expected ':'");
  }
  mark_ = start;
  expect(TK::KW_ASYNC);
  if (Token* a = expect(TK::KW_FOR)) {
    if (star_targets() != nullptr && expect(TK::KW_IN) && star_expressions() != nullptr && expect(TK::COLON) &&
        expect(TK::NEWLINE) && !at(TK::INDENT)) {
      raise_indentation_error("expected an indented block after 'for' statement on line " +
                              std::to_string(a->lineno));
    }
  }
  mark_ = start;
  return false;
}

// invalid_def_raw:
//     | [ASYNC] 'def' NAME [type_params] '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT
bool Parser::invalid_def_raw() {
  DepthGuard guard(this);
  int start = mark_;
  expect(TK::KW_ASYNC);
  if (Token* a = expect(TK::KW_DEF)) {
    if (expect(TK::NAME)) {
      int m = mark_;
      Seq<type_param_t*> tp;
      if (!type_params(&tp)) mark_ = m;
      if (expect(TK::LPAR)) {
        m = mark_;
        if (params() == nullptr) mark_ = m;
        if (expect(TK::RPAR)) {
          m = mark_;
          {
            DepthGuard group_guard(this);
            if (!(expect(TK::RARROW) && expression() != nullptr)) mark_ = m;
          }
          if (expect(TK::COLON) && expect(TK::NEWLINE) && !at(TK::INDENT)) {
            raise_indentation_error("expected an indented block after function definition on line " +
                                    std::to_string(a->lineno));
          }
        }
      }
    }
  }
  mark_ = start;
  return false;
}

// invalid_class_def_raw:
//     | 'class' NAME [type_params] ['(' [arguments] ')'] NEWLINE
//     | 'class' NAME [type_params] ['(' [arguments] ')'] ':' NEWLINE !INDENT
bool Parser::invalid_class_def_raw() {
  DepthGuard guard(this);
  int start = mark_;
  auto header = [this]() -> bool {
    if (!expect(TK::NAME)) return false;
    int m = mark_;
    Seq<type_param_t*> tp;
    if (!type_params(&tp)) mark_ = m;
    m = mark_;
    {
      DepthGuard group_guard(this);
      bool ok = false;
      if (expect(TK::LPAR)) {
        int m2 = mark_;
        if (arguments() == nullptr) mark_ = m2;
        ok = expect(TK::RPAR) != nullptr;
      }
      if (!ok) mark_ = m;
    }
    return true;
  };
  if (expect(TK::KW_CLASS) && header() && expect(TK::NEWLINE)) raise_syntax_error("expected ':'");
  mark_ = start;
  if (Token* a = expect(TK::KW_CLASS)) {
    if (header() && expect(TK::COLON) && expect(TK::NEWLINE) && !at(TK::INDENT)) {
      raise_indentation_error("expected an indented block after class definition on line " +
                              std::to_string(a->lineno));
    }
  }
  mark_ = start;
  return false;
}

}  // namespace pyxis::frontend
