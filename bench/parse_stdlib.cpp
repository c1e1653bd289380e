// Front-end speed: parses every .py file under a directory, several rounds, and reports
// the best round's time. Compared against CPython's ast.parse by bench/run_parse_bench.sh.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "frontend/parse.h"

namespace {

struct SourceFile {
  std::string path;
  std::string bytes;
};

std::vector<SourceFile> load_tree(const std::filesystem::path& root) {
  std::vector<SourceFile> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".py") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    files.push_back({entry.path().string(), buffer.str()});
  }
  std::sort(files.begin(), files.end(), [](const SourceFile& a, const SourceFile& b) { return a.path < b.path; });
  return files;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s DIR [ROUNDS]\n", argv[0]);
    return 2;
  }
  int rounds = argc > 2 ? std::atoi(argv[2]) : 5;
  std::vector<SourceFile> files = load_tree(argv[1]);
  size_t total_bytes = 0;
  for (const auto& f : files) total_bytes += f.bytes.size();

  double best = 1e100;
  int failures = 0;
  for (int round = 0; round < rounds; ++round) {
    failures = 0;
    auto start = std::chrono::steady_clock::now();
    for (const auto& f : files) {
      pyxis::Arena arena;
      pyxis::frontend::ParseRequest request;
      request.source = f.bytes;
      request.filename = f.path;
      pyxis::frontend::SyntaxErrorInfo error;
      if (pyxis::frontend::parse(arena, request, &error) == nullptr) ++failures;
    }
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    best = std::min(best, seconds);
  }
  std::printf("files=%zu bytes=%zu failures=%d best_seconds=%.6f\n", files.size(), total_bytes, failures, best);
  return failures == 0 ? 0 : 1;
}
