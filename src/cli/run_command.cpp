// `pyxis FILE [args]` and `pyxis -c CODE [args]`: parse, run the compile-time checks (any
// SyntaxError is shown as CPython shows it), then run the program as __main__.
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "frontend/syntax_error_display.h"
#include "compiler/compile_checks.h"
#include "frontend/parse.h"
#include "frontend/source_decoder.h"
#include "support/arena.h"
#include "vm/interpreter.h"
#include "vm/run.h"

namespace pyxis::cli {

namespace {

// CPython shows the main script's path made absolute (without resolving symlinks).
std::string absolute_path(const char* path) {
  if (path[0] == '/') return path;
  char cwd[PATH_MAX];
  if (getcwd(cwd, sizeof cwd) == nullptr) return path;
  std::string result = cwd;
  std::string_view rest = path;
  while (rest.starts_with("./")) rest.remove_prefix(2);
  return result + "/" + std::string(rest);
}

int run_source(const std::string& bytes, const std::string& filename, bool from_file, const std::vector<std::string>& argv) {
  Arena arena;
  frontend::ParseRequest request;
  request.source = bytes;
  request.filename = filename;
  request.mode = frontend::ParseMode::Exec;
  request.from_file = from_file;
  frontend::SyntaxErrorInfo error;
  const ast::mod_t* tree = frontend::parse(arena, request, &error);
  std::string decoded;
  if (tree != nullptr) {
    if (!frontend::decode_source(bytes, filename, from_file, &decoded, &error) ||
        !compiler::check_compile_errors(tree, decoded, filename, &error))
      tree = nullptr;
  }
  if (tree == nullptr) {
    std::string text = format_syntax_error(error);
    std::fwrite(text.data(), 1, text.size(), stderr);
    return 1;
  }
  Interpreter interp;
  return run_main_module(interp, tree, decoded, filename, argv);
}

}  // namespace

int run_file_command(int argc, char** argv) {
  if (argc < 1) return 2;
  const char* path = argv[0];
  std::string bytes;
  int error_number = 0;
  if (std::FILE* file = std::fopen(path, "rb")) {
    char buffer[65536];
    size_t got;
    while ((got = std::fread(buffer, 1, sizeof buffer, file)) > 0) bytes.append(buffer, got);
    error_number = std::ferror(file) ? errno : 0;
    std::fclose(file);
  } else {
    error_number = errno;
  }
  std::string filename = absolute_path(path);
  if (error_number != 0) {
    std::fprintf(stderr, "pyxis: can't open file '%s': [Errno %d] %s\n", filename.c_str(), error_number,
                 std::strerror(error_number));
    return 2;
  }
  std::vector<std::string> arguments(argv, argv + argc);
  return run_source(bytes, filename, true, arguments);
}

int run_code_command(int argc, char** argv) {
  if (argc < 1) {
    std::fputs("Argument expected for the -c option\n", stderr);
    return 2;
  }
  std::vector<std::string> arguments{"-c"};
  arguments.insert(arguments.end(), argv + 1, argv + argc);
  return run_source(argv[0], "<string>", false, arguments);
}

}  // namespace pyxis::cli
