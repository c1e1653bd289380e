// Literal values with CPython 3.12's semantics and messages: numbers (int, big int, float,
// imaginary), string and bytes literals, f-string middles.
#include "frontend/literals.h"

#include <gmp.h>

#include <charconv>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>

#include "frontend/utf8_codec.h"
#include "support/unicode.h"

namespace pyxis::frontend {

namespace {

constexpr size_t kMaxDecimalIntDigits = 4300;  // sys.int_info.default_max_str_digits

bool is_hex_digit(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return c - 'A' + 10;
}

// ---------------------------------------------------------------------------------------
// Numbers

std::string strip_underscores(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c != '_') out += c;
  }
  return out;
}

// Parses a float literal (underscores removed, no 'j'): correctly rounded, inf on overflow.
double parse_float(const std::string& digits) {
  double value = 0.0;
  const char* begin = digits.data();
  const char* end = begin + digits.size();
  auto result = std::from_chars(begin, end, value, std::chars_format::general);
  if (result.ec == std::errc::result_out_of_range) {
    // Overflow or underflow: decide by the decimal magnitude of the first significant digit.
    long magnitude = 0;
    bool seen_point = false, seen_nonzero = false;
    long exponent = 0;
    for (const char* p = begin; p < end; ++p) {
      char c = *p;
      if (c == '.') {
        seen_point = true;
      } else if (c == 'e' || c == 'E') {
        // The exponent may be huge: clamp while accumulating.
        const char* q = p + 1;
        bool negative = false;
        if (q < end && (*q == '+' || *q == '-')) negative = *q++ == '-';
        for (; q < end; ++q) {
          if (exponent < 100000000) exponent = exponent * 10 + (*q - '0');
        }
        if (negative) exponent = -exponent;
        break;
      } else if (!seen_nonzero) {
        if (c != '0') {
          seen_nonzero = true;
          if (!seen_point) magnitude = 1;
        } else if (seen_point) {
          --magnitude;
        }
      } else if (!seen_point) {
        ++magnitude;
      }
    }
    return magnitude + exponent > 0 ? std::numeric_limits<double>::infinity() : 0.0;
  }
  return value;
}

bool parse_int(Arena& arena, const std::string& digits, int base, ast::ConstantValue* out, LiteralError* error) {
  // Fast path: fits in int64.
  uint64_t value = 0;
  bool overflow = false;
  for (char c : digits) {
    uint64_t d = static_cast<uint64_t>(hex_value(c));
    if (value > (std::numeric_limits<uint64_t>::max() - d) / static_cast<uint64_t>(base)) {
      overflow = true;
      break;
    }
    value = value * base + d;
  }
  if (!overflow && value <= static_cast<uint64_t>(std::numeric_limits<int64_t>::max())) {
    out->kind = ast::ConstantValue::Kind::Int;
    out->int_value = static_cast<int64_t>(value);
    return true;
  }
  if (base == 10 && digits.size() > kMaxDecimalIntDigits) {
    if (error) {
      error->msg = "Exceeds the limit (4300 digits) for integer string conversion: value has " +
                   std::to_string(digits.size()) +
                   " digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal "
                   "for huge integer literals to avoid decimal conversion limits.";
      error->place = LiteralError::Place::LineOnly;
      error->byte_offset = -1;
      error->end_byte_offset = -1;
    }
    return false;
  }
  out->kind = ast::ConstantValue::Kind::BigInt;
  if (base == 10) {
    size_t first = digits.find_first_not_of('0');
    out->text = arena.copy(std::string_view(digits).substr(first == std::string::npos ? digits.size() - 1 : first));
    return true;
  }
  mpz_t big;
  mpz_init(big);
  mpz_set_str(big, digits.c_str(), base);
  std::string decimal(mpz_sizeinbase(big, 10) + 2, '\0');
  mpz_get_str(decimal.data(), 10, big);
  mpz_clear(big);
  decimal.resize(std::strlen(decimal.c_str()));
  out->text = arena.copy(decimal);
  return true;
}

// Text the tokenizer should never have produced as a NUMBER: reported, never crashed on.
void set_malformed_number(LiteralError* error, std::string_view token_text) {
  if (!error) return;
  error->msg = "invalid number literal";
  error->place = LiteralError::Place::Token;
  error->byte_offset = 0;
  error->end_byte_offset = static_cast<int>(token_text.size());
}

}  // namespace

bool parse_number_literal(Arena& arena, std::string_view token_text, ast::ConstantValue* out,
                          LiteralError* error) {
  *out = ast::ConstantValue{};
  std::string digits = strip_underscores(token_text);
  if (digits.empty()) {
    set_malformed_number(error, token_text);
    return false;
  }
  if (digits.size() >= 2 && digits[0] == '0') {
    char p = digits[1];
    int base = (p == 'x' || p == 'X') ? 16 : (p == 'o' || p == 'O') ? 8 : (p == 'b' || p == 'B') ? 2 : 0;
    if (base != 0) {
      std::string body = digits.substr(2);
      bool valid = !body.empty();
      for (char c : body) {
        if (!is_hex_digit(c) || hex_value(c) >= base) valid = false;
      }
      if (!valid) {
        set_malformed_number(error, token_text);
        return false;
      }
      return parse_int(arena, body, base, out, error);
    }
  }
  char last = digits.back();
  if (last == 'j' || last == 'J') {
    digits.pop_back();
    out->kind = ast::ConstantValue::Kind::Complex;
    out->float_value = parse_float(digits);
    return true;
  }
  bool is_float = digits.find_first_of(".eE") != std::string::npos;
  if (is_float) {
    out->kind = ast::ConstantValue::Kind::Float;
    out->float_value = parse_float(digits);
    return true;
  }
  for (char c : digits) {
    if (c < '0' || c > '9') {
      set_malformed_number(error, token_text);
      return false;
    }
  }
  if (digits.find_first_not_of('0') == std::string::npos) {
    // All zeros ("0", "0_0", "000..."): zero, whatever the number of digits.
    out->kind = ast::ConstantValue::Kind::Int;
    out->int_value = 0;
    return true;
  }
  return parse_int(arena, digits, 10, out, error);
}

// ---------------------------------------------------------------------------------------
// Strings

namespace {

enum class BodyKind { Str, Bytes };

// Decodes a literal body (between the quotes, or an f-string middle). Tracks CPython's
// position counting for unicode-escape error messages: ASCII bytes count 1, non-ASCII
// characters 10 (CPython rewrites them as \UXXXXXXXX before decoding), a backslash that
// precedes a non-ASCII character 6 (rewritten as \u005c).
class BodyDecoder {
 public:
  BodyDecoder(std::string_view body, BodyKind kind, bool raw, bool collapse_braces, std::string* out,
              std::vector<LiteralWarning>* warnings, int warning_base)
      : body_(body),
        kind_(kind),
        raw_(raw),
        collapse_braces_(collapse_braces),
        out_(out),
        warnings_(warnings),
        warning_base_(warning_base) {}

  // Returns false with *msg set on error.
  bool run(std::string* msg) {
    out_->reserve(body_.size());
    size_t i = 0;
    while (i < body_.size()) {
      unsigned char c = static_cast<unsigned char>(body_[i]);
      if (c == '\r') {
        out_->push_back('\n');
        i += (i + 1 < body_.size() && body_[i + 1] == '\n') ? 2 : 1;
        ++vpos_;
        continue;
      }
      if (collapse_braces_ && (c == '{' || c == '}') && i + 1 < body_.size() && body_[i + 1] == static_cast<char>(c)) {
        out_->push_back(static_cast<char>(c));
        i += 2;
        vpos_ += 2;
        continue;
      }
      if (c != '\\' || raw_) {
        copy_char(&i);
        continue;
      }
      if (!decode_escape(&i, msg)) return false;
    }
    return true;
  }

 private:
  // Copies one (possibly multi-byte) character.
  void copy_char(size_t* i) {
    unsigned char c = static_cast<unsigned char>(body_[*i]);
    if (c < 0x80) {
      out_->push_back(static_cast<char>(c));
      ++*i;
      ++vpos_;
      return;
    }
    size_t start = *i;
    char32_t cp;
    if (!unicode::decode_utf8(body_, i, &cp)) {
      *i = start + 1;  // not valid UTF-8: copy the byte as is
    }
    out_->append(body_.substr(start, *i - start));
    vpos_ += 10;
  }

  void warn(size_t start, size_t end, std::string msg) {
    if (warned_ || warnings_ == nullptr) {
      warned_ = true;
      return;
    }
    warned_ = true;
    LiteralWarning w;
    w.msg = std::move(msg);
    w.byte_offset = warning_base_ + static_cast<int>(start);
    w.end_byte_offset = warning_base_ + static_cast<int>(end);
    warnings_->push_back(std::move(w));
  }

  void append_code_point(char32_t cp) {
    if (kind_ == BodyKind::Bytes) {
      out_->push_back(static_cast<char>(cp & 0xFF));
    } else {
      unicode::append_utf8(*out_, cp);
    }
  }

  std::string codec_error(size_t start_vpos, size_t end_vpos, const char* reason) {
    return "(unicode error) 'unicodeescape' codec can't decode bytes in position " + std::to_string(start_vpos) + "-" +
           std::to_string(end_vpos - 1) + ": " + reason;
  }

  // Virtual length of body_[from, to) (see the class comment).
  size_t vlen(size_t from, size_t to) const {
    size_t n = 0;
    size_t i = from;
    while (i < to) {
      unsigned char c = static_cast<unsigned char>(body_[i]);
      if (c == '\r') {
        i += (i + 1 < to && body_[i + 1] == '\n') ? 2 : 1;
        n += 1;
      } else if (c < 0x80) {
        n += (c == '\\' && i + 1 < to && static_cast<unsigned char>(body_[i + 1]) >= 0x80) ? 6 : 1;
        ++i;
      } else {
        size_t next = i;
        char32_t cp;
        if (!unicode::decode_utf8(body_, &next, &cp)) next = i + 1;
        i = next;
        n += 10;
      }
    }
    return n;
  }

  // Reads up to `count` hex digits after body_[*i]; returns how many were valid.
  size_t read_hex(size_t from, size_t count, uint32_t* value) const {
    size_t n = 0;
    *value = 0;
    while (n < count && from + n < body_.size() && is_hex_digit(body_[from + n])) {
      *value = *value * 16 + hex_value(body_[from + n]);
      ++n;
    }
    return n;
  }

  bool decode_escape(size_t* pos, std::string* msg) {
    size_t start = *pos;  // the backslash
    size_t start_vpos = vpos_;
    if (start + 1 >= body_.size()) {
      // A lone backslash ends the text: only an f-string middle cut before a brace does.
      out_->push_back('\\');
      warn(start, start + 1, "invalid escape sequence '\\{'");
      *pos = start + 1;
      ++vpos_;
      return true;
    }
    unsigned char c = static_cast<unsigned char>(body_[start + 1]);
    if (c >= 0x80) {
      if (kind_ == BodyKind::Str) {
        // CPython rewrites the backslash as "\u005c" before decoding: a plain backslash.
        out_->push_back('\\');
        *pos = start + 1;
        vpos_ += 6;
        return true;
      }
      out_->push_back('\\');  // unreachable for valid bytes literals (ASCII checked first)
      *pos = start + 1;
      ++vpos_;
      return true;
    }
    size_t i = start + 2;
    switch (c) {
      case '\n':
        break;
      case '\r':
        if (i < body_.size() && body_[i] == '\n') ++i;
        break;
      case '\\': out_->push_back('\\'); break;
      case '\'': out_->push_back('\''); break;
      case '"': out_->push_back('"'); break;
      case 'a': out_->push_back('\a'); break;
      case 'b': out_->push_back('\b'); break;
      case 'f': out_->push_back('\f'); break;
      case 'n': out_->push_back('\n'); break;
      case 'r': out_->push_back('\r'); break;
      case 't': out_->push_back('\t'); break;
      case 'v': out_->push_back('\v'); break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        uint32_t value = c - '0';
        while (i < body_.size() && i < start + 4 && body_[i] >= '0' && body_[i] <= '7') {
          value = value * 8 + (body_[i] - '0');
          ++i;
        }
        if (value > 0377) {
          warn(start, i, "invalid octal escape sequence '" + std::string(body_.substr(start, i - start)) + "'");
        }
        append_code_point(value);
        break;
      }
      case 'x': {
        uint32_t value;
        size_t n = read_hex(i, 2, &value);
        if (n < 2) {
          if (kind_ == BodyKind::Bytes) {
            *msg = "(value error) invalid \\x escape at position " + std::to_string(start_vpos);
          } else {
            *msg = codec_error(start_vpos, start_vpos + 2 + n, "truncated \\xXX escape");
          }
          return false;
        }
        append_code_point(value);
        i += 2;
        break;
      }
      case 'u':
      case 'U': {
        if (kind_ == BodyKind::Bytes) return invalid_escape(pos, start);
        size_t want = c == 'u' ? 4 : 8;
        uint32_t value;
        size_t n = read_hex(i, want, &value);
        if (n < want) {
          *msg = codec_error(start_vpos, start_vpos + 2 + n,
                             c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape");
          return false;
        }
        if (value > 0x10FFFF) {
          *msg = codec_error(start_vpos, start_vpos + 2 + n, "illegal Unicode character");
          return false;
        }
        append_code_point(value);
        i += want;
        break;
      }
      case 'N': {
        if (kind_ == BodyKind::Bytes) return invalid_escape(pos, start);
        if (i >= body_.size() || body_[i] != '{') {
          *msg = codec_error(start_vpos, start_vpos + vlen(start, i), "malformed \\N character escape");
          return false;
        }
        size_t close = body_.find('}', i + 1);
        if (close == std::string_view::npos) {
          *msg = codec_error(start_vpos, start_vpos + vlen(start, body_.size()), "malformed \\N character escape");
          return false;
        }
        if (close == i + 1) {
          *msg = codec_error(start_vpos, start_vpos + vlen(start, close), "malformed \\N character escape");
          return false;
        }
        auto cp = unicode::lookup_name(body_.substr(i + 1, close - i - 1));
        if (!cp) {
          *msg = codec_error(start_vpos, start_vpos + vlen(start, close + 1), "unknown Unicode character name");
          return false;
        }
        append_code_point(*cp);
        i = close + 1;
        break;
      }
      default:
        return invalid_escape(pos, start);
    }
    vpos_ += vlen(start, i);
    *pos = i;
    return true;
  }

  // "\q": kept as written (backslash and character), with a warning. Only the backslash is
  // consumed here so that the next character is read normally (it may start "{{").
  bool invalid_escape(size_t* pos, size_t start) {
    warn(start, start + 2, "invalid escape sequence '\\" + std::string(1, body_[start + 1]) + "'");
    out_->push_back('\\');
    *pos = start + 1;
    ++vpos_;
    return true;
  }

  std::string_view body_;
  BodyKind kind_;
  bool raw_;
  bool collapse_braces_;
  std::string* out_;
  std::vector<LiteralWarning>* warnings_;
  int warning_base_;
  size_t vpos_ = 0;
  bool warned_ = false;
};

// The body as CPython's tokenizer hands it over: "\r\n" and lone "\r" read as "\n".
std::string normalize_newlines(std::string_view body) {
  std::string out;
  out.reserve(body.size());
  for (size_t i = 0; i < body.size(); ++i) {
    if (body[i] == '\r') {
      out.push_back('\n');
      if (i + 1 < body.size() && body[i + 1] == '\n') ++i;
    } else {
      out.push_back(body[i]);
    }
  }
  return out;
}

// The strict UTF-8 check CPython applies to a str literal's body before decoding escapes
// (observed): a raw body, or one without a backslash, is decoded as a whole, so positions
// count from the start of the body; otherwise each maximal run of non-ASCII bytes is
// decoded on its own and positions count from the start of that run (a truncated
// sequence cut short by an ASCII byte is then "unexpected end of data"). Returns false
// with *msg ("(unicode error) 'utf-8' codec can't ...") on the first invalid run.
bool check_str_body_utf8(std::string_view raw_body, bool raw, std::string* msg) {
  std::string body = normalize_newlines(raw_body);
  utf8::DecodeError de;
  if (raw || body.find('\\') == std::string::npos) {
    if (!utf8::find_decode_error(body, &de)) return true;
    *msg = std::string(kUnicodeErrorPrefix) + utf8::decode_error_message(body, de);
    return false;
  }
  size_t i = 0;
  while (i < body.size()) {
    if (static_cast<unsigned char>(body[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t run_end = i;
    while (run_end < body.size() && static_cast<unsigned char>(body[run_end]) >= 0x80) ++run_end;
    std::string_view run = std::string_view(body).substr(i, run_end - i);
    if (utf8::find_decode_error(run, &de)) {
      *msg = std::string(kUnicodeErrorPrefix) + utf8::decode_error_message(run, de);
      return false;
    }
    i = run_end;
  }
  return true;
}

void set_token_error(LiteralError* error, std::string msg, std::string_view token_text) {
  if (!error) return;
  error->msg = std::move(msg);
  error->place = LiteralError::Place::Token;
  error->byte_offset = 0;
  error->end_byte_offset = static_cast<int>(token_text.size());
}

}  // namespace

bool decode_string_literal(Arena& arena, std::string_view token_text, StringLiteral* out, LiteralError* error,
                           std::vector<LiteralWarning>* warnings) {
  *out = StringLiteral{};
  bool raw = false, bytes = false, u_prefix = false;
  size_t i = 0;
  for (; i < token_text.size(); ++i) {
    char c = token_text[i];
    if (c == 'r' || c == 'R') {
      raw = true;
    } else if (c == 'b' || c == 'B') {
      bytes = true;
    } else if (c == 'u') {
      u_prefix = true;
    } else if (c == 'U') {
    } else {
      break;
    }
  }
  if (i >= token_text.size() || (token_text[i] != '"' && token_text[i] != '\'')) {
    set_token_error(error, "invalid string literal", token_text);
    return false;
  }
  char quote = token_text[i];
  size_t quote_len = (token_text.size() - i >= 6 && token_text[i + 1] == quote && token_text[i + 2] == quote) ? 3 : 1;
  if (token_text.size() < i + 2 * quote_len) {
    set_token_error(error, "invalid string literal", token_text);
    return false;
  }
  size_t body_start = i + quote_len;
  std::string_view body = token_text.substr(body_start, token_text.size() - body_start - quote_len);

  if (bytes) {
    for (char c : body) {
      if (static_cast<unsigned char>(c) >= 0x80) {
        set_token_error(error, "bytes can only contain ASCII literal characters", token_text);
        return false;
      }
    }
  }
  std::string value;
  std::string msg;
  if (!bytes && !check_str_body_utf8(body, raw, &msg)) {
    set_token_error(error, std::move(msg), token_text);
    return false;
  }
  BodyDecoder decoder(body, bytes ? BodyKind::Bytes : BodyKind::Str, raw, /*collapse_braces=*/false, &value,
                      warnings, static_cast<int>(body_start));
  if (!decoder.run(&msg)) {
    set_token_error(error, std::move(msg), token_text);
    return false;
  }
  out->is_bytes = bytes;
  out->has_u_prefix = u_prefix;
  out->value.kind = bytes ? ast::ConstantValue::Kind::Bytes : ast::ConstantValue::Kind::Str;
  out->value.text = arena.copy(value);
  return true;
}

bool decode_fstring_middle(Arena& arena, std::string_view middle_text, bool raw, std::string_view* out,
                           LiteralError* error, std::vector<LiteralWarning>* warnings) {
  std::string value;
  std::string msg;
  // The whole middle is decoded strictly first (positions count from its start, whatever
  // its backslashes); CPython lets that UnicodeDecodeError through unconverted.
  utf8::DecodeError de;
  std::string normalized = normalize_newlines(middle_text);
  if (utf8::find_decode_error(normalized, &de)) {
    if (error) {
      error->msg = std::string(kUnicodeErrorPrefix) + utf8::decode_error_message(normalized, de);
      error->place = LiteralError::Place::Unlocated;
      error->byte_offset = -1;
      error->end_byte_offset = -1;
    }
    return false;
  }
  BodyDecoder decoder(middle_text, BodyKind::Str, raw, /*collapse_braces=*/true, &value, warnings, 0);
  if (!decoder.run(&msg)) {
    if (error) {
      error->msg = std::move(msg);
      error->place = LiteralError::Place::FStringEnd;
      error->byte_offset = -1;
      error->end_byte_offset = -1;
    }
    return false;
  }
  *out = arena.copy(value);
  return true;
}

}  // namespace pyxis::frontend
