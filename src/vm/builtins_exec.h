// compile/exec/eval and the namespace builtins (globals, locals, vars, dir): the compiler
// entry for source strings and the snapshot of a frame's locals.
#pragma once

#include <string_view>

#include "frontend/parse.h"
#include "objects/value.h"

namespace pyxis {

class Interpreter;
class Thread;
struct CodeObject;
struct Frame;

namespace frontend {
struct SyntaxErrorInfo;
}

// Raises the SyntaxError (or IndentationError, TabError, ValueError ...) described by
// `error`, with CPython's attributes (msg, filename, lineno, offset, text, end_*).
void raise_syntax_error(Thread& thread, const frontend::SyntaxErrorInfo& error);

// Parses, checks and compiles source text given as a str (compile()/exec()/eval()).
// Returns nullptr with SyntaxError (or the compiler's SystemError) pending.
CodeObject* compile_source(Thread& thread, std::string_view source, std::string_view filename, frontend::ParseMode mode,
                           bool future_annotations);

// locals() of a running frame: the namespace dict of module and class bodies, a fresh dict
// of the bound locals (cells dereferenced) for functions; plus, inside an inlined
// comprehension (PEP 709), its iteration variables.
Value frame_locals(Thread& thread, Frame& frame);

// LOAD_NAME / DELETE_NAME on a locals mapping that is not a dict: the value (empty when the
// mapping raises KeyError), or error(); 1 deleted, 0 missing, -1 error.
Value mapping_load_name(Thread& thread, Value mapping, Value name);
int mapping_delete_name(Thread& thread, Value mapping, Value name);

// Registers compile, exec, eval, globals, locals, vars and dir in the builtins.
void install_exec_builtins(Interpreter& interp);

}  // namespace pyxis
