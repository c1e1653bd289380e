// Reading a source file whole, as bytes, for the pyxis subcommands.
#pragma once

#include <string>

namespace pyxis::cli {

// Appends the bytes of the file at `path` to *bytes. On failure returns false with
// *error_number set to the errno (a directory fails with EISDIR, as with CPython); the
// caller prints the message its command prints.
bool read_file_bytes(const char* path, std::string* bytes, int* error_number);

// The message `python3 FILE` prints when FILE cannot be read, with our program name:
// "pyxis: can't open file 'FILE': [Errno N] text".
void print_cannot_open(const char* path, int error_number);

}  // namespace pyxis::cli
