// Unicode character properties the runtime needs (identifier classes, printability,
// NFKC normalisation, character names), at Unicode 15.0 as CPython 3.12 uses.
// Tables are generated at build time from Debian's unicode-data files and utf8proc.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace pyxis::unicode {

// PEP 3131 identifier classes (Unicode XID_Start / XID_Continue; '_' counts as a start).
bool is_xid_start(char32_t cp);
bool is_xid_continue(char32_t cp);

// str.isprintable() for one character: false for categories Cc Cf Cs Co Cn Zl Zp Zs,
// except the ASCII space.
bool is_printable(char32_t cp);

// NFKC normalisation of UTF-8 text (used for identifiers, PEP 3131).
std::string nfkc(std::string_view utf8);

// The code point named by `name` as "\N{...}" accepts it (names, name aliases; CPython's
// matching rules), or nullopt.
std::optional<char32_t> lookup_name(std::string_view name);

// Decodes one UTF-8 sequence at text[*pos] (advancing *pos); lone surrogates encoded as
// three-byte sequences are accepted. Returns U+FFFD-free results only for valid input:
// returns false on malformed input.
bool decode_utf8(std::string_view text, size_t* pos, char32_t* cp);

// Appends the UTF-8 encoding of cp (surrogates encoded like any other code point).
void append_utf8(std::string& out, char32_t cp);

}  // namespace pyxis::unicode
