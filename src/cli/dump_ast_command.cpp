// `pyxis --dump-ast FILE`: parses FILE and prints what CPython prints for
// ast.dump(ast.parse(source, FILE), include_attributes=True), or its SyntaxError.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

#include "cli/commands.h"
#include "cli/source_file.h"
#include "frontend/syntax_error_display.h"
#include "frontend/ast_dump.h"
#include "frontend/parse.h"
#include "support/arena.h"

namespace pyxis::cli {

int dump_ast_command(int argc, char** argv) {
  if (argc != 1) {
    std::fputs("usage: pyxis --dump-ast FILE\n", stderr);
    return 2;
  }
  const char* path = argv[0];
  std::string source;
  int error_number = 0;
  if (!read_file_bytes(path, &source, &error_number)) {
    print_cannot_open(path, error_number);
    return 2;
  }

  Arena arena;
  frontend::ParseRequest request;
  request.source = source;
  request.filename = path;
  request.mode = frontend::ParseMode::Exec;
  request.from_file = true;
  frontend::SyntaxErrorInfo error;
  const ast::mod_t* tree = frontend::parse(arena, request, &error);
  if (tree == nullptr) {
    std::string shown = format_syntax_error(error);
    std::fwrite(shown.data(), 1, shown.size(), stderr);
    return 1;
  }
  frontend::AstDumpInfo dump_info;
  std::string dump = frontend::dump_ast(tree, /*include_attributes=*/true, &dump_info);
  // Where CPython's ast.dump itself raises, print that exception's last traceback line.
  // print(ast.dump(...)) at module level recurses too deep beyond 997 levels of nesting.
  constexpr int kDeepestDumpAtModuleLevel = 997;
  if (dump_info.max_nesting > kDeepestDumpAtModuleLevel) {
    std::fputs("RecursionError: maximum recursion depth exceeded\n", stderr);
    return 1;
  }
  if (dump_info.int_too_long) {
    std::fputs("ValueError: Exceeds the limit (4300 digits) for integer string conversion; "
               "use sys.set_int_max_str_digits() to increase the limit\n",
               stderr);
    return 1;
  }
  dump += '\n';
  std::fwrite(dump.data(), 1, dump.size(), stdout);
  return std::fflush(stdout) == 0 ? 0 : 1;
}

}  // namespace pyxis::cli
