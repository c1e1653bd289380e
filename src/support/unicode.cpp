// Unicode 15.0 character properties: identifier classes, names, case and numeric properties
// and full case mappings from the generated tables (unicode_tables.h), categories, simple
// case mappings and NFKC from utf8proc, UTF-8 coding.
#include "support/unicode.h"

#include <utf8proc.h>

#include <cstdlib>
#include <cstring>

#include "support/unicode_tables.h"

namespace pyxis::unicode {

namespace {

bool in_ranges(const uint32_t (*ranges)[2], size_t count, char32_t cp) {
  size_t lo = 0, hi = count;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (cp < ranges[mid][0]) {
      hi = mid;
    } else if (cp > ranges[mid][1]) {
      lo = mid + 1;
    } else {
      return true;
    }
  }
  return false;
}

// Name `index` of the table, spelled out into `buffer` (at least 256 bytes).
std::string_view table_name(size_t index, char* buffer) {
  using namespace tables;
  const uint8_t* code = kNameCodes + kNameCodeOffsets[index];
  const uint8_t* end = kNameCodes + kNameCodeOffsets[index + 1];
  size_t length = 0;
  while (code < end) {
    uint32_t word = *code++;
    if (word >= 0x80 && code < end) word = ((word & 0x7F) << 8) | *code++;
    if (length > 0) buffer[length++] = ' ';
    uint32_t begin = kNameWordOffsets[word], stop = kNameWordOffsets[word + 1];
    if (length + (stop - begin) >= 256) break;  // cannot happen: the generator checks
    std::memcpy(buffer + length, kNameWords + begin, stop - begin);
    length += stop - begin;
  }
  return std::string_view(buffer, length);
}

// Names and aliases from the table: exact match on the upper-cased name.
std::optional<char32_t> lookup_table_name(std::string_view upper) {
  using namespace tables;
  char buffer[256];
  size_t lo = 0, hi = kNameCount;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int c = table_name(mid, buffer).compare(upper);
    if (c == 0) return kNameCodePoints[mid];
    if (c < 0) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return std::nullopt;
}

// Consumes the longest of `options` that prefixes *rest; returns its index or -1.
int match_longest(std::string_view* rest, const char* const* options, int count) {
  int best = -1;
  size_t best_len = 0;
  for (int i = 0; i < count; ++i) {
    size_t len = std::strlen(options[i]);
    if (rest->substr(0, len) == options[i] && (best < 0 || len > best_len)) {
      best = i;
      best_len = len;
    }
  }
  if (best >= 0) rest->remove_prefix(best_len);
  return best;
}

// "HANGUL SYLLABLE <L><V><T>" (upper case exactly, as CPython requires).
std::optional<char32_t> lookup_hangul(std::string_view name) {
  constexpr std::string_view kPrefix = "HANGUL SYLLABLE ";
  if (name.substr(0, kPrefix.size()) != kPrefix) return std::nullopt;
  std::string_view rest = name.substr(kPrefix.size());
  int l = match_longest(&rest, tables::kJamoL, 19);
  int v = match_longest(&rest, tables::kJamoV, 21);
  if (l < 0 || v < 0) return std::nullopt;
  int t = 0;
  if (!rest.empty()) {
    int index = match_longest(&rest, tables::kJamoT, 27);
    if (index < 0 || !rest.empty()) return std::nullopt;
    t = index + 1;
  }
  return static_cast<char32_t>(0xAC00 + (l * 21 + v) * 28 + t);
}

// "CJK UNIFIED IDEOGRAPH-<4 or 5 upper-case hex digits>" inside a CJK ideograph block.
std::optional<char32_t> lookup_cjk(std::string_view name) {
  constexpr std::string_view kPrefix = "CJK UNIFIED IDEOGRAPH-";
  if (name.substr(0, kPrefix.size()) != kPrefix) return std::nullopt;
  std::string_view hex = name.substr(kPrefix.size());
  if (hex.size() != 4 && hex.size() != 5) return std::nullopt;
  char32_t cp = 0;
  for (char c : hex) {
    int digit;
    if (c >= '0' && c <= '9') {
      digit = c - '0';
    } else if (c >= 'A' && c <= 'F') {
      digit = c - 'A' + 10;
    } else {
      return std::nullopt;
    }
    cp = cp * 16 + digit;
  }
  if (!in_ranges(tables::kCjkIdeographs, tables::kCjkIdeographs_count, cp)) return std::nullopt;
  return cp;
}

}  // namespace

bool is_xid_start(char32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
  return in_ranges(tables::kXidStart, tables::kXidStart_count, cp);
}

bool is_xid_continue(char32_t cp) {
  if (cp < 0x80) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_';
  }
  return in_ranges(tables::kXidContinue, tables::kXidContinue_count, cp);
}

bool is_printable(char32_t cp) {
  if (cp < 0x80) return cp >= 0x20 && cp < 0x7f;
  if (cp > 0x10FFFF) return false;
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_CF:
    case UTF8PROC_CATEGORY_CS:
    case UTF8PROC_CATEGORY_CO:
    case UTF8PROC_CATEGORY_CN:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_ZS:
      return false;
    default:
      return true;
  }
}

bool is_lowercase(char32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return in_ranges(tables::kLowercase, tables::kLowercase_count, cp);
}
bool is_uppercase(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return in_ranges(tables::kUppercase, tables::kUppercase_count, cp);
}
bool is_titlecase(char32_t cp) {
  return cp >= 0x80 && cp <= 0x10FFFF &&
         utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_LT;
}
bool is_cased(char32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  return in_ranges(tables::kCased, tables::kCased_count, cp);
}
bool is_case_ignorable(char32_t cp) { return in_ranges(tables::kCaseIgnorable, tables::kCaseIgnorable_count, cp); }
bool is_alpha(char32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  if (cp > 0x10FFFF) return false;
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
      return true;
    default:
      return false;
  }
}
bool is_decimal(char32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9';
  return in_ranges(tables::kDecimal, tables::kDecimal_count, cp);
}
bool is_digit(char32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9';
  return in_ranges(tables::kDigit, tables::kDigit_count, cp);
}
bool is_numeric(char32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9';
  return in_ranges(tables::kNumeric, tables::kNumeric_count, cp);
}
bool is_alnum(char32_t cp) { return is_alpha(cp) || is_decimal(cp) || is_digit(cp) || is_numeric(cp); }
bool is_space(char32_t cp) {
  if (cp < 0x80) return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F);
  if (cp > 0x10FFFF) return false;
  const utf8proc_property_t* property = utf8proc_get_property(static_cast<utf8proc_int32_t>(cp));
  return property->category == UTF8PROC_CATEGORY_ZS || property->bidi_class == UTF8PROC_BIDI_CLASS_WS ||
         property->bidi_class == UTF8PROC_BIDI_CLASS_B || property->bidi_class == UTF8PROC_BIDI_CLASS_S;
}
bool is_linebreak(char32_t cp) {
  return (cp >= 0x0A && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1E) || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
}

namespace {

const uint32_t* special_casing(char32_t cp) {
  size_t lo = 0, hi = tables::kSpecialCasing_count;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (tables::kSpecialCasing[mid][0] < cp) {
      lo = mid + 1;
    } else if (tables::kSpecialCasing[mid][0] > cp) {
      hi = mid;
    } else {
      return tables::kSpecialCasing[mid];
    }
  }
  return nullptr;
}

int copy_sequence(const uint32_t* sequence, char32_t out[3]) {
  int n = 0;
  while (n < 3 && sequence[n] != 0) {
    out[n] = sequence[n];
    ++n;
  }
  return n;
}

// which: 0 lower, 1 title, 2 upper.
int full_mapping(char32_t cp, char32_t out[3], int which) {
  if (cp < 0x80) {
    out[0] = cp;
    if (which == 0 && cp >= 'A' && cp <= 'Z') out[0] = cp + 32;
    if (which != 0 && cp >= 'a' && cp <= 'z') out[0] = cp - 32;
    return 1;
  }
  if (cp > 0x10FFFF) {
    out[0] = cp;
    return 1;
  }
  if (const uint32_t* row = special_casing(cp)) return copy_sequence(row + 1 + 3 * which, out);
  auto c = static_cast<utf8proc_int32_t>(cp);
  out[0] = static_cast<char32_t>(which == 0 ? utf8proc_tolower(c) : which == 1 ? utf8proc_totitle(c) : utf8proc_toupper(c));
  return 1;
}

}  // namespace

int to_lower_full(char32_t cp, char32_t out[3]) { return full_mapping(cp, out, 0); }
int to_title_full(char32_t cp, char32_t out[3]) { return full_mapping(cp, out, 1); }
int to_upper_full(char32_t cp, char32_t out[3]) { return full_mapping(cp, out, 2); }
int to_fold_full(char32_t cp, char32_t out[3]) {
  size_t lo = 0, hi = tables::kCaseFolding_count;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (tables::kCaseFolding[mid][0] < cp) {
      lo = mid + 1;
    } else if (tables::kCaseFolding[mid][0] > cp) {
      hi = mid;
    } else {
      return copy_sequence(tables::kCaseFolding[mid] + 1, out);
    }
  }
  out[0] = cp;  // characters CaseFolding.txt does not list fold to themselves
  return 1;
}

std::string nfkc(std::string_view utf8) {
  bool ascii = true;
  for (char c : utf8) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return std::string(utf8);  // ASCII is NFKC-invariant
  utf8proc_uint8_t* result = nullptr;
  utf8proc_ssize_t len =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(utf8.data()), static_cast<utf8proc_ssize_t>(utf8.size()),
                   &result, static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT));
  if (len < 0 || result == nullptr) {
    std::free(result);
    return std::string(utf8);  // malformed input (e.g. lone surrogates): left unchanged
  }
  std::string out(reinterpret_cast<const char*>(result), static_cast<size_t>(len));
  std::free(result);
  return out;
}

std::optional<char32_t> lookup_name(std::string_view name) {
  // Names are ASCII; CPython upper-cases ASCII letters for the table lookup only, while
  // the algorithmic Hangul and CJK names must be spelled in upper case.
  if (name.empty() || name.size() > 256) return std::nullopt;
  char upper[256];
  for (size_t i = 0; i < name.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(name[i]);
    if (c >= 0x80) return std::nullopt;
    upper[i] = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : static_cast<char>(c);
  }
  if (auto cp = lookup_hangul(name)) return cp;
  if (auto cp = lookup_cjk(name)) return cp;
  return lookup_table_name(std::string_view(upper, name.size()));
}

bool decode_utf8(std::string_view text, size_t* pos, char32_t* cp) {
  size_t i = *pos;
  if (i >= text.size()) return false;
  unsigned char b0 = static_cast<unsigned char>(text[i]);
  if (b0 < 0x80) {
    *cp = b0;
    *pos = i + 1;
    return true;
  }
  int len;
  char32_t value;
  char32_t min_value;
  if ((b0 & 0xE0) == 0xC0) {
    len = 2;
    value = b0 & 0x1F;
    min_value = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    len = 3;
    value = b0 & 0x0F;
    min_value = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    len = 4;
    value = b0 & 0x07;
    min_value = 0x10000;
  } else {
    return false;
  }
  if (text.size() - i < static_cast<size_t>(len)) return false;
  for (int k = 1; k < len; ++k) {
    unsigned char b = static_cast<unsigned char>(text[i + k]);
    if ((b & 0xC0) != 0x80) return false;
    value = (value << 6) | (b & 0x3F);
  }
  if (value < min_value || value > 0x10FFFF) return false;
  *cp = value;
  *pos = i + len;
  return true;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

}  // namespace pyxis::unicode
