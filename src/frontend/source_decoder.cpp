// Source decoding as CPython 3.12 does it for compile()/ast.parse() of bytes or str: NUL
// check, UTF-8 BOM, PEP 263 coding declaration, transcoding, newline translation.
//
// Observed CPython behaviour this follows:
//  * NUL anywhere: SyntaxError "source code string cannot contain null bytes", no location
//    (bytes and str alike in 3.12).
//  * Bytes with no declaration, or declared "utf-8" (after CPython's name normalisation),
//    are NOT validated here: CPython only notices invalid UTF-8 when the tokenizer meets it
//    in an identifier (or the parser in a string literal), so the bytes pass through.
//  * Any other declared encoding decodes the whole buffer up front; failures and unknown
//    encodings are SyntaxErrors with lineno 0, offset -1 and no end or text.
//  * "\r\n" and lone "\r" become "\n" (CPython translates newlines before tokenizing).
// decode_source_for_tokenize follows the tokenize module instead (tokenize.detect_encoding's
// rules and messages, errors='replace', newlines untouched) for `pyxis --tokenize`.
// Codecs: utf-8, ascii, latin-1, utf-16/32 are decoded here with Python's exact error
// messages; the rest go through glibc's iconv, with Python's message shapes.
#include <iconv.h>

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>

#include "frontend/source_decoder.h"
#include "frontend/utf8_codec.h"
#include "support/python_repr.h"

namespace pyxis::frontend {

namespace {

SyntaxErrorInfo encoding_error(std::string msg, std::string_view filename) {
  SyntaxErrorInfo info;
  info.exc_type = "SyntaxError";
  info.msg = std::move(msg);
  info.filename = std::string(filename);
  info.has_location = true;
  info.lineno = 0;
  info.offset = -1;
  info.has_end_lineno = false;  // None
  info.has_end_offset = false;  // None
  info.has_text = false;
  return info;
}

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
         c == '.';
}

// CPython's normalisation of a declared name: only utf-8 and latin-1 spellings change.
std::string normal_encoding_name(const std::string& name) {
  std::string head;
  for (size_t i = 0; i < name.size() && i < 12; ++i) {
    char c = name[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == '_') c = '-';
    head.push_back(c);
  }
  auto starts = [&](const char* prefix) { return head.rfind(prefix, 0) == 0; };
  if (head == "utf-8" || starts("utf-8-")) return "utf-8";
  if (head == "latin-1" || head == "iso-8859-1" || head == "iso-latin-1" || starts("latin-1-") ||
      starts("iso-8859-1-") || starts("iso-latin-1-")) {
    return "iso-8859-1";
  }
  return name;
}

// The coding declaration in one line (without needing its newline), or false. A
// declaration is a comment containing "coding" + ':' or '=' + optional blanks + a name.
bool coding_spec_in_line(std::string_view line, std::string* spec) {
  size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f')) ++i;
  if (i >= line.size() || line[i] != '#') return false;
  for (; i + 6 < line.size(); ++i) {
    if (line.compare(i, 6, "coding") != 0) continue;
    size_t t = i + 6;
    if (line[t] != ':' && line[t] != '=') continue;
    do {
      ++t;
    } while (t < line.size() && (line[t] == ' ' || line[t] == '\t'));
    size_t begin = t;
    while (t < line.size() && is_name_char(line[t])) ++t;
    if (t > begin) {
      *spec = normal_encoding_name(std::string(line.substr(begin, t - begin)));
      return true;
    }
  }
  return false;
}

// Only blanks, then a comment or the end of the line: the declaration may be on line 2.
bool is_blank_or_comment_line(std::string_view line) {
  for (char c : line) {
    if (c == '#' || c == '\n' || c == '\r') return true;
    if (c != ' ' && c != '\t' && c != '\f') return false;
  }
  return true;
}

// Looks for a declaration on line 1, then on line 2 (only when line 1 is blank or a
// comment, and line 2 is complete).
bool find_coding_spec(std::string_view text, std::string* spec) {
  size_t nl1 = text.find('\n');
  std::string_view line1 = text.substr(0, nl1 == std::string_view::npos ? text.size() : nl1 + 1);
  if (coding_spec_in_line(line1, spec)) return true;
  if (nl1 == std::string_view::npos || !is_blank_or_comment_line(line1)) return false;
  size_t nl2 = text.find('\n', nl1 + 1);
  if (nl2 == std::string_view::npos) return false;
  return coding_spec_in_line(text.substr(nl1 + 1, nl2 - nl1), spec);
}

// Python's codec-registry normalisation: lower case, other punctuation runs to '_'.
std::string registry_name(const std::string& name) {
  std::string out;
  bool pending_underscore = false;
  for (char c : name) {
    bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.';
    if (!keep) {
      pending_underscore = !out.empty();
      continue;
    }
    if (pending_underscore) out.push_back('_');
    pending_underscore = false;
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    out.push_back(c);
  }
  return out;
}

bool one_of(const std::string& name, std::initializer_list<const char*> names) {
  for (const char* n : names) {
    if (name == n) return true;
  }
  return false;
}

// What Python calls a codec it reaches through an alias, and whether it is one of the
// single-byte "charmap" codecs (their errors name the 'charmap' codec).
struct CodecNames {
  std::string python;  // canonical name, as in error messages
  std::string iconv;   // name to give iconv_open
  bool charmap;
};

CodecNames codec_names(const std::string& declared) {
  std::string key = registry_name(declared);
  struct Alias {
    const char* from;
    const char* to;
  };
  static constexpr Alias kAliases[] = {
      {"sjis", "shift_jis"},        {"s_jis", "shift_jis"},       {"shiftjis", "shift_jis"},
      {"csshiftjis", "shift_jis"},  {"eucjp", "euc_jp"},          {"ujis", "euc_jp"},
      {"u_jis", "euc_jp"},          {"euckr", "euc_kr"},          {"korean", "euc_kr"},
      {"ks_c_5601", "euc_kr"},      {"ks_c_5601_1987", "euc_kr"}, {"ksc5601", "euc_kr"},
      {"ks_x_1001", "euc_kr"},      {"chinese", "gb2312"},        {"euc_cn", "gb2312"},
      {"euccn", "gb2312"},          {"eucgb2312_cn", "gb2312"},   {"gb2312_1980", "gb2312"},
      {"gb2312_80", "gb2312"},      {"iso_ir_58", "gb2312"},      {"936", "gbk"},
      {"cp936", "gbk"},             {"ms936", "gbk"},             {"csbig5", "big5"},
      {"big5_tw", "big5"},          {"ms932", "cp932"},           {"mskanji", "cp932"},
      {"ms_kanji", "cp932"},        {"932", "cp932"},             {"uhc", "cp949"},
      {"ms949", "cp949"},           {"949", "cp949"},             {"ms950", "cp950"},
      {"950", "cp950"},             {"macroman", "mac_roman"},    {"macintosh", "mac_roman"},
      {"maccyrillic", "mac_cyrillic"}, {"macgreek", "mac_greek"}, {"maclatin2", "mac_latin2"},
      {"maccentraleurope", "mac_latin2"}, {"macturkish", "mac_turkish"}, {"maciceland", "mac_iceland"},
  };
  for (const Alias& a : kAliases) {
    if (key == a.from) key = a.to;
  }
  if (key.rfind("windows_", 0) == 0) key = "cp" + key.substr(8);
  if (key.rfind("iso_8859_", 0) == 0) key = "iso8859_" + key.substr(9);
  CodecNames names{key, declared, false};
  static constexpr Alias kIconvNames[] = {
      {"mac_roman", "MACINTOSH"},   {"mac_cyrillic", "MAC-CYRILLIC"}, {"mac_greek", "MAC-GREEK"},
      {"mac_latin2", "MAC-CENTRALEUROPE"}, {"mac_turkish", "MAC-TURKISH"}, {"mac_iceland", "MAC-IS"},
  };
  for (const Alias& a : kIconvNames) {
    if (key == a.from) names.iconv = a.to;
  }
  auto all_digits = [](std::string_view s) {
    return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
  };
  bool cp_single = key.size() > 2 && key.compare(0, 2, "cp") == 0 && all_digits(std::string_view(key).substr(2)) &&
                   key != "cp932" && key != "cp949" && key != "cp950" && key != "cp65001";
  names.charmap = cp_single || key.rfind("iso8859_", 0) == 0 || key.rfind("koi8_", 0) == 0 ||
                  key.rfind("mac_", 0) == 0 || key.rfind("latin_", 0) == 0 || key == "hp_roman8" ||
                  key == "tis_620" || key == "ptcp154" || key == "kz1048" || key == "palmos";
  return names;
}

// Decodes with a codec glibc's iconv knows. Returns false with *message set on failure.
bool iconv_decode(const std::string& declared, std::string_view bytes, std::string* out, std::string* message,
                  bool* unknown) {
  *unknown = false;
  CodecNames names = codec_names(declared);
  iconv_t cd = iconv_open("UTF-8", names.iconv.c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) {
    std::string dashed = names.python;
    for (char& c : dashed) {
      if (c == '_') c = '-';
    }
    cd = iconv_open("UTF-8", dashed.c_str());
  }
  if (cd == reinterpret_cast<iconv_t>(-1)) {
    *unknown = true;
    return false;
  }
  out->clear();
  out->resize(bytes.size() * 4 + 16);
  char* in = const_cast<char*>(bytes.data());
  size_t in_left = bytes.size();
  char* dst = out->data();
  size_t dst_left = out->size();
  bool ok = true;
  while (in_left > 0) {
    size_t r = iconv(cd, &in, &in_left, &dst, &dst_left);
    if (r != static_cast<size_t>(-1)) continue;
    if (errno == E2BIG) {
      size_t used = static_cast<size_t>(dst - out->data());
      out->resize(out->size() * 2);
      dst = out->data() + used;
      dst_left = out->size() - used;
      continue;
    }
    size_t position = static_cast<size_t>(in - bytes.data());
    char buf[200];
    if (names.charmap) {
      std::snprintf(buf, sizeof buf,
                    "'charmap' codec can't decode byte 0x%02x in position %zu: character maps to <undefined>",
                    static_cast<unsigned char>(bytes[position]), position);
    } else {
      const char* reason = errno == EINVAL ? "incomplete multibyte sequence" : "illegal multibyte sequence";
      std::snprintf(buf, sizeof buf, "'%s' codec can't decode byte 0x%02x in position %zu: %s", names.python.c_str(),
                    static_cast<unsigned char>(bytes[position]), position, reason);
    }
    *message = buf;
    ok = false;
    break;
  }
  if (ok) out->resize(static_cast<size_t>(dst - out->data()));
  iconv_close(cd);
  return ok;
}

void append_code_point(std::string* out, uint32_t cp) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// str(UnicodeDecodeError) for bytes [start, stop) of `bytes`.
std::string codec_error(const char* codec, std::string_view bytes, size_t start, size_t stop, const char* reason) {
  char buf[200];
  if (stop - start <= 1) {
    std::snprintf(buf, sizeof buf, "'%s' codec can't decode byte 0x%02x in position %zu: %s", codec,
                  static_cast<unsigned char>(bytes[start]), start, reason);
  } else {
    std::snprintf(buf, sizeof buf, "'%s' codec can't decode bytes in position %zu-%zu: %s", codec, start, stop - 1,
                  reason);
  }
  return buf;
}

// Python's UTF-16 / UTF-32 decoders (with_bom: the plain "utf-16"/"utf-32" codecs, which
// read a BOM and otherwise assume little-endian).
bool decode_utf16_or_32(std::string_view bytes, int unit, bool little, bool with_bom, std::string* out,
                        std::string* message) {
  size_t i = 0;
  if (with_bom) {
    if (unit == 2 && bytes.size() >= 2) {
      if (bytes.compare(0, 2, "\xFF\xFE") == 0) i = 2;
      else if (bytes.compare(0, 2, "\xFE\xFF") == 0) i = 2, little = false;
    } else if (unit == 4 && bytes.size() >= 4) {
      if (bytes.compare(0, 4, std::string_view("\xFF\xFE\0\0", 4)) == 0) i = 4;
      else if (bytes.compare(0, 4, std::string_view("\0\0\xFE\xFF", 4)) == 0) i = 4, little = false;
    }
  }
  const char* codec = unit == 2 ? (little ? "utf-16-le" : "utf-16-be") : (little ? "utf-32-le" : "utf-32-be");
  auto read = [&](size_t at) {
    uint32_t v = 0;
    for (int k = 0; k < unit; ++k) {
      uint32_t b = static_cast<unsigned char>(bytes[at + static_cast<size_t>(k)]);
      v |= little ? b << (8 * k) : b << (8 * (unit - 1 - k));
    }
    return v;
  };
  out->clear();
  size_t n = bytes.size();
  while (i < n) {
    if (n - i < static_cast<size_t>(unit)) {
      *message = codec_error(codec, bytes, i, n, "truncated data");
      return false;
    }
    uint32_t v = read(i);
    if (unit == 4) {
      if (v > 0x10FFFF) {
        *message = codec_error(codec, bytes, i, i + 4, "code point not in range(0x110000)");
        return false;
      }
      if (v >= 0xD800 && v < 0xE000) {
        *message = codec_error(codec, bytes, i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)");
        return false;
      }
      append_code_point(out, v);
      i += 4;
      continue;
    }
    if (v >= 0xDC00 && v < 0xE000) {
      *message = codec_error(codec, bytes, i, i + 2, "illegal encoding");
      return false;
    }
    if (v >= 0xD800 && v < 0xDC00) {
      if (n - i < 4) {
        *message = codec_error(codec, bytes, i, n, "unexpected end of data");
        return false;
      }
      uint32_t low = read(i + 2);
      if (low < 0xDC00 || low >= 0xE000) {
        *message = codec_error(codec, bytes, i, i + 2, "illegal UTF-16 surrogate");
        return false;
      }
      append_code_point(out, 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00));
      i += 4;
      continue;
    }
    append_code_point(out, v);
    i += 2;
  }
  return true;
}

// Decodes the whole buffer with a declared encoding other than plain "utf-8".
bool transcode(const std::string& declared, std::string_view bytes, std::string* out, std::string* message,
               bool* unknown) {
  *unknown = false;
  std::string key = registry_name(declared);
  if (one_of(key, {"base64", "base_64", "base64_codec", "hex", "hex_codec", "rot13", "rot_13", "zlib", "zip",
                   "zlib_codec", "bz2", "bz2_codec", "quopri", "quotedprintable", "quoted_printable", "quopri_codec",
                   "uu", "uu_codec"})) {
    std::string canonical = key == "rot_13" ? "rot13" : key.substr(0, key.find("_codec"));
    if (canonical == "base_64") canonical = "base64";
    if (canonical == "zip") canonical = "zlib";
    if (canonical == "quotedprintable" || canonical == "quoted_printable") canonical = "quopri";
    *message = "'" + canonical + "' is not a text encoding; use codecs.decode() to handle arbitrary codecs";
    return false;
  }
  if (one_of(key, {"idna"})) key = "ascii";
  if (one_of(key, {"utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2", "utf8_ucs4", "utf_8_sig", "utf8_sig"})) {
    utf8::DecodeError error;
    std::string_view body = bytes;
    // utf-8-sig drops a BOM; the BOM was already dropped if there was one.
    if (utf8::find_decode_error(body, &error)) {
      *message = utf8::decode_error_message(body, error);
      return false;
    }
    out->assign(body);
    return true;
  }
  if (one_of(key, {"ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367",
                   "csascii", "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6"})) {
    for (size_t i = 0; i < bytes.size(); ++i) {
      if (static_cast<unsigned char>(bytes[i]) >= 0x80) {
        char buf[120];
        std::snprintf(buf, sizeof buf, "'ascii' codec can't decode byte 0x%02x in position %zu: ordinal not in range(128)",
                      static_cast<unsigned char>(bytes[i]), i);
        *message = buf;
        return false;
      }
    }
    out->assign(bytes);
    return true;
  }
  if (one_of(key, {"latin_1", "latin1", "latin", "l1", "iso8859_1", "iso_8859_1", "8859", "cp819", "iso_ir_100",
                   "csisolatin1", "ibm819", "iso_8859_1_1987", "iso_8859_1"})) {
    out->clear();
    out->reserve(bytes.size() * 2);
    for (unsigned char c : bytes) {
      if (c < 0x80) {
        out->push_back(static_cast<char>(c));
      } else {
        out->push_back(static_cast<char>(0xC0 | (c >> 6)));
        out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
      }
    }
    return true;
  }
  if (one_of(key, {"utf_16", "utf16", "u16"})) return decode_utf16_or_32(bytes, 2, true, true, out, message);
  if (one_of(key, {"utf_16_le", "utf_16le", "unicodelittleunmarked"})) {
    return decode_utf16_or_32(bytes, 2, true, false, out, message);
  }
  if (one_of(key, {"utf_16_be", "utf_16be", "unicodebigunmarked"})) {
    return decode_utf16_or_32(bytes, 2, false, false, out, message);
  }
  if (one_of(key, {"utf_32", "utf32", "u32"})) return decode_utf16_or_32(bytes, 4, true, true, out, message);
  if (one_of(key, {"utf_32_le", "utf_32le"})) return decode_utf16_or_32(bytes, 4, true, false, out, message);
  if (one_of(key, {"utf_32_be", "utf_32be"})) return decode_utf16_or_32(bytes, 4, false, false, out, message);
  return iconv_decode(declared, bytes, out, message, unknown);
}

void translate_newlines(std::string_view in, std::string* out) {
  out->clear();
  out->reserve(in.size());
  size_t i = 0;
  while (i < in.size()) {
    size_t cr = in.find('\r', i);
    if (cr == std::string_view::npos) {
      out->append(in.substr(i));
      break;
    }
    out->append(in.substr(i, cr - i));
    out->push_back('\n');
    i = cr + 1;
    if (i < in.size() && in[i] == '\n') ++i;
  }
}

SyntaxErrorInfo null_bytes_error(std::string_view filename) {
  SyntaxErrorInfo info;
  info.exc_type = "SyntaxError";
  info.msg = "source code string cannot contain null bytes";
  info.filename = std::string(filename);
  info.has_location = false;
  info.has_text = false;
  return info;
}

// Shared by decode_source and decode_source_for_tokenize: BOM, declaration, transcoding.
// *text receives UTF-8 (or, for undeclared/utf-8 sources, the bytes unvalidated).
bool decode_declared(std::string_view bytes, std::string_view filename, std::string* text, std::string* encoding,
                     SyntaxErrorInfo* error) {
  bool bom = bytes.size() >= 3 && bytes.compare(0, 3, "\xEF\xBB\xBF") == 0;
  if (bom) bytes.remove_prefix(3);
  std::string spec;
  if (!find_coding_spec(bytes, &spec)) {
    *encoding = "utf-8";
    text->assign(bytes);
    return true;
  }
  *encoding = spec;
  if (spec == "utf-8") {
    text->assign(bytes);
    return true;
  }
  if (bom) {
    *error = encoding_error("encoding problem: " + spec + " with BOM", filename);
    return false;
  }
  std::string message;
  bool unknown = false;
  if (!transcode(spec, bytes, text, &message, &unknown)) {
    *error = encoding_error(unknown ? "unknown encoding: " + spec : message, filename);
    return false;
  }
  return true;
}

}  // namespace

bool decode_source(std::string_view bytes, std::string_view filename, bool from_file, std::string* utf8,
                   SyntaxErrorInfo* error) {
  if (bytes.find('\0') != std::string_view::npos) {
    *error = null_bytes_error(filename);
    return false;
  }
  if (!from_file) {
    translate_newlines(bytes, utf8);
    return true;
  }
  std::string text;
  std::string encoding;
  if (!decode_declared(bytes, filename, &text, &encoding, error)) return false;
  translate_newlines(text, utf8);
  return true;
}

bool decode_source_for_tokenize(std::string_view bytes, std::string_view filename, std::string* text,
                                std::string* encoding, SyntaxErrorInfo* error) {
  // tokenize.detect_encoding(): a BOM, then a cookie on line 1, or on line 2 when line 1
  // is blank or a comment. Lines end at '\n' only (it reads with readline()).
  // tokenize names the file in its messages when it has a name (not for a bare readline).
  std::string for_file = filename.empty() ? std::string() : " for " + str_repr(filename);
  auto fail = [&](std::string msg) {
    *error = SyntaxErrorInfo();
    error->msg = std::move(msg);
    error->filename = std::string(filename);
    error->has_location = false;
    error->has_text = false;
    return false;
  };
  bool bom = bytes.size() >= 3 && bytes.compare(0, 3, "\xEF\xBB\xBF") == 0;
  if (bom) bytes.remove_prefix(3);
  std::string found;
  // find_cookie(): the line must be valid UTF-8; a cookie names a known codec.
  auto find_cookie = [&](std::string_view line, bool* ok) {
    *ok = true;
    utf8::DecodeError ignored;
    if (utf8::find_decode_error(line, &ignored)) {
      *ok = fail("invalid or missing encoding declaration" + for_file);
      return false;
    }
    std::string spec;
    if (!coding_spec_in_line(line, &spec)) return false;
    std::string probe;
    std::string message;
    bool unknown = false;
    transcode(spec, std::string_view(), &probe, &message, &unknown);
    if (unknown) {
      *ok = fail(filename.empty() ? "unknown encoding: " + spec : "unknown encoding" + for_file + ": " + spec);
      return false;
    }
    if (bom && spec != "utf-8") {
      *ok = fail("encoding problem" + for_file + ": utf-8");
      return false;
    }
    found = spec;
    return true;
  };
  size_t nl1 = bytes.find('\n');
  std::string_view first = bytes.substr(0, nl1 == std::string_view::npos ? bytes.size() : nl1 + 1);
  bool ok = true;
  if (!first.empty() && !find_cookie(first, &ok) && ok && is_blank_or_comment_line(first) &&
      nl1 != std::string_view::npos) {
    size_t nl2 = bytes.find('\n', nl1 + 1);
    std::string_view second =
        bytes.substr(nl1 + 1, nl2 == std::string_view::npos ? std::string_view::npos : nl2 - nl1);
    if (!second.empty()) find_cookie(second, &ok);
  }
  if (!ok) return false;
  *encoding = found.empty() ? "utf-8" : found;
  // The lines are then decoded with errors='replace'.
  if (*encoding == "utf-8") {
    *text = utf8::decode_replace(bytes);
    return true;
  }
  std::string message;
  bool unknown = false;
  if (transcode(*encoding, bytes, text, &message, &unknown)) return true;
  // Undecodable bytes: decode piecewise, replacing what fails.
  text->clear();
  size_t i = 0;
  while (i < bytes.size()) {
    size_t nl = bytes.find('\n', i);
    size_t stop = nl == std::string_view::npos ? bytes.size() : nl + 1;
    std::string piece;
    if (transcode(*encoding, bytes.substr(i, stop - i), &piece, &message, &unknown)) {
      text->append(piece);
    } else {
      for (size_t k = i; k < stop; ++k) {
        std::string one;
        if (transcode(*encoding, bytes.substr(k, 1), &one, &message, &unknown)) {
          text->append(one);
        } else {
          text->append("\xEF\xBF\xBD");
        }
      }
    }
    i = stop;
  }
  return true;
}

}  // namespace pyxis::frontend
