// make_syntax_error: source positions (byte columns) to the attributes CPython's
// SyntaxError carries (1-based character offsets, the offending line as `text`).
//
// How CPython converts, and therefore how this does (checked against the oracle):
//  * `text` is physical line `lineno` of the decoded source, with its '\n' when it has one
//    (CPython reads the line back from the file; the BOM is not part of it). Invalid UTF-8
//    in the line is replaced by U+FFFD as bytes.decode('utf-8', 'replace') does. A line
//    number outside the source gives an empty text.
//  * offset: a column col >= 0 becomes the number of characters in the first col + 1
//    bytes of the line (a cut multi-byte character counts as one), i.e. the 1-based
//    character column. The byte count is applied to the UTF-8 of the *replaced* text, as
//    CPython does, which only matters for lines with invalid UTF-8. A column at or past
//    the end of the line gives (characters in the line) + 1: CPython clamps there.
//  * end_offset is converted against the text of the *start* line even when end_lineno
//    differs (a CPython quirk: e.g. a span ending far right on a later line is clamped to
//    the length of the first line + 1).
//  * Negative columns pass through as column + 1: -1 ("unset", CPython's
//    RAISE_ERROR_KNOWN_LOCATION with -1) gives 0, and -2 gives -1 (the raw -1 CPython stores
//    for errors such as IndentationError's end_offset).
#include "frontend/syntax_error.h"
#include "frontend/utf8_codec.h"

namespace pyxis::frontend {

namespace {

// Physical line `lineno` (1-based) of source, with its newline; empty if out of range.
std::string_view physical_line(std::string_view source, int lineno) {
  if (lineno < 1) return {};
  size_t pos = 0;
  for (int line = 1; line < lineno; ++line) {
    size_t nl = source.find('\n', pos);
    if (nl == std::string_view::npos) return {};
    pos = nl + 1;
  }
  if (pos >= source.size()) return {};
  size_t nl = source.find('\n', pos);
  size_t end = nl == std::string_view::npos ? source.size() : nl + 1;
  return source.substr(pos, end - pos);
}

// CPython adds 1 to the 0-based byte column, then counts the characters in that many bytes.
int character_offset(std::string_view replaced_line, int col_byte) {
  if (col_byte < 0) return col_byte + 1;
  return static_cast<int>(utf8::cpython_character_offset(replaced_line, static_cast<long>(col_byte) + 1));
}

}  // namespace

SyntaxErrorInfo make_syntax_error(std::string_view exc_type, std::string msg, std::string_view filename,
                                  std::string_view decoded_source, int lineno, int col_byte, int end_lineno,
                                  int end_col_byte) {
  SyntaxErrorInfo info;
  info.exc_type = std::string(exc_type);
  info.msg = std::move(msg);
  info.filename = std::string(filename);
  info.has_location = true;
  info.lineno = lineno;
  info.end_lineno = end_lineno;
  info.has_text = true;
  info.text = utf8::decode_replace(physical_line(decoded_source, lineno));
  info.offset = character_offset(info.text, col_byte);
  info.end_offset = character_offset(info.text, end_col_byte);
  return info;
}

SyntaxErrorInfo unconverted_identifier_decode_error(const SyntaxErrorInfo& tokenizer_error) {
  constexpr std::string_view kConverted = "(unicode error) 'utf-8' codec ";
  if (tokenizer_error.exc_type != "SyntaxError" || !tokenizer_error.msg.starts_with(kConverted)) return tokenizer_error;
  SyntaxErrorInfo raw;
  raw.exc_type = "UnicodeDecodeError";
  raw.msg = tokenizer_error.msg.substr(std::string_view("(unicode error) ").size());
  raw.filename = tokenizer_error.filename;
  raw.has_location = false;
  raw.has_text = false;
  return raw;
}

}  // namespace pyxis::frontend
