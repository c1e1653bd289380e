// Build-time generator: reads the Unicode 15.0 data files (Debian's unicode-data package)
// and writes compact C++ tables for XID_Start/XID_Continue, character-name lookup, case
// properties and full case mappings (SpecialCasing, CaseFolding) and numeric properties.
//
// Usage: gen_unicode_tables DATA_DIR OUT_CPP
// Output: one .cpp defining the arrays declared in src/support/unicode_tables.h.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace {

using Range = std::pair<uint32_t, uint32_t>;

std::string trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

std::vector<std::string> split(const std::string& line, char sep) {
  std::vector<std::string> parts;
  std::string cur;
  for (char c : line) {
    if (c == sep) {
      parts.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  parts.push_back(cur);
  return parts;
}

bool open_file(std::ifstream& in, const std::string& path) {
  in.open(path);
  if (!in) {
    std::cerr << "gen_unicode_tables: cannot open " << path << "\n";
    return false;
  }
  return true;
}

// Ranges of code points with a binary property from DerivedCoreProperties.txt.
bool read_property(const std::string& path, const std::string& property, std::vector<Range>* out) {
  std::ifstream in;
  if (!open_file(in, path)) return false;
  std::string line;
  std::vector<Range> ranges;
  while (std::getline(in, line)) {
    size_t hash = line.find('#');
    if (hash != std::string::npos) line.resize(hash);
    auto parts = split(line, ';');
    if (parts.size() < 2 || trim(parts[1]) != property) continue;
    std::string cps = trim(parts[0]);
    size_t dots = cps.find("..");
    uint32_t lo = std::stoul(cps.substr(0, dots), nullptr, 16);
    uint32_t hi = dots == std::string::npos ? lo : std::stoul(cps.substr(dots + 2), nullptr, 16);
    ranges.push_back({lo, hi});
  }
  std::sort(ranges.begin(), ranges.end());
  // Merge adjacent ranges to keep the table small.
  for (const Range& r : ranges) {
    if (!out->empty() && out->back().second + 1 >= r.first) {
      out->back().second = std::max(out->back().second, r.second);
    } else {
      out->push_back(r);
    }
  }
  return !out->empty();
}

// Merges sorted single code points / ranges into maximal ranges.
std::vector<Range> merge_ranges(std::vector<Range> ranges) {
  std::sort(ranges.begin(), ranges.end());
  std::vector<Range> out;
  for (const Range& r : ranges) {
    if (!out.empty() && out.back().second + 1 >= r.first) {
      out.back().second = std::max(out.back().second, r.second);
    } else {
      out.push_back(r);
    }
  }
  return out;
}

// Code points listed (space separated hex) in a SpecialCasing/CaseFolding field, padded
// with zeros to three.
bool parse_sequence(const std::string& field, uint32_t out[3]) {
  std::istringstream in(field);
  std::string hex;
  int n = 0;
  out[0] = out[1] = out[2] = 0;
  while (in >> hex) {
    if (n == 3) return false;
    out[n++] = static_cast<uint32_t>(std::stoul(hex, nullptr, 16));
  }
  return n > 0;
}

struct NameEntry {
  std::string name;
  uint32_t cp;
};

void write_ranges(std::ostream& out, const char* name, const std::vector<Range>& ranges) {
  out << "extern const uint32_t " << name << "[][2] = {\n";
  for (const Range& r : ranges) out << "  {0x" << std::hex << r.first << ", 0x" << r.second << std::dec << "},\n";
  out << "};\n";
  out << "extern const size_t " << name << "_count = " << ranges.size() << ";\n\n";
}

// Writes a string literal in chunks, escaping what C++ requires.
void write_blob(std::ostream& out, const std::string& blob) {
  const size_t chunk = 100;
  for (size_t i = 0; i < blob.size(); i += chunk) {
    out << "  \"";
    for (size_t j = i; j < std::min(blob.size(), i + chunk); ++j) {
      unsigned char c = static_cast<unsigned char>(blob[j]);
      if (c == '"' || c == '\\') {
        out << '\\' << c;
      } else if (c < 0x20 || c >= 0x7f) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\%03o", c);
        out << buf;
      } else {
        out << c;
      }
    }
    out << "\"\n";
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: gen_unicode_tables DATA_DIR OUT_CPP\n";
    return 2;
  }
  std::string dir = argv[1];

  std::vector<Range> xid_start, xid_continue;
  if (!read_property(dir + "/DerivedCoreProperties.txt", "XID_Start", &xid_start)) return 1;
  if (!read_property(dir + "/DerivedCoreProperties.txt", "XID_Continue", &xid_continue)) return 1;

  std::vector<Range> lowercase, uppercase, cased, case_ignorable;
  if (!read_property(dir + "/DerivedCoreProperties.txt", "Lowercase", &lowercase)) return 1;
  if (!read_property(dir + "/DerivedCoreProperties.txt", "Uppercase", &uppercase)) return 1;
  if (!read_property(dir + "/DerivedCoreProperties.txt", "Cased", &cased)) return 1;
  if (!read_property(dir + "/DerivedCoreProperties.txt", "Case_Ignorable", &case_ignorable)) return 1;

  // Numeric properties from UnicodeData.txt fields 6 (decimal), 7 (digit), 8 (numeric);
  // like CPython, the Unihan numeric fields also make characters numeric.
  std::vector<Range> decimal, digit, numeric;
  {
    std::ifstream in;
    if (!open_file(in, dir + "/UnicodeData.txt")) return 1;
    std::string line;
    while (std::getline(in, line)) {
      auto parts = split(line, ';');
      if (parts.size() < 9) continue;
      uint32_t cp = std::stoul(parts[0], nullptr, 16);
      if (!parts[6].empty()) decimal.push_back({cp, cp});
      if (!parts[7].empty()) digit.push_back({cp, cp});
      if (!parts[8].empty()) numeric.push_back({cp, cp});
    }
    FILE* unihan = popen(("bzip2 -dc " + dir + "/Unihan_NumericValues.txt.bz2 2>/dev/null").c_str(), "r");
    if (unihan != nullptr) {
      char buffer[512];
      size_t found = 0;
      while (std::fgets(buffer, sizeof buffer, unihan) != nullptr) {
        std::string text(buffer);
        if (text.rfind("U+", 0) != 0) continue;
        uint32_t cp = std::stoul(text.substr(2), nullptr, 16);
        numeric.push_back({cp, cp});
        ++found;
      }
      pclose(unihan);
      if (found == 0)
        std::cerr << "gen_unicode_tables: warning: no Unihan numeric values read (bzip2 and "
                  << "Unihan_NumericValues.txt.bz2 needed); CJK numerals will not be isnumeric()\n";
    }
    decimal = merge_ranges(decimal);
    digit = merge_ranges(digit);
    numeric = merge_ranges(numeric);
  }

  // Unconditional full case mappings: code point, lower[3], title[3], upper[3].
  std::vector<std::vector<uint32_t>> special;
  {
    std::ifstream in;
    if (!open_file(in, dir + "/SpecialCasing.txt")) return 1;
    std::string line;
    while (std::getline(in, line)) {
      size_t hash = line.find('#');
      if (hash != std::string::npos) line.resize(hash);
      auto parts = split(line, ';');
      if (parts.size() < 5) continue;
      if (!trim(parts[4]).empty()) continue;  // conditional (language or context)
      std::vector<uint32_t> row(10, 0);
      row[0] = static_cast<uint32_t>(std::stoul(trim(parts[0]), nullptr, 16));
      if (!parse_sequence(parts[1], &row[1]) || !parse_sequence(parts[2], &row[4]) ||
          !parse_sequence(parts[3], &row[7])) {
        std::cerr << "gen_unicode_tables: unexpected SpecialCasing line\n";
        return 1;
      }
      special.push_back(row);
    }
    std::sort(special.begin(), special.end());
  }
  // Full case folding (statuses C and F): code point, folded[3].
  std::vector<std::vector<uint32_t>> folding;
  {
    std::ifstream in;
    if (!open_file(in, dir + "/CaseFolding.txt")) return 1;
    std::string line;
    while (std::getline(in, line)) {
      size_t hash = line.find('#');
      if (hash != std::string::npos) line.resize(hash);
      auto parts = split(line, ';');
      if (parts.size() < 3) continue;
      std::string status = trim(parts[1]);
      if (status != "C" && status != "F") continue;
      std::vector<uint32_t> row(4, 0);
      row[0] = static_cast<uint32_t>(std::stoul(trim(parts[0]), nullptr, 16));
      if (!parse_sequence(parts[2], &row[1])) {
        std::cerr << "gen_unicode_tables: unexpected CaseFolding line\n";
        return 1;
      }
      folding.push_back(row);
    }
    std::sort(folding.begin(), folding.end());
  }

  // Names: explicit names from UnicodeData.txt (not the "<...>" range and control
  // placeholders) plus every alias from NameAliases.txt. CJK unified ideograph ranges are
  // recorded separately: their names are algorithmic.
  std::vector<NameEntry> names;
  std::vector<Range> cjk_ranges;
  {
    std::ifstream in;
    if (!open_file(in, dir + "/UnicodeData.txt")) return 1;
    std::string line;
    uint32_t range_first = 0;
    while (std::getline(in, line)) {
      auto parts = split(line, ';');
      if (parts.size() < 3) continue;
      uint32_t cp = std::stoul(parts[0], nullptr, 16);
      const std::string& name = parts[1];
      if (name.empty()) continue;
      if (name[0] == '<') {
        bool is_cjk = name.rfind("<CJK Ideograph", 0) == 0;
        if (is_cjk && name.find(", First>") != std::string::npos) range_first = cp;
        if (is_cjk && name.find(", Last>") != std::string::npos) cjk_ranges.push_back({range_first, cp});
        continue;
      }
      names.push_back({name, cp});
    }
  }
  {
    std::ifstream in;
    if (!open_file(in, dir + "/NameAliases.txt")) return 1;
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      auto parts = split(line, ';');
      if (parts.size() < 3) continue;
      names.push_back({trim(parts[1]), static_cast<uint32_t>(std::stoul(parts[0], nullptr, 16))});
    }
  }
  std::sort(names.begin(), names.end(), [](const NameEntry& a, const NameEntry& b) { return a.name < b.name; });
  names.erase(std::unique(names.begin(), names.end(),
                          [](const NameEntry& a, const NameEntry& b) { return a.name == b.name && a.cp == b.cp; }),
              names.end());
  std::sort(cjk_ranges.begin(), cjk_ranges.end());

  // Hangul jamo short names, in code point order (L: 1100..1112, V: 1161..1175, T: 11A8..11C2).
  std::vector<std::string> jamo_l, jamo_v, jamo_t;
  {
    std::ifstream in;
    if (!open_file(in, dir + "/Jamo.txt")) return 1;
    std::string line;
    while (std::getline(in, line)) {
      size_t hash = line.find('#');
      if (hash != std::string::npos) line.resize(hash);
      auto parts = split(line, ';');
      if (parts.size() < 2) continue;
      std::string cps = trim(parts[0]);
      if (cps.empty()) continue;
      uint32_t cp = std::stoul(cps, nullptr, 16);
      std::string short_name = trim(parts[1]);
      if (cp >= 0x1100 && cp <= 0x1112) jamo_l.push_back(short_name);
      if (cp >= 0x1161 && cp <= 0x1175) jamo_v.push_back(short_name);
      if (cp >= 0x11A8 && cp <= 0x11C2) jamo_t.push_back(short_name);
    }
  }
  if (jamo_l.size() != 19 || jamo_v.size() != 21 || jamo_t.size() != 27) {
    std::cerr << "gen_unicode_tables: unexpected Jamo.txt contents\n";
    return 1;
  }
  // The first L jamo (IEUNG, 110B) has an empty short name: Jamo.txt lists it as "".

  std::ofstream out(argv[2]);
  if (!out) {
    std::cerr << "gen_unicode_tables: cannot write " << argv[2] << "\n";
    return 1;
  }
  out << "// Generated by tools/gen_unicode_tables.cpp from the Unicode 15.0 data files. Do not edit.\n";
  out << "#include \"support/unicode_tables.h\"\n\n";
  out << "namespace pyxis::unicode::tables {\n\n";
  write_ranges(out, "kXidStart", xid_start);
  write_ranges(out, "kXidContinue", xid_continue);
  write_ranges(out, "kCjkIdeographs", cjk_ranges);
  write_ranges(out, "kLowercase", lowercase);
  write_ranges(out, "kUppercase", uppercase);
  write_ranges(out, "kCased", cased);
  write_ranges(out, "kCaseIgnorable", case_ignorable);
  write_ranges(out, "kDecimal", decimal);
  write_ranges(out, "kDigit", digit);
  write_ranges(out, "kNumeric", numeric);
  auto write_rows = [&](const char* name, const std::vector<std::vector<uint32_t>>& rows, size_t width) {
    out << "extern const uint32_t " << name << "[][" << width << "] = {\n";
    for (const auto& row : rows) {
      out << "  {";
      for (uint32_t v : row) out << "0x" << std::hex << v << std::dec << ", ";
      out << "},\n";
    }
    out << "};\nextern const size_t " << name << "_count = " << rows.size() << ";\n\n";
  };
  write_rows("kSpecialCasing", special, 10);
  write_rows("kCaseFolding", folding, 4);

  // Names are stored as sequences of word numbers (one byte for the 128 most frequent
  // words, two bytes for the others) into a table of distinct words: about half the size
  // of the plain text.
  std::map<std::string, size_t> word_frequency;
  for (const NameEntry& e : names) {
    for (const std::string& word : split(e.name, ' ')) ++word_frequency[word];
  }
  std::vector<std::pair<std::string, size_t>> words(word_frequency.begin(), word_frequency.end());
  std::stable_sort(words.begin(), words.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  if (words.size() > 0x8000) {
    std::cerr << "gen_unicode_tables: too many distinct words in names\n";
    return 1;
  }
  std::map<std::string, uint32_t> word_number;
  std::string word_blob;
  std::vector<uint32_t> word_offsets;
  for (size_t i = 0; i < words.size(); ++i) {
    word_number[words[i].first] = static_cast<uint32_t>(i);
    word_offsets.push_back(static_cast<uint32_t>(word_blob.size()));
    word_blob += words[i].first;
  }
  word_offsets.push_back(static_cast<uint32_t>(word_blob.size()));

  std::vector<uint8_t> codes;
  std::vector<uint32_t> code_offsets;
  for (const NameEntry& e : names) {
    if (e.name.empty() || e.name.size() >= 256 || e.name.find("  ") != std::string::npos || e.name.front() == ' ' ||
        e.name.back() == ' ') {
      std::cerr << "gen_unicode_tables: unexpected name '" << e.name << "'\n";
      return 1;
    }
    code_offsets.push_back(static_cast<uint32_t>(codes.size()));
    for (const std::string& word : split(e.name, ' ')) {
      uint32_t number = word_number[word];
      if (number < 0x80) {
        codes.push_back(static_cast<uint8_t>(number));
      } else {
        codes.push_back(static_cast<uint8_t>(0x80 | (number >> 8)));
        codes.push_back(static_cast<uint8_t>(number & 0xFF));
      }
    }
  }
  code_offsets.push_back(static_cast<uint32_t>(codes.size()));

  auto write_numbers = [&](const char* type, const char* name, const auto& values) {
    out << "extern const " << type << " " << name << "[] = {";
    for (size_t i = 0; i < values.size(); ++i) out << (i % 16 == 0 ? "\n  " : " ") << +values[i] << ",";
    out << "\n};\n";
  };
  out << "extern const char kNameWords[] =\n";
  write_blob(out, word_blob);
  out << ";\n\n";
  write_numbers("uint32_t", "kNameWordOffsets", word_offsets);
  write_numbers("uint8_t", "kNameCodes", codes);
  write_numbers("uint32_t", "kNameCodeOffsets", code_offsets);
  std::vector<uint32_t> code_points;
  for (const NameEntry& e : names) code_points.push_back(e.cp);
  write_numbers("uint32_t", "kNameCodePoints", code_points);
  out << "extern const size_t kNameCount = " << names.size() << ";\n\n";

  auto write_jamo = [&](const char* name, const std::vector<std::string>& list) {
    out << "extern const char* const " << name << "[] = {";
    for (const std::string& s : list) out << "\"" << s << "\", ";
    out << "};\n";
  };
  write_jamo("kJamoL", jamo_l);
  write_jamo("kJamoV", jamo_v);
  write_jamo("kJamoT", jamo_t);
  out << "\n}  // namespace pyxis::unicode::tables\n";
  return out ? 0 : 1;
}
