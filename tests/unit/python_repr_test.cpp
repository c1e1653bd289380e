// Unit tests for support/python_repr: repr() of str and bytes as CPython 3.12 prints them.
#include "support/python_repr.h"

#include <gtest/gtest.h>

#include "support/unicode.h"

namespace pyxis {
namespace {

uint64_t fnv1a(std::string_view bytes, uint64_t hash) {
  for (unsigned char c : bytes) {
    hash ^= c;
    hash *= 0x100000001b3ull;
  }
  return hash;
}

TEST(PythonRepr, StrQuotes) {
  EXPECT_EQ(str_repr(""), "''");
  EXPECT_EQ(str_repr("abc"), "'abc'");
  EXPECT_EQ(str_repr("a'b"), "\"a'b\"");
  EXPECT_EQ(str_repr("a\"b"), "'a\"b'");
  EXPECT_EQ(str_repr("a'b\"c"), "'a\\'b\"c'");
  EXPECT_EQ(str_repr("'"), "\"'\"");
  EXPECT_EQ(str_repr("\""), "'\"'");
}

TEST(PythonRepr, StrEscapes) {
  // repr('\t\n\r\x00\x7f\x80\xa0\xad\xe9\u0378\ud800\udfff\U0001f600\U000e0001\U0010ffff\\')
  std::string text = std::string("\t\n\r\0\x7f", 5);
  for (char32_t cp : {0x80, 0xA0, 0xAD, 0xE9, 0x378, 0xD800, 0xDFFF, 0x1F600, 0xE0001, 0x10FFFF}) {
    unicode::append_utf8(text, cp);
  }
  text += '\\';
  EXPECT_EQ(str_repr(text),
            "'\\t\\n\\r\\x00\\x7f\\x80\\xa0\\xad\xc3\xa9\\u0378\\ud800\\udfff\xf0\x9f\x98\x80\\U000e0001\\U0010ffff\\\\'");
  // repr('\u2028\u3000 ')
  EXPECT_EQ(str_repr("\xe2\x80\xa8\xe3\x80\x80 "), "'\\u2028\\u3000 '");
}

// The concatenated repr(chr(cp)) of every code point, hashed (FNV-1a 64 over UTF-8 with
// surrogates encoded), as CPython 3.12 computes it.
TEST(PythonRepr, EveryCodePointMatchesCPython) {
  uint64_t hash = 0xcbf29ce484222325ull;
  std::string ch, repr;
  for (char32_t cp = 0; cp < 0x110000; ++cp) {
    ch.clear();
    unicode::append_utf8(ch, cp);
    repr.clear();
    append_str_repr(repr, ch);
    hash = fnv1a(repr, hash);
  }
  EXPECT_EQ(hash, 0x5d13b972546743b3ull);
}

TEST(PythonRepr, Bytes) {
  EXPECT_EQ(bytes_repr(""), "b''");
  EXPECT_EQ(bytes_repr("a'b"), "b\"a'b\"");
  EXPECT_EQ(bytes_repr("a\"b"), "b'a\"b'");
  EXPECT_EQ(bytes_repr("a'b\"c"), "b'a\\'b\"c'");
  EXPECT_EQ(bytes_repr(std::string_view("\t\n\r\0\x7f\x80\xff\\ ~", 10)), "b'\\t\\n\\r\\x00\\x7f\\x80\\xff\\\\ ~'");
  uint64_t hash = 0xcbf29ce484222325ull;
  for (int b = 0; b < 256; ++b) {
    char c = static_cast<char>(b);
    hash = fnv1a(bytes_repr(std::string_view(&c, 1)), hash);
  }
  EXPECT_EQ(hash, 0x91aaef3e94548219ull);  // concatenated repr(bytes([b])) for b in range(256)
}

}  // namespace
}  // namespace pyxis
