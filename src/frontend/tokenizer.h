// The tokenizer: decoded UTF-8 source in, Python 3.12 tokens out, one at a time, with
// CPython's tokenizer errors (unterminated strings, bad indentation, invalid characters,
// PEP 701 f-string nesting ...).
//
// The parser's view (the default) gives the tokens CPython's parser gets:
//  * Columns are UTF-8 byte offsets. NEWLINE spans from its '\n' (or from a comment before
//    it on the line) to one past the '\n'; an implied final newline is a NEWLINE with
//    empty text at the end of the last line. Blank and comment lines produce nothing.
//  * INDENT, DEDENT and ENDMARKER have col_offset = end_col_offset = -1, as in CPython;
//    DEDENTs and ENDMARKER at the end are on the last line (ENDMARKER is on line 0 for
//    empty input). current_position() gives the column CPython's errors use for them.
//  * '$', '?', '`' are OP tokens (the parser reports "invalid syntax"); "<>" is NOTEQUAL
//    with text "<>"; '!' alone is EXCLAMATION. Hard keywords get KW_* kinds.
//  * FSTRING_MIDDLE texts are slices of the source: "{{" / "}}" end a middle after their
//    first brace (f"a{{b" gives "a{" then "b"), and a format spec may give an empty middle.
//  * Errors are complete SyntaxErrorInfo values (type, message, position, text) exactly as
//    compile() of the bytes reports them when the tokenizer is what fails, including the
//    "'(' was never closed" CPython reports when the input ends inside brackets.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "frontend/syntax_error.h"
#include "frontend/token.h"

namespace pyxis::frontend {

struct TokenizerOptions {
  // The tokenize module's view (CPython's extra_tokens mode): also produce COMMENT and NL
  // tokens, INDENT/DEDENT/NEWLINE/ENDMARKER with the positions and texts `tokenize` shows,
  // and skip the checks that mode skips (identifier validity, number endings, leading
  // zeros, bracket matching). Errors then carry tokenize's (lineno, offset) in error().
  bool emit_comments_and_nl = false;
  // compile(..., 'exec') input: a last line without a newline ends as if it had one
  // (CPython appends it). Set false for 'eval' and 'single' input, which get no implicit
  // NEWLINE: the tokens end with ENDMARKER right after the last token.
  bool exec_input = true;
  // The errors CPython's parser raises for the tokenizer (IndentationError, TabError, line
  // continuation, EOF, unclosed bracket, undecodable identifier) take their `text` from
  // the file when the source came from one: then a line longer than 999 bytes shows only
  // its first 999 bytes (CPython's line buffer), offsets clamped to it. Set false for
  // source that did not come from a file (compile() of a string).
  bool error_lines_from_file = true;
};

// A SyntaxWarning the tokenizer reports (CPython emits it while tokenizing), e.g.
// "invalid decimal literal" for `1if x else y`, or "invalid escape sequence '\{'" in an
// f-string. lineno is the line CPython attributes the warning to.
struct TokenizerWarning {
  std::string category = "SyntaxWarning";
  std::string msg;
  int lineno = 0;
};

class Tokenizer {
 public:
  // `source` is decoded UTF-8 text (see source_decoder.h); it must outlive the tokenizer,
  // since token texts point into it.
  Tokenizer(std::string_view source, std::string_view filename, TokenizerOptions options = {});
  ~Tokenizer();
  Tokenizer(const Tokenizer&) = delete;
  Tokenizer& operator=(const Tokenizer&) = delete;

  // Produces the next token into *out. Returns false on a tokenizer error, after which
  // error() holds the exception CPython would raise; do not call next() again then.
  // After ENDMARKER, keeps returning ENDMARKER.
  bool next(Token* out);

  const SyntaxErrorInfo& error() const { return error_; }

  // CPython's tokenizer cursor, for parser errors located "where the tokenizer stands"
  // (tok->lineno and tok->cur - tok->line_start, in bytes): right after the last token
  // produced; at the end of input, the last line and its length including the newline
  // (an implicit final newline counts). In the parser's view, INDENT/DEDENT/ENDMARKER
  // carry col_offset -1 like CPython's, and errors on them use this position instead.
  void current_position(int* lineno, int* col_byte) const;

  // Warnings produced so far, in order.
  const std::vector<TokenizerWarning>& warnings() const;

  // The decoded source and its filename, for building parser errors.
  std::string_view source() const { return source_; }
  std::string_view filename() const { return filename_; }

 private:
  struct State;
  std::string_view source_;
  std::string filename_;
  TokenizerOptions options_;
  SyntaxErrorInfo error_;
  State* state_;  // implementation details live in tokenizer.cpp
};

}  // namespace pyxis::frontend
