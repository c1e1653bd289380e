// Unit tests for support/unicode: identifier classes, printability, case and numeric
// properties, full case mappings, NFKC, \N{...} names and UTF-8 coding; expectations taken from CPython 3.12 (Unicode 15.0).
#include "support/unicode.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <vector>

namespace pyxis::unicode {
namespace {

TEST(Unicode, XidStart) {
  EXPECT_TRUE(is_xid_start('a'));
  EXPECT_TRUE(is_xid_start('Z'));
  EXPECT_TRUE(is_xid_start('_'));
  EXPECT_FALSE(is_xid_start('1'));
  EXPECT_FALSE(is_xid_start('$'));
  EXPECT_TRUE(is_xid_start(0x00E9));   // é
  EXPECT_TRUE(is_xid_start(0x4E00));   // CJK
  EXPECT_FALSE(is_xid_start(0x00B7));  // MIDDLE DOT: continue only
  EXPECT_TRUE(is_xid_continue(0x00B7));
  EXPECT_TRUE(is_xid_start(0x2118));  // SCRIPT CAPITAL P: Other_ID_Start
  EXPECT_TRUE(is_xid_continue('7'));
  EXPECT_FALSE(is_xid_continue(' '));
  EXPECT_FALSE(is_xid_start(0x1F600));  // emoji
  EXPECT_TRUE(is_xid_start(0x31350));   // CJK Extension H (new in 15.0)
}

// The code point ranges where `pred` holds, as "start-end\n" lines in hex, summarised as
// (number of ranges, number of code points, FNV-1a 64 hash of the text). The expected
// values come from CPython 3.12 over all of 0..0x10FFFF (str.isprintable, str.isidentifier).
struct RangeSummary {
  long ranges = 0;
  long code_points = 0;
  uint64_t hash = 0xcbf29ce484222325ull;
};

template <class Pred>
RangeSummary summarise(Pred pred) {
  RangeSummary s;
  long start = -1;
  for (long cp = 0; cp <= 0x110000; ++cp) {
    bool holds = cp < 0x110000 && pred(static_cast<char32_t>(cp));
    if (holds) {
      ++s.code_points;
      if (start < 0) start = cp;
    } else if (start >= 0) {
      char line[64];
      int n = std::snprintf(line, sizeof line, "%lx-%lx\n", start, cp - 1);
      for (int i = 0; i < n; ++i) {
        s.hash ^= static_cast<unsigned char>(line[i]);
        s.hash *= 0x100000001b3ull;
      }
      ++s.ranges;
      start = -1;
    }
  }
  return s;
}

TEST(Unicode, AllCodePointsMatchCPython) {
  RangeSummary printable = summarise(is_printable);
  EXPECT_EQ(printable.ranges, 711);
  EXPECT_EQ(printable.code_points, 148998);
  EXPECT_EQ(printable.hash, 0x532a8a513cfbc2f6ull);
  RangeSummary start = summarise(is_xid_start);  // c.isidentifier()
  EXPECT_EQ(start.ranges, 667);
  EXPECT_EQ(start.code_points, 136323);
  EXPECT_EQ(start.hash, 0x5f5fb24e9a713c02ull);
  RangeSummary cont = summarise(is_xid_continue);  // ("a" + c).isidentifier()
  EXPECT_EQ(cont.ranges, 775);
  EXPECT_EQ(cont.code_points, 139463);
  EXPECT_EQ(cont.hash, 0xe73410374ceabc2aull);
}

TEST(Unicode, Printable) {
  EXPECT_TRUE(is_printable(' '));
  EXPECT_TRUE(is_printable('~'));
  EXPECT_FALSE(is_printable('\n'));
  EXPECT_FALSE(is_printable(0x7f));
  EXPECT_FALSE(is_printable(0xA0));    // NBSP: Zs
  EXPECT_TRUE(is_printable(0xE9));
  EXPECT_FALSE(is_printable(0xAD));    // SOFT HYPHEN: Cf
  EXPECT_FALSE(is_printable(0xD800));  // surrogate
  EXPECT_FALSE(is_printable(0xE000));  // private use
  EXPECT_FALSE(is_printable(0x0378));  // unassigned
  EXPECT_FALSE(is_printable(0x2028));  // LINE SEPARATOR
  EXPECT_FALSE(is_printable(0x3000));  // IDEOGRAPHIC SPACE
  EXPECT_TRUE(is_printable(0x1F600));
  EXPECT_FALSE(is_printable(0xFEFF));
  EXPECT_FALSE(is_printable(0x110000));
}

TEST(Unicode, Nfkc) {
  EXPECT_EQ(nfkc("abc"), "abc");
  EXPECT_EQ(nfkc("\xef\xac\x81"), "fi");           // U+FB01 LATIN SMALL LIGATURE FI
  EXPECT_EQ(nfkc("\xe2\x84\x8c"), "H");            // U+210C BLACK-LETTER CAPITAL H
  EXPECT_EQ(nfkc("e\xcc\x81"), "\xc3\xa9");        // e + COMBINING ACUTE -> é
  EXPECT_EQ(nfkc("\xc2\xb5"), "\xce\xbc");         // MICRO SIGN -> GREEK SMALL LETTER MU
}

// NFKC of every code point but the surrogates, each followed by "|", hashed (FNV-1a 64)
// as CPython 3.12's unicodedata.normalize('NFKC', chr(cp)) gives it.
TEST(Unicode, NfkcOfEveryCodePointMatchesCPython) {
  uint64_t hash = 0xcbf29ce484222325ull;
  std::string ch;
  for (char32_t cp = 0; cp < 0x110000; ++cp) {
    if (cp >= 0xD800 && cp < 0xE000) continue;
    ch.clear();
    append_utf8(ch, cp);
    std::string normalized = nfkc(ch) + "|";
    for (unsigned char c : normalized) {
      hash ^= c;
      hash *= 0x100000001b3ull;
    }
  }
  EXPECT_EQ(hash, 0xae7f85a6c987de02ull);
}

TEST(Unicode, LookupName) {
  EXPECT_EQ(lookup_name("LATIN SMALL LETTER A"), U'a');
  EXPECT_EQ(lookup_name("latin small letter a"), U'a');
  EXPECT_EQ(lookup_name("Latin Small Letter A"), U'a');
  EXPECT_EQ(lookup_name("  LATIN SMALL LETTER A"), std::nullopt);
  EXPECT_EQ(lookup_name("LATIN  SMALL LETTER A"), std::nullopt);
  EXPECT_EQ(lookup_name("LATIN SMALL LETTER A "), std::nullopt);
  EXPECT_EQ(lookup_name(""), std::nullopt);
  EXPECT_EQ(lookup_name("x"), std::nullopt);
  // Aliases of every type.
  EXPECT_EQ(lookup_name("BYTE ORDER MARK"), U'\uFEFF');
  EXPECT_EQ(lookup_name("BOM"), U'\uFEFF');
  EXPECT_EQ(lookup_name("bom"), U'\uFEFF');
  EXPECT_EQ(lookup_name("NBSP"), U'\u00A0');
  EXPECT_EQ(lookup_name("LINE FEED"), U'\n');
  EXPECT_EQ(lookup_name("LF"), U'\n');
  EXPECT_EQ(lookup_name("NULL"), U'\0');
  EXPECT_EQ(lookup_name("PADDING CHARACTER"), char32_t{0x80});
  EXPECT_EQ(lookup_name("LATIN CAPITAL LETTER GHA"), char32_t{0x1A2});
  EXPECT_EQ(lookup_name("LATIN CAPITAL LETTER OI"), char32_t{0x1A2});
  EXPECT_EQ(lookup_name("<control>"), std::nullopt);
  EXPECT_EQ(lookup_name("SPACE"), U' ');
  EXPECT_EQ(lookup_name("HANGUL JUNGSEONG O-E"), char32_t{0x1180});
  EXPECT_EQ(lookup_name("TIBETAN MARK BKA- SHOG GI MGO RGYAN"), char32_t{0x0FD0});
  EXPECT_EQ(lookup_name("TIBETAN MARK BKA-SHOG GI MGO RGYAN"), std::nullopt);
  // Named sequences are not accepted by \N{...}.
  EXPECT_EQ(lookup_name("LATIN CAPITAL LETTER A WITH MACRON AND GRAVE"), std::nullopt);
  // CJK unified ideographs: upper-case prefix and 4 or 5 upper-case hex digits.
  EXPECT_EQ(lookup_name("CJK UNIFIED IDEOGRAPH-4E00"), char32_t{0x4E00});
  EXPECT_EQ(lookup_name("CJK UNIFIED IDEOGRAPH-04E00"), char32_t{0x4E00});
  EXPECT_EQ(lookup_name("CJK UNIFIED IDEOGRAPH-004E00"), std::nullopt);
  EXPECT_EQ(lookup_name("CJK UNIFIED IDEOGRAPH-4E0"), std::nullopt);
  EXPECT_EQ(lookup_name("CJK UNIFIED IDEOGRAPH-4e00"), std::nullopt);
  EXPECT_EQ(lookup_name("cjk unified ideograph-4e00"), std::nullopt);
  EXPECT_EQ(lookup_name("CJK UNIFIED IDEOGRAPH-9FFF"), char32_t{0x9FFF});
  EXPECT_EQ(lookup_name("CJK UNIFIED IDEOGRAPH-2A700"), char32_t{0x2A700});
  EXPECT_EQ(lookup_name("CJK UNIFIED IDEOGRAPH-2B739"), char32_t{0x2B739});
  EXPECT_EQ(lookup_name("CJK UNIFIED IDEOGRAPH-2B73A"), std::nullopt);
  EXPECT_EQ(lookup_name("CJK UNIFIED IDEOGRAPH-31350"), char32_t{0x31350});
  EXPECT_EQ(lookup_name("CJK UNIFIED IDEOGRAPH-0041"), std::nullopt);
  EXPECT_EQ(lookup_name("CJK COMPATIBILITY IDEOGRAPH-F900"), char32_t{0xF900});
  EXPECT_EQ(lookup_name("TANGUT IDEOGRAPH-17000"), std::nullopt);
  EXPECT_EQ(lookup_name("KHITAN SMALL SCRIPT CHARACTER-18B00"), char32_t{0x18B00});
  EXPECT_EQ(lookup_name("NUSHU CHARACTER-1B170"), char32_t{0x1B170});
  // Hangul syllables: algorithmic, upper case only.
  EXPECT_EQ(lookup_name("HANGUL SYLLABLE GA"), char32_t{0xAC00});
  EXPECT_EQ(lookup_name("HANGUL SYLLABLE GAG"), char32_t{0xAC01});
  EXPECT_EQ(lookup_name("HANGUL SYLLABLE HIH"), char32_t{0xD7A3});
  EXPECT_EQ(lookup_name("HANGUL SYLLABLE A"), char32_t{0xC544});
  EXPECT_EQ(lookup_name("HANGUL SYLLABLE GGWAELS"), char32_t{0xAF70});
  EXPECT_EQ(lookup_name("HANGUL SYLLABLE GGWAELSS"), std::nullopt);
  EXPECT_EQ(lookup_name("HANGUL SYLLABLE GGG"), std::nullopt);
  EXPECT_EQ(lookup_name("hangul syllable gag"), std::nullopt);
  EXPECT_EQ(lookup_name("Hangul Syllable GA"), std::nullopt);
  EXPECT_EQ(lookup_name("HANGUL SYLLABLE ga"), std::nullopt);
  EXPECT_EQ(lookup_name("HANGUL SYLLABLE "), std::nullopt);
  EXPECT_EQ(lookup_name("HANGUL SYLLABLE"), std::nullopt);
  EXPECT_EQ(lookup_name("latin small letter a\xc4\xb0"), std::nullopt);
}

TEST(Unicode, CaseProperties) {
  EXPECT_TRUE(is_lowercase(U'a') && is_lowercase(0xDF) && is_lowercase(0xAA) && !is_lowercase(U'A'));
  EXPECT_TRUE(is_uppercase(U'A') && is_uppercase(0x216B) && !is_uppercase(0x1C5));
  EXPECT_TRUE(is_titlecase(0x1C5) && !is_titlecase(U'A'));
  EXPECT_TRUE(is_cased(0x1C5) && !is_cased(U'1'));
  EXPECT_TRUE(is_case_ignorable(0x301) && is_case_ignorable(U'\'') && !is_case_ignorable(U'a'));
}

TEST(Unicode, NumericAndSpace) {
  EXPECT_TRUE(is_decimal(0x661) && !is_decimal(0xB2) && is_digit(0xB2) && !is_digit(0xBD) && is_numeric(0xBD));
  EXPECT_TRUE(is_numeric(0x4E00));  // Unihan kPrimaryNumeric
  EXPECT_TRUE(is_space(0x3000) && is_space(0x85) && is_space(0x1C) && !is_space(0x200B));
  EXPECT_TRUE(is_linebreak(0x2028) && is_linebreak(0x1E) && !is_linebreak(0x1F));
  EXPECT_TRUE(is_alpha(0x1C5) && !is_alpha(0x216B) && is_alnum(0x216B));
}

TEST(Unicode, FullCaseMappings) {
  char32_t out[3];
  ASSERT_EQ(to_upper_full(0xDF, out), 2);
  EXPECT_EQ(out[0], U'S');
  EXPECT_EQ(out[1], U'S');
  ASSERT_EQ(to_title_full(0xFB01, out), 2);
  EXPECT_EQ(out[0], U'F');
  EXPECT_EQ(out[1], U'i');
  ASSERT_EQ(to_lower_full(0x130, out), 2);
  EXPECT_EQ(out[1], char32_t(0x307));
  ASSERT_EQ(to_title_full(0x1C4, out), 1);
  EXPECT_EQ(out[0], char32_t(0x1C5));
  ASSERT_EQ(to_fold_full(0x1E9E, out), 2);
  ASSERT_EQ(to_fold_full(0x13A0, out), 1);  // no CaseFolding entry: itself
  EXPECT_EQ(out[0], char32_t(0x13A0));
  ASSERT_EQ(to_upper_full(0x1F600, out), 1);
  EXPECT_EQ(out[0], char32_t(0x1F600));
}

TEST(Unicode, Utf8) {
  std::string s;
  append_utf8(s, U'a');
  append_utf8(s, 0xE9);
  append_utf8(s, 0x20AC);
  append_utf8(s, 0x1F600);
  append_utf8(s, 0xD800);
  EXPECT_EQ(s, "a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\xed\xa0\x80");
  size_t pos = 0;
  char32_t cp;
  std::vector<char32_t> cps;
  while (decode_utf8(s, &pos, &cp)) cps.push_back(cp);
  EXPECT_EQ(pos, s.size());
  EXPECT_EQ(cps, (std::vector<char32_t>{U'a', 0xE9, 0x20AC, 0x1F600, 0xD800}));
  pos = 0;
  EXPECT_FALSE(decode_utf8("\xc0\x80", &pos, &cp));  // overlong
  EXPECT_FALSE(decode_utf8("\xe2\x82", &pos, &cp));  // truncated
  EXPECT_FALSE(decode_utf8("\xf4\x90\x80\x80", &pos, &cp));  // > U+10FFFF
  EXPECT_FALSE(decode_utf8("\x80", &pos, &cp));
  EXPECT_FALSE(decode_utf8("", &pos, &cp));
  EXPECT_EQ(pos, 0u);
}

}  // namespace
}  // namespace pyxis::unicode
