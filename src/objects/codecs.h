// The text codecs str.encode / bytes.decode support natively: utf-8, ascii and latin-1, with
// the error handlers strict, replace, ignore, backslashreplace, surrogateescape,
// surrogatepass (utf-8) and xmlcharrefreplace (encoding), raising CPython's errors.
#pragma once

#include <string>
#include <string_view>

#include "objects/value.h"

namespace pyxis {

class Interpreter;
class Thread;

// `encoding` / `errors` may be empty Values (defaults utf-8 / strict); they must be str
// (the caller checks the type). Returns a str / bytes, or error() with LookupError,
// UnicodeDecodeError or UnicodeEncodeError pending.
Value codec_decode(Thread& thread, std::string_view data, Value encoding, Value errors);
Value codec_encode(Thread& thread, Value text, Value encoding, Value errors);

// str.encode (installed on str).
void install_str_codec_methods(Interpreter& interp);

}  // namespace pyxis
