// The `pyxis` command line: running programs (`pyxis FILE args`, `pyxis -c CODE`), the
// front-end tools (--dump-ast, --tokenize, --check-syntax) and --version.
#include <cstdio>
#include <string_view>

#include <unistd.h>

#include "cli/commands.h"

namespace {

constexpr const char* kUsage =
    "usage: pyxis FILE [ARG...] | -c CODE [ARG...] | -m MODULE [ARG...] | - [ARG...] | --dump-ast FILE | --tokenize FILE | --check-syntax FILE | -V | --version\n"
    "  FILE                 run the Python program in FILE\n"
    "  -c CODE              run the program given as a string\n"
    "  -m MODULE            run a module found on sys.path as __main__\n"
    "  -                    run the program read from standard input (also with no arguments)\n"
    "  --dump-ast FILE      print ast.dump(ast.parse(source), include_attributes=True)\n"
    "  --tokenize FILE      print the token stream of FILE\n"
    "  --check-syntax FILE  compile FILE without running it; report the first SyntaxError\n"
    "  -V, --version        print the Python version Pyxis implements\n";

struct Subcommand {
  std::string_view flag;
  int (*run)(int argc, char** argv);
};

}  // namespace

int main(int argc, char** argv) {
  if (argc == 2 && (std::string_view(argv[1]) == "-V" || std::string_view(argv[1]) == "--version")) {
    std::puts("Python 3.12.7");
    return 0;
  }
  const Subcommand subcommands[] = {
      {"--dump-ast", pyxis::cli::dump_ast_command},
      {"--tokenize", pyxis::cli::tokenize_command},
      {"--check-syntax", pyxis::cli::check_syntax_command},
  };
  if (argc >= 2) {
    for (const Subcommand& sub : subcommands) {
      if (sub.flag == argv[1]) return sub.run(argc - 2, argv + 2);
    }
  }
  if (argc >= 2 && std::string_view(argv[1]) == "-c") return pyxis::cli::run_code_command(argc - 2, argv + 2);
  if (argc >= 2 && std::string_view(argv[1]) == "-m") return pyxis::cli::run_module_command(argc - 2, argv + 2);
  if (argc >= 2 && std::string_view(argv[1]) == "-") return pyxis::cli::run_stdin_command(argc - 1, argv + 1);
  if (argc == 1 && !isatty(fileno(stdin))) return pyxis::cli::run_stdin_command(0, argv + 1);
  if (argc >= 2 && argv[1][0] != '-') return pyxis::cli::run_file_command(argc - 1, argv + 1);
  std::fputs(kUsage, stderr);
  return 2;
}
