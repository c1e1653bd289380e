// `pyxis FILE [args]`, `pyxis -c CODE [args]`, `pyxis -m MODULE [args]` and a program on
// standard input: parse, run the compile-time checks (any SyntaxError is shown as CPython
// shows it), then run the program as __main__. Ctrl-C raises KeyboardInterrupt.
#include <atomic>
#include <cerrno>
#include <csignal>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include <sys/stat.h>
#include <unistd.h>

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

// The interpreter the process runs: SIGINT asks it to raise KeyboardInterrupt. Process-wide
// by nature (signals are delivered to the process), owned by the CLI, not the runtime.
std::atomic<Interpreter*> g_signal_target{nullptr};

extern "C" void request_interrupt(int) {
  if (Interpreter* interp = g_signal_target.load()) interp->interrupt_requested.store(true);
}

// After an uncaught KeyboardInterrupt, exit as killed by SIGINT, as CPython does.
int finish(int status) {
  g_signal_target.store(nullptr);
  std::signal(SIGINT, SIG_DFL);
  if (status == 130) {
    std::fflush(nullptr);
    std::raise(SIGINT);
  }
  return status;
}

bool read_file(const std::string& path, std::string* bytes, int* error_number) {
  *error_number = 0;
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) {
    *error_number = errno;
    return false;
  }
  char buffer[65536];
  size_t got;
  while ((got = std::fread(buffer, 1, sizeof buffer, file)) > 0) bytes->append(buffer, got);
  *error_number = std::ferror(file) ? errno : 0;
  std::fclose(file);
  return *error_number == 0;
}

bool is_file(const std::string& path) {
  struct stat info;
  return stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode);
}

int run_source(const std::string& bytes, const std::string& filename, bool from_file, const std::vector<std::string>& argv,
               const MainModuleOptions& options = {}) {
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
  g_signal_target.store(&interp);
  std::signal(SIGINT, request_interrupt);
  return finish(run_main_module(interp, tree, decoded, filename, argv, options));
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

// -m MODULE: found on sys.path (the current directory first), run as __main__ with its
// parent package imported first; a package runs its __main__ submodule.
int run_module_command(int argc, char** argv) {
  if (argc < 1) {
    std::fputs("Argument expected for the -m option\n", stderr);
    return 2;
  }
  std::string name = argv[0];
  char cwd[PATH_MAX];
  std::string current = getcwd(cwd, sizeof cwd) != nullptr ? cwd : ".";
  std::vector<std::string> search{current};
  for (const std::string& entry : standard_module_path()) search.push_back(entry);
  std::string relative = name;
  for (char& c : relative)
    if (c == '.') c = '/';
  std::string found;
  std::string package = name.find('.') == std::string::npos ? "" : name.substr(0, name.rfind('.'));
  for (const std::string& directory : search) {
    std::string base = directory + "/" + relative;
    if (is_file(base + ".py")) {
      found = base + ".py";
      break;
    }
    if (is_file(base + "/__init__.py")) {
      if (!is_file(base + "/__main__.py")) {
        std::fprintf(stderr, "pyxis: No module named %s.__main__; '%s' is a package and cannot be directly executed\n",
                     name.c_str(), name.c_str());
        return 1;
      }
      found = base + "/__main__.py";
      package = name;
      break;
    }
  }
  if (found.empty()) {
    std::fprintf(stderr, "pyxis: No module named %s\n", name.c_str());
    return 1;
  }
  std::string bytes;
  int error_number;
  if (!read_file(found, &bytes, &error_number)) {
    std::fprintf(stderr, "pyxis: can't open file '%s': [Errno %d] %s\n", found.c_str(), error_number,
                 std::strerror(error_number));
    return 2;
  }
  std::vector<std::string> arguments{found};
  arguments.insert(arguments.end(), argv + 1, argv + argc);
  MainModuleOptions options;
  options.has_path0 = true;
  options.path0 = current;
  options.package = package;
  return run_source(bytes, found, true, arguments, options);
}

// A program read from standard input (`pyxis` with input redirected, or `pyxis - ARGS`).
int run_stdin_command(int argc, char** argv) {
  std::string bytes;
  char buffer[65536];
  size_t got;
  while ((got = std::fread(buffer, 1, sizeof buffer, stdin)) > 0) bytes.append(buffer, got);
  std::vector<std::string> arguments{argc > 0 ? "-" : ""};
  arguments.insert(arguments.end(), argv + (argc > 0 ? 1 : 0), argv + argc);
  return run_source(bytes, "<stdin>", false, arguments);
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
