// The Python 3.12 parser: the PEG grammar of the language reference transliterated rule by
// rule into recursive-descent methods, with CPython's two passes and error reporting.
//
// Every grammar rule is one method named after it (`disjunction`, `star_targets` ...), trying
// the same alternatives in the same order, with the same lookaheads and cuts, so the parser
// fetches exactly the tokens CPython's parser fetches (tokens come lazily from the Tokenizer):
// generic "invalid syntax" errors are reported at the furthest token fetched, as CPython does.
// Where alternatives share a prefix (`a b+ | a`), the code parses the prefix once when that
// examines the same tokens. Rules that fail return nullptr (or false) with the position
// restored; errors (SyntaxError and friends) are thrown as ParserAbort and caught in
// Parser::parse(). The invalid_* rules live in the invalid_*.cpp files; like CPython, an
// alternative made of a single invalid_ rule runs only in the second pass.
// Each rule call counts one level of nesting, as do the helper rules CPython's generator
// makes for groups, loops, gathers and group lookaheads, so that "Parser stack overflowed"
// (past 6000 levels) happens exactly where CPython's does.
#pragma once

#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "frontend/ast.h"
#include "frontend/literals.h"
#include "frontend/parse.h"
#include "frontend/syntax_error.h"
#include "frontend/token.h"
#include "frontend/tokenizer.h"
#include "support/arena.h"

namespace pyxis::frontend {

// Thrown when an error has been recorded in the Parser; unwinds every rule at once.
struct ParserAbort {};

// Rules whose results are memoized per start position (see Parser::memo_*).
enum class MemoRule : uint8_t {
  expression,
  disjunction,
  conjunction,
  inversion,
  bitwise_or,
  bitwise_xor,
  bitwise_and,
  shift_expr,
  sum,
  term,
  factor,
  await_primary,
  primary,
  t_primary,
  star_expression,
  star_target,
  target_with_star_atom,
  del_target,
  arguments,
  strings,
  block,
  simple_stmt,
  closed_pattern,
  star_pattern,
  type_param,
  invalid_named_expression,
  dotted_name,
  attr,
  kCount
};
static_assert(static_cast<int>(MemoRule::kCount) <= 32, "memo rules must fit the per-token bit set");

// What CPython's error helpers call the kinds of invalid targets.
enum class TargetsType : uint8_t { StarTargets, DelTargets, ForTargets };

class Parser;

// Where the parser's tokens come from: the Tokenizer (see parse.cpp), or a recorded token
// stream in tests and tools. next() returns false on a tokenizer error, described by error().
class TokenSource {
 public:
  virtual ~TokenSource() = default;
  virtual bool next(Token* out) = 0;
  virtual const SyntaxErrorInfo& error() const = 0;
};

// Builds a Seq<T> on the parser's reusable scratch stack (no allocation per list): push
// items, then finish() copies them into the arena. Builders must nest strictly (LIFO),
// which the recursive descent guarantees; a builder that goes out of scope unfinished
// (a failed alternative) simply drops its items.
template <class T>
class SeqBuilder {
 public:
  explicit SeqBuilder(Parser& parser);
  ~SeqBuilder();
  SeqBuilder(const SeqBuilder&) = delete;
  SeqBuilder& operator=(const SeqBuilder&) = delete;

  void push(const T& item);
  uint32_t size() const { return count_; }
  bool empty() const { return count_ == 0; }
  T get(uint32_t i) const;
  void truncate(uint32_t n);
  ast::Seq<T> finish();

 private:
  static constexpr size_t kWords = (sizeof(T) + 7) / 8;
  Parser& parser_;
  size_t start_;
  uint32_t count_ = 0;
};

// The result of the (lambda_)parameter rules before they become an `arguments` node.
struct NameDefaultPair {
  ast::arg_t* arg;
  ast::expr_t* value;  // the default, or nullptr
};
struct SlashWithDefault {
  ast::Seq<ast::arg_t*> plain_names;
  ast::Seq<NameDefaultPair*> names_with_defaults;
};
struct StarEtc {
  ast::arg_t* vararg = nullptr;
  ast::Seq<NameDefaultPair*> kwonlyargs;
  ast::arg_t* kwarg = nullptr;
};
struct ComparePair {
  ast::cmpop_t op;
  ast::expr_t* operand;
};
struct KeyValuePair {
  ast::expr_t* key;  // nullptr for `**value`
  ast::expr_t* value;
};
struct KeyPatternPair {
  ast::expr_t* key;
  ast::pattern_t* pattern;
};
// An item of `kwargs`: a keyword or a starred expression (`*x` after keywords).
struct KeywordOrStarred {
  void* element;  // keyword_t* or expr_t* (Starred)
  bool is_keyword;
};
// An f-string piece and the text CPython's tokenizer attaches to the `!`, `:` or `}` token
// that follows a debug (`=`) expression.
struct ResultWithMetadata {
  ast::expr_t* result;
  int metadata_token;  // index of the token whose debug text applies
};

class Parser {
 public:
  Parser(Arena& arena, TokenSource& tokens, ParseMode mode, std::string_view source, std::string_view filename);
  ~Parser();

  // Runs the two passes. Returns the tree or nullptr with *error set.
  ast::mod_t* parse(SyntaxErrorInfo* error);

  // CPython shows an 'exec'-mode error with the line read back from the file named by the
  // filename when it exists (as for `pyxis FILE`), else with the line from its tokenizer's
  // buffers, which differ in their trailing newline. Call with true for the first case.
  void set_error_lines_from_file(bool from_file) { error_lines_from_file_ = from_file && mode_ == ParseMode::Exec; }

  // The maximum rule nesting before "Parser stack overflowed" (CPython's MAXSTACK).
  static constexpr int kMaxRuleDepth = 6000;

 private:
  template <class T>
  friend class SeqBuilder;

  // ---------------------------------------------------------------- tokens (parser_core.cpp)
  struct MemoEntry {
    MemoEntry* next;
    void* value;
    int end;
    MemoRule rule;
  };
  struct TokenSlot {
    Token token;
    int level;  // bracket nesting after this token, as CPython's tokenizer records it
    uint32_t memo_mask;  // bit r set: an entry for MemoRule r is in `memo`
    MemoEntry* memo;
  };
  static constexpr int kChunkBits = 10;
  static constexpr int kChunkSize = 1 << kChunkBits;

  TokenSlot& slot(int index) { return chunks_[index >> kChunkBits][index & (kChunkSize - 1)]; }
  Token* token_at(int index) { return &slot(index).token; }
  void fetch_token();  // appends the tokenizer's next token (throws on tokenizer errors)
  void track_nesting(const Token& t);
  Token* peek() {
    if (mark_ == fill_) fetch_token();
    return token_at(mark_);
  }
  TokenKind peek_kind() { return peek()->kind; }
  bool at(TokenKind kind) { return peek()->kind == kind; }
  Token* expect(TokenKind kind) {
    Token* t = peek();
    if (t->kind != kind) return nullptr;
    ++mark_;
    return t;
  }
  Token* expect_soft_keyword(std::string_view keyword);
  bool is_implicit_newline(const Token& t);
  bool at_soft_keyword(std::string_view keyword);
  Token* expect_forced(TokenKind kind);  // `&&'x'`: raises "expected 'x'" when absent
  Token* last_token() { return token_at(fill_ - 1); }
  Token* last_nonwhitespace_token();

  // ---------------------------------------------------------------- memo (parser_core.cpp)
  // The rules CPython memoizes are memoized here too, in both passes: besides saving time,
  // shared results decide which error rules run in the second pass, and how deep the rule
  // nesting gets before "Parser stack overflowed". A per-token bit set makes misses cheap.
  // On a hit, moves to the memoized end, stores the result and returns true.
  template <class T>
  bool memo_lookup(MemoRule rule, T** result) {
    peek();
    TokenSlot& s = slot(mark_);
    if ((s.memo_mask & (1u << static_cast<unsigned>(rule))) == 0) return false;
    for (MemoEntry* e = s.memo; e != nullptr; e = e->next) {
      if (e->rule == rule) {
        mark_ = e->end;
        *result = static_cast<T*>(e->value);
        return true;
      }
    }
    return false;
  }
  void memo_store(MemoRule rule, int start, void* value);
  static constexpr bool memo_active(MemoRule) { return true; }

  // ---------------------------------------------------------------- depth guard
  struct DepthGuard {
    Parser* parser;
    explicit DepthGuard(Parser* p) : parser(p) {
      if (++p->depth_ > kMaxRuleDepth) p->raise_stack_overflow();
    }
    ~DepthGuard() { --parser->depth_; }
  };
  [[noreturn]] void raise_stack_overflow();

  // sep.elem+ (a gather): `elem()` parses one element (true on success, position restored on
  // failure). Counts rule levels like CPython's _gather rule (first element) and its _loop0
  // rule (the others), which decides where "Parser stack overflowed" happens.
  template <class Elem>
  bool gather(TokenKind separator, Elem&& elem) {
    DepthGuard gather_guard(this);
    if (!elem()) return false;
    DepthGuard loop_guard(this);
    for (;;) {
      int m = mark_;
      if (!expect(separator) || !elem()) {
        mark_ = m;
        break;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- errors (parser_core.cpp)
  // Byte columns are 0-based; -1 means unset. Throws ParserAbort.
  [[noreturn]] void raise_at(const char* exc_type, std::string msg, int lineno, int col, int end_lineno,
                             int end_col);
  [[noreturn]] void raise_syntax_error(std::string msg);  // at the last fetched token
  [[noreturn]] void raise_indentation_error(std::string msg);
  [[noreturn]] void raise_on_next_token(std::string msg);  // at the token at the mark
  [[noreturn]] void raise_known_location(const ast::Loc& loc, std::string msg);
  [[noreturn]] void raise_known_location(const Token* t, std::string msg);
  [[noreturn]] void raise_known_range(const ast::Loc& a, const ast::Loc& b, std::string msg);
  [[noreturn]] void raise_starting_from(const ast::Loc& a, std::string msg);
  [[noreturn]] void raise_invalid_target(TargetsType type, ast::expr_t* e);
  // RAISE_SYNTAX_ERROR_INVALID_TARGET: raises only when an invalid target is found.
  void maybe_raise_invalid_target(TargetsType type, ast::expr_t* e);
  [[noreturn]] void raise_tokenizer_error();
  [[noreturn]] void raise_at_token(const char* exc_type, std::string msg, const Token* t);
  void end_of_source_position(int* line, int* col);
  std::string_view error_source();
  bool dedent_at_end_of_input(const Token* t);
  void check_rest_of_source_for_tokenizer_errors();
  void generic_syntax_error(int last_token_index);
  void check_bad_single_statement();
  ast::mod_t* run_start_rule();

  // ---------------------------------------------------------------- node helpers
  static ast::Loc token_loc(const Token* t) { return {t->lineno, t->col_offset, t->end_lineno, t->end_col_offset}; }
  ast::Loc extra(int start);  // CPython's EXTRA: rule start token to last non-whitespace token
  template <class N>
  N* node(int start) {
    N* n = ast::make<N>(arena_);
    n->loc = extra(start);
    return n;
  }
  ast::Identifier identifier(const Token* t);
  ast::Name* name_from_token(const Token* t, ast::expr_context_t ctx);
  ast::expr_t* set_context(ast::expr_t* e, ast::expr_context_t ctx);
  ast::Constant* constant_node(ast::ConstantValue::Kind kind, int start);
  ast::arguments_t* empty_arguments();
  ast::arguments_t* make_arguments(ast::Seq<ast::arg_t*>* slash_without_default, SlashWithDefault* slash_with_default,
                                   ast::Seq<ast::arg_t*>* plain_names, ast::Seq<NameDefaultPair*>* names_with_default,
                                   StarEtc* star_etc);
  ast::expr_t* number_token(Token* t);
  template <class T>
  ast::Seq<T> singleton(T item) {
    auto s = ast::Seq<T>::make(arena_, 1);
    s[0] = item;
    return s;
  }
  template <class T>
  ast::Seq<T> prepend(T first, ast::Seq<T> rest) {
    auto s = ast::Seq<T>::make(arena_, rest.size + 1);
    s[0] = first;
    for (uint32_t i = 0; i < rest.size; ++i) s[i + 1] = rest[i];
    return s;
  }
  static const char* expr_name(const ast::expr_t* e);
  static ast::expr_t* invalid_target(ast::expr_t* e, TargetsType type);
  std::string_view concat(std::string_view a, std::string_view b, std::string_view c = {});
  size_t byte_offset(int lineno, int col);  // in the decoded source

  // ================================================================ grammar
  // start rules (statements.cpp)
  ast::mod_t* file_rule();
  ast::mod_t* interactive_rule();
  ast::mod_t* eval_rule();
  ast::mod_t* func_type_rule();
  bool type_expressions(SeqBuilder<ast::expr_t*>& out);
  bool expression_gather(SeqBuilder<ast::expr_t*>& out);

  // statements (statements.cpp)
  bool statements(ast::Seq<ast::stmt_t*>* out);
  bool statement(SeqBuilder<ast::stmt_t*>& out);
  bool statement_newline(ast::Seq<ast::stmt_t*>* out);
  bool simple_stmts(SeqBuilder<ast::stmt_t*>& out);
  ast::stmt_t* simple_stmt();
  ast::stmt_t* simple_stmt_raw();
  ast::stmt_t* compound_stmt();
  ast::stmt_t* assignment();
  ast::expr_t* annotated_rhs();
  ast::expr_t* optional_annotation_value();
  bool augassign(ast::operator_t* op);
  ast::stmt_t* return_stmt();
  ast::stmt_t* raise_stmt();
  ast::stmt_t* global_stmt();
  ast::stmt_t* nonlocal_stmt();
  bool name_list(SeqBuilder<ast::Identifier>& out);
  ast::stmt_t* del_stmt();
  ast::stmt_t* yield_stmt();
  ast::stmt_t* assert_stmt();
  ast::stmt_t* import_stmt();
  ast::stmt_t* import_name();
  ast::stmt_t* import_from();
  bool import_from_targets(ast::Seq<ast::alias_t*>* out);
  bool import_from_as_names(ast::Seq<ast::alias_t*>* out);
  ast::alias_t* import_from_as_name();
  bool dotted_as_names(ast::Seq<ast::alias_t*>* out);
  ast::alias_t* dotted_as_name();
  ast::Name* dotted_name();
  ast::Seq<ast::stmt_t*>* block();
  ast::Seq<ast::stmt_t*>* block_raw();
  bool decorators(ast::Seq<ast::expr_t*>* out);
  ast::stmt_t* class_def();
  ast::stmt_t* class_def_raw();
  ast::stmt_t* function_def();
  ast::stmt_t* function_def_raw();
  ast::stmt_t* type_alias();
  bool type_params(ast::Seq<ast::type_param_t*>* out);
  ast::type_param_t* type_param();
  ast::type_param_t* type_param_raw();

  // compound statements (compound_statements.cpp)
  ast::stmt_t* if_stmt();
  ast::stmt_t* elif_stmt();
  bool else_block(ast::Seq<ast::stmt_t*>* out);
  ast::stmt_t* while_stmt();
  ast::stmt_t* for_stmt();
  ast::stmt_t* with_stmt();
  ast::withitem_t* with_item();
  ast::stmt_t* try_stmt();
  ast::excepthandler_t* except_block();
  ast::excepthandler_t* except_star_block();
  bool finally_block(ast::Seq<ast::stmt_t*>* out);
  ast::stmt_t* match_stmt();
  ast::expr_t* subject_expr();
  ast::match_case_t* case_block();

  // patterns (patterns.cpp)
  ast::pattern_t* patterns();
  ast::pattern_t* pattern();
  ast::pattern_t* as_pattern();
  ast::pattern_t* or_pattern();
  ast::pattern_t* closed_pattern();
  ast::pattern_t* closed_pattern_raw();
  ast::pattern_t* literal_pattern();
  ast::expr_t* literal_expr();
  ast::expr_t* complex_number();
  ast::expr_t* signed_number();
  ast::expr_t* signed_real_number();
  ast::expr_t* real_number();
  ast::expr_t* imaginary_number();
  ast::pattern_t* capture_pattern();
  ast::Name* pattern_capture_target();
  ast::pattern_t* wildcard_pattern();
  ast::pattern_t* value_pattern();
  ast::expr_t* attr();
  ast::expr_t* name_or_attr();
  ast::pattern_t* group_pattern();
  ast::pattern_t* sequence_pattern();
  bool open_sequence_pattern(ast::Seq<ast::pattern_t*>* out);
  bool maybe_sequence_pattern(ast::Seq<ast::pattern_t*>* out);
  ast::pattern_t* maybe_star_pattern();
  ast::pattern_t* star_pattern();
  ast::pattern_t* mapping_pattern();
  bool items_pattern(ast::Seq<KeyPatternPair*>* out);
  KeyPatternPair* key_value_pattern();
  ast::Name* double_star_pattern();
  ast::pattern_t* class_pattern();
  bool positional_patterns(ast::Seq<ast::pattern_t*>* out);
  bool keyword_patterns(ast::Seq<KeyPatternPair*>* out);
  KeyPatternPair* keyword_pattern();

  // expressions (expressions.cpp)
  ast::expr_t* expressions();
  ast::expr_t* expression();
  ast::expr_t* expression_raw();
  ast::expr_t* expression_without_invalid();
  ast::expr_t* yield_expr();
  ast::expr_t* star_expressions();
  ast::expr_t* star_expression();
  bool star_named_expressions(ast::Seq<ast::expr_t*>* out);
  ast::expr_t* star_named_expression();
  ast::expr_t* assignment_expression();
  ast::expr_t* named_expression();
  ast::expr_t* disjunction();
  ast::expr_t* conjunction();
  ast::expr_t* bool_op_chain(MemoRule rule, TokenKind keyword, ast::boolop_t op, ast::expr_t* (Parser::*operand)());
  ast::expr_t* element_tuple(ast::expr_t* (Parser::*element)(), ast::expr_context_t ctx);
  ast::expr_t* inversion();
  ast::expr_t* comparison();
  bool compare_op_bitwise_or_pair(ast::cmpop_t* op, ast::expr_t** operand);
  template <class MatchOp>
  ast::expr_t* left_assoc(MemoRule rule, ast::expr_t* (Parser::*operand)(), MatchOp match_op);
  ast::expr_t* bitwise_or();
  ast::expr_t* bitwise_xor();
  ast::expr_t* bitwise_and();
  ast::expr_t* shift_expr();
  ast::expr_t* sum();
  ast::expr_t* term();
  ast::expr_t* factor();
  ast::expr_t* power();
  ast::expr_t* await_primary();
  ast::expr_t* primary();
  ast::expr_t* slices();
  ast::expr_t* slice();
  ast::expr_t* atom();
  ast::expr_t* group();
  ast::expr_t* lambdef();

  // collections, comprehensions, calls (atoms.cpp)
  ast::expr_t* list();
  ast::expr_t* tuple();
  ast::expr_t* set();
  ast::expr_t* dict();
  bool double_starred_kvpairs(ast::Seq<KeyValuePair*>* out);
  KeyValuePair* double_starred_kvpair();
  KeyValuePair* kvpair();
  bool for_if_clauses(ast::Seq<ast::comprehension_t*>* out);
  ast::comprehension_t* for_if_clause();
  ast::expr_t* listcomp();
  ast::expr_t* setcomp();
  ast::expr_t* genexp();
  ast::expr_t* dictcomp();
  ast::Call* arguments();
  ast::Call* args();
  bool positional_arguments(SeqBuilder<ast::expr_t*>* out = nullptr);
  bool kwargs(ast::Seq<KeywordOrStarred*>* out);
  ast::expr_t* starred_expression();
  KeywordOrStarred* kwarg_or_starred();
  KeywordOrStarred* kwarg_or_double_starred();
  ast::Call* collect_call_seqs(ast::Seq<ast::expr_t*> args, ast::Seq<KeywordOrStarred*>* kwargs, int start);

  // targets (targets.cpp)
  ast::expr_t* star_targets();
  bool star_targets_list_seq(ast::Seq<ast::expr_t*>* out);
  bool star_targets_tuple_seq(ast::Seq<ast::expr_t*>* out);
  ast::expr_t* star_target();
  ast::expr_t* star_target_raw();
  ast::expr_t* target_with_star_atom();
  ast::expr_t* target_with_star_atom_raw();
  ast::expr_t* star_atom();
  ast::expr_t* single_target();
  ast::expr_t* single_subscript_attribute_target();
  ast::expr_t* attribute_or_subscript_target(ast::expr_context_t ctx);
  ast::expr_t* t_primary();
  bool t_lookahead();
  bool del_targets(ast::Seq<ast::expr_t*>* out);
  ast::expr_t* del_target();
  ast::expr_t* del_t_atom();

  // parameters (parameters.cpp); `lam` selects the lambda_* variant of each rule
  ast::arguments_t* params();
  ast::arguments_t* lambda_params();
  ast::arguments_t* parameters(bool lam);
  bool param_no_default_loop(bool lam, bool at_least_one, ast::Seq<ast::arg_t*>* out);
  bool param_with_default_loop(bool lam, bool at_least_one, ast::Seq<NameDefaultPair*>* out);
  bool param_maybe_default_loop(bool lam, bool at_least_one, ast::Seq<NameDefaultPair*>* out);
  bool param_end(bool lam);
  bool slash_no_default(bool lam, ast::Seq<ast::arg_t*>* out);
  SlashWithDefault* slash_with_default(bool lam);
  StarEtc* star_etc(bool lam);
  ast::arg_t* kwds(bool lam);
  ast::arg_t* param_no_default(bool lam);
  ast::arg_t* param_no_default_star_annotation();
  NameDefaultPair* param_with_default(bool lam);
  NameDefaultPair* param_maybe_default(bool lam);
  ast::arg_t* param(bool lam);
  ast::arg_t* param_star_annotation();
  ast::expr_t* annotation();
  ast::expr_t* star_annotation();
  ast::expr_t* default_rule();

  // strings (strings_and_fstrings.cpp)
  ast::expr_t* strings();
  ast::expr_t* strings_raw();
  ast::expr_t* string_constant(Token* t);
  ast::expr_t* fstring();
  ast::expr_t* fstring_middle();
  ast::expr_t* fstring_replacement_field();
  bool fstring_conversion(ResultWithMetadata* out);
  bool fstring_full_format_spec(ResultWithMetadata* out);
  ast::expr_t* fstring_format_spec();
  ast::expr_t* concatenate_strings(ast::Seq<ast::expr_t*> pieces, const ast::Loc& loc);
  ast::expr_t* joined_str(Token* start, ast::Seq<ast::expr_t*> pieces, Token* end);
  ast::expr_t* formatted_value(ast::expr_t* value, Token* debug, ResultWithMetadata* conversion,
                               ResultWithMetadata* format, int closing_brace, int start);
  ast::Seq<ast::expr_t*> merge_constants(ast::Seq<ast::expr_t*> flat, bool drop_empty);
  std::string_view decode_fstring_part(std::string_view text, bool raw, Token* fstring_end);
  std::string_view debug_text(int open_brace, int metadata_token);
  [[noreturn]] void raise_literal_error(Token* t, const LiteralError& err, bool in_format_spec);

  // ================================================================ invalid rules
  // invalid_expressions.cpp
  bool invalid_arguments();
  bool invalid_kwarg();
  bool invalid_expression();
  bool invalid_named_expression();
  bool invalid_named_expression_raw();
  bool invalid_legacy_expression();
  bool invalid_comprehension();
  bool invalid_dict_comprehension();
  bool invalid_double_starred_kvpairs();
  bool invalid_kvpair();
  bool invalid_starred_expression_unpacking();
  bool invalid_group();
  bool invalid_replacement_field();
  bool invalid_conversion_character();
  bool invalid_for_target();
  bool invalid_with_item();
  // invalid_statements.cpp
  bool invalid_assignment();
  ast::expr_t* invalid_ann_assign_target();
  bool invalid_del_stmt();
  bool invalid_block();
  bool invalid_import();
  bool invalid_import_from_targets();
  bool with_items_for_errors(bool parenthesized);
  bool invalid_with_stmt();
  bool invalid_with_stmt_indent();
  bool invalid_try_stmt();
  bool invalid_except_stmt();
  bool invalid_finally_stmt();
  bool invalid_except_stmt_indent();
  bool invalid_except_star_stmt_indent();
  bool invalid_match_stmt();
  bool invalid_case_block();
  bool invalid_as_pattern();
  bool invalid_class_pattern();
  bool invalid_class_argument_pattern(ast::Seq<ast::pattern_t*>* out);
  bool invalid_if_stmt();
  bool invalid_elif_stmt();
  bool invalid_else_stmt();
  bool invalid_while_stmt();
  bool invalid_for_stmt();
  bool invalid_def_raw();
  bool invalid_class_def_raw();
  // invalid_parameters.cpp
  bool invalid_parameters();
  bool invalid_lambda_parameters();
  bool invalid_parameters_common(bool lam);
  bool invalid_parameters_helper(bool lam);
  bool invalid_default();
  bool invalid_star_etc();
  void star_etc_repeated_star(bool lam);
  bool invalid_kwds();
  bool invalid_lambda_kwds();
  bool invalid_kwds_common(bool lam);
  bool invalid_lambda_star_etc();
  // error helpers used by the invalid rules
  [[noreturn]] void raise_arguments_parsing_error(ast::Call* args);
  bool raise_nonparen_genexp_in_call(ast::Call* args, ast::Seq<ast::comprehension_t*> comprehensions);
  bool is_legacy_statement_name(ast::expr_t* e);
  static ast::expr_t* last_comprehension_item(ast::comprehension_t* c);

  // ---------------------------------------------------------------- state
  Arena& arena_;
  TokenSource& tokenizer_;
  ParseMode mode_;
  std::string_view source_;
  std::string filename_;

  std::vector<std::unique_ptr<TokenSlot[]>> chunks_;
  int fill_ = 0;     // tokens fetched
  int mark_ = 0;     // the current position
  struct OpenBracket {
    char kind;
    int lineno;
    int col_offset;
  };
  std::vector<OpenBracket> open_brackets_;  // brackets open in the token stream so far
  int fstring_depth_ = 0;  // f-strings open in the token stream so far
  bool call_invalid_rules_ = false;  // off again inside expression_without_invalid
  bool second_pass_ = false;
  bool single_mode_started_ = false;
  bool tokenizer_failed_ = false;
  bool final_error_ = false;
  bool error_lines_from_file_ = false;  // an error CPython reports without the rest-of-source check
  int depth_ = 0;
  std::vector<uint64_t> scratch_;
  Arena memo_arena_;
  std::vector<size_t> line_starts_;  // byte offset of each line, built on demand
  SyntaxErrorInfo error_;
};

template <class T>
SeqBuilder<T>::SeqBuilder(Parser& parser) : parser_(parser), start_(parser.scratch_.size()) {}

template <class T>
SeqBuilder<T>::~SeqBuilder() {
  parser_.scratch_.resize(start_);
}

template <class T>
void SeqBuilder<T>::push(const T& item) {
  auto& s = parser_.scratch_;
  size_t at = s.size();
  s.resize(at + kWords);
  std::memcpy(&s[at], &item, sizeof(T));
  ++count_;
}

template <class T>
T SeqBuilder<T>::get(uint32_t i) const {
  T item;
  std::memcpy(static_cast<void*>(&item), &parser_.scratch_[start_ + i * kWords], sizeof(T));
  return item;
}

template <class T>
void SeqBuilder<T>::truncate(uint32_t n) {
  count_ = n;
  parser_.scratch_.resize(start_ + n * kWords);
}

template <class T>
ast::Seq<T> SeqBuilder<T>::finish() {
  ast::Seq<T> seq = ast::Seq<T>::make(parser_.arena_, count_);
  for (uint32_t i = 0; i < count_; ++i) seq.items[i] = get(i);
  return seq;
}

}  // namespace pyxis::frontend
