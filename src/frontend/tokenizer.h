// The tokenizer: decoded UTF-8 source in, Python 3.12 tokens out, one at a time, with
// CPython's tokenizer errors (unterminated strings, bad indentation, invalid characters,
// PEP 701 f-string nesting ...).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "frontend/syntax_error.h"
#include "frontend/token.h"

namespace pyxis::frontend {

struct TokenizerOptions {
  // The tokenize module's view: also produce COMMENT and NL tokens (the parser never asks).
  bool emit_comments_and_nl = false;
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
