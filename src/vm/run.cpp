// Program execution: symbol table + code generation for a parsed module, running it as
// __main__ under the GIL, and CPython 3.12's display of uncaught exceptions (traceback with
// PEP 657 carets, chained exceptions, SystemExit's exit status).
#include "vm/run.h"

#include <sys/stat.h>
#include <unistd.h>
#include <cstdlib>

#include <cstdio>

#include "compiler/codegen.h"
#include "compiler/compile_checks.h"
#include "frontend/parse.h"
#include "frontend/source_decoder.h"
#include "support/arena.h"
#include "compiler/future.h"
#include "compiler/symtable.h"
#include "objects/dict_object.h"
#include "objects/function_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/exception_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/builtins.h"
#include "vm/eval.h"
#include "vm/gc_runtime.h"
#include "vm/interpreter.h"
#include "vm/operations.h"

namespace pyxis {

namespace {

std::string_view source_line(Interpreter& interp, std::string_view filename, int line) {
  auto it = interp.sources.find(std::string(filename));
  if (it == interp.sources.end() || line < 1) return {};
  std::string_view text = it->second;
  size_t start = 0;
  for (int i = 1; i < line; ++i) {
    size_t newline = text.find('\n', start);
    if (newline == std::string_view::npos) return {};
    start = newline + 1;
  }
  size_t end = text.find('\n', start);
  std::string_view result = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
  if (!result.empty() && result.back() == '\r') result.remove_suffix(1);
  return result;
}

// Characters (code points) in the first `bytes` bytes of `text`.
size_t char_column(std::string_view text, size_t bytes) {
  size_t count = 0;
  for (size_t i = 0; i < bytes && i < text.size(); ++i) count += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  return count;
}

}  // namespace

void append_frame(Thread& thread, std::string& out, CodeObject* code, uint32_t pc) {
  std::string_view filename = static_cast<StrObject*>(code->filename.as_object())->view();
  const SourceRange& range = code->locations[pc];
  out += "  File \"";
  out += filename;
  out += "\", line " + std::to_string(range.line) + ", in ";
  out += static_cast<StrObject*>(code->name.as_object())->view();
  out += "\n";
  std::string_view line = source_line(thread.interp(), filename, range.line);
  size_t indent = 0;
  while (indent < line.size() && (line[indent] == ' ' || line[indent] == '\t' || line[indent] == '\f')) ++indent;
  std::string_view stripped = line.substr(indent);
  while (!stripped.empty() && (stripped.back() == ' ' || stripped.back() == '\t')) stripped.remove_suffix(1);
  if (stripped.empty()) return;
  out += "    ";
  out += stripped;
  out += "\n";
  // PEP 657 carets: only for a range on one line that does not cover the whole statement
  // line, or one with an anchor (operator / subscript).
  if (range.line != range.end_line || range.column < 0) return;
  size_t start = size_t(range.column), end = size_t(range.end_column);
  if (start < indent || end > line.size() || start >= end) return;
  bool whole_line = start == indent && end >= indent + stripped.size();
  size_t primary_start = start, primary_end = end;
  bool anchored = false;
  if (range.anchor != SourceRange::Anchor::None && range.anchor_column >= int(start) && range.anchor_column < int(end)) {
    size_t at = size_t(range.anchor_column);
    if (range.anchor == SourceRange::Anchor::BinaryOperator) {
      while (at < end && (line[at] == ' ' || line[at] == '\t' || line[at] == ')' || line[at] == '\\')) ++at;
      size_t op_end = at + 1;
      if (op_end < end && std::string_view("*/<>=").find(line[op_end]) != std::string_view::npos &&
          line[op_end] != ' ')
        ++op_end;
      primary_start = at;
      primary_end = op_end;
      anchored = true;
    } else {
      while (at < end && line[at] != '[') ++at;
      primary_start = at;
      primary_end = end;
      anchored = true;
    }
  }
  if (whole_line && !anchored) return;
  std::string carets(char_column(line, start) - char_column(line, indent), ' ');
  for (size_t i = start; i < end; ++i) {
    if ((static_cast<unsigned char>(line[i]) & 0xC0) == 0x80) continue;
    carets += (i >= primary_start && i < primary_end) ? '^' : '~';
  }
  out += "    " + carets + "\n";
}

DictObject* new_module_namespace(Thread& thread, std::string_view name) {
  Interpreter& interp = thread.interp();
  DictObject* globals = dict_new(thread);
  dict_set(thread, globals, interp.intern("__name__"), interp.intern(name));
  dict_set(thread, globals, interp.intern("__doc__"), Value::none());
  dict_set(thread, globals, interp.intern("__builtins__"), to_value(interp.builtins()));
  return globals;
}

CodeObject* compile_module_source(Thread& thread, std::string_view source, std::string_view filename, bool from_file) {
  Interpreter& interp = thread.interp();
  Arena arena;
  frontend::ParseRequest request;
  request.source = source;
  request.filename = filename;
  request.from_file = from_file;
  frontend::SyntaxErrorInfo error;
  const ast::mod_t* tree = frontend::parse(arena, request, &error);
  std::string decoded(source);
  if (tree != nullptr && from_file && !frontend::decode_source(source, filename, true, &decoded, &error)) tree = nullptr;
  if (tree == nullptr || !compiler::check_compile_errors(tree, decoded, filename, &error)) {
    Value exception = make_syntax_error(thread, error);
    if (!exception.is_error()) thread.raise_value(exception);
    return nullptr;
  }
  interp.sources[std::string(filename)] = decoded;
  compiler::FutureFeatures future;
  compiler::CompileError compile_error;
  compiler::SymbolTable table;
  if (!compiler::parse_future_features(tree, &future, &compile_error) ||
      !compiler::build_symbol_table(tree, future, &table, &compile_error)) {
    thread.raise_format(interp.types().SyntaxError, "%s", compile_error.msg.c_str());
    return nullptr;
  }
  return compiler::generate_module_code(thread, tree, table, filename);
}

Value exec_source(Thread& thread, std::string_view source, std::string_view filename, DictObject* globals) {
  CodeObject* code = compile_module_source(thread, source, filename, false);
  if (code == nullptr) return Value::error();
  Value result = run_code(thread, code, globals, globals);
  return result.is_error() ? result : Value::none();
}

std::vector<std::string> standard_module_path() {
  std::vector<std::string> path;
  // PYTHONPATH entries first, as CPython puts them.
  if (const char* python_path = std::getenv("PYTHONPATH"); python_path != nullptr && *python_path != '\0') {
    std::string_view rest = python_path;
    while (true) {
      size_t colon = rest.find(':');
      std::string_view entry = rest.substr(0, colon);
      if (!entry.empty()) path.emplace_back(entry);
      if (colon == std::string_view::npos) break;
      rest.remove_prefix(colon + 1);
    }
  }
  // The standard library the build installs beside the executable (build/lib/python3.12).
  char executable[4096];
  ssize_t length = readlink("/proc/self/exe", executable, sizeof executable - 1);
  if (length > 0) {
    std::string directory(executable, size_t(length));
    directory.resize(directory.rfind('/'));
    std::string library = directory + "/lib/python3.12";
    struct stat info;
    if (stat(library.c_str(), &info) == 0 && S_ISDIR(info.st_mode)) path.push_back(library);
  }
  return path;
}

int run_main_module(Interpreter& interp, const ast::mod_t* tree, std::string_view source, std::string_view filename,
                    const std::vector<std::string>& argv, const MainModuleOptions& options) {
  Thread& thread = interp.main_thread();
  GilScope gil(thread);
  // Destroyed before `gil` on every return, after the exception report: __del__ at exit.
  struct ExitFinalizers {
    Thread& thread;
    ~ExitFinalizers() {
      thread.interp().gc_runtime->finalize_at_exit(thread);
      std::fflush(stdout);
    }
  } exit_finalizers{thread};
  interp.sources[std::string(filename)] = std::string(source);
  compiler::FutureFeatures future;
  compiler::CompileError compile_error;
  compiler::SymbolTable table;
  if (!compiler::parse_future_features(tree, &future, &compile_error) ||
      !compiler::build_symbol_table(tree, future, &table, &compile_error)) {
    std::fprintf(stderr, "%s: %s\n", compile_error.exc_type.c_str(), compile_error.msg.c_str());
    return 1;
  }
  // sys.argv as given; sys.path[0]: the script's directory ('' for -c).
  ListObject* sys_argv = list_new(thread);
  for (const std::string& arg : argv) list_append(thread, sys_argv, str_value(thread, arg));
  if (argv.empty()) list_append(thread, sys_argv, str_value(thread, ""));
  dict_set(thread, interp.sys_dict, interp.intern("argv"), to_value(sys_argv));
  std::string_view directory = options.has_path0          ? std::string_view(options.path0)
                               : filename.starts_with("<") ? std::string_view()
                                                           : filename.substr(0, filename.rfind('/'));
  ListObject* sys_path = list_new(thread);
  list_append(thread, sys_path, str_value(thread, directory));
  for (const std::string& entry : standard_module_path()) list_append(thread, sys_path, str_value(thread, entry));
  dict_set(thread, interp.sys_dict, interp.intern("path"), to_value(sys_path));
  CodeObject* code = compiler::generate_module_code(thread, tree, table, filename);
  int status = 0;
  if (code != nullptr) {
    // The module and its namespace stay reachable from sys.modules.
    DictObject* globals = new_module_namespace(thread, "__main__");
    dict_set(thread, globals, interp.intern("__file__"), str_value(thread, filename));
    dict_set(thread, globals, interp.intern("__package__"),
             options.package.empty() ? Value::none() : str_value(thread, options.package));
    dict_set(thread, globals, interp.intern("__spec__"), Value::none());
    ModuleObject* module = thread.heap().make<ModuleObject>(interp.types().module);
    module->dict = globals;
    dict_set(thread, interp.modules(), interp.intern("__main__"), to_value(module));
    // -m pkg.mod: the parent package is imported first, as runpy does.
    Value result = options.package.empty() ? Value::none() : import_module(thread, options.package);
    if (!result.is_error()) result = run_code(thread, code, globals, globals);
    if (!result.is_error()) {
      std::fflush(stdout);
      return 0;
    }
  }
  std::fflush(stdout);
  Value exception = thread.take_pending();
  if (is_instance_of(thread, exception, interp.types().SystemExit)) {
    Value code_value = as_exception(exception)->fields[0];  // SystemExit.code
    if (code_value.is_empty()) code_value = Value::none();
    if (code_value.is_none()) return 0;
    int64_t n;
    if (is_int(thread, code_value) && int_fits_i64(code_value, &n)) return int(n & 0xFF);
    std::string text;
    if (append_str(thread, text, code_value)) std::fprintf(stderr, "%s\n", text.c_str());
    return 1;
  }
  std::string report = format_exception(thread, exception);
  std::fwrite(report.data(), 1, report.size(), stderr);
  status = is_instance_of(thread, exception, interp.types().KeyboardInterrupt) ? 130 : 1;
  return status;
}

}  // namespace pyxis
