// The parser's machinery: lazy token fetching, memo tables, the two passes, error raising
// with CPython's locations, and small node-building helpers shared by the grammar files.
#include <algorithm>
#include <cstdio>

#include "frontend/literals.h"
#include "frontend/parser/parser.h"
#include "frontend/utf8_codec.h"
#include "support/unicode.h"

namespace pyxis::frontend {

using namespace ast;

Parser::Parser(Arena& arena, TokenSource& tokenizer, ParseMode mode, std::string_view source,
               std::string_view filename)
    : arena_(arena), tokenizer_(tokenizer), mode_(mode), source_(source), filename_(filename) {
  scratch_.reserve(1024);
}

Parser::~Parser() = default;

// ---------------------------------------------------------------------------- tokens

void Parser::fetch_token() {
  if (static_cast<size_t>(fill_ >> kChunkBits) == chunks_.size()) {
    chunks_.push_back(std::unique_ptr<TokenSlot[]>(new TokenSlot[kChunkSize]));
  }
  TokenSlot& s = slot(fill_);
  if (!tokenizer_.next(&s.token)) raise_tokenizer_error();
  Token& t = s.token;
  // Only 'exec' input gets a newline added at its end; in the other modes the newline the
  // tokenizer implies there is CPython's end of input instead.
  if (t.kind == TokenKind::NEWLINE && mode_ != ParseMode::Exec && is_implicit_newline(t)) {
    t.kind = TokenKind::ENDMARKER;
    t.col_offset = t.end_col_offset = -1;
    t.end_lineno = t.lineno;
    t.text = {};
  }
  // In 'single' mode the end of input ends the statement like a newline would.
  if (mode_ == ParseMode::Single && t.kind == TokenKind::ENDMARKER && single_mode_started_) {
    t.kind = TokenKind::NEWLINE;
    single_mode_started_ = false;
  } else {
    single_mode_started_ = true;
  }
  track_nesting(t);
  s.level = static_cast<int>(open_brackets_.size());
  s.memo = nullptr;
  s.memo_mask = 0;
  ++fill_;
}

// Follows what CPython's tokenizer tracks: open brackets (for levels and "never closed"
// errors) and f-strings being read.
void Parser::track_nesting(const Token& t) {
  switch (t.kind) {
    case TokenKind::LPAR:
    case TokenKind::LSQB:
    case TokenKind::LBRACE:
      open_brackets_.push_back({t.text.empty() ? '(' : t.text[0], t.lineno, t.col_offset});
      break;
    case TokenKind::RPAR:
    case TokenKind::RSQB:
    case TokenKind::RBRACE:
      if (!open_brackets_.empty()) open_brackets_.pop_back();
      break;
    case TokenKind::FSTRING_START:
      ++fstring_depth_;
      break;
    case TokenKind::FSTRING_END:
      if (fstring_depth_ > 0) --fstring_depth_;
      break;
    default:
      break;
  }
}

// The NEWLINE the tokenizer produces at the end of a source without a final newline: it
// ends past the source.
bool Parser::is_implicit_newline(const Token& t) {
  if (!source_.empty() && source_.back() == '\n') return false;
  byte_offset(1, 0);  // builds the line table
  if (t.end_lineno < 1 || static_cast<size_t>(t.end_lineno) > line_starts_.size()) return false;
  return line_starts_[t.end_lineno - 1] + static_cast<size_t>(t.end_col_offset) > source_.size();
}

Token* Parser::expect_soft_keyword(std::string_view keyword) {
  Token* t = peek();
  if (t->kind != TokenKind::NAME || t->text != keyword) return nullptr;
  ++mark_;
  return t;
}

bool Parser::at_soft_keyword(std::string_view keyword) {
  Token* t = peek();
  return t->kind == TokenKind::NAME && t->text == keyword;
}

Token* Parser::expect_forced(TokenKind kind) {
  Token* t = peek();
  if (t->kind == kind) {
    ++mark_;
    return t;
  }
  raise_known_location(t, std::string("expected '") + token_kind_text(kind) + "'");
}

static bool is_whitespace_token(TokenKind k) {
  return k == TokenKind::ENDMARKER || k == TokenKind::NEWLINE || k == TokenKind::INDENT || k == TokenKind::DEDENT;
}

Token* Parser::last_nonwhitespace_token() {
  Token* t = nullptr;
  for (int m = mark_ - 1; m >= 0; --m) {
    t = token_at(m);
    if (!is_whitespace_token(t->kind)) break;
  }
  return t;
}

Loc Parser::extra(int start) {
  const Token* first = token_at(start);
  const Token* last = last_nonwhitespace_token();
  if (last == nullptr) last = first;
  return {first->lineno, first->col_offset, last->end_lineno, last->end_col_offset};
}

// ---------------------------------------------------------------------------- memo

void Parser::memo_store(MemoRule rule, int start, void* value) {
  MemoEntry* e = memo_arena_.make<MemoEntry>();
  e->rule = rule;
  e->value = value;
  e->end = mark_;
  TokenSlot& s = slot(start);
  e->next = s.memo;
  s.memo = e;
  s.memo_mask |= 1u << static_cast<unsigned>(rule);
}

// ---------------------------------------------------------------------------- errors

void Parser::raise_at(const char* exc_type, std::string msg, int lineno, int col, int end_lineno, int end_col) {
  error_ = make_syntax_error(exc_type, std::move(msg), filename_, error_source(), lineno, col, end_lineno, end_col);
  // Without a file to read the line back from, CPython takes it from the tokenizer's buffer
  // when it is the line being read (with its newline), otherwise from the source text
  // without the newline; the columns are clamped to that line's length + 1.
  int tokenizer_line = fill_ > 0 ? last_token()->end_lineno : 1;
  bool shortened = false;
  if (!error_lines_from_file_ && lineno < tokenizer_line && !error_.text.empty() && error_.text.back() == '\n') {
    error_.text.pop_back();
    shortened = true;
  }
  // Read back from a file, a line is at most its first 999 bytes (CPython's line buffer).
  if (error_lines_from_file_ && lineno >= 1) {
    size_t start = byte_offset(lineno, 0);
    size_t end = start;
    while (end < source_.size() && source_[end] != '\n') ++end;
    if (end < source_.size()) ++end;
    if (end - start > 999) {
      error_.text = utf8::decode_replace(source_.substr(start, 999));
      shortened = true;
    }
  }
  if (shortened) {
    int limit = static_cast<int>(utf8::count_chars(error_.text)) + 1;
    if (error_.offset > limit) error_.offset = limit;
    if (error_.end_offset > limit) error_.end_offset = limit;
  }
  throw ParserAbort{};
}

// The source as CPython's error reporting sees it: in 'exec' mode, the lines of the file it
// came from, else the tokenizer's buffer, whose last line ends with a newline in 'exec' mode.
std::string_view Parser::error_source() {
  if (error_lines_from_file_ || source_.empty() || source_.back() == '\n' || mode_ != ParseMode::Exec) {
    return source_;
  }
  return concat(source_, "\n");
}

void Parser::raise_stack_overflow() {
  error_ = SyntaxErrorInfo{};
  error_.exc_type = "MemoryError";
  error_.msg = "Parser stack overflowed - Python source too complex to parse";
  error_.filename = filename_;
  error_.has_location = false;
  error_.has_text = false;
  throw ParserAbort{};
}

// The C tokenizer gives INDENT, DEDENT and ENDMARKER no column; CPython then reports the
// tokenizer's cursor as an already 1-based column, with end_offset -1: after the indentation
// of the token's line (INDENT, DEDENT), or after the last line at the end of the input.
void Parser::raise_at_token(const char* exc_type, std::string msg, const Token* t) {
  if (t->col_offset >= 0) {
    raise_at(exc_type, std::move(msg), t->lineno, t->col_offset, t->end_lineno, t->end_col_offset);
  }
  int col;
  // (A NEWLINE without a column is the end of input that 'single' mode reads as a newline.)
  if (t->kind == TokenKind::ENDMARKER || t->kind == TokenKind::NEWLINE || dedent_at_end_of_input(t)) {
    int line;
    end_of_source_position(&line, &col);
  } else {
    size_t start = byte_offset(t->lineno, 0);
    size_t pos = start;
    while (pos < source_.size() && (source_[pos] == ' ' || source_[pos] == '\t' || source_[pos] == '\f')) ++pos;
    col = static_cast<int>(pos - start);
  }
  raise_at(exc_type, std::move(msg), t->lineno, col - 1, t->end_lineno, -2);
}

// A DEDENT produced at the end of the input (closing the blocks still open) rather than
// before the first token of a less indented line: the token before it (past other DEDENTs)
// then ends the DEDENT's own line.
bool Parser::dedent_at_end_of_input(const Token* t) {
  if (t->kind != TokenKind::DEDENT) return false;
  // A DEDENT before a token stands on that token's line, which has content.
  size_t pos = byte_offset(t->lineno, 0);
  while (pos < source_.size() && (source_[pos] == ' ' || source_[pos] == '\t' || source_[pos] == '\f')) ++pos;
  if (pos >= source_.size() || source_[pos] == '\n' || source_[pos] == '\r' || source_[pos] == '#') return true;
  int index = static_cast<int>(fill_) - 1;
  while (index >= 0 && token_at(index) != t) --index;
  while (index > 0 && token_at(index - 1)->kind == TokenKind::DEDENT) --index;
  if (index <= 0) return false;
  return token_at(index - 1)->lineno >= t->lineno;
}

void Parser::raise_syntax_error(std::string msg) { raise_at_token("SyntaxError", std::move(msg), last_token()); }

void Parser::raise_indentation_error(std::string msg) {
  raise_at_token("IndentationError", std::move(msg), last_token());
}

void Parser::raise_on_next_token(std::string msg) { raise_at_token("SyntaxError", std::move(msg), peek()); }

void Parser::raise_known_location(const Loc& loc, std::string msg) {
  raise_at("SyntaxError", std::move(msg), loc.lineno, loc.col_offset, loc.end_lineno, loc.end_col_offset);
}

void Parser::raise_known_location(const Token* t, std::string msg) {
  raise_at("SyntaxError", std::move(msg), t->lineno, t->col_offset, t->end_lineno, t->end_col_offset);
}

void Parser::raise_known_range(const Loc& a, const Loc& b, std::string msg) {
  raise_at("SyntaxError", std::move(msg), a.lineno, a.col_offset, b.end_lineno, b.end_col_offset);
}

// RAISE_SYNTAX_ERROR_STARTING_FROM: the end is the tokenizer's cursor, which CPython passes
// as an already 1-based column.
void Parser::raise_starting_from(const Loc& a, std::string msg) {
  const Token* t = last_token();
  raise_at("SyntaxError", std::move(msg), a.lineno, a.col_offset, t->end_lineno, t->end_col_offset - 1);
}

void Parser::raise_tokenizer_error() {
  error_ = tokenizer_.error();
  tokenizer_failed_ = true;
  throw ParserAbort{};
}

// Where the tokenizer's cursor stands once the whole source has been read.
void Parser::end_of_source_position(int* line, int* col) {
  // The last line of the source, counting an implicit newline at the end.
  std::string_view s = source_;
  int lines = 1;
  size_t line_start = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\n' && i + 1 < s.size()) {
      ++lines;
      line_start = i + 1;
    }
  }
  size_t len = s.size() - line_start;
  if ((s.empty() || s.back() != '\n') && mode_ == ParseMode::Exec) ++len;
  *line = lines;
  *col = static_cast<int>(len);
}

// After a parser error, CPython tokenizes the rest of the source: a tokenizer error found
// there replaces the parser's error, except errors inside an f-string and the ones CPython's
// tokenizer only signals with a status code (indentation, tabs, line continuation, end of
// input), which it never raises here; an unclosed bracket replaces the error only when it
// was opened on an earlier line than the parser's last token.
void Parser::check_rest_of_source_for_tokenizer_errors() {
  int err_line = fill_ > 0 ? last_token()->lineno : 0;
  Token t;
  for (;;) {
    if (!tokenizer_.next(&t)) {
      const SyntaxErrorInfo& te = tokenizer_.error();
      std::string_view msg = te.msg;
      bool status_only = te.exc_type == "IndentationError" || te.exc_type == "TabError" ||
                         msg == "unexpected character after line continuation character" ||
                         msg == "unexpected EOF while parsing" || msg == "invalid token" ||
                         msg.ends_with("' was never closed");
      if (fstring_depth_ > 0) return;  // an error inside an f-string keeps the parser's
      if (!status_only) {
        error_ = unconverted_identifier_decode_error(te);
      } else if (msg.ends_with("' was never closed")) {
        if (err_line > te.lineno) error_ = te;
      } else if (!open_brackets_.empty() && err_line > open_brackets_.back().lineno) {
        // CPython's check then reports the innermost bracket still open, if it was opened
        // before the line of the parser's error.
        const OpenBracket& b = open_brackets_.back();
        try {
          raise_at("SyntaxError", std::string("'") + b.kind + "' was never closed", b.lineno, b.col_offset,
                   b.lineno, -1);
        } catch (ParserAbort&) {
        }
      }
      return;
    }
    if (t.kind == TokenKind::ENDMARKER) return;
    track_nesting(t);
  }
}

void Parser::raise_invalid_target(TargetsType type, expr_t* e) {
  const char* fmt = type == TargetsType::DelTargets ? "cannot delete " : "cannot assign to ";
  raise_known_location(e->loc, std::string(fmt) + expr_name(e));
}

void Parser::maybe_raise_invalid_target(TargetsType type, expr_t* e) {
  expr_t* bad = invalid_target(e, type);
  if (bad != nullptr) raise_invalid_target(type, bad);
}

// ---------------------------------------------------------------------------- passes

mod_t* Parser::run_start_rule() {
  switch (mode_) {
    case ParseMode::Exec:
      return file_rule();
    case ParseMode::Eval:
      return eval_rule();
    case ParseMode::Single:
      return interactive_rule();
    case ParseMode::FuncType:
      return func_type_rule();
  }
  return nullptr;
}

mod_t* Parser::parse(SyntaxErrorInfo* error) {
  bool parser_raised = false;
  try {
    mod_t* result = run_start_rule();
    if (result != nullptr) {
      if (mode_ == ParseMode::Single) {
        final_error_ = true;  // raised after a successful parse: no rest-of-source check
        check_bad_single_statement();
      }
      return result;
    }
    // The second pass, with the invalid_* rules that produce the precise messages.
    int last_token_index = fill_ - 1;
    for (int i = 0; i < fill_; ++i) {
      slot(i).memo = nullptr;
      slot(i).memo_mask = 0;
    }
    mark_ = 0;
    depth_ = 0;
    call_invalid_rules_ = true;
    second_pass_ = true;
    try {
      run_start_rule();
    } catch (ParserAbort&) {
      parser_raised = true;
    }
    if (!parser_raised) {
      generic_syntax_error(last_token_index);
      parser_raised = true;
    }
  } catch (ParserAbort&) {
    parser_raised = true;
  }
  if (parser_raised && !tokenizer_failed_ && !final_error_ && error_.exc_type != "MemoryError") {
    check_rest_of_source_for_tokenizer_errors();
  }
  *error = error_;
  return nullptr;
}

// Pass 2 raised nothing specific: "invalid syntax" at the furthest token of pass 1, or an
// IndentationError when that token is an unexpected INDENT or DEDENT.
void Parser::generic_syntax_error(int last_token_index) {
  Token* last = token_at(last_token_index < 0 ? 0 : last_token_index);
  try {
    if (last->kind == TokenKind::INDENT) raise_indentation_error("unexpected indent");
    if (last->kind == TokenKind::DEDENT) raise_indentation_error("unexpected unindent");
  } catch (ParserAbort&) {
    final_error_ = true;  // CPython does not look further for tokenizer errors here
    return;
  }
  try {
    raise_known_location(last, "invalid syntax");
  } catch (ParserAbort&) {
  }
}

// 'single' mode accepts one statement: anything but blanks and comments after it is an error.
void Parser::check_bad_single_statement() {
  const Token* t = last_token();
  size_t pos = t->col_offset < 0 ? source_.size() : byte_offset(t->end_lineno, t->end_col_offset);
  std::string_view s = source_;
  while (pos < s.size()) {
    char c = s[pos];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r') {
      ++pos;
    } else if (c == '#') {
      while (pos < s.size() && s[pos] != '\n') ++pos;
    } else {
      raise_syntax_error("multiple statements found while compiling a single statement");
    }
  }
}

size_t Parser::byte_offset(int lineno, int col) {
  if (line_starts_.empty()) {
    line_starts_.push_back(0);
    for (size_t i = 0; i < source_.size(); ++i) {
      if (source_[i] == '\n') line_starts_.push_back(i + 1);
    }
  }
  if (lineno < 1) return 0;
  if (static_cast<size_t>(lineno) > line_starts_.size()) return source_.size();
  size_t off = line_starts_[lineno - 1] + static_cast<size_t>(col < 0 ? 0 : col);
  return std::min(off, source_.size());
}

// ---------------------------------------------------------------------------- node helpers

Identifier Parser::identifier(const Token* t) {
  std::string_view text = t->text;
  for (unsigned char c : text) {
    if (c >= 0x80) {
      std::string normalized = unicode::nfkc(text);
      return arena_.copy(normalized);
    }
  }
  return text;
}

Name* Parser::name_from_token(const Token* t, expr_context_t ctx) {
  Name* n = make<Name>(arena_);
  n->id = identifier(t);
  n->ctx = ctx;
  n->loc = token_loc(t);
  return n;
}

// CPython's _PyPegen_set_expr_context: a copy of the target with the new context, applied
// through Tuple, List and Starred.
expr_t* Parser::set_context(expr_t* e, expr_context_t ctx) {
  switch (e->node_kind) {
    case NodeKind::Name: {
      Name* n = make<Name>(arena_);
      *n = *cast<Name>(e);
      n->ctx = ctx;
      return n;
    }
    case NodeKind::Attribute: {
      Attribute* n = make<Attribute>(arena_);
      *n = *cast<Attribute>(e);
      n->ctx = ctx;
      return n;
    }
    case NodeKind::Subscript: {
      Subscript* n = make<Subscript>(arena_);
      *n = *cast<Subscript>(e);
      n->ctx = ctx;
      return n;
    }
    case NodeKind::Starred: {
      Starred* n = make<Starred>(arena_);
      *n = *cast<Starred>(e);
      n->value = set_context(n->value, ctx);
      n->ctx = ctx;
      return n;
    }
    case NodeKind::Tuple: {
      Tuple* n = make<Tuple>(arena_);
      *n = *cast<Tuple>(e);
      n->elts = Seq<expr_t*>::make(arena_, n->elts.size);
      for (uint32_t i = 0; i < n->elts.size; ++i) n->elts[i] = set_context(cast<Tuple>(e)->elts[i], ctx);
      n->ctx = ctx;
      return n;
    }
    case NodeKind::List: {
      List* n = make<List>(arena_);
      *n = *cast<List>(e);
      n->elts = Seq<expr_t*>::make(arena_, n->elts.size);
      for (uint32_t i = 0; i < n->elts.size; ++i) n->elts[i] = set_context(cast<List>(e)->elts[i], ctx);
      n->ctx = ctx;
      return n;
    }
    default:
      return e;
  }
}

Constant* Parser::constant_node(ConstantValue::Kind kind, int start) {
  Constant* c = node<Constant>(start);
  c->value.kind = kind;
  return c;
}

arguments_t* Parser::empty_arguments() { return arena_.make<arguments_t>(); }

arguments_t* Parser::make_arguments(Seq<arg_t*>* slash_without_default, SlashWithDefault* slash_with_default,
                                    Seq<arg_t*>* plain_names, Seq<NameDefaultPair*>* names_with_default,
                                    StarEtc* star_etc) {
  arguments_t* a = arena_.make<arguments_t>();
  // posonlyargs
  if (slash_without_default != nullptr) {
    a->posonlyargs = *slash_without_default;
  } else if (slash_with_default != nullptr) {
    auto& plain = slash_with_default->plain_names;
    auto& with = slash_with_default->names_with_defaults;
    a->posonlyargs = Seq<arg_t*>::make(arena_, plain.size + with.size);
    uint32_t k = 0;
    for (arg_t* x : plain) a->posonlyargs[k++] = x;
    for (NameDefaultPair* x : with) a->posonlyargs[k++] = x->arg;
  }
  // args
  {
    uint32_t n_plain = plain_names != nullptr ? plain_names->size : 0;
    uint32_t n_with = names_with_default != nullptr ? names_with_default->size : 0;
    a->args = Seq<arg_t*>::make(arena_, n_plain + n_with);
    uint32_t k = 0;
    for (uint32_t i = 0; i < n_plain; ++i) a->args[k++] = (*plain_names)[i];
    for (uint32_t i = 0; i < n_with; ++i) a->args[k++] = (*names_with_default)[i]->arg;
  }
  // defaults: those of the positional-only parameters, then of the others
  {
    uint32_t n1 = slash_with_default != nullptr ? slash_with_default->names_with_defaults.size : 0;
    uint32_t n2 = names_with_default != nullptr ? names_with_default->size : 0;
    a->defaults = Seq<expr_t*>::make(arena_, n1 + n2);
    uint32_t k = 0;
    for (uint32_t i = 0; i < n1; ++i) a->defaults[k++] = slash_with_default->names_with_defaults[i]->value;
    for (uint32_t i = 0; i < n2; ++i) a->defaults[k++] = (*names_with_default)[i]->value;
  }
  if (star_etc != nullptr) {
    a->vararg = star_etc->vararg;
    a->kwarg = star_etc->kwarg;
    auto& kw = star_etc->kwonlyargs;
    a->kwonlyargs = Seq<arg_t*>::make(arena_, kw.size);
    a->kw_defaults = Seq<expr_t*>::make(arena_, kw.size);
    for (uint32_t i = 0; i < kw.size; ++i) {
      a->kwonlyargs[i] = kw[i]->arg;
      a->kw_defaults[i] = kw[i]->value;
    }
  }
  return a;
}

expr_t* Parser::number_token(Token* t) {
  Constant* c = make<Constant>(arena_);
  LiteralError err;
  if (!parse_number_literal(arena_, t->text, &c->value, &err)) raise_literal_error(t, err, false);
  c->loc = token_loc(t);
  return c;
}

std::string_view Parser::concat(std::string_view a, std::string_view b, std::string_view c) {
  size_t n = a.size() + b.size() + c.size();
  char* out = static_cast<char*>(arena_.allocate(n == 0 ? 1 : n, 1));
  // Empty views may have a null data(): memcpy must not see those, even for zero bytes.
  if (!a.empty()) std::memcpy(out, a.data(), a.size());
  if (!b.empty()) std::memcpy(out + a.size(), b.data(), b.size());
  if (!c.empty()) std::memcpy(out + a.size() + b.size(), c.data(), c.size());
  return {out, n};
}

// What CPython's error messages call an expression ("cannot assign to function call").
const char* Parser::expr_name(const expr_t* e) {
  switch (e->node_kind) {
    case NodeKind::Attribute:
      return "attribute";
    case NodeKind::Subscript:
      return "subscript";
    case NodeKind::Starred:
      return "starred";
    case NodeKind::Name:
      return "name";
    case NodeKind::List:
      return "list";
    case NodeKind::Tuple:
      return "tuple";
    case NodeKind::Lambda:
      return "lambda";
    case NodeKind::Call:
      return "function call";
    case NodeKind::BoolOp:
    case NodeKind::BinOp:
    case NodeKind::UnaryOp:
      return "expression";
    case NodeKind::GeneratorExp:
      return "generator expression";
    case NodeKind::Yield:
    case NodeKind::YieldFrom:
      return "yield expression";
    case NodeKind::Await:
      return "await expression";
    case NodeKind::ListComp:
      return "list comprehension";
    case NodeKind::SetComp:
      return "set comprehension";
    case NodeKind::DictComp:
      return "dict comprehension";
    case NodeKind::Dict:
      return "dict literal";
    case NodeKind::Set:
      return "set display";
    case NodeKind::JoinedStr:
    case NodeKind::FormattedValue:
      return "f-string expression";
    case NodeKind::Constant: {
      switch (static_cast<const Constant*>(e)->value.kind) {
        case ConstantValue::Kind::None:
          return "None";
        case ConstantValue::Kind::True:
          return "True";
        case ConstantValue::Kind::False:
          return "False";
        case ConstantValue::Kind::Ellipsis:
          return "ellipsis";
        default:
          return "literal";
      }
    }
    case NodeKind::Compare:
      return "comparison";
    case NodeKind::IfExp:
      return "conditional expression";
    case NodeKind::NamedExpr:
      return "named expression";
    default:
      return "expression";
  }
}

// The first sub-expression that cannot be a target of the given kind, or nullptr.
expr_t* Parser::invalid_target(expr_t* e, TargetsType type) {
  if (e == nullptr) return nullptr;
  switch (e->node_kind) {
    case NodeKind::List:
      for (expr_t* x : cast<List>(e)->elts) {
        if (expr_t* bad = invalid_target(x, type)) return bad;
      }
      return nullptr;
    case NodeKind::Tuple:
      for (expr_t* x : cast<Tuple>(e)->elts) {
        if (expr_t* bad = invalid_target(x, type)) return bad;
      }
      return nullptr;
    case NodeKind::Starred:
      if (type == TargetsType::DelTargets) return e;
      return invalid_target(cast<Starred>(e)->value, type);
    case NodeKind::Compare: {
      // `for a in b` parses as a comparison when the target is bad: look left of `in`.
      if (type == TargetsType::ForTargets) {
        Compare* c = cast<Compare>(e);
        if (c->ops[0] == cmpop_t::In) return invalid_target(c->left, type);
        return nullptr;
      }
      return e;
    }
    case NodeKind::Name:
    case NodeKind::Subscript:
    case NodeKind::Attribute:
      return nullptr;
    default:
      return e;
  }
}

}  // namespace pyxis::frontend
