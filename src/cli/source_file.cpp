// Reading a source file whole, as bytes, for the pyxis subcommands.
#include "cli/source_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace pyxis::cli {

bool read_file_bytes(const char* path, std::string* bytes, int* error_number) {
  std::FILE* file = std::fopen(path, "rb");
  if (file == nullptr) {
    *error_number = errno;
    return false;
  }
  char buffer[65536];
  size_t got;
  while ((got = std::fread(buffer, 1, sizeof buffer, file)) > 0) bytes->append(buffer, got);
  // fopen() accepts a directory; the read then fails with EISDIR.
  *error_number = std::ferror(file) ? errno : 0;
  std::fclose(file);
  return *error_number == 0;
}

void print_cannot_open(const char* path, int error_number) {
  std::fprintf(stderr, "pyxis: can't open file '%s': [Errno %d] %s\n", path, error_number,
               std::strerror(error_number));
}

}  // namespace pyxis::cli
