// Unit tests for frontend/literals: numbers, string/bytes literals and f-string middles,
// with values and messages observed from CPython 3.12.
#include "frontend/literals.h"

#include <gtest/gtest.h>

#include <cmath>

namespace pyxis::frontend {
namespace {

using Kind = ast::ConstantValue::Kind;

struct Decoded {
  bool ok = false;
  std::string value;  // Str/Bytes text, or the error message
  bool is_bytes = false;
  bool u = false;
  LiteralError error;
  std::vector<LiteralWarning> warnings;
};

Decoded str(std::string_view token) {
  Arena arena;
  Decoded d;
  StringLiteral lit;
  d.ok = decode_string_literal(arena, token, &lit, &d.error, &d.warnings);
  if (d.ok) {
    d.value = std::string(lit.value.text);
    d.is_bytes = lit.is_bytes;
    d.u = lit.has_u_prefix;
    EXPECT_EQ(lit.value.kind, lit.is_bytes ? Kind::Bytes : Kind::Str);
  } else {
    d.value = d.error.msg;
  }
  return d;
}

Decoded middle(std::string_view text, bool raw = false) {
  Arena arena;
  Decoded d;
  std::string_view out;
  d.ok = decode_fstring_middle(arena, text, raw, &out, &d.error, &d.warnings);
  d.value = d.ok ? std::string(out) : d.error.msg;
  return d;
}

std::string codec(const char* positions, const char* reason) {
  return std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position ") + positions + ": " +
         reason;
}

TEST(StringLiteral, Plain) {
  EXPECT_EQ(str("'abc'").value, "abc");
  EXPECT_EQ(str("\"abc\"").value, "abc");
  EXPECT_EQ(str("''").value, "");
  EXPECT_EQ(str("\"\"\"a'b\"c\"\"\"").value, "a'b\"c");
  EXPECT_EQ(str("''''''").value, "");
  EXPECT_EQ(str("'\xc3\xa9'").value, "\xc3\xa9");
  EXPECT_TRUE(str("u'x'").u);
  EXPECT_FALSE(str("U'x'").u);
  EXPECT_FALSE(str("'x'").u);
  EXPECT_FALSE(str("'x'").is_bytes);
  EXPECT_TRUE(str("b'x'").is_bytes);
  EXPECT_TRUE(str("Rb'x'").is_bytes);
  EXPECT_TRUE(str("bR'x'").is_bytes);
}

TEST(StringLiteral, Escapes) {
  EXPECT_EQ(str(R"('\xfF\101\a\b\f\n\r\t\v\'\"\\')").value, "\xc3\xbf" "A\a\b\f\n\r\t\v'\"\\");
  EXPECT_EQ(str(R"(b'\xfF\101\a\b\f\n\r\t\v\'\"\\')").value, "\xff" "A\a\b\f\n\r\t\v'\"\\");
  EXPECT_EQ(str(R"('\0\1\12\123\1234')").value, std::string("\0\1\nSS4", 6));
  EXPECT_EQ(str(R"('\u00e9\U0001F600\u20ac')").value, "\xc3\xa9\xf0\x9f\x98\x80\xe2\x82\xac");
  EXPECT_EQ(str(R"('\ud800\udfff')").value, "\xed\xa0\x80\xed\xbf\xbf");  // lone surrogates stay apart
  EXPECT_EQ(str(R"('\U0010ffff')").value, "\xf4\x8f\xbf\xbf");
  EXPECT_EQ(str(R"('\N{LATIN SMALL LETTER A}\N{bom}\N{DIGIT ONE}')").value, "a\xef\xbb\xbf" "1");
  EXPECT_EQ(str("'a\\\nb'").value, "ab");
  EXPECT_EQ(str("'a\\\r\nb'").value, "ab");
  EXPECT_EQ(str("b'a\\\r\nb'").value, "ab");
  EXPECT_EQ(str("'''a\r\nb\rc'''").value, "a\nb\nc");
  EXPECT_EQ(str("r'''a\r\nb'''").value, "a\nb");
  EXPECT_EQ(str(R"('\777')").value, "\xc7\xbf");  // U+01FF
  EXPECT_EQ(str(R"('\400')").value, "\xc4\x80");
  EXPECT_EQ(str(R"(b'\777\400')").value, std::string("\xff\x00", 2));
  // A backslash before a non-ASCII character is kept, without a warning.
  Decoded d = str("'\\\xc3\xa9'");
  EXPECT_EQ(d.value, "\\\xc3\xa9");
  EXPECT_TRUE(d.warnings.empty());
}

TEST(StringLiteral, Raw) {
  EXPECT_EQ(str(R"(r'\x\N{x}\d')").value, R"(\x\N{x}\d)");
  EXPECT_EQ(str(R"(R'\'')").value, R"(\')");
  EXPECT_EQ(str(R"(rb'\x')").value, R"(\x)");
  EXPECT_EQ(str(R"(BR'\x')").value, R"(\x)");
  EXPECT_EQ(str(R"(R"\N{DIGIT ONE}")").value, R"(\N{DIGIT ONE})");
  EXPECT_TRUE(str(R"(r'\d')").warnings.empty());
}

TEST(StringLiteral, InvalidEscapesWarnOncePerToken) {
  Decoded d = str(R"('\d')");
  EXPECT_TRUE(d.ok);
  EXPECT_EQ(d.value, R"(\d)");
  ASSERT_EQ(d.warnings.size(), 1u);
  EXPECT_EQ(d.warnings[0].msg, R"(invalid escape sequence '\d')");
  EXPECT_EQ(d.warnings[0].byte_offset, 1);
  EXPECT_EQ(d.warnings[0].end_byte_offset, 3);

  d = str(R"('\d\e')");
  EXPECT_EQ(d.value, R"(\d\e)");
  ASSERT_EQ(d.warnings.size(), 1u);
  EXPECT_EQ(d.warnings[0].msg, R"(invalid escape sequence '\d')");

  d = str(R"('\d\777')");
  ASSERT_EQ(d.warnings.size(), 1u);
  EXPECT_EQ(d.warnings[0].msg, R"(invalid escape sequence '\d')");
  d = str(R"('\777\d')");
  ASSERT_EQ(d.warnings.size(), 1u);
  EXPECT_EQ(d.warnings[0].msg, R"(invalid octal escape sequence '\777')");

  d = str(R"('\0\1\12\123\1234\8\9')");
  EXPECT_EQ(d.value, std::string("\0\1\nSS4\\8\\9", 10));
  ASSERT_EQ(d.warnings.size(), 1u);
  EXPECT_EQ(d.warnings[0].msg, R"(invalid escape sequence '\8')");

  d = str("'\\\t'");
  EXPECT_EQ(d.value, "\\\t");
  ASSERT_EQ(d.warnings.size(), 1u);
  EXPECT_EQ(d.warnings[0].msg, "invalid escape sequence '\\\t'");

  // Bytes keep \u \U \N as written.
  d = str(R"(b'\u1234\N{x}')");
  EXPECT_EQ(d.value, R"(\u1234\N{x})");
  ASSERT_EQ(d.warnings.size(), 1u);
  EXPECT_EQ(d.warnings[0].msg, R"(invalid escape sequence '\u')");
  d = str(R"(b'\0\1\12\123\1234\400')");
  EXPECT_EQ(d.value, std::string("\0\1\nSS4\0", 7));
  ASSERT_EQ(d.warnings.size(), 1u);
  EXPECT_EQ(d.warnings[0].msg, R"(invalid octal escape sequence '\400')");
}

TEST(StringLiteral, Errors) {
  EXPECT_EQ(str(R"("\x4")").value, codec("0-2", R"(truncated \xXX escape)"));
  EXPECT_EQ(str(R"("\x")").value, codec("0-1", R"(truncated \xXX escape)"));
  EXPECT_EQ(str(R"("ab\xg0")").value, codec("2-3", R"(truncated \xXX escape)"));
  EXPECT_EQ(str(R"("\u12")").value, codec("0-3", R"(truncated \uXXXX escape)"));
  EXPECT_EQ(str(R"("\U1234567")").value, codec("0-8", R"(truncated \UXXXXXXXX escape)"));
  EXPECT_EQ(str(R"("\U00110000")").value, codec("0-9", "illegal Unicode character"));
  EXPECT_EQ(str(R"("\N{}")").value, codec("0-2", R"(malformed \N character escape)"));
  EXPECT_EQ(str(R"("\N")").value, codec("0-1", R"(malformed \N character escape)"));
  EXPECT_EQ(str(R"("\Nx")").value, codec("0-1", R"(malformed \N character escape)"));
  EXPECT_EQ(str(R"("\N{abc")").value, codec("0-5", R"(malformed \N character escape)"));
  EXPECT_EQ(str(R"("\N{abc\x4")").value, codec("0-8", R"(malformed \N character escape)"));
  EXPECT_EQ(str(R"("\N{LATIN SMALL LETTER A")").value, codec("0-22", R"(malformed \N character escape)"));
  EXPECT_EQ(str(R"("\N{x}")").value, codec("0-4", "unknown Unicode character name"));
  EXPECT_EQ(str(R"("ab\N{LATIN}")").value, codec("2-10", "unknown Unicode character name"));
  EXPECT_EQ(str(R"("\N{LATIN SMALL LETTER A\n}")").value, codec("0-25", "unknown Unicode character name"));
  EXPECT_EQ(str(R"("\N{x}\d")").value, codec("0-4", "unknown Unicode character name"));
  EXPECT_EQ(str(R"("\d\N{x}")").value, codec("2-6", "unknown Unicode character name"));
  // Non-ASCII characters count 10 positions, a backslash before one 6.
  EXPECT_EQ(str("\"\xc3\xa9\\N{x}\"").value, codec("10-14", "unknown Unicode character name"));
  EXPECT_EQ(str("\"\\\xc3\xa9\\x4\"").value, codec("16-18", R"(truncated \xXX escape)"));
  EXPECT_EQ(str("\"\\N{\xc3\xa9}\"").value, codec("0-13", "unknown Unicode character name"));
  EXPECT_EQ(str("\"\\x\xc3\xa9\"").value, codec("0-1", R"(truncated \xXX escape)"));
  // "\r\n" counts as one.
  EXPECT_EQ(str("\"\"\"\r\n\\x4\"\"\"").value, codec("1-3", R"(truncated \xXX escape)"));

  EXPECT_EQ(str(R"(b"\x4")").value, R"((value error) invalid \x escape at position 0)");
  EXPECT_EQ(str(R"(b"ab\xg0")").value, R"((value error) invalid \x escape at position 2)");
  EXPECT_EQ(str(R"(b"\x4g")").value, R"((value error) invalid \x escape at position 0)");
  EXPECT_EQ(str("b\"\"\"\r\n\\x4\"\"\"").value, R"((value error) invalid \x escape at position 1)");
  EXPECT_EQ(str("b\"\xc3\xa9\"").value, "bytes can only contain ASCII literal characters");
  EXPECT_EQ(str("rb\"\xc3\xa9\"").value, "bytes can only contain ASCII literal characters");
  EXPECT_EQ(str("b\"\xc3\xa9\\x4\"").value, "bytes can only contain ASCII literal characters");

  Decoded d = str(R"("ab\x4")");
  EXPECT_FALSE(d.ok);
  EXPECT_EQ(d.error.place, LiteralError::Place::Token);
  EXPECT_EQ(d.error.byte_offset, 0);
  EXPECT_EQ(d.error.end_byte_offset, 7);
}

TEST(FStringMiddle, Decoding) {
  EXPECT_EQ(middle("a{").value, "a{");
  EXPECT_EQ(middle("b}").value, "b}");
  EXPECT_EQ(middle(R"(\N{DIGIT ONE})").value, "1");
  EXPECT_EQ(middle(R"(\x41\n)").value, "A\n");
  EXPECT_EQ(middle(R"(\x41\n)", /*raw=*/true).value, R"(\x41\n)");
  EXPECT_EQ(middle("").value, "");
  // Doubled braces left in the text read as one.
  EXPECT_EQ(middle("a{{b}}c").value, "a{b}c");
  EXPECT_EQ(middle(R"(a\{{b)").value, R"(a\{b)");

  Decoded d = middle(R"(a\{)");
  EXPECT_EQ(d.value, R"(a\{)");
  ASSERT_EQ(d.warnings.size(), 1u);
  EXPECT_EQ(d.warnings[0].msg, R"(invalid escape sequence '\{')");
  // A middle cut just before "{": the backslash stays, warned as '\{'.
  d = middle("\\");
  EXPECT_EQ(d.value, "\\");
  ASSERT_EQ(d.warnings.size(), 1u);
  EXPECT_EQ(d.warnings[0].msg, R"(invalid escape sequence '\{')");
  d = middle(R"(\d)");
  ASSERT_EQ(d.warnings.size(), 1u);
  EXPECT_EQ(d.warnings[0].msg, R"(invalid escape sequence '\d')");
  EXPECT_EQ(d.warnings[0].byte_offset, 0);
  EXPECT_TRUE(middle(R"(\d)", true).warnings.empty());
}

TEST(FStringMiddle, Errors) {
  Decoded d = middle(R"(\x4)");
  EXPECT_FALSE(d.ok);
  EXPECT_EQ(d.value, codec("0-2", R"(truncated \xXX escape)"));
  EXPECT_EQ(d.error.place, LiteralError::Place::FStringEnd);
  EXPECT_EQ(middle("ab\ncd\\x4").value, codec("5-7", R"(truncated \xXX escape)"));
  EXPECT_EQ(middle(R"(b\x4)").value, codec("1-3", R"(truncated \xXX escape)"));
  EXPECT_EQ(middle(R"(\N{x})").value, codec("0-4", "unknown Unicode character name"));
  EXPECT_EQ(middle("\xc3\xa9\\N{x}").value, codec("10-14", "unknown Unicode character name"));
  EXPECT_EQ(d.value.substr(kUnicodeErrorPrefix.size()),
            R"('unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape)");
}

std::string utf8_error(const char* what, const char* reason) {
  return std::string("(unicode error) 'utf-8' codec can't decode ") + what + ": " + reason;
}

// Expectations from CPython 3.12.7 (compile() of the bytes).
TEST(StringLiteral, InvalidUtf8) {
  Decoded d = str("\"\xff\"");
  EXPECT_FALSE(d.ok);
  EXPECT_EQ(d.value, utf8_error("byte 0xff in position 0", "invalid start byte"));
  EXPECT_EQ(d.error.place, LiteralError::Place::Token);
  EXPECT_EQ(d.error.byte_offset, 0);
  EXPECT_EQ(d.error.end_byte_offset, 3);
  EXPECT_EQ(str("\"a\xff" "b\"").value, utf8_error("byte 0xff in position 1", "invalid start byte"));
  EXPECT_EQ(str("\"\xc3\xa9\xff\"").value, utf8_error("byte 0xff in position 2", "invalid start byte"));
  EXPECT_EQ(str("\"\xc3(\"").value, utf8_error("byte 0xc3 in position 0", "invalid continuation byte"));
  EXPECT_EQ(str("\"\xe2\x82\"").value, utf8_error("bytes in position 0-1", "unexpected end of data"));
  EXPECT_EQ(str("\"\xe2\x82\xff\"").value, utf8_error("bytes in position 0-1", "invalid continuation byte"));
  EXPECT_EQ(str("\"\xed\xa0\x80\"").value, utf8_error("byte 0xed in position 0", "invalid continuation byte"));
  EXPECT_EQ(str("\"\xc0\xaf\"").value, utf8_error("byte 0xc0 in position 0", "invalid start byte"));
  EXPECT_EQ(str("u\"\xff\"").value, utf8_error("byte 0xff in position 0", "invalid start byte"));
  // Newlines are normalized before counting.
  EXPECT_EQ(str("\"\"\"a\r\n\xff\"\"\"").value, utf8_error("byte 0xff in position 2", "invalid start byte"));
  // With a backslash, each run of non-ASCII bytes is decoded alone.
  EXPECT_EQ(str("\"\\n ab \xff\"").value, utf8_error("byte 0xff in position 0", "invalid start byte"));
  EXPECT_EQ(str("\"ab\\n\xc3\xa9\xff\"").value, utf8_error("byte 0xff in position 2", "invalid start byte"));
  EXPECT_EQ(str("\"\\n\xe2\x82" "a\"").value, utf8_error("bytes in position 0-1", "unexpected end of data"));
  EXPECT_EQ(str("\"\xe2\x82" "a\"").value, utf8_error("bytes in position 0-1", "invalid continuation byte"));
  // Raw strings are decoded whole; the UTF-8 error wins over escape errors.
  EXPECT_EQ(str("r\"\\n ab \xff\"").value, utf8_error("byte 0xff in position 6", "invalid start byte"));
  EXPECT_EQ(str("\"\\x\xff\"").value, utf8_error("byte 0xff in position 0", "invalid start byte"));
  EXPECT_EQ(str("\"\\N{\xff}\"").value, utf8_error("byte 0xff in position 0", "invalid start byte"));
  // Bytes literals keep their own message.
  EXPECT_EQ(str("b\"\xff\"").value, "bytes can only contain ASCII literal characters");
  EXPECT_EQ(str("rb\"\xff\"").value, "bytes can only contain ASCII literal characters");
}

TEST(FStringMiddle, InvalidUtf8) {
  Decoded d = middle("a\xff" "b");
  EXPECT_FALSE(d.ok);
  EXPECT_EQ(d.error.place, LiteralError::Place::Unlocated);
  EXPECT_EQ(d.value, utf8_error("byte 0xff in position 1", "invalid start byte"));
  // The whole middle is decoded at once, backslashes or not.
  EXPECT_EQ(middle("\\n\xe2\x82" "a").value, utf8_error("bytes in position 2-3", "invalid continuation byte"));
  EXPECT_EQ(middle("\n\xff", true).value, utf8_error("byte 0xff in position 1", "invalid start byte"));
  EXPECT_EQ(middle("\xff", true).error.place, LiteralError::Place::Unlocated);
}

double number_float(std::string_view text, Kind expected_kind) {
  Arena arena;
  ast::ConstantValue v;
  LiteralError e;
  EXPECT_TRUE(parse_number_literal(arena, text, &v, &e)) << text;
  EXPECT_EQ(v.kind, expected_kind) << text;
  return v.float_value;
}

TEST(NumberLiteral, Ints) {
  Arena arena;
  ast::ConstantValue v;
  LiteralError e;
  struct Case {
    const char* text;
    int64_t value;
  } cases[] = {{"0", 0},          {"00000", 0},     {"0_0", 0},           {"7", 7},
               {"1_000", 1000},   {"0x1F", 31},     {"0X_1f", 31},        {"0o777_7", 4095},
               {"0O7", 7},        {"0b1_01", 5},    {"0B1", 1},           {"9223372036854775807", INT64_MAX},
               {"0x7fffffffffffffff", INT64_MAX}};
  for (const Case& c : cases) {
    ASSERT_TRUE(parse_number_literal(arena, c.text, &v, &e)) << c.text;
    EXPECT_EQ(v.kind, Kind::Int) << c.text;
    EXPECT_EQ(v.int_value, c.value) << c.text;
  }
  struct BigCase {
    const char* text;
    const char* digits;
  } big[] = {{"9223372036854775808", "9223372036854775808"},
             {"0xffffffffffffffff", "18446744073709551615"},
             {"0x1_0000_0000_0000_0000", "18446744073709551616"},
             {"0b1" "0000000000000000000000000000000000000000000000000000000000000000", "18446744073709551616"},
             {"123_456_789_012_345_678_901_234", "123456789012345678901234"}};
  for (const BigCase& c : big) {
    ASSERT_TRUE(parse_number_literal(arena, c.text, &v, &e)) << c.text;
    EXPECT_EQ(v.kind, Kind::BigInt) << c.text;
    EXPECT_EQ(v.text, c.digits) << c.text;
  }
}

TEST(NumberLiteral, DigitLimit) {
  Arena arena;
  ast::ConstantValue v;
  LiteralError e;
  std::string ok(4300, '1');
  ASSERT_TRUE(parse_number_literal(arena, ok, &v, &e));
  EXPECT_EQ(v.kind, Kind::BigInt);
  EXPECT_EQ(v.text, ok);
  std::string too_long(5000, '1');
  ASSERT_FALSE(parse_number_literal(arena, too_long, &v, &e));
  EXPECT_EQ(e.msg,
            "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use "
            "sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals "
            "to avoid decimal conversion limits.");
  EXPECT_EQ(e.place, LiteralError::Place::LineOnly);
  std::string underscored;
  for (int i = 0; i < 4300; ++i) underscored += "1_";
  underscored += "1";
  ASSERT_FALSE(parse_number_literal(arena, underscored, &v, &e));
  EXPECT_NE(e.msg.find("value has 4301 digits;"), std::string::npos);
  // Zeros only: no limit. Hex: no limit.
  EXPECT_TRUE(parse_number_literal(arena, std::string(5000, '0'), &v, &e));
  EXPECT_EQ(v.kind, Kind::Int);
  EXPECT_TRUE(parse_number_literal(arena, "0x" + std::string(5000, 'f'), &v, &e));
  EXPECT_EQ(v.kind, Kind::BigInt);
  // Floats of many digits are fine.
  EXPECT_TRUE(std::isinf(number_float(std::string(5000, '1') + ".0", Kind::Float)));
  EXPECT_TRUE(std::isinf(number_float(std::string(5000, '1') + "j", Kind::Complex)));
}

TEST(NumberLiteral, Floats) {
  EXPECT_EQ(number_float("1_000.000_1e1_0", Kind::Float), 10000001000000.0);
  EXPECT_EQ(number_float(".5", Kind::Float), 0.5);
  EXPECT_EQ(number_float("5.", Kind::Float), 5.0);
  EXPECT_EQ(number_float("1E5", Kind::Float), 100000.0);
  EXPECT_EQ(number_float("0e0", Kind::Float), 0.0);
  EXPECT_EQ(number_float("0.1", Kind::Float), 0.1);
  EXPECT_EQ(number_float("1.7976931348623157e308", Kind::Float), 1.7976931348623157e308);
  EXPECT_TRUE(std::isinf(number_float("1e400", Kind::Float)));
  EXPECT_TRUE(std::isinf(number_float("1.8e308", Kind::Float)));
  EXPECT_EQ(number_float("1e-400", Kind::Float), 0.0);
  EXPECT_EQ(number_float("0.000001e-330", Kind::Float), 0.0);
  EXPECT_TRUE(std::isinf(number_float("0.001e312", Kind::Float)));
  EXPECT_EQ(number_float("0.001e311", Kind::Float), 1e308);
  EXPECT_EQ(number_float("2.4703282292062328e-324", Kind::Float), 5e-324);
  EXPECT_EQ(number_float("2.4703282292062327e-324", Kind::Float), 0.0);
  EXPECT_EQ(number_float("1e99999999999999999999", Kind::Float), INFINITY);
  EXPECT_EQ(number_float("3j", Kind::Complex), 3.0);
  EXPECT_EQ(number_float("1.5e3J", Kind::Complex), 1500.0);
  EXPECT_EQ(number_float("1_0j", Kind::Complex), 10.0);
  EXPECT_EQ(number_float("0j", Kind::Complex), 0.0);
  EXPECT_EQ(number_float("00j", Kind::Complex), 0.0);
  EXPECT_EQ(number_float("09.5", Kind::Float), 9.5);
  EXPECT_TRUE(std::isinf(number_float("1e400j", Kind::Complex)));
}

}  // namespace
}  // namespace pyxis::frontend
