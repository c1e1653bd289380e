// Source decoding: raw bytes of a module to UTF-8 text, as CPython does before tokenizing
// (UTF-8 BOM, PEP 263 coding declaration on line 1 or 2, invalid UTF-8 and NUL bytes).
#pragma once

#include <string>
#include <string_view>

#include "frontend/syntax_error.h"

namespace pyxis::frontend {

// Decodes `bytes` into *utf8. `from_file` selects the rules of a file (BOM and coding
// declaration honoured, NUL is a SyntaxError) or of a str given to compile() (already
// UTF-8; NUL is a SyntaxError there too in 3.12). Returns false with *error set on failure.
bool decode_source(std::string_view bytes, std::string_view filename, bool from_file, std::string* utf8,
                   SyntaxErrorInfo* error);

// The tokenize module's view of a file (for `pyxis --tokenize`): tokenize.detect_encoding's
// rules and messages, undecodable bytes replaced by U+FFFD, newlines kept as they are, and
// the name the ENCODING token shows ("utf-8", "iso-8859-1", or the declared name).
bool decode_source_for_tokenize(std::string_view bytes, std::string_view filename, std::string* text,
                                std::string* encoding, SyntaxErrorInfo* error);

}  // namespace pyxis::frontend
