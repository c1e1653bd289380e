// Running whole programs: compile a parsed module, execute it as __main__, and report an
// uncaught exception the way CPython 3.12 does (traceback on stderr, exit status).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "frontend/ast.h"
#include "objects/value.h"

namespace pyxis {

class Interpreter;
class Thread;
struct DictObject;
struct CodeObject;

// Compiles `tree` (parsed from `source`, already checked by compile_checks) and runs it in
// a fresh __main__ module. Returns the process exit status (0, 1 after a traceback, or
// SystemExit's code).
int run_main_module(Interpreter& interp, const ast::mod_t* tree, std::string_view source, std::string_view filename,
                    const std::vector<std::string>& argv = {});

// Compiles `source` and runs it with `globals` as its namespace (like exec(source, globals)).
// Returns None, or error() with the exception pending (a SyntaxError is raised as one).
// The thread must hold its interpreter's GIL (GilScope).
Value exec_source(Thread& thread, std::string_view source, std::string_view filename, DictObject* globals);

// Parses, checks and compiles a whole module. Returns nullptr with SyntaxError (or the
// compiler's SystemError) pending.
CodeObject* compile_module_source(Thread& thread, std::string_view source, std::string_view filename, bool from_file);

// A fresh module namespace (__name__ set, __builtins__ the interpreter's builtins dict).
DictObject* new_module_namespace(Thread& thread, std::string_view name);

// sys.path after the script's directory: PYTHONPATH's entries, then the standard library
// installed beside the executable (lib/python3.12) when present.
std::vector<std::string> standard_module_path();

// The text CPython prints for an uncaught exception: tracebacks, chained exceptions, notes,
// exception groups (vm/exception_display.cpp).
std::string format_exception(Thread& thread, Value exception);
// One traceback entry: '  File "...", line N, in name', the source line and its carets.
void append_frame(Thread& thread, std::string& out, CodeObject* code, uint32_t pc);

}  // namespace pyxis
