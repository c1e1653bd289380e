// libFuzzer target over the whole front end: bytes -> decode -> tokens -> AST -> dump,
// in each parse mode. Any crash, sanitizer report or hang is a bug; errors are fine.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "frontend/ast_dump.h"
#include "frontend/parse.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace pyxis::frontend;
  std::string_view source(reinterpret_cast<const char*>(data), size);
  static const ParseMode kModes[] = {ParseMode::Exec, ParseMode::Eval, ParseMode::Single};
  for (ParseMode mode : kModes) {
    pyxis::Arena arena;
    ParseRequest request;
    request.source = source;
    request.filename = "<fuzz>";
    request.mode = mode;
    SyntaxErrorInfo error;
    if (const pyxis::ast::mod_t* tree = parse(arena, request, &error)) {
      (void)dump_ast(tree, true);
    }
  }
  return 0;
}
