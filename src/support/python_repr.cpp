// Python's repr() of str and bytes: quote choice, backslash escapes, and str.isprintable()
// deciding which characters print as themselves (Unicode 15.0).
#include "support/python_repr.h"

#include "support/unicode.h"

namespace pyxis {

namespace {

constexpr char kHex[] = "0123456789abcdef";

void append_hex(std::string& out, char prefix, char32_t value, int digits) {
  out += '\\';
  out += prefix;
  for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out += kHex[(value >> shift) & 0xF];
}

// '"' when the text holds a single quote and no double quote, as CPython chooses.
char choose_quote(std::string_view text) {
  bool has_single = text.find('\'') != std::string_view::npos;
  bool has_double = text.find('"') != std::string_view::npos;
  return has_single && !has_double ? '"' : '\'';
}

// Escapes shared by str and bytes for ASCII; returns false if `c` needs a \x escape.
bool append_ascii(std::string& out, unsigned char c, char quote) {
  switch (c) {
    case '\\': out += "\\\\"; return true;
    case '\t': out += "\\t"; return true;
    case '\n': out += "\\n"; return true;
    case '\r': out += "\\r"; return true;
    default: break;
  }
  if (c == static_cast<unsigned char>(quote)) {
    out += '\\';
    out += static_cast<char>(c);
    return true;
  }
  if (c < 0x20 || c >= 0x7f) return false;
  out += static_cast<char>(c);
  return true;
}

}  // namespace

void append_str_repr(std::string& out, std::string_view utf8) {
  char quote = choose_quote(utf8);
  out += quote;
  size_t i = 0;
  while (i < utf8.size()) {
    unsigned char c = static_cast<unsigned char>(utf8[i]);
    if (c < 0x80) {
      if (!append_ascii(out, c, quote)) append_hex(out, 'x', c, 2);
      ++i;
      continue;
    }
    size_t start = i;
    char32_t cp;
    if (!unicode::decode_utf8(utf8, &i, &cp)) {
      // Not valid UTF-8 (cannot come from the front end): show the byte escaped.
      append_hex(out, 'x', c, 2);
      i = start + 1;
      continue;
    }
    if (unicode::is_printable(cp)) {
      out.append(utf8.substr(start, i - start));
    } else if (cp < 0x100) {
      append_hex(out, 'x', cp, 2);
    } else if (cp < 0x10000) {
      append_hex(out, 'u', cp, 4);
    } else {
      append_hex(out, 'U', cp, 8);
    }
  }
  out += quote;
}

std::string str_repr(std::string_view utf8) {
  std::string out;
  append_str_repr(out, utf8);
  return out;
}

void append_bytes_repr(std::string& out, std::string_view bytes) {
  char quote = choose_quote(bytes);
  out += 'b';
  out += quote;
  for (char ch : bytes) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (!append_ascii(out, c, quote)) append_hex(out, 'x', c, 2);
  }
  out += quote;
}

std::string bytes_repr(std::string_view bytes) {
  std::string out;
  append_bytes_repr(out, bytes);
  return out;
}

}  // namespace pyxis
