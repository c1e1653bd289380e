// Source decoding (BOM, PEP 263 declarations, transcoding, newline translation, NUL), the
// tokenize module's decoding, CPython's UTF-8 codec errors, and make_syntax_error's
// conversions. Expected values observed from CPython 3.12.7.
#include <gtest/gtest.h>

#include <string>

#include "frontend/source_decoder.h"
#include "frontend/syntax_error.h"
#include "frontend/utf8_codec.h"

namespace pyxis::frontend {
namespace {

std::string decoded(std::string_view bytes) {
  std::string text;
  SyntaxErrorInfo error;
  if (!decode_source(bytes, "f.py", true, &text, &error)) return "ERROR " + error.msg;
  return text;
}

SyntaxErrorInfo decode_failure(std::string_view bytes) {
  std::string text;
  SyntaxErrorInfo error;
  EXPECT_FALSE(decode_source(bytes, "f.py", true, &text, &error)) << bytes;
  return error;
}

TEST(SourceDecoder, Utf8PassesThroughUnvalidated) {
  EXPECT_EQ(decoded("x = 1\n"), "x = 1\n");
  EXPECT_EQ(decoded("\xc3\xa9 = 1\n"), "\xc3\xa9 = 1\n");
  // CPython notices invalid UTF-8 only where the tokenizer meets it (compile(b'# \xff\nx=1')
  // succeeds), so the bytes are kept.
  EXPECT_EQ(decoded("# \xff\nx = 1\n"), "# \xff\nx = 1\n");
  EXPECT_EQ(decoded("# coding: utf-8\n\xff"), "# coding: utf-8\n\xff");
}

TEST(SourceDecoder, BomIsRemoved) {
  EXPECT_EQ(decoded("\xef\xbb\xbfx = 1\n"), "x = 1\n");
  EXPECT_EQ(decoded("\xef\xbb\xbf"), "");
  EXPECT_EQ(decoded("\xef\xbb\xbf# coding: utf-8\nx\n"), "# coding: utf-8\nx\n");
  // A partial BOM stays (and later fails as invalid UTF-8).
  EXPECT_EQ(decoded("\xef\xbbx"), "\xef\xbbx");
}

TEST(SourceDecoder, NewlinesAreTranslated) {
  EXPECT_EQ(decoded("a\r\nb\rc\n\r\r\n"), "a\nb\nc\n\n\n");
  EXPECT_EQ(decoded("# coding: latin-1\r\nx = '\xe9'\r\n"), "# coding: latin-1\nx = '\xc3\xa9'\n");
}

TEST(SourceDecoder, DeclaredEncodings) {
  EXPECT_EQ(decoded("# coding: latin-1\nx = '\xe9'\n"), "# coding: latin-1\nx = '\xc3\xa9'\n");
  EXPECT_EQ(decoded("#!/usr/bin/python\n# -*- coding: latin-1 -*-\nx='\xe9'\n"),
            "#!/usr/bin/python\n# -*- coding: latin-1 -*-\nx='\xc3\xa9'\n");
  EXPECT_EQ(decoded("# vim: set fileencoding=iso-8859-15 :\nx = '\xa4'\n"),
            "# vim: set fileencoding=iso-8859-15 :\nx = '\xe2\x82\xac'\n");
  EXPECT_EQ(decoded("# -*- coding: cp1252 -*-\nx = '\x80'\n"), "# -*- coding: cp1252 -*-\nx = '\xe2\x82\xac'\n");
  EXPECT_EQ(decoded("# coding: euc-jp\nx='\xa4\xa2'\n"), "# coding: euc-jp\nx='\xe3\x81\x82'\n");
  EXPECT_EQ(decoded("# coding: Latin_1\n\xe9\n"), "# coding: Latin_1\n\xc3\xa9\n");
  EXPECT_EQ(decoded("# coding: latin-1-foo\n\xe9\n"), "# coding: latin-1-foo\n\xc3\xa9\n");
  EXPECT_EQ(decoded("\t# coding: latin-1\n\xe9\n"), "\t# coding: latin-1\n\xc3\xa9\n");
  EXPECT_EQ(decoded("# xcoding: latin-1\n\xe9\n"), "# xcoding: latin-1\n\xc3\xa9\n");
  EXPECT_EQ(decoded("#coding=latin-1\n\xe9\n"), "#coding=latin-1\n\xc3\xa9\n");
  EXPECT_EQ(decoded("# coding: ascii\nx = 'a'\n"), "# coding: ascii\nx = 'a'\n");
}

TEST(SourceDecoder, WhereADeclarationCounts) {
  // Line 2 only after a blank or comment line 1.
  EXPECT_EQ(decoded("\n# coding: latin-1\n\xe9\n"), "\n# coding: latin-1\n\xc3\xa9\n");
  EXPECT_EQ(decoded("#\n# coding: latin-1\n\xe9\n"), "#\n# coding: latin-1\n\xc3\xa9\n");
  EXPECT_EQ(decoded("\\\n# coding: latin-1\n\xe9\n"), "\\\n# coding: latin-1\n\xe9\n");
  EXPECT_EQ(decoded("x = 1\n# coding: latin-1\n\xe9\n"), "x = 1\n# coding: latin-1\n\xe9\n");
  EXPECT_EQ(decoded("\n\n# coding: latin-1\n\xe9\n"), "\n\n# coding: latin-1\n\xe9\n");
  // Not declarations: a space before ':', no name, "codingg", code before the '#'.
  EXPECT_EQ(decoded("# coding : latin-1\n\xe9\n"), "# coding : latin-1\n\xe9\n");
  EXPECT_EQ(decoded("# coding:  \n\xe9\n"), "# coding:  \n\xe9\n");
  EXPECT_EQ(decoded("# codingg: latin-1\n\xe9\n"), "# codingg: latin-1\n\xe9\n");
  EXPECT_EQ(decoded("x = 1 # coding: latin-1\n\xe9\n"), "x = 1 # coding: latin-1\n\xe9\n");
  // The first declaration wins.
  EXPECT_EQ(decoded("# coding: latin-1\n# coding: utf-8\n\xe9\n"), "# coding: latin-1\n# coding: utf-8\n\xc3\xa9\n");
}

TEST(SourceDecoder, EncodingErrors) {
  SyntaxErrorInfo e = decode_failure("# coding: xyz\nx=1\n");
  EXPECT_EQ(e.msg, "unknown encoding: xyz");
  EXPECT_TRUE(e.has_location);
  EXPECT_EQ(e.lineno, 0);
  EXPECT_EQ(e.offset, -1);
  EXPECT_FALSE(e.has_end_lineno);
  EXPECT_FALSE(e.has_end_offset);
  EXPECT_FALSE(e.has_text);
  EXPECT_EQ(decode_failure("# coding:latin-1x\n").msg, "unknown encoding: latin-1x");
  EXPECT_EQ(decode_failure("\xef\xbb\xbf# coding: latin-1\nx=1\n").msg, "encoding problem: iso-8859-1 with BOM");
  EXPECT_EQ(decode_failure("\xef\xbb\xbf\n# coding: latin-1\nx=1\n").msg, "encoding problem: iso-8859-1 with BOM");
  EXPECT_EQ(decode_failure("\xef\xbb\xbf# coding: xyz\n").msg, "encoding problem: xyz with BOM");
  // A utf-8 spelling other than "utf-8" decodes the whole buffer strictly up front.
  EXPECT_EQ(decode_failure("# coding=utf8\nx=\"\xe9\"\n").msg,
            "'utf-8' codec can't decode byte 0xe9 in position 17: invalid continuation byte");
  EXPECT_EQ(decode_failure("# coding: ascii\nx=\"\xe9\"\n").msg,
            "'ascii' codec can't decode byte 0xe9 in position 19: ordinal not in range(128)");
  // Other codecs word their errors their own way.
  EXPECT_EQ(decode_failure("# coding: utf-16\nx=\"a\"\n").msg,
            "'utf-16-le' codec can't decode byte 0x0a in position 22: truncated data");
  EXPECT_EQ(decode_failure("# coding: cp1252\nx = \"\x81\"\n").msg,
            "'charmap' codec can't decode byte 0x81 in position 22: character maps to <undefined>");
  EXPECT_EQ(decode_failure("# coding: windows-1252\nx = \"\x81\"\n").msg,
            "'charmap' codec can't decode byte 0x81 in position 28: character maps to <undefined>");
  EXPECT_EQ(decode_failure("# coding: sjis\nx = \"\x81\x20\"\n").msg,
            "'shift_jis' codec can't decode byte 0x81 in position 20: illegal multibyte sequence");
  EXPECT_EQ(decode_failure("# coding: hex\nx=1\n").msg,
            "'hex' is not a text encoding; use codecs.decode() to handle arbitrary codecs");
  EXPECT_EQ(decoded("# coding: mac-roman\nx='\x81'\n"), "# coding: mac-roman\nx='\xc3\x85'\n");
  EXPECT_EQ(decoded("# coding: koi8-r\nx=1\n"), "# coding: koi8-r\nx=1\n");
}

TEST(SourceDecoder, NulBytes) {
  for (bool from_file : {true, false}) {
    std::string text;
    SyntaxErrorInfo e;
    EXPECT_FALSE(decode_source(std::string_view("x = 1\n\0", 7), "f.py", from_file, &text, &e));
    EXPECT_EQ(e.exc_type, "SyntaxError");
    EXPECT_EQ(e.msg, "source code string cannot contain null bytes");
    EXPECT_FALSE(e.has_location);
    EXPECT_FALSE(e.has_text);
  }
  // The NUL check comes before the encoding is looked at.
  EXPECT_EQ(decode_failure(std::string_view("# coding: xyz\n\0", 15)).msg, "source code string cannot contain null bytes");
}

TEST(SourceDecoder, TokenizeModuleView) {
  std::string text, encoding;
  SyntaxErrorInfo e;
  ASSERT_TRUE(decode_source_for_tokenize("x = 1\r\ny = '\xff'\n", "t.py", &text, &encoding, &e));
  EXPECT_EQ(encoding, "utf-8");
  EXPECT_EQ(text, "x = 1\r\ny = '\xef\xbf\xbd'\n");
  ASSERT_TRUE(decode_source_for_tokenize("# coding: Latin_1\n\xe9\n", "t.py", &text, &encoding, &e));
  EXPECT_EQ(encoding, "iso-8859-1");
  ASSERT_TRUE(decode_source_for_tokenize("# coding: utf8\n", "t.py", &text, &encoding, &e));
  EXPECT_EQ(encoding, "utf8");
  ASSERT_TRUE(decode_source_for_tokenize("\xef\xbb\xbfx\n", "t.py", &text, &encoding, &e));
  EXPECT_EQ(encoding, "utf-8");
  EXPECT_EQ(text, "x\n");
  EXPECT_FALSE(decode_source_for_tokenize("# \xff\nx = 1\n", "t.py", &text, &encoding, &e));
  EXPECT_EQ(e.msg, "invalid or missing encoding declaration for 't.py'");
  EXPECT_FALSE(decode_source_for_tokenize("# coding: uft-8\n", "t.py", &text, &encoding, &e));
  EXPECT_EQ(e.msg, "unknown encoding for 't.py': uft-8");
  EXPECT_FALSE(decode_source_for_tokenize("\xef\xbb\xbf# coding: utf8\n", "t.py", &text, &encoding, &e));
  EXPECT_EQ(e.msg, "encoding problem for 't.py': utf-8");
  EXPECT_FALSE(decode_source_for_tokenize("# coding: uft-8\n", "", &text, &encoding, &e));
  EXPECT_EQ(e.msg, "unknown encoding: uft-8");
}

// ------------------------------------------------------------------ UTF-8 codec

std::string first_decode_error(std::string_view bytes) {
  utf8::DecodeError e;
  if (!utf8::find_decode_error(bytes, &e)) return "valid";
  return utf8::decode_error_message(bytes, e);
}

TEST(Utf8Codec, ErrorMessagesMatchCPython) {
  EXPECT_EQ(first_decode_error("ab\xff"), "'utf-8' codec can't decode byte 0xff in position 2: invalid start byte");
  EXPECT_EQ(first_decode_error("ab\xc3"), "'utf-8' codec can't decode byte 0xc3 in position 2: unexpected end of data");
  EXPECT_EQ(first_decode_error("ab\xe2\x82"),
            "'utf-8' codec can't decode bytes in position 2-3: unexpected end of data");
  EXPECT_EQ(first_decode_error("\xc3\xa9\xe2\x82\xff\xfe"),
            "'utf-8' codec can't decode bytes in position 2-3: invalid continuation byte");
  EXPECT_EQ(first_decode_error("\xed\xa0\x80"),
            "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte");
  EXPECT_EQ(first_decode_error("\xf4\x90\x80\x80"),
            "'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte");
  EXPECT_EQ(first_decode_error("\xf0\x9f\x98"),
            "'utf-8' codec can't decode bytes in position 0-2: unexpected end of data");
  EXPECT_EQ(first_decode_error("\xc0\xaf"), "'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte");
  EXPECT_EQ(first_decode_error("\xe0\x80\x80"),
            "'utf-8' codec can't decode byte 0xe0 in position 0: invalid continuation byte");
  EXPECT_EQ(first_decode_error("\xf0\x9f\x98\x80\xe2\x82\xac"), "valid");
}

TEST(Utf8Codec, ReplaceDecodingMatchesCPython) {
  // bytes.decode('utf-8', 'replace') replaces each maximal invalid subpart.
  EXPECT_EQ(utf8::decode_replace("a\x80\x80\x80" "b"), "a\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd" "b");
  EXPECT_EQ(utf8::decode_replace("\xed\xa0\x80"), "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");
  EXPECT_EQ(utf8::decode_replace("ab\xe2\x82\n"), "ab\xef\xbf\xbd\n");
  EXPECT_EQ(utf8::decode_replace("\xf0\x9f\x98"), "\xef\xbf\xbd");
  EXPECT_EQ(utf8::decode_replace("\xc3\xa9"), "\xc3\xa9");
}

// ------------------------------------------------------------------ make_syntax_error

TEST(MakeSyntaxError, ConvertsByteColumnsToCharacterOffsets) {
  // compile('\u00e9\u00e9 = $\n') -> invalid syntax at offset 6, end 7 ('$' is byte 7).
  SyntaxErrorInfo e = make_syntax_error("SyntaxError", "invalid syntax", "f.py", "\xc3\xa9\xc3\xa9 = $\n", 1, 7, 1, 8);
  EXPECT_EQ(e.exc_type, "SyntaxError");
  EXPECT_EQ(e.msg, "invalid syntax");
  EXPECT_EQ(e.filename, "f.py");
  EXPECT_EQ(e.lineno, 1);
  EXPECT_EQ(e.offset, 6);
  EXPECT_EQ(e.end_lineno, 1);
  EXPECT_EQ(e.end_offset, 7);
  EXPECT_EQ(e.text, "\xc3\xa9\xc3\xa9 = $\n");
}

TEST(MakeSyntaxError, TextIsThePhysicalLine) {
  std::string src = "x = 1\ny = (\nz\n";
  SyntaxErrorInfo e = make_syntax_error("SyntaxError", "m", "f.py", src, 2, 4, 2, -1);
  EXPECT_EQ(e.text, "y = (\n");
  EXPECT_EQ(e.offset, 5);
  EXPECT_EQ(e.end_offset, 0);  // -1: unset, as CPython's "'(' was never closed"
  // The last line without a newline keeps none (CPython reads it back from the file).
  e = make_syntax_error("IndentationError", "m", "f.py", "if x:", 1, 5, 1, -2);
  EXPECT_EQ(e.text, "if x:");
  EXPECT_EQ(e.offset, 6);
  EXPECT_EQ(e.end_offset, -1);  // -2: CPython's raw -1
  // No such line: empty text.
  e = make_syntax_error("SyntaxError", "m", "f.py", "x\n", 5, 0, 5, 1);
  EXPECT_EQ(e.text, "");
}

TEST(MakeSyntaxError, ColumnsPastTheEndAreClamped) {
  // compile('(a +\n  bbbbbbbbbbbbbbbbbbb) = 1\n') from a file: end_offset 6, computed
  // against the first line '(a +\n' although the span ends on line 2 at byte 22.
  SyntaxErrorInfo e = make_syntax_error("SyntaxError", "m", "f.py", "(a +\n  bbbbbbbbbbbbbbbbbbb) = 1\n", 1, 1, 2, 22);
  EXPECT_EQ(e.offset, 2);
  EXPECT_EQ(e.end_lineno, 2);
  EXPECT_EQ(e.end_offset, 6);
  // With a long first line the later line's byte column is read in the first line.
  e = make_syntax_error("SyntaxError", "m", "f.py",
                        "(aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa +\n  \xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9) = 1\n", 1, 1,
                        2, 16);
  EXPECT_EQ(e.end_offset, 17);
}

TEST(MakeSyntaxError, InvalidUtf8LinesAreReplaced) {
  // compile(b'if x:\n    a\n  b = "\xff\xfe"\n'): IndentationError at offset 9, text with
  // U+FFFD; the byte column (10) is applied to the UTF-8 of the replaced text.
  SyntaxErrorInfo e = make_syntax_error("IndentationError", "m", "f.py", "if x:\n    a\n  b = \"\xff\xfe\"\n", 3, 10, 3, -2);
  EXPECT_EQ(e.text, "  b = \"\xef\xbf\xbd\xef\xbf\xbd\"\n");
  EXPECT_EQ(e.offset, 9);
  EXPECT_EQ(e.end_offset, -1);
}

}  // namespace
}  // namespace pyxis::frontend
