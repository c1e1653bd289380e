// `pyxis --tokenize FILE`: prints FILE's tokens exactly as `python3.12 -m tokenize -e FILE`
// does (the oracle comparison for the tokenizer). `--tokenize --parser FILE` instead prints
// the token stream the parser sees, and on error CPython's SyntaxError attributes.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/source_file.h"
#include "frontend/source_decoder.h"
#include "frontend/tokenizer.h"
#include "frontend/utf8_codec.h"
#include "support/python_repr.h"

namespace pyxis::cli {

namespace {

using frontend::Token;
using frontend::TokenKind;

// The name tokenize prints with -e: operators by their exact type, keywords as NAME, and
// plain OP where tokenize has no exact type ("<>", '$', '?', '`').
const char* exact_name(const Token& t) {
  if (frontend::is_keyword(t.kind)) return "NAME";
  if (t.kind == TokenKind::NOTEQUAL && t.text == "<>") return "OP";
  return frontend::token_kind_name(t.kind);
}

// Pads UTF-8 text with spaces to `width` characters, as Python's "%-Ns" does.
void append_padded(std::string& out, const std::string& text, size_t width) {
  out += text;
  size_t chars = frontend::utf8::count_chars(text);
  if (chars < width) out.append(width - chars, ' ');
}

int tokenize_module_view(const char* path, const std::string& bytes) {
  std::string text;
  std::string encoding;
  frontend::SyntaxErrorInfo error;
  if (!frontend::decode_source_for_tokenize(bytes, path, &text, &encoding, &error)) {
    std::fprintf(stderr, "%s: error: %s\n", path, error.msg.c_str());
    return 1;
  }
  frontend::TokenizerOptions options;
  options.emit_comments_and_nl = true;
  frontend::Tokenizer tokenizer(text, path, options);
  // Like tokenize's main(), collect every token before printing anything.
  std::string out;
  out.reserve(text.size() * 4 + 256);
  auto append_token = [&](const char* name, int l0, int c0, int l1, int c1, std::string_view token_text) {
    char range[64];
    std::snprintf(range, sizeof range, "%d,%d-%d,%d:", l0, c0, l1, c1);
    append_padded(out, range, 20);
    append_padded(out, name, 15);
    append_padded(out, str_repr(token_text), 15);
    out += '\n';
  };
  append_token("ENCODING", 0, 0, 0, 0, encoding);
  // SyntaxWarnings go to stderr as the warnings module shows them: once per line and text.
  auto show_warnings = [&tokenizer]() {
    std::vector<std::string> shown;
    for (const frontend::TokenizerWarning& w : tokenizer.warnings()) {
      std::string line = "<string>:" + std::to_string(w.lineno) + ": " + w.category + ": " + w.msg + "\n";
      bool seen = false;
      for (const std::string& s : shown) seen = seen || s == line;
      if (seen) continue;
      shown.push_back(line);
      std::fputs(line.c_str(), stderr);
    }
  };
  Token t;
  for (;;) {
    if (!tokenizer.next(&t)) {
      show_warnings();
      const frontend::SyntaxErrorInfo& e = tokenizer.error();
      std::string msg = e.msg;
      if (e.exc_type == "SyntaxError" && msg.find("unterminated triple-quoted string literal") != std::string::npos) {
        msg = "EOF in multi-line string";
      }
      std::fprintf(stderr, "%s:%d:%d: error: %s\n", path, e.lineno, e.offset, msg.c_str());
      return 1;
    }
    append_token(exact_name(t), t.lineno, t.col_offset, t.end_lineno, t.end_col_offset, t.text);
    if (t.kind == TokenKind::ENDMARKER) break;
  }
  show_warnings();
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}

int parser_view(const char* path, const std::string& bytes) {
  std::string text;
  frontend::SyntaxErrorInfo error;
  bool ok = frontend::decode_source(bytes, path, true, &text, &error);
  Token t;
  if (ok) {
    frontend::Tokenizer tokenizer(text, path);
    for (;;) {
      if (!tokenizer.next(&t)) {
        error = tokenizer.error();
        ok = false;
        break;
      }
      std::printf("%s %s (%d, %d) (%d, %d)\n", frontend::token_kind_name(t.kind), str_repr(t.text).c_str(),
                  t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
      if (t.kind == TokenKind::ENDMARKER) break;
    }
    for (const frontend::TokenizerWarning& w : tokenizer.warnings()) {
      std::printf("warning %s: %s (line %d)\n", w.category.c_str(), w.msg.c_str(), w.lineno);
    }
  }
  if (ok) return 0;
  std::printf("error %s %s", error.exc_type.c_str(), str_repr(error.msg).c_str());
  if (error.has_location) {
    std::printf(" %d %d", error.lineno, error.offset);
    if (error.has_end_lineno) {
      std::printf(" %d", error.end_lineno);
    } else {
      std::printf(" None");
    }
    if (error.has_end_offset) {
      std::printf(" %d", error.end_offset);
    } else {
      std::printf(" None");
    }
  } else {
    std::printf(" None None None None");
  }
  std::printf(" %s\n", error.has_text ? str_repr(error.text).c_str() : "None");
  return 1;
}

}  // namespace

int tokenize_command(int argc, char** argv) {
  bool parser = false;
  const char* path = nullptr;
  for (int i = 0; i < argc; ++i) {
    if (std::strcmp(argv[i], "--parser") == 0) {
      parser = true;
    } else if (std::strcmp(argv[i], "-e") == 0 || std::strcmp(argv[i], "--exact") == 0) {
      // The default output already uses exact token types.
    } else if (path == nullptr) {
      path = argv[i];
    } else {
      path = nullptr;
      break;
    }
  }
  if (path == nullptr) {
    std::fputs("usage: pyxis --tokenize [--parser] FILE\n", stderr);
    return 2;
  }
  std::string bytes;
  int error_number = 0;
  if (!read_file_bytes(path, &bytes, &error_number)) {
    std::fprintf(stderr, "error: [Errno %d] %s: '%s'\n", error_number, std::strerror(error_number), path);
    return 1;
  }
  return parser ? parser_view(path, bytes) : tokenize_module_view(path, bytes);
}

}  // namespace pyxis::cli
