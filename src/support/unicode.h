// Unicode character properties the runtime needs (identifier classes, printability,
// Character properties as CPython's str methods use them (Unicode 15.0).
bool is_lowercase(char32_t cp);      // DerivedCoreProperties Lowercase
bool is_uppercase(char32_t cp);      // Uppercase
bool is_titlecase(char32_t cp);      // category Lt
bool is_cased(char32_t cp);          // Cased
bool is_case_ignorable(char32_t cp); // Case_Ignorable
bool is_alpha(char32_t cp);          // categories Lu Ll Lt Lm Lo
bool is_decimal(char32_t cp);        // has a decimal digit value
bool is_digit(char32_t cp);          // has a digit value
bool is_numeric(char32_t cp);        // has a numeric value (UnicodeData or Unihan)
bool is_alnum(char32_t cp);          // alpha, decimal, digit or numeric
bool is_space(char32_t cp);          // bidirectional WS/B/S or category Zs
bool is_linebreak(char32_t cp);      // a line boundary of str.splitlines()

// Full case mappings (SpecialCasing.txt, else the simple mapping): write up to 3 code
// points into out and return how many. Context-dependent mappings (final sigma) are the
// caller's business.
int to_lower_full(char32_t cp, char32_t out[3]);
int to_upper_full(char32_t cp, char32_t out[3]);
int to_title_full(char32_t cp, char32_t out[3]);
int to_fold_full(char32_t cp, char32_t out[3]);  // CaseFolding C+F, else the character itself

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

// Character properties as CPython's str methods use them (Unicode 15.0).
bool is_lowercase(char32_t cp);      // DerivedCoreProperties Lowercase
bool is_uppercase(char32_t cp);      // Uppercase
bool is_titlecase(char32_t cp);      // category Lt
bool is_cased(char32_t cp);          // Cased
bool is_case_ignorable(char32_t cp); // Case_Ignorable
bool is_alpha(char32_t cp);          // categories Lu Ll Lt Lm Lo
bool is_decimal(char32_t cp);        // has a decimal digit value
bool is_digit(char32_t cp);          // has a digit value
bool is_numeric(char32_t cp);        // has a numeric value (UnicodeData or Unihan)
bool is_alnum(char32_t cp);          // alpha, decimal, digit or numeric
bool is_space(char32_t cp);          // bidirectional WS/B/S or category Zs
bool is_linebreak(char32_t cp);      // a line boundary of str.splitlines()

// Full case mappings (SpecialCasing.txt, else the simple mapping): write up to 3 code
// points into out and return how many. Context-dependent mappings (final sigma) are the
// caller's business.
int to_lower_full(char32_t cp, char32_t out[3]);
int to_upper_full(char32_t cp, char32_t out[3]);
int to_title_full(char32_t cp, char32_t out[3]);
int to_fold_full(char32_t cp, char32_t out[3]);  // CaseFolding C+F, else the character itself

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
