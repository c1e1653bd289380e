// Literal values: NUMBER token text to int/float/complex, STRING token text and f-string
// middle parts to str/bytes (prefixes, escapes, \N{...}), with CPython's error messages.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "frontend/ast.h"
#include "support/arena.h"

namespace pyxis::frontend {

struct LiteralError {
  std::string msg;  // e.g. "(unicode error) 'unicodeescape' codec can't decode ..."

  // Where CPython 3.12 places the SyntaxError (observed with the oracle):
  enum class Place : uint8_t {
    // The whole token: byte_offset 0 .. end_byte_offset == token_text.size(). Used for
    // every error of decode_string_literal (bad escapes, non-ASCII bytes), even in an
    // implicitly concatenated string: only the offending STRING token is reported.
    Token,
    // The token's first line with no columns: SyntaxError offset 0 and end_offset 0,
    // end_lineno == lineno. Used for the decimal-int digit limit (parse_number_literal);
    // byte_offset and end_byte_offset are -1.
    LineOnly,
    // Errors of decode_fstring_middle: CPython reports them at the FSTRING_END token of
    // the f-string that holds the middle (start to end of that token), not at the middle
    // itself; byte_offset and end_byte_offset are -1. Exception: when the middle belongs
    // to a format spec (f"{x:\x4}") CPython 3.12 raises UnicodeDecodeError instead, with
    // no location and the message without its "(unicode error) " prefix (see
    // kUnicodeErrorPrefix).
    FStringEnd,
    // Invalid UTF-8 in an f-string middle (format specs included): CPython 3.12 raises
    // UnicodeDecodeError with no location; msg carries kUnicodeErrorPrefix, which the
    // exception's message leaves out. byte_offset and end_byte_offset are -1.
    Unlocated,
  };
  Place place = Place::Token;
  int byte_offset = 0;       // start of the error span in the token text (see Place)
  int end_byte_offset = -1;  // end of the error span in the token text, -1 = see Place
};

// The prefix of "(unicode error) ..." messages; the rest is the text of the
// UnicodeDecodeError CPython raises for a bad escape in an f-string format spec.
inline constexpr std::string_view kUnicodeErrorPrefix = "(unicode error) ";

// A SyntaxWarning the literal deserves ("invalid escape sequence '\d'", "invalid octal
// escape sequence '\777'"). CPython 3.12 warns at most once per STRING token and once per
// FSTRING_MIDDLE token: only the first offending escape. Where CPython attributes it
// (observed; with warnings turned into errors this is the SyntaxError's span):
//   STRING token: the whole token (warning lineno = the token's first line);
//   FSTRING_MIDDLE: the FSTRING_END token of its f-string (lineno = that token's line),
//   except in a format spec (f"{x:\d}"), where it is the FSTRING_MIDDLE token itself.
// The offsets here point at the escape itself in the text that was decoded.
struct LiteralWarning {
  std::string msg;
  int byte_offset = 0;      // the backslash
  int end_byte_offset = 0;  // just past the escape
};

// A NUMBER token's value: Int, BigInt (decimal digits), Float or Complex (imaginary).
// The token text must be a valid Python 3.12 number (the tokenizer checks the syntax:
// underscores, prefixes, leading zeros); the only error left is CPython's 4300-digit
// limit for decimal ints ("Exceeds the limit (4300 digits) for integer string conversion:
// value has N digits; use sys.set_int_max_str_digits() to increase the limit - Consider
// hexadecimal for huge integer literals to avoid decimal conversion limits.", Place::LineOnly).
// Floats are correctly rounded; overflow gives inf ("1e400"), underflow 0.0.
bool parse_number_literal(Arena& arena, std::string_view token_text, ast::ConstantValue* out,
                          LiteralError* error);

// Observed for implicit concatenation (the parser's job): the Constant gets kind 'u' iff
// the FIRST string token has the u prefix (u"a" "b" -> kind='u'; "a" u"b" -> none; also
// u"a" f"b" gives JoinedStr([Constant('ab', kind='u')])); mixing bytes and non-bytes is
// "cannot mix bytes and nonbytes literals", placed at the token that follows the strings
// (e.g. the ")" of `x = (b"a"\n "bc"\n )`: line 3, offset 2, end_offset 3).
struct StringLiteral {
  ast::ConstantValue value;  // Str or Bytes (text copied into the arena)
  bool is_bytes = false;
  bool has_u_prefix = false; // Constant.kind == 'u' (lower-case u only: U"x" has no kind)
};

// A complete STRING token (prefix, quotes, body): prefixes r u b br rb in any case (no f:
// f-strings come as FSTRING_* tokens). "\r\n" and lone "\r" in the body read as "\n", as in
// CPython. Errors (Place::Token) are CPython's: "(unicode error) 'unicodeescape' codec can't
// decode bytes in position S-E: truncated \xXX escape" (also \uXXXX, \UXXXXXXXX, "illegal
// Unicode character", "malformed \N character escape", "unknown Unicode character name"),
// "(value error) invalid \x escape at position N" and "bytes can only contain ASCII literal
// characters". Positions S-E count like CPython's intermediate buffer: body bytes from 0,
// each non-ASCII character as 10 (a backslash before one as 6). Invalid UTF-8 in a str
// body comes first: "(unicode error) 'utf-8' codec can't decode byte 0xff in position N:
// invalid start byte" (positions from the body's start when it is raw or has no
// backslash, else from the start of the run of non-ASCII bytes holding the error).
// `warnings`, when given, receives the token's SyntaxWarning (at most one).
bool decode_string_literal(Arena& arena, std::string_view token_text, StringLiteral* out, LiteralError* error,
                           std::vector<LiteralWarning>* warnings = nullptr);

// The text of an FSTRING_MIDDLE token: escapes processed unless `raw`, with the same
// errors and positions as str literals (Place::FStringEnd). Invalid UTF-8 anywhere in the
// text (raw or not) is Place::Unlocated, positions counted from the text's start.
// Braces: CPython's tokenizer ends a middle after the first brace of "{{" or "}}" and skips
// the second (f"a{{b}}c" gives middles "a{", "b}", "c"); pass the text exactly like that
// to get CPython's error positions. A text that still holds "{{" or "}}" is accepted too
// (each pair reads as one brace), but positions in error messages then count both.
// `warnings`, when given, receives the middle's SyntaxWarning (at most one). A middle that
// ends in a lone backslash (CPython's tokenizer cuts f"\{x}" into "\" and "{") keeps the
// backslash and warns "invalid escape sequence '\{'": CPython names the source character
// that follows, so before a '}' (f"{x:a\}") the caller should change the brace in msg.
// *out is in the arena (data() may be nullptr when empty).
bool decode_fstring_middle(Arena& arena, std::string_view middle_text, bool raw, std::string_view* out,
                           LiteralError* error, std::vector<LiteralWarning>* warnings = nullptr);

}  // namespace pyxis::frontend
