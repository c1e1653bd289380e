// The error the front end reports: what CPython would raise while decoding, tokenizing,
// parsing or checking source (SyntaxError and its subclasses, or another exception such
// as ValueError for NUL bytes in a string, MemoryError, RecursionError).
#pragma once

#include <string>

namespace pyxis::frontend {

struct SyntaxErrorInfo {
  // Python class name: "SyntaxError", "IndentationError", "TabError", "ValueError", ...
  std::string exc_type = "SyntaxError";
  std::string msg;
  std::string filename;
  // The values of the exception's attributes exactly as CPython sets them: lineno and
  // end_lineno 1-based; offset and end_offset 1-based character (not byte) columns; 0 where
  // CPython leaves them unset (None) - has_location says whether they are set at all.
  bool has_location = true;
  int lineno = 0;
  int offset = 0;
  int end_lineno = 0;
  int end_offset = 0;
  // Some errors that have a location still leave end_lineno and/or end_offset None
  // (decoding errors: lineno 0, offset -1, end_lineno and end_offset None; __future__
  // errors: only end_offset None). When false, the field above is meaningless.
  bool has_end_lineno = true;
  bool has_end_offset = true;
  // The source line CPython puts in `text` (with its trailing newline when it has one);
  // has_text is false where CPython's `text` is None.
  bool has_text = true;
  std::string text;
};

}  // namespace pyxis::frontend

#include <string_view>

namespace pyxis::frontend {

// Builds the error from positions in the decoded source the way CPython converts them:
// lines 1-based, columns 0-based UTF-8 byte offsets (end exclusive), -1 for "unset".
// Fills `text` with that line and turns byte columns into CPython's 1-based character
// offsets. Implemented in syntax_error.cpp.
// An identifier that is not valid UTF-8 makes CPython's tokenizer raise UnicodeDecodeError,
// which the parser turns into SyntaxError "(unicode error) ..." when it meets that token
// while parsing. When the token is only met by the tokenization of the rest of the source
// after a parser error, CPython raises the UnicodeDecodeError as it is (no location, the
// message without the prefix): given the tokenizer's error, returns what that check raises.
// Implemented in syntax_error.cpp.
SyntaxErrorInfo unconverted_identifier_decode_error(const SyntaxErrorInfo& tokenizer_error);

SyntaxErrorInfo make_syntax_error(std::string_view exc_type, std::string msg, std::string_view filename,
                                  std::string_view decoded_source, int lineno, int col_byte, int end_lineno,
                                  int end_col_byte);

}  // namespace pyxis::frontend
