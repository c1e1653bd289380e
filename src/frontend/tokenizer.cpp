// The Python 3.12 tokenizer: decoded source in, CPython's token stream out, one token per
// next() call, with CPython's tokenizer errors (messages and locations observed from it).
//
// Shape of the implementation:
//  * Lines are entered lazily, like CPython's line reader: a consumed newline leaves
//    lineno/line_start on the old line until the next character is actually needed, so
//    the "current position" parser errors use matches CPython's.
//  * `buf_start` mirrors CPython's tok->buf: the line where the current stretch of input
//    began (a backslash continuation or multi-line string keeps the earlier line). Some
//    error columns are measured from it, quirks included.
//  * Brackets live on one stack (max 200). F-strings push a mode (max 150); each mode
//    tracks its open replacement fields (max 3 nested) by the bracket level of their '{'.
//  * Errors come in three flavours, as in CPython: the tokenizer's own (offset = characters
//    from the line start to the cursor, text without newline), the ones CPython's parser
//    reports for the tokenizer (IndentationError, TabError, line continuation, EOF: built
//    with make_syntax_error), and decode errors in identifiers.
#include "frontend/tokenizer.h"

#include <array>
#include <cstdio>
#include <cstring>

#include "frontend/utf8_codec.h"
#include "support/unicode.h"

namespace pyxis::frontend {

namespace {

constexpr int kTabSize = 8;
constexpr int kMaxIndent = 100;       // indentation stack entries, the base level included
constexpr int kMaxLevel = 200;        // open brackets
constexpr int kMaxFStringModes = 150;  // nested f-strings
constexpr int kMaxFieldNesting = 3;   // replacement fields nested through format specs

enum : uint8_t { kIdStartBit = 1, kIdCharBit = 2, kDigitBit = 4, kHexBit = 8 };

constexpr std::array<uint8_t, 256> make_char_table() {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    uint8_t bits = 0;
    bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
    bool digit = c >= '0' && c <= '9';
    if (letter) bits |= kIdStartBit | kIdCharBit;
    if (digit) bits |= kIdCharBit | kDigitBit | kHexBit;
    if ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')) bits |= kHexBit;
    t[static_cast<size_t>(c)] = bits;
  }
  return t;
}
constexpr std::array<uint8_t, 256> kCharTable = make_char_table();

inline bool is_id_start(char c) { return kCharTable[static_cast<unsigned char>(c)] & kIdStartBit; }
inline bool is_id_char(char c) { return kCharTable[static_cast<unsigned char>(c)] & kIdCharBit; }
inline bool is_digit(char c) { return kCharTable[static_cast<unsigned char>(c)] & kDigitBit; }
inline bool is_hex_digit(char c) { return kCharTable[static_cast<unsigned char>(c)] & kHexBit; }

// Hard keywords; everything else spelled with ASCII letters is a NAME. Dispatches on the
// length, then compares against the few keywords of that length.
TokenKind keyword_kind(const char* p, size_t n) {
  auto is = [&](const char* kw) { return std::memcmp(p, kw, n) == 0; };
  switch (n) {
    case 2:
      if (is("as")) return TokenKind::KW_AS;
      if (is("if")) return TokenKind::KW_IF;
      if (is("in")) return TokenKind::KW_IN;
      if (is("is")) return TokenKind::KW_IS;
      if (is("or")) return TokenKind::KW_OR;
      break;
    case 3:
      if (is("and")) return TokenKind::KW_AND;
      if (is("def")) return TokenKind::KW_DEF;
      if (is("del")) return TokenKind::KW_DEL;
      if (is("for")) return TokenKind::KW_FOR;
      if (is("not")) return TokenKind::KW_NOT;
      if (is("try")) return TokenKind::KW_TRY;
      break;
    case 4:
      if (is("None")) return TokenKind::KW_NONE;
      if (is("True")) return TokenKind::KW_TRUE;
      if (is("elif")) return TokenKind::KW_ELIF;
      if (is("else")) return TokenKind::KW_ELSE;
      if (is("from")) return TokenKind::KW_FROM;
      if (is("pass")) return TokenKind::KW_PASS;
      if (is("with")) return TokenKind::KW_WITH;
      break;
    case 5:
      if (is("False")) return TokenKind::KW_FALSE;
      if (is("async")) return TokenKind::KW_ASYNC;
      if (is("await")) return TokenKind::KW_AWAIT;
      if (is("break")) return TokenKind::KW_BREAK;
      if (is("class")) return TokenKind::KW_CLASS;
      if (is("raise")) return TokenKind::KW_RAISE;
      if (is("while")) return TokenKind::KW_WHILE;
      if (is("yield")) return TokenKind::KW_YIELD;
      break;
    case 6:
      if (is("assert")) return TokenKind::KW_ASSERT;
      if (is("except")) return TokenKind::KW_EXCEPT;
      if (is("global")) return TokenKind::KW_GLOBAL;
      if (is("import")) return TokenKind::KW_IMPORT;
      if (is("lambda")) return TokenKind::KW_LAMBDA;
      if (is("return")) return TokenKind::KW_RETURN;
      break;
    case 7:
      if (is("finally")) return TokenKind::KW_FINALLY;
      break;
    case 8:
      if (is("continue")) return TokenKind::KW_CONTINUE;
      if (is("nonlocal")) return TokenKind::KW_NONLOCAL;
      break;
    default:
      break;
  }
  return TokenKind::NAME;
}

// Decodes one code point of valid UTF-8 (already checked) at *p.
char32_t decode_code_point(const char*& p) {
  auto b = static_cast<unsigned char>(*p++);
  if (b < 0x80) return b;
  int extra = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : 1;
  char32_t cp = b & (0x3F >> extra);
  for (int i = 0; i < extra; ++i) cp = (cp << 6) | (static_cast<unsigned char>(*p++) & 0x3F);
  return cp;
}

struct Bracket {
  char ch;
  int lineno;
  int col;
};

struct FStringMode {
  char quote;
  int quote_size;
  bool raw;
  const char* start;  // first character of the FSTRING_START token
  int start_lineno;
  const char* start_line_start;
  // Brackets opened (minus closed) while this f-string is the innermost one. Counted per
  // f-string like CPython does: an inner f-string's unclosed brackets do not count here.
  int depth;
  int field_depth;  // open replacement fields; the innermost one's '{' is at depth field_depth - 1
  bool field_in_spec[kMaxFieldNesting];  // the field has reached its format spec
  bool in_expr;        // lexing the expression part of the innermost field
  bool opening_field;  // the next '{' opens a replacement field
  // CPython's in_format_spec flag: set by the ':' that starts a format spec, cleared when
  // a field opens or closes. While set, "{{" is not an escape and a newline in a
  // single-quoted f-string ends the spec (instead of the f-string). "}}" instead follows
  // field_in_spec of the innermost field.
  bool spec_flag;
};

}  // namespace

struct Tokenizer::State {
  Tokenizer& owner;
  const bool extra;  // the tokenize module's view
  const bool lines_from_file;
  const char* begin;
  const char* end;
  const char* cur;

  int lineno = 0;
  const char* line_start;
  const char* buf_start;
  bool need_line = true;  // a newline was consumed; the next character starts a new line
  bool at_bol = true;
  bool blankline = false;
  bool implicit_newline_pending;  // the source does not end with a newline: one is implied
  bool implicit_newline_consumed = false;
  bool failed = false;
  bool finished = false;
  Token endmarker;

  int pending = 0;  // > 0: INDENTs to produce, < 0: DEDENTs
  int indent_top = 0;
  int indent_stack[kMaxIndent] = {0};
  int alt_indent_stack[kMaxIndent] = {0};

  int level = 0;
  Bracket brackets[kMaxLevel];

  int mode_count = 0;
  FStringMode modes[kMaxFStringModes];

  std::vector<TokenizerWarning> warnings;
  int nul_line = 0;  // tokenize view: the first line holding a NUL byte (0: none)

  State(Tokenizer& t, std::string_view source, const TokenizerOptions& options)
      : owner(t),
        extra(options.emit_comments_and_nl),
        lines_from_file(options.error_lines_from_file),
        begin(source.data()),
        end(source.data() + source.size()),
        cur(source.data()),
        line_start(source.data()),
        buf_start(source.data()) {
    implicit_newline_pending = (options.exec_input || extra) && !source.empty() && source.back() != '\n' &&
                               !(extra && source.back() == '\r');
    if (extra) {
      const void* nul = std::memchr(source.data(), '\0', source.size());
      if (nul != nullptr) {
        nul_line = 1;
        for (const char* p = begin; p < static_cast<const char*>(nul); ++p) nul_line += *p == '\n';
      }
    }
  }

  // The tokenize module's reader refuses a line with a NUL byte once it reaches it.
  bool check_nul_line() {
    if (nul_line == 0 || lineno < nul_line) return true;
    SyntaxErrorInfo& e = owner.error_;
    e = SyntaxErrorInfo();
    e.msg = "source code cannot contain null bytes";
    e.filename = owner.filename_;
    e.lineno = e.end_lineno = nul_line;
    e.offset = 0;
    failed = true;
    return false;
  }

  // ------------------------------------------------------------------ positions

  int col_of(const char* p) const { return static_cast<int>(p - line_start); }
  // A token column: UTF-8 bytes for the parser, characters in the tokenize module's view
  // (its iterator converts them). ls is the start of the line holding p.
  int token_col(const char* ls, const char* p) const {
    if (!extra) return static_cast<int>(p - ls);
    // Count on from the last column asked for on this line (keeps long lines linear).
    if (ls != col_cache_line || p < col_cache_pos) {
      col_cache_line = col_cache_pos = ls;
      col_cache_chars = 0;
    }
    for (const char* q = col_cache_pos; q < p; ++q) col_cache_chars += (static_cast<unsigned char>(*q) & 0xC0) != 0x80;
    col_cache_pos = p;
    return col_cache_chars;
  }
  mutable const char* col_cache_line = nullptr;
  mutable const char* col_cache_pos = nullptr;
  mutable int col_cache_chars = 0;
  int token_col(const char* p) const { return token_col(line_start, p); }

  // Length of the line break at p ("\n", "\r\n" or a lone "\r"), 0 if none.
  int newline_length(const char* p) const {
    if (p >= end) return 0;
    if (*p == '\n') return 1;
    if (*p == '\r') return (p + 1 < end && p[1] == '\n') ? 2 : 1;
    return 0;
  }
  bool implicit_newline_at(const char* p) const { return p == end && implicit_newline_pending; }

  // A newline inside a token was consumed; the token goes on at `next` (a new line).
  void cross_line(const char* next) {
    if (next < end) {
      ++lineno;
      line_start = next;
    }
  }

  // End of the current physical line (at its newline, or the end of input).
  const char* line_end(const char* from) const {
    const char* p = from;
    while (p < end && *p != '\n' && *p != '\r') ++p;
    return p;
  }
  // Bytes from `from` to the end of the current line, newline included (an implicit
  // newline counts as one byte, as in CPython's buffer).
  long bytes_through_line_end(const char* from) const {
    const char* e = line_end(line_start);
    long n = static_cast<long>(e - from) + newline_length(e);
    if (e == end && (implicit_newline_pending || implicit_newline_consumed)) n += 1;
    return n;
  }

  void emit(Token* out, TokenKind kind, int l0, int c0, int l1, int c1, const char* text, size_t len) {
    out->kind = kind;
    out->lineno = l0;
    out->col_offset = c0;
    out->end_lineno = l1;
    out->end_col_offset = c1;
    out->text = std::string_view(text, len);
  }
  // A token from p to q, both on the current line.
  void emit_span(Token* out, TokenKind kind, const char* p, const char* q) {
    int c0 = token_col(p);  // before c1: token_col counts on from the previous column
    int c1 = token_col(q);
    emit(out, kind, lineno, c0, lineno, c1, p, static_cast<size_t>(q - p));
  }

  // ------------------------------------------------------------------ errors

  // The tokenizer's own errors: offset = characters from `ls` (a line start) to `pos`,
  // text = that line without its newline.
  bool fail_range(const std::string& msg, int line, const char* ls, const char* pos, const char* end_pos) {
    SyntaxErrorInfo& e = owner.error_;
    e = SyntaxErrorInfo();
    e.exc_type = "SyntaxError";
    e.msg = msg;
    e.filename = owner.filename_;
    e.lineno = line;
    e.end_lineno = line;
    e.offset = static_cast<int>(utf8::count_chars(utf8::decode_replace(std::string_view(ls, pos - ls))));
    e.end_offset = static_cast<int>(utf8::count_chars(utf8::decode_replace(std::string_view(ls, end_pos - ls))));
    e.text = utf8::decode_replace(std::string_view(ls, static_cast<size_t>(line_end(ls) - ls)));
    failed = true;
    return false;
  }
  bool fail_here(const std::string& msg, const char* pos) { return fail_range(msg, lineno, line_start, pos, pos); }

  // Errors whose columns CPython gives in bytes, unconverted.
  bool fail_known_columns(const std::string& msg, int offset, int end_offset) {
    SyntaxErrorInfo& e = owner.error_;
    e = SyntaxErrorInfo();
    e.msg = msg;
    e.filename = owner.filename_;
    e.lineno = e.end_lineno = lineno;
    e.offset = offset;
    e.end_offset = end_offset;
    e.text = utf8::decode_replace(std::string_view(line_start, static_cast<size_t>(line_end(line_start) - line_start)));
    failed = true;
    return false;
  }

  // Errors CPython's parser raises for the tokenizer (through make_syntax_error). The
  // tokenize module reports them at (lineno, characters from buf to the end of the line).
  bool fail_reported(const char* exc_type, const std::string& msg, int col_byte, int end_col_byte) {
    if (extra) {
      SyntaxErrorInfo& e = owner.error_;
      e = SyntaxErrorInfo();
      e.exc_type = exc_type;
      e.msg = msg;
      e.filename = owner.filename_;
      e.lineno = e.end_lineno = lineno;
      std::string buf_text(buf_start, static_cast<size_t>(line_end(line_start) - buf_start));
      e.offset = static_cast<int>(utf8::count_chars(utf8::decode_replace(buf_text))) +
                 static_cast<int>(bytes_through_line_end(line_end(line_start)));
      failed = true;
      return false;
    }
    owner.error_ = reported_error(exc_type, msg, lineno, col_byte, lineno, end_col_byte);
    failed = true;
    return false;
  }

  // make_syntax_error, plus CPython's reading of the line back from the file: at most its
  // first 999 bytes, the offsets clamped to that text.
  SyntaxErrorInfo reported_error(std::string_view exc_type, std::string msg, int line, int col_byte, int end_line,
                                 int end_col_byte) {
    SyntaxErrorInfo e =
        make_syntax_error(exc_type, std::move(msg), owner.filename_, owner.source_, line, col_byte, end_line, end_col_byte);
    constexpr size_t kLineBuffer = 999;
    if (!lines_from_file || line < 1) return e;
    const char* p = begin;
    for (int i = 1; i < line && p < end; ++i) {
      p = static_cast<const char*>(std::memchr(p, '\n', static_cast<size_t>(end - p)));
      p = p == nullptr ? end : p + 1;
    }
    const char* stop = static_cast<const char*>(std::memchr(p, '\n', static_cast<size_t>(end - p)));
    size_t length = stop == nullptr ? static_cast<size_t>(end - p) : static_cast<size_t>(stop - p) + 1;
    if (length <= kLineBuffer) return e;
    e.text = utf8::decode_replace(std::string_view(p, kLineBuffer));
    if (col_byte >= 0) e.offset = static_cast<int>(utf8::cpython_character_offset(e.text, col_byte + 1L));
    if (end_col_byte >= 0) e.end_offset = static_cast<int>(utf8::cpython_character_offset(e.text, end_col_byte + 1L));
    return e;
  }

  // End of input inside brackets, an f-string or after a backslash.
  bool fail_eof_in_statement(bool after_continuation, bool at_line_start) {
    if (extra) {
      SyntaxErrorInfo& e = owner.error_;
      e = SyntaxErrorInfo();
      e.msg = "unexpected EOF in multi-line statement";
      e.filename = owner.filename_;
      e.lineno = e.end_lineno = lineno;
      long implicit = implicit_newline_consumed ? 1 : 0;
      if (after_continuation) {
        e.offset = at_line_start ? 0 : static_cast<int>(end - buf_start + implicit);
      } else if (mode_count > 0) {
        e.offset = static_cast<int>(end - buf_start + implicit);
      } else {
        e.offset = 0;
      }
      failed = true;
      return false;
    }
    if (after_continuation && level == 0) {
      long col = static_cast<long>(end - line_start) + (implicit_newline_consumed ? 1 : 0);
      return fail_reported("SyntaxError", "unexpected EOF while parsing", static_cast<int>(col - 1), -2);
    }
    const Bracket& b = brackets[level - 1];
    std::string msg = "'";
    msg += b.ch;
    msg += "' was never closed";
    owner.error_ = reported_error("SyntaxError", msg, b.lineno, b.col, b.lineno, -1);
    failed = true;
    return false;
  }

  void warn(const std::string& msg) { warnings.push_back(TokenizerWarning{"SyntaxWarning", msg, lineno}); }

  // ------------------------------------------------------------------ lines

  void start_next_line() {
    ++lineno;
    line_start = cur;
    // The tokenize module's reader keeps a whole f-string in its buffer; compile()'s does not.
    if (!extra || mode_count == 0) buf_start = cur;
    need_line = false;
  }

  // Consumes the line break at cur (possibly the implicit one) and ends the line.
  void consume_newline(int nl) {
    cur += nl;
    if (nl == 0) {
      implicit_newline_pending = false;
      implicit_newline_consumed = true;
    }
    need_line = true;
    at_bol = true;
  }

  // Backslash-newline at p: consumes it. Returns false on CPython's two errors.
  bool continuation(const char* p, bool at_line_start) {
    const char* after = p + 1;
    int nl = newline_length(after);
    if (nl == 0 && !implicit_newline_at(after)) {
      cur = p + 2 <= end ? p + 2 : end;
      return fail_reported("SyntaxError", "unexpected character after line continuation character",
                           static_cast<int>(p + 1 - buf_start), -1);
    }
    if (nl == 0) {
      implicit_newline_pending = false;
      implicit_newline_consumed = true;
    }
    cur = after + nl;
    if (cur >= end) return fail_eof_in_statement(true, at_line_start);
    ++lineno;
    line_start = cur;
    if (at_line_start && (!extra || mode_count == 0)) buf_start = cur;
    return true;
  }

  // Indentation of a new logical line (CPython's rules: tabs to multiples of 8, checked
  // against a tab size of 1; form feed resets; backslash lines are part of it).
  bool process_indentation() {
    int col = 0;
    int altcol = 0;
    int cont_col = 0;
    for (;;) {
      if (cur >= end) break;
      char c = *cur;
      if (c == ' ') {
        ++col;
        ++altcol;
        ++cur;
      } else if (c == '\t') {
        col = (col / kTabSize + 1) * kTabSize;
        ++altcol;
        ++cur;
      } else if (c == '\f') {
        col = altcol = 0;
        ++cur;
      } else if (c == '\\') {
        // The first backslash fixes the indentation of what follows (0 counts as unset).
        cont_col = cont_col ? cont_col : col;
        if (!continuation(cur, true)) return false;
      } else {
        break;
      }
    }
    bool blank = cur < end ? (*cur == '#' || *cur == '\n' || *cur == '\r') : implicit_newline_pending;
    blankline = blank;
    if (blank || level != 0) return true;
    if (cont_col) col = altcol = cont_col;
    if (col == indent_stack[indent_top]) {
      if (altcol != alt_indent_stack[indent_top]) return fail_tab();
    } else if (col > indent_stack[indent_top]) {
      if (indent_top + 1 >= kMaxIndent) {
        return fail_reported("IndentationError", "too many levels of indentation", 0, -1);
      }
      if (altcol <= alt_indent_stack[indent_top]) return fail_tab();
      ++pending;
      ++indent_top;
      indent_stack[indent_top] = col;
      alt_indent_stack[indent_top] = altcol;
    } else {
      while (indent_top > 0 && col < indent_stack[indent_top]) {
        --pending;
        --indent_top;
      }
      if (col != indent_stack[indent_top]) {
        return fail_reported("IndentationError", "unindent does not match any outer indentation level",
                             static_cast<int>(line_end(line_start) - line_start), -2);
      }
      if (altcol != alt_indent_stack[indent_top]) return fail_tab();
    }
    return true;
  }
  bool fail_tab() { return fail_reported("TabError", "inconsistent use of tabs and spaces in indentation", 0, -1); }

  bool at_eof() const { return cur >= end && !implicit_newline_pending; }

  bool emit_indent_or_dedent(Token* out) {
    bool eof = at_eof();
    TokenKind kind = pending > 0 ? TokenKind::INDENT : TokenKind::DEDENT;
    if (pending > 0) {
      --pending;
    } else {
      ++pending;
    }
    if (!extra) {
      emit(out, kind, lineno, -1, lineno, -1, cur, 0);
    } else if (eof) {
      emit(out, kind, lineno + 1, 0, lineno + 1, 0, cur, 0);
    } else if (kind == TokenKind::INDENT) {
      emit(out, kind, lineno, 0, lineno, token_col(cur), line_start, static_cast<size_t>(cur - line_start));
    } else {
      emit_span(out, kind, cur, cur);
    }
    return true;
  }

  // ------------------------------------------------------------------ main loop

  FStringMode* fstring_mode() { return mode_count > 0 ? &modes[mode_count - 1] : nullptr; }

  bool next(Token* out) {
    FStringMode* m = fstring_mode();
    if (m != nullptr && !m->in_expr) return lex_fstring_middle(out, *m);
    return lex_normal(out);
  }

  bool lex_normal(Token* out) {
    for (;;) {
      if (need_line && cur < end) start_next_line();
      if (at_bol) {
        at_bol = false;
        if (!process_indentation()) return false;
      }
      if (pending != 0) return emit_indent_or_dedent(out);

      for (;;) {
        while (cur < end && (*cur == ' ' || *cur == '\t' || *cur == '\f')) ++cur;
        const char* comment = nullptr;
        if (cur < end && *cur == '#') {
          const char* p = cur;
          while (p < end && *p != '\n' && *p != '\r') ++p;
          if (extra) {
            emit_span(out, TokenKind::COMMENT, cur, p);
            cur = p;
            return true;
          }
          comment = cur;
          cur = p;
        }
        int nl = newline_length(cur);
        if (nl > 0 || implicit_newline_at(cur)) {
          const char* nl_pos = cur;
          bool soft = blankline || level > 0;
          blankline = false;
          consume_newline(nl);
          int c0 = token_col(nl_pos);
          if (soft) {
            if (!extra) break;  // next line
            emit(out, TokenKind::NL, lineno, c0, lineno, c0 + (nl > 0 ? nl : 1), nl_pos, static_cast<size_t>(nl));
            return true;
          }
          if (extra) {
            emit(out, TokenKind::NEWLINE, lineno, c0, lineno, c0 + (nl > 0 ? nl : 1), nl_pos,
                 static_cast<size_t>(nl));
          } else {
            const char* s = comment != nullptr ? comment : nl_pos;
            emit(out, TokenKind::NEWLINE, lineno, token_col(s), lineno, c0 + 1, nl_pos, 0);
          }
          return true;
        }
        if (cur >= end) return lex_end_of_input(out);
        char c = *cur;
        if (is_id_start(c)) return lex_name(out);
        if (is_digit(c) || (c == '.' && cur + 1 < end && is_digit(cur[1]))) return lex_number(out);
        if (c == '"' || c == '\'') return lex_string(out, cur, cur);
        if (c == '\\') {
          if (!continuation(cur, false)) return false;
          continue;
        }
        return lex_operator(out);
      }
    }
  }

  bool lex_end_of_input(Token* out) {
    if (level > 0) return fail_eof_in_statement(false, false);
    if (indent_top > 0) {
      pending = -indent_top;
      indent_top = 0;
      return emit_indent_or_dedent(out);
    }
    if (extra) {
      emit(out, TokenKind::ENDMARKER, lineno + 1, 0, lineno + 1, 0, cur, 0);
    } else {
      emit(out, TokenKind::ENDMARKER, lineno, -1, lineno, -1, cur, 0);
    }
    endmarker = *out;
    finished = true;
    return true;
  }

  // ------------------------------------------------------------------ names

  bool lex_name(Token* out) {
    const char* start = cur;
    const char* p = cur;
    bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
    for (;;) {
      char c = *p;
      if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B')) {
        saw_b = true;
      } else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U')) {
        saw_u = true;
      } else if (!(saw_r || saw_u) && (c == 'r' || c == 'R')) {
        saw_r = true;
      } else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F')) {
        saw_f = true;
      } else {
        break;
      }
      ++p;
      if (p < end && (*p == '"' || *p == '\'')) {
        if (saw_f) return lex_fstring_start(out, start, p, saw_r);
        return lex_string(out, start, p);
      }
      if (p >= end) break;
    }
    bool nonascii = false;
    while (p < end && is_id_char(*p)) {
      if (static_cast<unsigned char>(*p) >= 0x80) nonascii = true;
      ++p;
    }
    cur = p;
    if (nonascii && !extra && !verify_identifier(start, p)) return false;
    TokenKind kind = nonascii ? TokenKind::NAME : keyword_kind(start, static_cast<size_t>(p - start));
    emit_span(out, kind, start, p);
    return true;
  }

  // PEP 3131: valid UTF-8, an XID_Start (or '_') then XID_Continue characters.
  bool verify_identifier(const char* start, const char* stop) {
    std::string_view text(start, static_cast<size_t>(stop - start));
    utf8::DecodeError de;
    if (utf8::find_decode_error(text, &de)) {
      // CPython reports it at the tokenizer's cursor (the end of the identifier), taken as
      // an already 1-based byte offset into the replaced line.
      std::string msg = "(unicode error) " + utf8::decode_error_message(text, de);
      SyntaxErrorInfo& e = owner.error_;
      e = reported_error("SyntaxError", msg, lineno, 0, lineno, -2);
      e.offset = static_cast<int>(utf8::cpython_character_offset(e.text, static_cast<long>(stop - line_start)));
      failed = true;
      return false;
    }
    const char* p = start;
    bool first = true;
    while (p < stop) {
      char32_t cp = decode_code_point(p);
      bool ok = first ? (cp == U'_' || unicode::is_xid_start(cp)) : unicode::is_xid_continue(cp);
      first = false;
      if (!ok) {
        char buf[64];
        if (unicode::is_printable(cp)) {
          std::string ch;
          unicode::append_utf8(ch, cp);
          std::snprintf(buf, sizeof buf, "invalid character '%s' (U+%04X)", ch.c_str(), static_cast<unsigned>(cp));
        } else {
          std::snprintf(buf, sizeof buf, "invalid non-printable character U+%04X", static_cast<unsigned>(cp));
        }
        cur = p;
        return fail_here(buf, p);
      }
    }
    return true;
  }

  // ------------------------------------------------------------------ numbers

  // After a number: a keyword that may follow a number gives a warning, any other ASCII
  // identifier character an error (not in the tokenize module's view).
  bool verify_end_of_number(const char* p, const char* kind) {
    if (extra) return true;
    char c = p < end ? *p : '\0';
    // The keyword's remaining letters, then something that cannot continue a name.
    auto follows = [&](const char* rest) {
      size_t n = std::strlen(rest);
      return static_cast<size_t>(end - p) > n && std::memcmp(p + 1, rest, n) == 0 &&
             !(p + 1 + n < end && is_id_char(p[1 + n]));
    };
    bool keyword = false;
    if (c == 'a') keyword = follows("nd");
    else if (c == 'e') keyword = follows("lse");
    else if (c == 'f') keyword = follows("or");
    else if (c == 'i') keyword = p + 1 < end && (p[1] == 'f' || p[1] == 'n' || p[1] == 's');
    else if (c == 'o') keyword = follows("r");
    else if (c == 'n') keyword = follows("ot");
    if (keyword) {
      warn(std::string("invalid ") + kind + " literal");
      return true;
    }
    if (p < end && static_cast<unsigned char>(c) < 0x80 && is_id_char(c)) {
      cur = p;
      return fail_here(std::string("invalid ") + kind + " literal", p);
    }
    return true;
  }

  char at(const char* p) const { return p < end ? *p : '\0'; }

  // Digits with single underscores between them; p is at a digit. nullptr after an error.
  const char* decimal_tail(const char* p) {
    for (;;) {
      while (is_digit(at(p))) ++p;
      if (at(p) != '_') return p;
      ++p;
      if (!is_digit(at(p))) {
        cur = p;
        fail_here("invalid decimal literal", p);
        return nullptr;
      }
    }
  }

  bool finish_number(Token* out, const char* start, const char* p) {
    cur = p;
    emit_span(out, TokenKind::NUMBER, start, p);
    return true;
  }

  // Digits of a based literal (after "0x", "0o", "0b").
  bool lex_based(Token* out, const char* start, const char* p, int base, const char* kind) {
    auto valid = [&](char c) {
      if (base == 16) return is_hex_digit(c);
      if (base == 8) return c >= '0' && c <= '7';
      return c == '0' || c == '1';
    };
    for (;;) {
      if (at(p) == '_') ++p;
      if (!valid(at(p))) {
        if (base != 16 && is_digit(at(p))) {
          char buf[64];
          std::snprintf(buf, sizeof buf, "invalid digit '%c' in %s literal", *p, kind);
          return fail_here(buf, p + 1);
        }
        return fail_here(std::string("invalid ") + kind + " literal", p);
      }
      while (valid(at(p))) ++p;
      if (at(p) != '_') break;
    }
    if (base != 16 && is_digit(at(p))) {
      char buf[64];
      std::snprintf(buf, sizeof buf, "invalid digit '%c' in %s literal", *p, kind);
      return fail_here(buf, p + 1);
    }
    if (!verify_end_of_number(p, kind)) return false;
    return finish_number(out, start, p);
  }

  bool lex_number(Token* out) {
    const char* start = cur;
    const char* p = cur;
    if (*p == '.') return lex_fraction(out, start, p + 1);
    if (*p == '0') {
      ++p;
      char c = at(p);
      if (c == 'x' || c == 'X') return lex_based(out, start, p + 1, 16, "hexadecimal");
      if (c == 'o' || c == 'O') return lex_based(out, start, p + 1, 8, "octal");
      if (c == 'b' || c == 'B') return lex_based(out, start, p + 1, 2, "binary");
      // Zeros, possibly with underscores; then maybe an old-style octal (an error).
      for (;;) {
        if (at(p) == '_') {
          ++p;
          if (!is_digit(at(p))) return fail_here("invalid decimal literal", p);
        }
        if (at(p) != '0') break;
        ++p;
      }
      const char* zeros_end = p + 1;
      bool nonzero = false;
      if (is_digit(at(p))) {
        nonzero = true;
        p = decimal_tail(p);
        if (p == nullptr) return false;
      }
      c = at(p);
      if (c == '.') return lex_fraction(out, start, p + 1);
      if (c == 'e' || c == 'E') return lex_exponent(out, start, p);
      if (c == 'j' || c == 'J') return lex_imaginary(out, start, p);
      if (nonzero && !extra) {
        return fail_known_columns(
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
            col_of(start) + 1, col_of(zeros_end));
      }
      if (!verify_end_of_number(p, "decimal")) return false;
      return finish_number(out, start, p);
    }
    p = decimal_tail(p);
    if (p == nullptr) return false;
    char c = at(p);
    if (c == '.') return lex_fraction(out, start, p + 1);
    if (c == 'e' || c == 'E') return lex_exponent(out, start, p);
    if (c == 'j' || c == 'J') return lex_imaginary(out, start, p);
    if (!verify_end_of_number(p, "decimal")) return false;
    return finish_number(out, start, p);
  }

  // p is just after the '.'.
  bool lex_fraction(Token* out, const char* start, const char* p) {
    if (is_digit(at(p))) {
      p = decimal_tail(p);
      if (p == nullptr) return false;
    }
    char c = at(p);
    if (c == 'e' || c == 'E') return lex_exponent(out, start, p);
    if (c == 'j' || c == 'J') return lex_imaginary(out, start, p);
    if (!verify_end_of_number(p, "decimal")) return false;
    return finish_number(out, start, p);
  }

  // p is at the 'e'.
  bool lex_exponent(Token* out, const char* start, const char* e) {
    const char* p = e + 1;
    if (at(p) == '+' || at(p) == '-') {
      ++p;
      if (!is_digit(at(p))) return fail_here("invalid decimal literal", p);
    } else if (!is_digit(at(p))) {
      // Not an exponent: the number ends before the 'e'.
      if (!verify_end_of_number(e, "decimal")) return false;
      return finish_number(out, start, e);
    }
    p = decimal_tail(p);
    if (p == nullptr) return false;
    char c = at(p);
    if (c == 'j' || c == 'J') return lex_imaginary(out, start, p);
    if (!verify_end_of_number(p, "decimal")) return false;
    return finish_number(out, start, p);
  }

  bool lex_imaginary(Token* out, const char* start, const char* j) {
    if (!verify_end_of_number(j + 1, "imaginary")) return false;
    return finish_number(out, start, j + 1);
  }

  // ------------------------------------------------------------------ strings

  // A (non-f) string literal; token_start is at its prefix, quote at the opening quote.
  bool lex_string(Token* out, const char* token_start, const char* quote) {
    char q = *quote;
    int start_line = lineno;
    const char* start_ls = line_start;
    int start_col = token_col(token_start);
    const char* p = quote + 1;
    int size = 1;
    if (p + 1 < end && p[0] == q && p[1] == q) {
      size = 3;
      p += 2;
    } else if (p < end && p[0] == q) {
      cur = p + 1;
      emit_span(out, TokenKind::STRING, token_start, cur);
      return true;
    }
    int closing = 0;
    for (;;) {
      if (p >= end) return fail_unterminated_string(size, q, start_line, start_ls, token_start);
      char c = *p;
      if (c == q) {
        ++p;
        if (++closing == size) break;
        continue;
      }
      closing = 0;
      int nl = newline_length(p);
      if (nl > 0) {
        if (size == 1) return fail_unterminated_string(size, q, start_line, start_ls, token_start);
        p += nl;
        cross_line(p);
        continue;
      }
      if (c == '\\') {
        ++p;
        if (p >= end) continue;
        int enl = newline_length(p);
        if (enl > 0) {
          p += enl;
          cross_line(p);
        } else {
          ++p;
        }
        continue;
      }
      ++p;
    }
    cur = p;
    emit(out, TokenKind::STRING, start_line, start_col, lineno, token_col(p), token_start,
         static_cast<size_t>(p - token_start));
    return true;
  }

  bool fail_unterminated_string(int size, char q, int start_line, const char* start_ls, const char* token_start) {
    char buf[96];
    FStringMode* m = fstring_mode();
    if (m != nullptr && m->quote == q && m->quote_size == size) {
      std::snprintf(buf, sizeof buf, "f-string: expecting '}'");
    } else if (size == 3) {
      std::snprintf(buf, sizeof buf, "unterminated triple-quoted string literal (detected at line %d)", lineno);
    } else {
      std::snprintf(buf, sizeof buf, "unterminated string literal (detected at line %d)", lineno);
    }
    return fail_range(buf, start_line, start_ls, token_start + 1, token_start + 1);
  }

  // ------------------------------------------------------------------ f-strings

  bool lex_fstring_start(Token* out, const char* token_start, const char* quote, bool raw) {
    // CPython's mode stack holds the regular mode too: at most 149 f-strings.
    if (mode_count + 1 >= kMaxFStringModes) return fail_here("too many nested f-strings", quote + 1);
    char q = *quote;
    const char* p = quote + 1;
    int size = 1;
    if (p + 1 < end && p[0] == q && p[1] == q) {
      size = 3;
      p += 2;
    }
    FStringMode& m = modes[mode_count++];
    m = FStringMode{};
    m.quote = q;
    m.quote_size = size;
    m.raw = raw;
    m.start = token_start;
    m.start_lineno = lineno;
    m.start_line_start = line_start;
    cur = p;
    emit_span(out, TokenKind::FSTRING_START, token_start, p);
    return true;
  }

  bool at_closing_quote(const FStringMode& m, const char* p) const {
    if (p >= end || *p != m.quote) return false;
    return m.quote_size == 1 || (p + 2 < end && p[1] == m.quote && p[2] == m.quote);
  }

  bool fail_unterminated_fstring(const FStringMode& m) {
    char buf[96];
    std::snprintf(buf, sizeof buf, "unterminated %sf-string literal (detected at line %d)",
                  m.quote_size == 3 ? "triple-quoted " : "", lineno);
    return fail_range(buf, m.start_lineno, m.start_line_start, m.start + 1, m.start + 1);
  }

  // The next '{' opens a replacement field (at most three nested through format specs).
  bool begin_field(FStringMode& m, const char* brace) {
    if (m.field_depth >= kMaxFieldNesting) return fail_here("f-string: expressions nested too deeply", brace);
    m.in_expr = true;
    m.opening_field = true;
    m.spec_flag = false;
    return true;
  }

  // Literal text of an f-string or of a format spec.
  bool lex_fstring_middle(Token* out, FStringMode& m) {
    const char* p = cur;
    if (at_closing_quote(m, p)) {
      cur = p + m.quote_size;
      emit_span(out, TokenKind::FSTRING_END, p, cur);
      --mode_count;
      return true;
    }
    if (p < end && *p == '{' && at(p + 1) != '{') {
      if (!begin_field(m, p)) return false;
      return lex_normal(out);
    }
    const char* start = p;
    int start_line = lineno;
    int start_col = token_col(p);
    bool named_escape = false;  // inside \N{...}
    // In a format spec (the innermost open field is past its ':'), "{{" and "}}" are not
    // escapes.
    bool in_spec = m.field_depth > 0 && m.field_in_spec[m.field_depth - 1];
    bool spec_flag = m.spec_flag;
    const char* stop = nullptr;   // end of the middle's text
    const char* resume = nullptr;  // where lexing continues
    for (;;) {
      if (p >= end) {
        // The implicit final newline ends a format spec like a real one would.
        if (implicit_newline_at(p) && m.quote_size == 1 && spec_flag) {
          m.spec_flag = false;
          m.in_expr = true;
          stop = resume = p;
          break;
        }
        return fail_unterminated_fstring(m);
      }
      char c = *p;
      if (c == m.quote) {
        if (at_closing_quote(m, p)) {
          stop = resume = p;
          break;
        }
        ++p;
        continue;
      }
      int nl = newline_length(p);
      if (nl > 0) {
        if (m.quote_size == 1) {
          if (spec_flag) {
            m.spec_flag = false;
            m.in_expr = true;
            stop = resume = p;
            break;
          }
          return fail_unterminated_fstring(m);
        }
        p += nl;
        cross_line(p);
        continue;
      }
      if (c == '\\') {
        const char* q = p + 1;
        if (q >= end) {
          p = q;
          continue;
        }
        if (*q == '{' || *q == '}') {
          if (!m.raw) {
            std::string msg = "invalid escape sequence '\\";
            msg += *q;
            msg += "'";
            warn(msg);
          }
          p = q;
          continue;
        }
        if (!m.raw && *q == 'N' && at(q + 1) == '{') {
          named_escape = true;
          p = q + 2;
          continue;
        }
        int enl = newline_length(q);
        if (enl > 0) {
          p = q + enl;
          cross_line(p);
        } else {
          p = q + 1;
        }
        continue;
      }
      if (c == '{') {
        if (!spec_flag && at(p + 1) == '{') {
          stop = p + 1;
          resume = p + 2;
          break;
        }
        if (!begin_field(m, p)) return false;
        stop = resume = p;
        break;
      }
      if (c == '}') {
        if (named_escape) {
          // The end of \N{...} also ends the middle token (CPython splits there).
          stop = resume = p + 1;
          break;
        }
        if (!in_spec && at(p + 1) == '}') {
          stop = p + 1;
          resume = p + 2;
          break;
        }
        // Ends a format spec, or is a lone '}' for the normal mode to report.
        m.in_expr = true;
        stop = resume = p;
        break;
      }
      ++p;
    }
    cur = resume;
    emit(out, TokenKind::FSTRING_MIDDLE, start_line, start_col, lineno, token_col(stop), start,
         static_cast<size_t>(stop - start));
    return true;
  }

  // ------------------------------------------------------------------ operators

  bool lex_operator(Token* out) {
    const char* p = cur;
    char c = *p;
    char c1 = at(p + 1);
    char c2 = at(p + 2);
    FStringMode* m = fstring_mode();
    TokenKind kind = TokenKind::OP;
    int len = 1;
    // "X=" or "X".
    auto with_equal = [&](TokenKind augmented, TokenKind plain) {
      if (c1 == '=') {
        kind = augmented;
        len = 2;
      } else {
        kind = plain;
      }
    };
    switch (c) {
      case '(':
      case '[':
      case '{':
        return open_bracket(out, m);
      case ')':
      case ']':
      case '}':
        return close_bracket(out, m);
      case ':':
        if (m != nullptr && m->field_depth > 0 && m->depth == m->field_depth) {
          // The format spec of the innermost replacement field starts here.
          m->in_expr = false;
          m->spec_flag = true;
          m->field_in_spec[m->field_depth - 1] = true;
          kind = TokenKind::COLON;
        } else if (c1 == '=') {
          kind = TokenKind::COLONEQUAL, len = 2;
        } else {
          kind = TokenKind::COLON;
        }
        break;
      case ',': kind = TokenKind::COMMA; break;
      case ';': kind = TokenKind::SEMI; break;
      case '~': kind = TokenKind::TILDE; break;
      case '+': with_equal(TokenKind::PLUSEQUAL, TokenKind::PLUS); break;
      case '%': with_equal(TokenKind::PERCENTEQUAL, TokenKind::PERCENT); break;
      case '&': with_equal(TokenKind::AMPEREQUAL, TokenKind::AMPER); break;
      case '|': with_equal(TokenKind::VBAREQUAL, TokenKind::VBAR); break;
      case '^': with_equal(TokenKind::CIRCUMFLEXEQUAL, TokenKind::CIRCUMFLEX); break;
      case '@': with_equal(TokenKind::ATEQUAL, TokenKind::AT); break;
      case '=': with_equal(TokenKind::EQEQUAL, TokenKind::EQUAL); break;
      case '!': with_equal(TokenKind::NOTEQUAL, TokenKind::EXCLAMATION); break;
      case '-':
        if (c1 == '=') kind = TokenKind::MINEQUAL, len = 2;
        else if (c1 == '>') kind = TokenKind::RARROW, len = 2;
        else kind = TokenKind::MINUS;
        break;
      case '*':
        if (c1 == '*') {
          if (c2 == '=') kind = TokenKind::DOUBLESTAREQUAL, len = 3;
          else kind = TokenKind::DOUBLESTAR, len = 2;
        } else if (c1 == '=') {
          kind = TokenKind::STAREQUAL, len = 2;
        } else {
          kind = TokenKind::STAR;
        }
        break;
      case '/':
        if (c1 == '/') {
          if (c2 == '=') kind = TokenKind::DOUBLESLASHEQUAL, len = 3;
          else kind = TokenKind::DOUBLESLASH, len = 2;
        } else if (c1 == '=') {
          kind = TokenKind::SLASHEQUAL, len = 2;
        } else {
          kind = TokenKind::SLASH;
        }
        break;
      case '<':
        if (c1 == '<') {
          if (c2 == '=') kind = TokenKind::LEFTSHIFTEQUAL, len = 3;
          else kind = TokenKind::LEFTSHIFT, len = 2;
        } else if (c1 == '=') {
          kind = TokenKind::LESSEQUAL, len = 2;
        } else if (c1 == '>') {
          kind = TokenKind::NOTEQUAL, len = 2;  // "<>": the parser rejects it
        } else {
          kind = TokenKind::LESS;
        }
        break;
      case '>':
        if (c1 == '>') {
          if (c2 == '=') kind = TokenKind::RIGHTSHIFTEQUAL, len = 3;
          else kind = TokenKind::RIGHTSHIFT, len = 2;
        } else if (c1 == '=') {
          kind = TokenKind::GREATEREQUAL, len = 2;
        } else {
          kind = TokenKind::GREATER;
        }
        break;
      case '.':
        if (c1 == '.' && c2 == '.') kind = TokenKind::ELLIPSIS, len = 3;
        else kind = TokenKind::DOT;
        break;
      default: {
        auto u = static_cast<unsigned char>(c);
        if (u == 0 && nul_line != 0) return check_nul_line();
        if (u < 0x20 || u == 0x7F) {
          char buf[64];
          std::snprintf(buf, sizeof buf, "invalid non-printable character U+%04X", u);
          cur = p + 1;
          return fail_here(buf, p + 1);
        }
        kind = TokenKind::OP;  // '$', '?', '`': the parser reports them
        break;
      }
    }
    cur = p + len;
    emit_span(out, kind, p, cur);
    return true;
  }

  bool open_bracket(Token* out, FStringMode* m) {
    const char* p = cur;
    if (level >= kMaxLevel) return fail_here("too many nested parentheses", p + 1);
    brackets[level] = Bracket{*p, lineno, col_of(p)};
    ++level;
    if (m != nullptr) ++m->depth;
    if (m != nullptr && *p == '{' && m->opening_field) {
      m->field_in_spec[m->field_depth] = false;
      ++m->field_depth;
      m->opening_field = false;
    }
    cur = p + 1;
    TokenKind kind = *p == '(' ? TokenKind::LPAR : *p == '[' ? TokenKind::LSQB : TokenKind::LBRACE;
    emit_span(out, kind, p, cur);
    return true;
  }

  bool close_bracket(Token* out, FStringMode* m) {
    const char* p = cur;
    char c = *p;
    if (m != nullptr && c == '}' && m->depth == 0) {
      return fail_here("f-string: single '}' is not allowed", p + 1);
    }
    char buf[128];
    if (!extra && level == 0) {
      std::snprintf(buf, sizeof buf, "unmatched '%c'", c);
      return fail_here(buf, p + 1);
    }
    if (level > 0) {
      const Bracket& open = brackets[level - 1];
      bool match = (open.ch == '(' && c == ')') || (open.ch == '[' && c == ']') || (open.ch == '{' && c == '}');
      if (!extra && !match) {
        // The '{' that opened the innermost replacement field.
        bool field_brace = m != nullptr && open.ch == '{' && m->depth == m->field_depth;
        if (field_brace) {
          std::snprintf(buf, sizeof buf, "f-string: unmatched '%c'", c);
        } else if (open.lineno != lineno) {
          std::snprintf(buf, sizeof buf,
                        "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c,
                        open.ch, open.lineno);
        } else {
          std::snprintf(buf, sizeof buf, "closing parenthesis '%c' does not match opening parenthesis '%c'", c,
                        open.ch);
        }
        return fail_here(buf, p + 1);
      }
    }
    // Inside an f-string, closing more brackets than the f-string opened (possible when
    // the tokenize view ignores a mismatch).
    if (level > 0) --level;
    if (m != nullptr && --m->depth < 0) {
      std::snprintf(buf, sizeof buf, "f-string: unmatched '%c'", c);
      return fail_here(buf, p + 1);
    }
    cur = p + 1;
    TokenKind kind = c == ')' ? TokenKind::RPAR : c == ']' ? TokenKind::RSQB : TokenKind::RBRACE;
    emit_span(out, kind, p, cur);
    if (m != nullptr && c == '}' && m->field_depth > 0 && m->depth == m->field_depth - 1) {
      // The replacement field is complete: back to the f-string's text, or to the format
      // spec of the field it was nested in.
      --m->field_depth;
      m->in_expr = false;
      m->spec_flag = false;
    }
    return true;
  }
};

Tokenizer::Tokenizer(std::string_view source, std::string_view filename, TokenizerOptions options)
    : source_(source), filename_(filename), options_(options), state_(nullptr) {
  state_ = new State(*this, source, options);
}

Tokenizer::~Tokenizer() { delete state_; }

bool Tokenizer::next(Token* out) {
  State& s = *state_;
  if (s.failed) return false;
  if (s.finished) {
    *out = s.endmarker;
    return true;
  }
  if (!s.check_nul_line()) return false;
  if (!s.next(out)) return false;
  return s.check_nul_line();
}

void Tokenizer::current_position(int* lineno, int* col_byte) const {
  const State& s = *state_;
  *lineno = s.lineno;
  long col = static_cast<long>(s.cur - s.line_start);
  if (s.cur >= s.end && s.implicit_newline_consumed) ++col;
  *col_byte = static_cast<int>(col);
}

const std::vector<TokenizerWarning>& Tokenizer::warnings() const { return state_->warnings; }

}  // namespace pyxis::frontend
