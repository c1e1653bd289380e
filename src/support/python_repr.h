// Python's repr() of str and bytes values, appended to a std::string: CPython's quote
// choice and escapes (non-printable characters as \xNN, \uNNNN, \UNNNNNNNN).
#pragma once

#include <string>
#include <string_view>

namespace pyxis {

// repr(str) of UTF-8 text (lone surrogates encoded as three-byte sequences are allowed:
// they print as \udXXX). Uses '...' unless the text holds ' and no ", then "...".
void append_str_repr(std::string& out, std::string_view utf8);
std::string str_repr(std::string_view utf8);

// repr(bytes): b'...' with the same quote choice; \t \n \r, \xNN outside 0x20..0x7e.
void append_bytes_repr(std::string& out, std::string_view bytes);
std::string bytes_repr(std::string_view bytes);

}  // namespace pyxis
