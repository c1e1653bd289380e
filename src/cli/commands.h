// The pyxis subcommands behind main(): each takes the arguments after its flag and
// returns the process exit status.
#pragma once

namespace pyxis::cli {

// --dump-ast FILE: prints ast.dump(ast.parse(source, FILE), include_attributes=True).
int dump_ast_command(int argc, char** argv);
// --tokenize FILE: prints the token stream (like `python -m tokenize -e FILE`).
int tokenize_command(int argc, char** argv);
// --check-syntax FILE: compile(source, FILE, 'exec') without running it.
int check_syntax_command(int argc, char** argv);
// FILE [args]: runs the program (argv[0] is the file).
int run_file_command(int argc, char** argv);
// -c CODE [args]: runs CODE (argv[0]).
int run_code_command(int argc, char** argv);
// pyxis -m MODULE [ARG...]
int run_module_command(int argc, char** argv);
// The program on standard input: argv is empty, or "-" followed by the program's arguments.
int run_stdin_command(int argc, char** argv);

}  // namespace pyxis::cli
