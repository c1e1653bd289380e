// Native text codecs (utf-8, ascii, latin-1, utf-16 and utf-32 in both byte orders) and
// their error handlers, with CPython's UnicodeDecodeError / UnicodeEncodeError messages.
#include "objects/codecs.h"

#include <cstdio>
#include <vector>

#include "objects/builtin_subclass.h"
#include "objects/bytes_object.h"
#include "objects/int_object.h"
#include "objects/method_table.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/type_slots.h"
#include "support/unicode.h"
#include "vm/interpreter.h"
#include "vm/operations.h"

namespace pyxis {

namespace {

enum class Codec { Utf8, Ascii, Latin1, Utf16, Utf32 };

struct CodecInfo {
  Codec codec;
  std::string display;  // the name CPython's messages use
  int byte_order;       // utf-16/32: -1 little, 1 big, 0 from the BOM (encoding writes a little-endian BOM)
};

std::string normalise(std::string_view name) {
  std::string out;
  for (char c : name) {
    if (c == '-' || c == ' ') out += '_';
    else out += char(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  return out;
}

bool find_codec(Thread& thread, Value encoding, CodecInfo* info) {
  info->byte_order = 0;
  if (encoding.is_empty()) {
    *info = {Codec::Utf8, "utf-8", 0};
    return true;
  }
  std::string_view raw = static_cast<StrObject*>(encoding.as_object())->view();
  std::string name = normalise(raw);
  if (name == "utf_8" || name == "utf8" || name == "u8" || name == "utf" || name == "cp65001") {
    *info = {Codec::Utf8, "utf-8", 0};
  } else if (name == "ascii" || name == "us_ascii" || name == "646" || name == "us") {
    *info = {Codec::Ascii, "ascii", 0};
  } else if (name == "latin_1" || name == "latin1" || name == "iso_8859_1" || name == "iso8859_1" || name == "l1" ||
             name == "8859" || name == "cp819" || name == "latin" || name == "iso_ir_100" || name == "csisolatin1") {
    *info = {Codec::Latin1, "latin-1", 0};
  } else if (name == "utf_16" || name == "utf16" || name == "u16") {
    *info = {Codec::Utf16, "utf-16", 0};
  } else if (name == "utf_16_le" || name == "utf_16le") {
    *info = {Codec::Utf16, "utf-16-le", -1};
  } else if (name == "utf_16_be" || name == "utf_16be") {
    *info = {Codec::Utf16, "utf-16-be", 1};
  } else if (name == "utf_32" || name == "utf32" || name == "u32") {
    *info = {Codec::Utf32, "utf-32", 0};
  } else if (name == "utf_32_le" || name == "utf_32le") {
    *info = {Codec::Utf32, "utf-32-le", -1};
  } else if (name == "utf_32_be" || name == "utf_32be") {
    *info = {Codec::Utf32, "utf-32-be", 1};
  } else {
    thread.raise_format(thread.types().LookupError, "unknown encoding: %.*s", int(raw.size()), raw.data());
    return false;
  }
  return true;
}

std::string_view errors_name(Value errors) {
  return errors.is_empty() ? std::string_view("strict") : static_cast<StrObject*>(errors.as_object())->view();
}

bool known_handler(std::string_view name) {
  return name == "strict" || name == "replace" || name == "ignore" || name == "backslashreplace" ||
         name == "surrogateescape" || name == "surrogatepass" || name == "xmlcharrefreplace" || name == "namereplace";
}

Value unknown_handler(Thread& thread, std::string_view name) {
  return thread.raise_format(thread.types().LookupError, "unknown error handler name '%.*s'", int(name.size()),
                             name.data());
}

// One step of UTF-8 decoding at data[i]: a complete sequence, or the length of the bad prefix.
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

// Raises UnicodeDecodeError(encoding, object, start, end, reason) (its str() is CPython's message).
Value decode_error(Thread& thread, const std::string& codec, std::string_view data, size_t start, size_t end,
                   const char* reason) {
  Value args[5] = {str_value(thread, codec), bytes_value(thread, data), int_from_i64(thread, int64_t(start)),
                   int_from_i64(thread, int64_t(end)), str_value(thread, reason)};
  Value exception = call(thread, to_value(thread.types().UnicodeDecodeError), args, 5);
  if (exception.is_error()) return exception;
  return thread.raise_value(exception);
}

// Applies a decode error handler to data[start, end); false when it cannot (strict,
// surrogateescape of ASCII bytes, surrogatepass without a surrogate ...).
bool decode_handle(std::string_view handler, std::string_view data, size_t start, size_t end, char32_t surrogate,
                   std::string& out) {
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
  } else if (handler == "surrogatepass" && surrogate != 0) {
    unicode::append_utf8(out, surrogate);
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

uint32_t read_unit(std::string_view data, size_t i, size_t size, bool little) {
  uint32_t v = 0;
  for (size_t k = 0; k < size; ++k) {
    uint32_t byte = static_cast<unsigned char>(data[i + (little ? size - 1 - k : k)]);
    v = (v << 8) | byte;
  }
  return v;
}

void write_unit(std::string& out, uint32_t v, size_t size, bool little) {
  for (size_t k = 0; k < size; ++k) {
    size_t shift = 8 * (little ? k : size - 1 - k);
    out += char((v >> shift) & 0xFF);
  }
}

}  // namespace

Value codec_decode(Thread& thread, std::string_view data, Value encoding, Value errors) {
  encoding = plain_value(encoding);  // str subclasses name encodings too
  errors = plain_value(errors);
  CodecInfo info;
  if (!find_codec(thread, encoding, &info)) return Value::error();
  std::string_view handler = errors_name(errors);
  std::string out;
  out.reserve(data.size());
  size_t i = 0;
  bool wide = info.codec == Codec::Utf16 || info.codec == Codec::Utf32;
  size_t unit = info.codec == Codec::Utf16 ? 2 : 4;
  bool little = info.byte_order <= 0;
  std::string name = info.display;
  if (wide && info.byte_order == 0) {
    // A byte-order mark chooses the order (and is dropped); without one, little-endian.
    if (info.codec == Codec::Utf16 && data.size() >= 2) {
      uint32_t bom = read_unit(data, 0, 2, true);
      if (bom == 0xFEFF || bom == 0xFFFE) {
        little = bom == 0xFEFF;
        i = 2;
      }
    } else if (info.codec == Codec::Utf32 && data.size() >= 4) {
      uint32_t bom = read_unit(data, 0, 4, true);
      if (bom == 0xFEFF || bom == 0xFFFE0000) {
        little = bom == 0xFEFF;
        i = 4;
      }
    }
    name += little ? "-le" : "-be";
  }
  while (i < data.size()) {
    size_t end;
    const char* reason;
    char32_t surrogate = 0;
    if (wide) {
      if (data.size() - i < unit) {
        end = data.size();
        reason = "truncated data";
      } else {
        uint32_t v = read_unit(data, i, unit, little);
        if (info.codec == Codec::Utf32) {
          end = i + 4;
          if (v >= 0xD800 && v <= 0xDFFF) {
            reason = "code point in surrogate code point range(0xd800, 0xe000)";
            surrogate = v;
          } else if (v > 0x10FFFF) {
            reason = "code point not in range(0x110000)";
          } else {
            unicode::append_utf8(out, v);
            i += 4;
            continue;
          }
        } else if (v < 0xD800 || v > 0xDFFF) {
          unicode::append_utf8(out, v);
          i += 2;
          continue;
        } else if (v >= 0xDC00) {
          end = i + 2;
          reason = "illegal encoding";
          surrogate = v;
        } else if (data.size() - i < 4) {
          end = data.size();
          reason = "unexpected end of data";
          if (data.size() - i == 2) surrogate = v;
        } else {
          uint32_t low = read_unit(data, i + 2, 2, little);
          if (low >= 0xDC00 && low <= 0xDFFF) {
            unicode::append_utf8(out, 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00));
            i += 4;
            continue;
          }
          end = i + 2;
          reason = "illegal UTF-16 surrogate";
          surrogate = v;
        }
      }
    } else {
      unsigned char c = static_cast<unsigned char>(data[i]);
      if (c < 0x80) {
        out += char(c);
        ++i;
        continue;
      }
      if (info.codec == Codec::Latin1) {
        unicode::append_utf8(out, c);
        ++i;
        continue;
      }
      if (info.codec == Codec::Ascii) {
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
        if (step.truncated) reason = "unexpected end of data";
        else if (step.length == 1 && !(c >= 0xC2 && c <= 0xF4)) reason = "invalid start byte";
        else reason = "invalid continuation byte";
        // surrogatepass accepts a UTF-8 encoded surrogate (ED A0..BF xx).
        if (c == 0xED && i + 2 < data.size() && (static_cast<unsigned char>(data[i + 1]) & 0xE0) == 0xA0 &&
            (static_cast<unsigned char>(data[i + 2]) & 0xC0) == 0x80 && handler == "surrogatepass") {
          surrogate = ((c & 0x0F) << 12) | ((static_cast<unsigned char>(data[i + 1]) & 0x3F) << 6) |
                      (static_cast<unsigned char>(data[i + 2]) & 0x3F);
          end = i + 3;
        }
      }
    }
    if (handler == "strict") return decode_error(thread, name, data, i, end, reason);
    if (!decode_handle(handler, data, i, end, surrogate, out)) {
      if (known_handler(handler)) return decode_error(thread, name, data, i, end, reason);
      return unknown_handler(thread, handler);
    }
    i = end;
  }
  return str_value(thread, out);
}

Value codec_encode(Thread& thread, Value text_value, Value encoding, Value errors) {
  text_value = plain_value(text_value);
  encoding = plain_value(encoding);
  errors = plain_value(errors);
  CodecInfo info;
  if (!find_codec(thread, encoding, &info)) return Value::error();
  std::string_view handler = errors_name(errors);
  std::string_view text = static_cast<StrObject*>(text_value.as_object())->view();
  std::vector<char32_t> cps = code_points(text);
  std::string out;
  out.reserve(text.size());
  bool wide = info.codec == Codec::Utf16 || info.codec == Codec::Utf32;
  bool little = info.byte_order <= 0;
  if (wide && info.byte_order == 0) write_unit(out, 0xFEFF, info.codec == Codec::Utf16 ? 2 : 4, true);
  // Writes one code point (surrogates included: callers decide whether they are allowed).
  auto put = [&](char32_t cp) {
    switch (info.codec) {
      case Codec::Utf8: unicode::append_utf8(out, cp); break;
      case Codec::Ascii:
      case Codec::Latin1: out += char(cp); break;
      case Codec::Utf16:
        if (cp >= 0x10000) {
          write_unit(out, 0xD800 + ((cp - 0x10000) >> 10), 2, little);
          write_unit(out, 0xDC00 + ((cp - 0x10000) & 0x3FF), 2, little);
        } else {
          write_unit(out, cp, 2, little);
        }
        break;
      case Codec::Utf32: write_unit(out, cp, 4, little); break;
    }
  };
  auto encodable = [&](char32_t cp) {
    if (info.codec == Codec::Ascii) return cp < 0x80;
    if (info.codec == Codec::Latin1) return cp < 0x100;
    return !(cp >= 0xD800 && cp <= 0xDFFF);
  };
  const char* reason = info.codec == Codec::Ascii    ? "ordinal not in range(128)"
                       : info.codec == Codec::Latin1 ? "ordinal not in range(256)"
                                                     : "surrogates not allowed";
  size_t i = 0;
  while (i < cps.size()) {
    char32_t cp = cps[i];
    if (encodable(cp)) {
      put(cp);
      ++i;
      continue;
    }
    // UTF-8 and the 8-bit codecs report runs of unencodable characters, UTF-16/32 one at a time.
    size_t end = i + 1;
    while (!wide && end < cps.size() && !encodable(cps[end])) ++end;
    size_t run_end = end;
    bool handled = true;
    std::string replacement;  // ASCII text, encoded with the codec
    std::string raw;          // bytes written as they are (surrogateescape)
    if (handler == "strict") {
      handled = false;
    } else if (handler == "ignore") {
    } else if (handler == "replace") {
      replacement.assign(end - i, '?');
    } else if (handler == "backslashreplace") {
      for (size_t k = i; k < end; ++k) append_char_escape(replacement, cps[k]);
    } else if (handler == "xmlcharrefreplace") {
      for (size_t k = i; k < end; ++k) replacement += "&#" + std::to_string(unsigned(cps[k])) + ";";
    } else if (handler == "surrogateescape" && !wide) {
      for (size_t k = i; k < end; ++k) {
        if (cps[k] >= 0xDC80 && cps[k] <= 0xDCFF) {
          raw += char(cps[k] - 0xDC00);
        } else {
          if (k == i) handled = false;
          end = k == i ? i + 1 : k;
          break;
        }
      }
    } else if (handler == "surrogatepass" && (info.codec == Codec::Utf8 || wide)) {
      for (size_t k = i; k < end && handled; ++k) {
        if (cps[k] >= 0xD800 && cps[k] <= 0xDFFF) {
          if (info.codec == Codec::Utf8) unicode::append_utf8(raw, cps[k]);
          else write_unit(raw, cps[k], info.codec == Codec::Utf16 ? 2 : 4, little);
        } else {
          handled = false;
        }
      }
    } else if (known_handler(handler)) {
      handled = false;
    } else {
      return unknown_handler(thread, handler);
    }
    if (!handled) {
      // strict (or a handler that cannot fix these characters): report the run.
      end = run_end;
      Value args[5] = {str_value(thread, info.display), text_value, int_from_i64(thread, int64_t(i)),
                       int_from_i64(thread, int64_t(end)), str_value(thread, reason)};
      Value exception = call(thread, to_value(thread.types().UnicodeEncodeError), args, 5);
      if (exception.is_error()) return exception;
      return thread.raise_value(exception);
    }
    for (char c : replacement) put(static_cast<unsigned char>(c));
    out += raw;
    i = end;
  }
  return bytes_value(thread, out);
}

namespace {

Value str_encode_method(Thread& thread, Value self, const Value* args, size_t) {
  for (int i = 0; i < 2; ++i)
    if (!args[i].is_empty() && !is_instance_of(thread, args[i], thread.types().str))
      return thread.raise_format(thread.types().TypeError, "encode() argument '%s' must be str, not %s",
                                 i == 0 ? "encoding" : "errors", type_name(thread, args[i]));
  return codec_encode(thread, self, args[0], args[1]);
}

// str(object='', encoding=..., errors=...): decoding when an encoding or errors is given.
Value construct_str(Thread& thread, Type*, const Value* args, size_t nargs, TupleObject* kwnames) {
  const BuiltinTypes& types = thread.types();
  size_t nkw = kwnames != nullptr ? kwnames->size : 0;
  size_t npositional = nargs - nkw;
  if (nargs > 3) return thread.raise_format(types.TypeError, "str() takes at most 3 arguments (%zu given)", nargs);
  Value slots[3];
  for (size_t i = 0; i < npositional; ++i) slots[i] = args[i];
  static const char* const names[] = {"object", "encoding", "errors"};
  for (size_t k = 0; k < nkw; ++k) {
    std::string_view key = static_cast<StrObject*>(kwnames->items[k].as_object())->view();
    size_t found = 3;
    for (size_t i = 0; i < 3; ++i)
      if (key == names[i]) found = i;
    if (found == 3)
      return thread.raise_format(types.TypeError, "'%.*s' is an invalid keyword argument for str()", int(key.size()),
                                 key.data());
    if (!slots[found].is_empty())
      return thread.raise_format(types.TypeError, "argument for str() given by name ('%s') and position (%zu)",
                                 names[found], found + 1);
    slots[found] = args[npositional + k];
  }
  for (int i = 1; i < 3; ++i)
    if (!slots[i].is_empty() && !is_instance_of(thread, slots[i], types.str))
      return thread.raise_format(types.TypeError, "str() argument '%s' must be str, not %s", names[i],
                                 type_name(thread, slots[i]));
  if (slots[0].is_empty()) return str_value(thread, "");
  if (slots[1].is_empty() && slots[2].is_empty()) return to_str(thread, slots[0]);
  std::string_view data;
  if (!bytes_like_view(thread, slots[0], &data)) {
    if (is_instance_of(thread, slots[0], types.str)) return thread.raise(types.TypeError, "decoding str is not supported");
    return thread.raise_format(types.TypeError, "decoding to str: need a bytes-like object, %s found",
                               type_name(thread, slots[0]));
  }
  std::string copy(data);
  return codec_decode(thread, copy, slots[1], slots[2]);
}

const TypeSlots kStrSlots = [] {
  TypeSlots slots;
  slots.construct = construct_str;
  return slots;
}();

const NativeMethodSpec kStrCodecMethods[] = {
    {"encode(encoding=None, errors=None)", str_encode_method},
};

}  // namespace

void install_str_codec_methods(Interpreter& interp) {
  interp.types().str->slots = &kStrSlots;
  install_native_methods(interp, interp.types().str, kStrCodecMethods);
}

}  // namespace pyxis
