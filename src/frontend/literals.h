// Literal values: NUMBER token text to int/float/complex, STRING token text and f-string
// middle parts to str/bytes (prefixes, escapes, \N{...}), with CPython's error messages.
#pragma once

#include <string>
#include <string_view>

#include "frontend/ast.h"
#include "support/arena.h"

namespace pyxis::frontend {

struct LiteralError {
  std::string msg;          // e.g. "(unicode error) 'unicodeescape' codec can't decode ..."
  int byte_offset = 0;      // where in the token text CPython places the error (0 = start)
  int end_byte_offset = -1; // end of the error span in the token text, -1 = CPython's default
};

// A NUMBER token's value: Int, BigInt (decimal digits), Float or Complex (imaginary).
bool parse_number_literal(Arena& arena, std::string_view token_text, ast::ConstantValue* out,
                          LiteralError* error);

struct StringLiteral {
  ast::ConstantValue value;  // Str or Bytes
  bool is_bytes = false;
  bool has_u_prefix = false; // Constant.kind == 'u'
};

// A complete STRING token (prefix, quotes, body).
bool decode_string_literal(Arena& arena, std::string_view token_text, StringLiteral* out, LiteralError* error);

// The text of an FSTRING_MIDDLE token: escapes processed unless `raw`, "{{" and "}}" as
// the tokenizer left them.
bool decode_fstring_middle(Arena& arena, std::string_view middle_text, bool raw, std::string_view* out,
                           LiteralError* error);

}  // namespace pyxis::frontend
