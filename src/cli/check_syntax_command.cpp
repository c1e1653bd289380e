// `pyxis --check-syntax FILE`: compile(source, FILE, 'exec') without running it. Prints
// nothing when FILE compiles; otherwise one JSON line describing the exception.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>

#include "cli/commands.h"
#include "cli/source_file.h"
#include "compiler/compile_checks.h"
#include "frontend/parse.h"
#include "frontend/source_decoder.h"
#include "support/arena.h"

namespace pyxis::cli {

namespace {

// A JSON string literal. The text is UTF-8 and stays so; only what JSON requires is escaped.
void append_json_string(std::string& out, std::string_view text) {
  out += '"';
  for (unsigned char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20 || c == 0x7f) {
          char escape[8];
          std::snprintf(escape, sizeof escape, "\\u%04x", c);
          out += escape;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += '"';
}

void append_json_int_or_null(std::string& out, bool present, int value) {
  out += present ? std::to_string(value) : std::string("null");
}

// The JSON line run.sh compares with tests/syntax_errors/expected.jsonl.
std::string syntax_error_json(const frontend::SyntaxErrorInfo& error) {
  std::string out = "{\"type\": ";
  append_json_string(out, error.exc_type);
  out += ", \"msg\": ";
  append_json_string(out, error.msg);
  out += ", \"lineno\": ";
  append_json_int_or_null(out, error.has_location, error.lineno);
  out += ", \"offset\": ";
  append_json_int_or_null(out, error.has_location, error.offset);
  out += ", \"end_lineno\": ";
  append_json_int_or_null(out, error.has_location && error.has_end_lineno, error.end_lineno);
  out += ", \"end_offset\": ";
  append_json_int_or_null(out, error.has_location && error.has_end_offset, error.end_offset);
  out += "}";
  return out;
}

}  // namespace

int check_syntax_command(int argc, char** argv) {
  if (argc != 1) {
    std::fputs("usage: pyxis --check-syntax FILE\n", stderr);
    return 2;
  }
  const char* path = argv[0];
  std::string bytes;
  int error_number = 0;
  if (!read_file_bytes(path, &bytes, &error_number)) {
    print_cannot_open(path, error_number);
    return 2;
  }

  Arena arena;
  frontend::ParseRequest request;
  request.source = bytes;
  request.filename = path;
  request.mode = frontend::ParseMode::Exec;
  request.from_file = true;
  frontend::SyntaxErrorInfo error;
  const ast::mod_t* tree = frontend::parse(arena, request, &error);
  if (tree != nullptr) {
    // The checks after parsing report positions in the decoded text, as the parser does.
    std::string decoded;
    if (frontend::decode_source(bytes, path, /*from_file=*/true, &decoded, &error) &&
        compiler::check_compile_errors(tree, decoded, path, &error)) {
      return 0;
    }
  }
  std::string line = syntax_error_json(error);
  line += '\n';
  std::fwrite(line.data(), 1, line.size(), stdout);
  std::fflush(stdout);
  return 1;
}

}  // namespace pyxis::cli
