// Native text codecs (utf-8, ascii, latin-1) and their error handlers, with CPython's
// UnicodeDecodeError / UnicodeEncodeError messages (observed from CPython 3.12).
#include "objects/codecs.h"

#include <cstdio>
#include <vector>

#include "objects/bytes_object.h"
#include "objects/method_table.h"
#include "vm/operations.h"
#include "objects/str_object.h"
#include "support/unicode.h"
#include "vm/interpreter.h"

namespace pyxis {

namespace {

enum class Codec { Utf8, Ascii, Latin1 };

std::string normalise(std::string_view name) {
  std::string out;
  for (char c : name) {
    if (c == '-' || c == ' ') out += '_';
    else out += char(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  return out;
}

bool find_codec(Thread& thread, Value encoding, Codec* codec, const char** display) {
  if (encoding.is_empty()) {
    *codec = Codec::Utf8;
    *display = "utf-8";
    return true;
  }
  std::string_view raw = static_cast<StrObject*>(encoding.as_object())->view();
  std::string name = normalise(raw);
  if (name == "utf_8" || name == "utf8" || name == "u8" || name == "utf" || name == "cp65001") {
    *codec = Codec::Utf8;
    *display = "utf-8";
    return true;
  }
  if (name == "ascii" || name == "us_ascii" || name == "646" || name == "us") {
    *codec = Codec::Ascii;
    *display = "ascii";
    return true;
  }
  if (name == "latin_1" || name == "latin1" || name == "iso_8859_1" || name == "iso8859_1" || name == "l1" ||
      name == "8859" || name == "cp819" || name == "latin" || name == "iso_ir_100" || name == "csisolatin1") {
    *codec = Codec::Latin1;
    *display = "latin-1";
    return true;
  }
  thread.raise_format(thread.types().LookupError, "unknown encoding: %.*s", int(raw.size()), raw.data());
  return false;
}

std::string_view errors_name(Value errors) {
  return errors.is_empty() ? std::string_view("strict") : static_cast<StrObject*>(errors.as_object())->view();
}

Value unknown_handler(Thread& thread, std::string_view name) {
  return thread.raise_format(thread.types().LookupError, "unknown error handler name '%.*s'", int(name.size()),
                             name.data());
}

// Length of the maximal valid prefix of a UTF-8 sequence at data[i] (0 for an invalid start
// byte), whether the sequence is complete, and its code point when it is.
struct Utf8Step {
  size_t length;   // bytes consumed (complete: the whole sequence; else the bad prefix)
  bool complete;
  bool truncated;  // ran out of data (else an invalid continuation byte)
  char32_t cp;
};

Utf8Step utf8_step(std::string_view data, size_t i) {
  unsigned char c = static_cast<unsigned char>(data[i]);
  if (c < 0x80) return {1, true, false, c};
  size_t need;
  unsigned char lo = 0x80, hi = 0xBF;
  char32_t cp;
  if (c >= 0xC2 && c <= 0xDF) {
    need = 1;
    cp = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    need = 2;
    cp = c & 0x0F;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 3;
    cp = c & 0x07;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return {1, false, false, 0};
  }
  size_t k = 1;
  for (; k <= need; ++k) {
    if (i + k >= data.size()) return {k, false, true, 0};
    unsigned char t = static_cast<unsigned char>(data[i + k]);
    if (k == 1 ? (t < lo || t > hi) : (t < 0x80 || t > 0xBF)) return {k, false, false, 0};
    cp = (cp << 6) | (t & 0x3F);
  }
  return {need + 1, true, false, cp};
}

Value decode_error(Thread& thread, const char* codec, std::string_view data, size_t start, size_t end,
                   const char* reason) {
  char buffer[256];
  if (end - start == 1)
    std::snprintf(buffer, sizeof buffer, "'%s' codec can't decode byte 0x%02x in position %zu: %s", codec,
                  static_cast<unsigned char>(data[start]), start, reason);
  else
    std::snprintf(buffer, sizeof buffer, "'%s' codec can't decode bytes in position %zu-%zu: %s", codec, start,
                  end - 1, reason);
  return thread.raise(thread.types().UnicodeDecodeError, buffer);
}

// Applies a decode error handler to data[start, end); false when the handler is unknown or strict.
bool decode_handle(std::string_view handler, std::string_view data, size_t start, size_t end, std::string& out) {
  if (handler == "replace") {
    unicode::append_utf8(out, 0xFFFD);
  } else if (handler == "ignore") {
  } else if (handler == "backslashreplace") {
    char hex[8];
    for (size_t i = start; i < end; ++i) {
      std::snprintf(hex, sizeof hex, "\\x%02x", static_cast<unsigned char>(data[i]));
      out += hex;
    }
  } else if (handler == "surrogateescape") {
    for (size_t i = start; i < end; ++i) {
      unsigned char c = static_cast<unsigned char>(data[i]);
      if (c < 0x80) return false;
      unicode::append_utf8(out, 0xDC00 + c);
    }
  } else {
    return false;
  }
  return true;
}

// The code points of a str (lone surrogates included), decoded from its UTF-8 storage.
std::vector<char32_t> code_points(std::string_view text) {
  std::vector<char32_t> out;
  size_t pos = 0;
  while (pos < text.size()) {
    char32_t cp;
    if (!unicode::decode_utf8(text, &pos, &cp)) {
      cp = static_cast<unsigned char>(text[pos]);
      ++pos;
    }
    out.push_back(cp);
  }
  return out;
}

void append_char_escape(std::string& out, char32_t cp) {
  char buffer[16];
  if (cp < 0x100) std::snprintf(buffer, sizeof buffer, "\\x%02x", unsigned(cp));
  else if (cp < 0x10000) std::snprintf(buffer, sizeof buffer, "\\u%04x", unsigned(cp));
  else std::snprintf(buffer, sizeof buffer, "\\U%08x", unsigned(cp));
  out += buffer;
}

}  // namespace

Value codec_decode(Thread& thread, std::string_view data, Value encoding, Value errors) {
  Codec codec;
  const char* name;
  if (!find_codec(thread, encoding, &codec, &name)) return Value::error();
  std::string_view handler = errors_name(errors);
  std::string out;
  out.reserve(data.size());
  size_t i = 0;
  while (i < data.size()) {
    unsigned char c = static_cast<unsigned char>(data[i]);
    if (c < 0x80) {
      out += char(c);
      ++i;
      continue;
    }
    if (codec == Codec::Latin1) {
      unicode::append_utf8(out, c);
      ++i;
      continue;
    }
    size_t end;
    const char* reason;
    if (codec == Codec::Ascii) {
      end = i + 1;
      reason = "ordinal not in range(128)";
    } else {
      Utf8Step step = utf8_step(data, i);
      if (step.complete) {
        out.append(data.substr(i, step.length));
        i += step.length;
        continue;
      }
      end = i + step.length;
      if (step.truncated) {
        reason = "unexpected end of data";
      } else if (step.length == 1 && !(c >= 0xC2 && c <= 0xF4)) {
        reason = "invalid start byte";
      } else {
        reason = "invalid continuation byte";
      }
    }
    if (handler == "strict") return decode_error(thread, name, data, i, end, reason);
    if (!decode_handle(handler, data, i, end, out)) {
      if (handler == "replace" || handler == "ignore" || handler == "backslashreplace" || handler == "surrogateescape" ||
          handler == "surrogatepass" || handler == "xmlcharrefreplace" || handler == "namereplace")
        return decode_error(thread, name, data, i, end, reason);
      return unknown_handler(thread, handler);
    }
    i = end;
  }
  return str_value(thread, out);
}

Value codec_encode(Thread& thread, Value text_value, Value encoding, Value errors) {
  Codec codec;
  const char* name;
  if (!find_codec(thread, encoding, &codec, &name)) return Value::error();
  std::string_view handler = errors_name(errors);
  std::string_view text = static_cast<StrObject*>(text_value.as_object())->view();
  std::vector<char32_t> cps = code_points(text);
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  auto encodable = [&](char32_t cp) {
    if (codec == Codec::Utf8) return !(cp >= 0xD800 && cp <= 0xDFFF);
    return cp < (codec == Codec::Ascii ? 0x80u : 0x100u);
  };
  while (i < cps.size()) {
    char32_t cp = cps[i];
    if (encodable(cp)) {
      if (codec == Codec::Utf8) unicode::append_utf8(out, cp);
      else out += char(cp);
      ++i;
      continue;
    }
    size_t end = i + 1;
    while (end < cps.size() && !encodable(cps[end])) ++end;
    const char* reason = codec == Codec::Utf8 ? "surrogates not allowed"
                         : codec == Codec::Ascii ? "ordinal not in range(128)"
                                                 : "ordinal not in range(256)";
    bool handled = true;
    std::string piece;
    if (handler == "strict") {
      handled = false;
    } else if (handler == "ignore") {
    } else if (handler == "replace") {
      piece.assign(end - i, '?');
    } else if (handler == "backslashreplace") {
      for (size_t k = i; k < end; ++k) append_char_escape(piece, cps[k]);
    } else if (handler == "xmlcharrefreplace") {
      for (size_t k = i; k < end; ++k) piece += "&#" + std::to_string(unsigned(cps[k])) + ";";
    } else if (handler == "surrogateescape") {
      for (size_t k = i; k < end && handled; ++k) {
        if (cps[k] >= 0xDC80 && cps[k] <= 0xDCFF) piece += char(cps[k] - 0xDC00);
        else {
          end = k == i ? i + 1 : k;
          if (k == i) handled = false;
          break;
        }
      }
    } else if (handler == "surrogatepass" && codec == Codec::Utf8) {
      for (size_t k = i; k < end; ++k) unicode::append_utf8(piece, cps[k]);
    } else if (handler == "surrogatepass" || handler == "namereplace") {
      handled = false;
    } else {
      return unknown_handler(thread, handler);
    }
    if (!handled) {
      // strict (or a handler that cannot fix these characters): report the run.
      std::string message = std::string("'") + name + "' codec can't encode character";
      if (end - i == 1) {
        message += " '";
        if (cps[i] < 0x100) {
          char hex[8];
          std::snprintf(hex, sizeof hex, "\\x%02x", unsigned(cps[i]));
          message += hex;
        } else {
          append_char_escape(message, cps[i]);
        }
        message += "' in position " + std::to_string(i);
      } else {
        message += "s in position " + std::to_string(i) + "-" + std::to_string(end - 1);
      }
      message += ": ";
      message += reason;
      return thread.raise(thread.types().UnicodeEncodeError, message);
    }
    out += piece;
    i = end;
  }
  return bytes_value(thread, out);
}

namespace {

Value str_encode_method(Thread& thread, Value self, const Value* args, size_t) {
  for (int i = 0; i < 2; ++i)
    if (!args[i].is_empty() && !(args[i].is_object() && args[i].as_object()->type == thread.types().str))
      return thread.raise_format(thread.types().TypeError, "encode() argument '%s' must be str, not %s",
                                 i == 0 ? "encoding" : "errors", type_name(thread, args[i]));
  return codec_encode(thread, self, args[0], args[1]);
}

const NativeMethodSpec kStrCodecMethods[] = {
    {"encode(encoding=None, errors=None)", str_encode_method},
};

}  // namespace

void install_str_codec_methods(Interpreter& interp) {
  install_native_methods(interp, interp.types().str, kStrCodecMethods);
}

}  // namespace pyxis
