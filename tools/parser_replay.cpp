// Replays CPython's own token streams (written by tools/parser_oracle_dump.py) through our
// parser and compares the dump with CPython's, file by file: isolates parser bugs from
// tokenizer bugs, and times the parser alone.
//   parser_replay DIR [RELPATH...]     compare DIR/<rel>.tokens against DIR/<rel>.expected
//   parser_replay --show DIR RELPATH   print our dump (or error) for one file
//   parser_replay --parse MODE FILE  dump (or error JSON) for exec|eval|single|func_type,
//                                    the source given as a str (compile(text, FILE, MODE))
//   parser_replay --bench ROOT [REPEAT]   parse every .py under ROOT (bytes in memory),
//                                          REPEAT times; prints the best total time
//   parser_replay --errors FILE...   parse each file, print one JSON line per file like
//                                    tests/syntax_errors/compare.py --jsonl expects
//   parser_replay --real ROOT DIR [RELPATH...]   parse ROOT/<rel> with our tokenizer too
//                                                (frontend::parse), compare with DIR/<rel>.expected
// Build: tools/parser_replay.sh (links against a build directory's libpyxis_core.a).
#include <algorithm>
#include <chrono>
#include <memory>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "frontend/ast_dump.h"
#include "frontend/parse.h"
#include "frontend/tokenizer.h"
#include "frontend/parser/parser.h"

using namespace pyxis;
using namespace pyxis::frontend;

namespace {

TokenKind kind_from_name(const std::string& name) {
  for (int k = 0; k <= static_cast<int>(TokenKind::KW_YIELD); ++k) {
    if (name == token_kind_name(static_cast<TokenKind>(k))) return static_cast<TokenKind>(k);
  }
  std::fprintf(stderr, "unknown token kind %s\n", name.c_str());
  std::exit(2);
}

struct Recording {
  std::string source;
  std::vector<Token> tokens;
  bool tokenizer_error = false;
  std::string error_json;
};

bool read_recording(const std::string& path, Recording* r) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  size_t pos = 0;
  auto line = [&]() {
    size_t nl = data.find('\n', pos);
    std::string l = data.substr(pos, nl - pos);
    pos = nl + 1;
    return l;
  };
  std::string header = line();
  size_t n = std::stoul(header.substr(7));
  r->source = data.substr(pos, n);
  pos += n + 1;
  // Token texts point into a copy of the data kept alive by the recording.
  static std::vector<std::unique_ptr<std::string>> keep;
  keep.push_back(std::make_unique<std::string>(data));
  const std::string& kept = *keep.back();
  for (;;) {
    std::string l = line();
    if (l == "END") break;
    if (l.rfind("ERROR", 0) == 0) {
      r->tokenizer_error = true;
      r->error_json = l.substr(6);
      break;
    }
    std::istringstream fields(l);
    std::string kind;
    Token t;
    size_t len;
    fields >> kind >> t.lineno >> t.col_offset >> t.end_lineno >> t.end_col_offset >> len;
    t.kind = kind_from_name(kind);
    t.text = std::string_view(kept).substr(pos, len);
    pos += len + 1;
    r->tokens.push_back(t);
  }
  return true;
}

class ReplaySource final : public TokenSource {
 public:
  explicit ReplaySource(const Recording& r) : r_(r) {
    error_.msg = "tokenizer error (replayed): " + r.error_json;
  }
  bool next(Token* out) override {
    if (i_ < r_.tokens.size()) {
      *out = r_.tokens[i_++];
      return true;
    }
    if (r_.tokenizer_error) return false;
    *out = r_.tokens.empty() ? Token{} : r_.tokens.back();
    return true;
  }
  const SyntaxErrorInfo& error() const override { return error_; }

 private:
  const Recording& r_;
  size_t i_ = 0;
  SyntaxErrorInfo error_;
};

std::string error_line(const SyntaxErrorInfo& e) {
  std::ostringstream o;
  o << "{\"type\": \"" << e.exc_type << "\", \"msg\": \"" << e.msg << "\", \"lineno\": " << e.lineno
    << ", \"offset\": " << e.offset << ", \"end_lineno\": " << e.end_lineno << ", \"end_offset\": " << e.end_offset
    << "}";
  return o.str();
}

std::string run(const Recording& r, const std::string& rel, double* seconds) {
  Arena arena;
  ReplaySource src(r);
  Parser parser(arena, src, ParseMode::Exec, r.source, rel);
  SyntaxErrorInfo err;
  auto t0 = std::chrono::steady_clock::now();
  ast::mod_t* tree = parser.parse(&err);
  auto t1 = std::chrono::steady_clock::now();
  *seconds += std::chrono::duration<double>(t1 - t0).count();
  if (tree == nullptr) return error_line(err) + "\n";
  return dump_ast(tree, true) + "\n";
}

std::string run_real(const std::string& root, const std::string& rel, double* seconds) {
  std::ifstream in(root + "/" + rel, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  Arena arena;
  ParseRequest request;
  request.source = bytes;
  request.filename = rel;
  SyntaxErrorInfo err;
  auto t0 = std::chrono::steady_clock::now();
  ast::mod_t* tree = parse(arena, request, &err);
  auto t1 = std::chrono::steady_clock::now();
  *seconds += std::chrono::duration<double>(t1 - t0).count();
  if (tree == nullptr) return error_line(err) + "\n";
  return dump_ast(tree, true) + "\n";
}

std::string json_string(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

int parse_mode(const char* mode_name, const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  Arena arena;
  ParseRequest request;
  request.source = bytes;
  request.filename = path;
  request.from_file = false;
  std::string m = mode_name;
  request.mode = m == "eval" ? ParseMode::Eval : m == "single" ? ParseMode::Single
               : m == "func_type" ? ParseMode::FuncType : ParseMode::Exec;
  SyntaxErrorInfo e;
  ast::mod_t* tree = parse(arena, request, &e);
  if (tree != nullptr) {
    std::printf("%s\n", dump_ast(tree, true).c_str());
  } else {
    std::printf("%s\n", error_line(e).c_str());
  }
  return 0;
}

int bench(const char* root, int repeat) {
  std::vector<std::string> sources;
  for (auto& e : std::filesystem::recursive_directory_iterator(root)) {
    std::string p = e.path().string();
    if (p.size() < 3 || p.substr(p.size() - 3) != ".py") continue;
    std::ifstream in(p, std::ios::binary);
    sources.emplace_back((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  }
  double best = 1e9;
  size_t bytes = 0;
  for (int r = 0; r < repeat; ++r) {
    auto t0 = std::chrono::steady_clock::now();
    bytes = 0;
    for (const std::string& src : sources) {
      Arena arena;
      ParseRequest request;
      request.source = src;
      request.filename = "bench.py";
      SyntaxErrorInfo e;
      parse(arena, request, &e);
      bytes += arena.bytes_used();
    }
    double t = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (t < best) best = t;
  }
  std::printf("%zu files, best of %d: %.3f s (arena %zu bytes)\n", sources.size(), repeat, best, bytes);
  return 0;
}

int check_errors(int argc, char** argv) {
  for (int i = 2; i < argc; ++i) {
    std::string path = argv[i];
    std::ifstream in(path, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    Arena arena;
    ParseRequest request;
    request.source = bytes;
    request.filename = path;
    SyntaxErrorInfo e;
    ast::mod_t* tree = parse(arena, request, &e);
    std::string name = path.substr(path.rfind('/') + 1);
    if (tree != nullptr) {
      // msg: FNV-1a of the dump, as tools/parser_fuzz_errors.py records it
      uint64_t h = 0xcbf29ce484222325ull;
      for (unsigned char c : dump_ast(tree, true)) h = (h ^ c) * 0x100000001b3ull;
      std::printf("{\"case\": %s, \"type\": null, \"msg\": \"%016llx\", \"lineno\": null, \"offset\": null, "
                  "\"end_lineno\": null, \"end_offset\": null}\n",
                  json_string(name).c_str(), static_cast<unsigned long long>(h));
      continue;
    }
    auto num = [](bool has, int v) { return has ? std::to_string(v) : std::string("null"); };
    std::printf("{\"case\": %s, \"type\": %s, \"msg\": %s, \"lineno\": %s, \"offset\": %s, \"end_lineno\": %s, "
                "\"end_offset\": %s}\n",
                json_string(name).c_str(), json_string(e.exc_type).c_str(), json_string(e.msg).c_str(),
                num(e.has_location, e.lineno).c_str(), num(e.has_location, e.offset).c_str(),
                num(e.has_location && e.has_end_lineno, e.end_lineno).c_str(),
                num(e.has_location && e.has_end_offset, e.end_offset).c_str());
  }
  return 0;
}

}  // namespace

// --tokens FILE: our tokenizer's tokens (to compare with CPython's C tokenizer).
int show_tokens(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  Tokenizer tokenizer(bytes, path);
  Token t;
  for (;;) {
    if (!tokenizer.next(&t)) {
      std::printf("ERROR %s %s %d %d\n", tokenizer.error().exc_type.c_str(), tokenizer.error().msg.c_str(),
                  tokenizer.error().lineno, tokenizer.error().offset);
      return 1;
    }
    std::printf("%s %d,%d-%d,%d %s\n", token_kind_name(t.kind), t.lineno, t.col_offset, t.end_lineno,
                t.end_col_offset, json_string(std::string(t.text)).c_str());
    if (t.kind == TokenKind::ENDMARKER) return 0;
  }
}

int main(int argc, char** argv) {
  if (argc > 1 && std::strcmp(argv[1], "--errors") == 0) return check_errors(argc, argv);
  if (argc > 2 && std::strcmp(argv[1], "--tokens") == 0) return show_tokens(argv[2]);
  if (argc > 2 && std::strcmp(argv[1], "--bench") == 0) return bench(argv[2], argc > 3 ? std::atoi(argv[3]) : 5);
  if (argc > 3 && std::strcmp(argv[1], "--parse") == 0) return parse_mode(argv[2], argv[3]);
  bool show = argc > 1 && std::strcmp(argv[1], "--show") == 0;
  bool real = argc > 1 && std::strcmp(argv[1], "--real") == 0;
  std::string real_root;
  if (real) {
    if (argc < 4) return 2;
    real_root = argv[2];
    ++argv;
    --argc;
  }
  int first = (show || real) ? 2 : 1;
  if (argc <= first) {
    std::fputs("usage: parser_replay [--show] DIR [RELPATH...]\n", stderr);
    return 2;
  }
  std::string dir = argv[first];
  std::vector<std::string> rels;
  for (int i = first + 1; i < argc; ++i) rels.push_back(argv[i]);
  if (rels.empty()) {
    for (auto& e : std::filesystem::recursive_directory_iterator(dir)) {
      std::string p = e.path().string();
      if (p.size() > 7 && p.substr(p.size() - 7) == ".tokens") rels.push_back(p.substr(dir.size() + 1, p.size() - dir.size() - 8));
    }
    std::sort(rels.begin(), rels.end());
  }
  int same = 0;
  int total = 0;
  double seconds = 0;
  for (const std::string& rel : rels) {
    std::string ours;
    if (real) {
      ours = run_real(real_root, rel, &seconds);
    } else {
      Recording r;
      if (!read_recording(dir + "/" + rel + ".tokens", &r)) {
        std::fprintf(stderr, "cannot read %s\n", rel.c_str());
        continue;
      }
      ours = run(r, rel, &seconds);
    }
    if (show) {
      std::fwrite(ours.data(), 1, ours.size(), stdout);
      continue;
    }
    std::ifstream in(dir + "/" + rel + ".expected", std::ios::binary);
    std::string expected((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    ++total;
    if (ours == expected) {
      ++same;
    } else {
      size_t d = 0;
      while (d < ours.size() && d < expected.size() && ours[d] == expected[d]) ++d;
      size_t from = d > 80 ? d - 80 : 0;
      std::printf("DIFF %s at %zu\n  ours: %s\n  cpy:  %s\n", rel.c_str(), d, ours.substr(from, 200).c_str(),
                  expected.substr(from, 200).c_str());
    }
  }
  if (!show) std::printf("%d of %d identical; parser time %.3f s\n", same, total, seconds);
  return same == total ? 0 : 1;
}
