// The front end's entry point: decodes the source, runs the tokenizer and the parser for the
// requested mode, and returns the tree or CPython's error.
#include "frontend/parse.h"

#include <string>

#include "frontend/parser/parser.h"
#include "frontend/source_decoder.h"
#include "frontend/tokenizer.h"

namespace pyxis::frontend {

namespace {

class TokenizerSource final : public TokenSource {
 public:
  explicit TokenizerSource(Tokenizer& tokenizer) : tokenizer_(tokenizer) {}
  bool next(Token* out) override { return tokenizer_.next(out); }
  const SyntaxErrorInfo& error() const override { return tokenizer_.error(); }

 private:
  Tokenizer& tokenizer_;
};

}  // namespace

ast::mod_t* parse(Arena& arena, const ParseRequest& request, SyntaxErrorInfo* error) {
  std::string decoded;
  if (!decode_source(request.source, request.filename, request.from_file, &decoded, error)) return nullptr;
  // Token texts and ASCII identifiers point into the source: keep it as long as the tree.
  std::string_view source = arena.copy(decoded);
  if (source.data() == nullptr) source = std::string_view("", 0);
  // CPython implies a final newline only for 'exec' input, and reads error lines back from
  // the file only when compiling a file in 'exec' mode.
  TokenizerOptions options;
  options.exec_input = request.mode == ParseMode::Exec;
  options.error_lines_from_file = request.from_file && request.mode == ParseMode::Exec;
  Tokenizer tokenizer(source, request.filename, options);
  TokenizerSource tokens(tokenizer);
  Parser parser(arena, tokens, request.mode, source, request.filename);
  parser.set_error_lines_from_file(request.from_file);
  return parser.parse(error);
}

}  // namespace pyxis::frontend
