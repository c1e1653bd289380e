// UTF-8 exactly as CPython's codec sees it: strict validation with its error reasons and
// messages, 'replace' decoding, and the character counting CPython's error offsets use.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace pyxis::frontend::utf8 {

// Length (1-4) of the well-formed UTF-8 sequence starting at p (never reading at or past
// end), or 0 when CPython's strict decoder rejects it there (surrogates and overlongs
// included). ASCII bytes are length 1.
int sequence_length(const unsigned char* p, const unsigned char* end);

// The first decoding failure: bytes [start, end) are what CPython's error reports.
struct DecodeError {
  size_t start = 0;
  size_t end = 0;
  const char* reason = "";  // "invalid start byte", "invalid continuation byte", "unexpected end of data"
};

// Finds the first sequence the strict decoder rejects. Returns false when text is valid.
bool find_decode_error(std::string_view text, DecodeError* error);

// True when the strict decoder accepts all of text.
inline bool is_valid(std::string_view text) {
  DecodeError ignored;
  return !find_decode_error(text, &ignored);
}

// str(UnicodeDecodeError) as CPython words it: "'utf-8' codec can't decode byte 0xff in
// position 0: invalid start byte" (or "bytes in position 2-3: ...").
std::string decode_error_message(std::string_view text, const DecodeError& error);

// bytes.decode('utf-8', 'replace'): each maximal invalid subpart becomes U+FFFD.
std::string decode_replace(std::string_view text);

// Number of code points in UTF-8 text; a truncated sequence at the end counts as one
// (what decoding a byte prefix with 'replace' gives).
size_t count_chars(std::string_view utf8_text);

// CPython's byte-offset-to-character conversion for error offsets: the number of
// characters in the first `byte_offset` bytes of `replaced_line` (text already passed
// through decode_replace), where an offset past the end counts the end as one more
// character (CPython clamps to len + 1 and decodes the terminating NUL). Negative offsets
// are returned unchanged.
long cpython_character_offset(std::string_view replaced_line, long byte_offset);

}  // namespace pyxis::frontend::utf8
