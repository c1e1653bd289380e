// Declarations of the Unicode 15.0 tables that tools/gen_unicode_tables.cpp generates at
// build time (into ${CMAKE_BINARY_DIR}/generated/unicode_tables.cpp); used by unicode.cpp.
#pragma once

#include <cstddef>
#include <cstdint>

namespace pyxis::unicode::tables {

// Sorted, non-overlapping inclusive code point ranges.
extern const uint32_t kXidStart[][2];
extern const size_t kXidStart_count;
extern const uint32_t kXidContinue[][2];
extern const size_t kXidContinue_count;
// The CJK unified ideograph blocks, whose names are "CJK UNIFIED IDEOGRAPH-<hex>".
extern const uint32_t kCjkIdeographs[][2];
extern const size_t kCjkIdeographs_count;
// DerivedCoreProperties: Lowercase, Uppercase, Cased, Case_Ignorable.
extern const uint32_t kLowercase[][2];
extern const size_t kLowercase_count;
extern const uint32_t kUppercase[][2];
extern const size_t kUppercase_count;
extern const uint32_t kCased[][2];
extern const size_t kCased_count;
extern const uint32_t kCaseIgnorable[][2];
extern const size_t kCaseIgnorable_count;
// Characters with a decimal / digit / numeric value (UnicodeData.txt; numeric also Unihan).
extern const uint32_t kDecimal[][2];
extern const size_t kDecimal_count;
extern const uint32_t kDigit[][2];
extern const size_t kDigit_count;
extern const uint32_t kNumeric[][2];
extern const size_t kNumeric_count;
// Unconditional SpecialCasing.txt mappings sorted by code point: {cp, lower[3], title[3],
// upper[3]} (zero padded), and CaseFolding.txt statuses C+F: {cp, folded[3]}.
extern const uint32_t kSpecialCasing[][10];
extern const size_t kSpecialCasing_count;
extern const uint32_t kCaseFolding[][4];
extern const size_t kCaseFolding_count;

// Character names and name aliases, sorted by name (all upper case). Name i is the words
// encoded in kNameCodes[kNameCodeOffsets[i] .. kNameCodeOffsets[i + 1]) joined by single
// spaces; a code byte below 0x80 is word number b, otherwise it and the next byte make
// word ((b & 0x7f) << 8 | next). Word w is kNameWords[kNameWordOffsets[w] ..
// kNameWordOffsets[w + 1]). Name i names kNameCodePoints[i]. Names are under 256 bytes.
extern const char kNameWords[];
extern const uint32_t kNameWordOffsets[];
extern const uint8_t kNameCodes[];
extern const uint32_t kNameCodeOffsets[];
extern const uint32_t kNameCodePoints[];
extern const size_t kNameCount;

// Short names of the Hangul jamo that make up syllable names: 19 leading consonants,
// 21 vowels, 27 trailing consonants (trailing index 0, "no consonant", is not listed).
extern const char* const kJamoL[];
extern const char* const kJamoV[];
extern const char* const kJamoT[];

}  // namespace pyxis::unicode::tables
