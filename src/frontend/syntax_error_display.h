// How CPython 3.12 shows an uncaught SyntaxError (or other front-end error) on stderr:
// the `File "...", line N` header, the offending line and its caret line, then `Type: msg`.
// Used by the CLI for the main file and by the runtime's display of SyntaxError objects.
#pragma once

#include <string>

#include "frontend/syntax_error.h"

namespace pyxis::cli {

// The text CPython 3.12.7's built-in exception display (sys.__excepthook__, the one
// `python3 file.py` uses) prints for this error when it has no traceback, newline-terminated.
std::string format_syntax_error(const frontend::SyntaxErrorInfo& error);

}  // namespace pyxis::cli
