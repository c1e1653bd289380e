// CPython-compatible UTF-8 validation, error messages and 'replace' decoding.
#include "frontend/utf8_codec.h"

#include <cstdio>

namespace pyxis::frontend::utf8 {

namespace {

// How many bytes a lead byte announces (0: not a valid lead byte for CPython's decoder).
int announced_length(unsigned char b) {
  if (b < 0x80) return 1;
  if (b < 0xC2) return 0;
  if (b < 0xE0) return 2;
  if (b < 0xF0) return 3;
  if (b < 0xF5) return 4;
  return 0;
}

// The allowed range of the second byte after lead byte b (the later ones are 80..BF).
void second_byte_range(unsigned char b, unsigned char* lo, unsigned char* hi) {
  *lo = 0x80;
  *hi = 0xBF;
  if (b == 0xE0) *lo = 0xA0;
  else if (b == 0xED) *hi = 0x9F;
  else if (b == 0xF0) *lo = 0x90;
  else if (b == 0xF4) *hi = 0x8F;
}

// Examines the sequence at text[i]. Returns its length when valid; otherwise 0 with
// *error describing it.
size_t check_at(const unsigned char* text, size_t size, size_t i, DecodeError* error) {
  unsigned char b = text[i];
  int n = announced_length(b);
  if (n == 1) return 1;
  if (n == 0) {
    *error = {i, i + 1, "invalid start byte"};
    return 0;
  }
  for (int k = 1; k < n; ++k) {
    if (i + k >= size) {
      *error = {i, size, "unexpected end of data"};
      return 0;
    }
    unsigned char c = text[i + k];
    unsigned char lo = 0x80, hi = 0xBF;
    if (k == 1) second_byte_range(b, &lo, &hi);
    if (c < lo || c > hi) {
      *error = {i, i + k, "invalid continuation byte"};
      return 0;
    }
  }
  return static_cast<size_t>(n);
}

}  // namespace

int sequence_length(const unsigned char* p, const unsigned char* end) {
  DecodeError ignored;
  return static_cast<int>(check_at(p, static_cast<size_t>(end - p), 0, &ignored));
}

bool find_decode_error(std::string_view text, DecodeError* error) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  size_t size = text.size();
  size_t i = 0;
  while (i < size) {
    if (bytes[i] < 0x80) {
      ++i;
      continue;
    }
    size_t n = check_at(bytes, size, i, error);
    if (n == 0) return true;
    i += n;
  }
  return false;
}

std::string decode_error_message(std::string_view text, const DecodeError& error) {
  char buf[160];
  if (error.end - error.start <= 1) {
    std::snprintf(buf, sizeof buf, "'utf-8' codec can't decode byte 0x%02x in position %zu: %s",
                  static_cast<unsigned char>(text[error.start]), error.start, error.reason);
  } else {
    std::snprintf(buf, sizeof buf, "'utf-8' codec can't decode bytes in position %zu-%zu: %s", error.start,
                  error.end - 1, error.reason);
  }
  return buf;
}

std::string decode_replace(std::string_view text) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  size_t size = text.size();
  std::string out;
  out.reserve(size + 8);
  size_t i = 0;
  while (i < size) {
    if (bytes[i] < 0x80) {
      out.push_back(static_cast<char>(bytes[i]));
      ++i;
      continue;
    }
    DecodeError error;
    size_t n = check_at(bytes, size, i, &error);
    if (n > 0) {
      out.append(text.data() + i, n);
      i += n;
    } else {
      out.append("\xEF\xBF\xBD");
      i = error.end;
    }
  }
  return out;
}

size_t count_chars(std::string_view utf8_text) {
  size_t count = 0;
  for (unsigned char c : utf8_text) {
    if ((c & 0xC0) != 0x80) ++count;
  }
  return count;
}

long cpython_character_offset(std::string_view replaced_line, long byte_offset) {
  if (byte_offset < 0) return byte_offset;
  auto len = static_cast<long>(replaced_line.size());
  if (byte_offset > len) return static_cast<long>(count_chars(replaced_line)) + 1;
  return static_cast<long>(count_chars(replaced_line.substr(0, static_cast<size_t>(byte_offset))));
}

}  // namespace pyxis::frontend::utf8
