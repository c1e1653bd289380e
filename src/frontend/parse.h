// The front end's entry point: source bytes in, AST (or CPython's SyntaxError) out.
// Decoding (BOM, coding declaration), tokenizing and parsing all happen behind parse().
#pragma once

#include <string_view>

#include "frontend/ast.h"
#include "frontend/syntax_error.h"
#include "support/arena.h"

namespace pyxis::frontend {

// What `compile(..., mode)` calls 'exec', 'eval', 'single' and 'func_type'.
enum class ParseMode { Exec, Eval, Single, FuncType };

struct ParseRequest {
  std::string_view source;                 // raw bytes as read from the file or given as str
  std::string_view filename = "<unknown>";
  ParseMode mode = ParseMode::Exec;
  // True when the source came from a file (NUL bytes are a SyntaxError), false when it
  // came from a string given to compile()/exec() (NUL bytes are a ValueError, and the
  // text is already decoded UTF-8: no BOM or coding declaration processing).
  bool from_file = true;
};

// Parses the whole source. Returns the tree (allocated in `arena`), or nullptr with
// `*error` filled in exactly as CPython's exception would be.
ast::mod_t* parse(Arena& arena, const ParseRequest& request, SyntaxErrorInfo* error);

}  // namespace pyxis::frontend
