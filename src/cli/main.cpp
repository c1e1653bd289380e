// The `pyxis` command line. For now: `pyxis --dump-ast FILE`.
#include <cstdio>
#include <cstring>

int main(int argc, char** argv) {
  if (argc >= 2 && std::strcmp(argv[1], "--version") == 0) {
    std::puts("Python 3.12.7");
    return 0;
  }
  std::fprintf(stderr, "pyxis: not implemented yet\n");
  return 2;
}
