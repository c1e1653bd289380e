// String literals: implicit concatenation of STRING and f-string pieces into one Constant
// or JoinedStr (with CPython 3.12's merging of adjacent constant parts and its positions),
// and the f-string grammar: replacement fields, conversions, format specs, `=` debug text.
#include <string>

#include "frontend/literals.h"
#include "frontend/utf8_codec.h"
#include "frontend/parser/parser.h"

namespace pyxis::frontend {

using namespace ast;
using TK = TokenKind;

namespace {

bool is_str_constant(const expr_t* e) {
  auto* c = dyn_cast<Constant>(const_cast<expr_t*>(e));
  return c != nullptr && c->value.kind == ConstantValue::Kind::Str;
}

}  // namespace

// strings (memo): (fstring|string)+
expr_t* Parser::strings() {
  DepthGuard guard(this);
  peek();
  expr_t* r;
  bool use_memo = memo_active(MemoRule::strings);
  if (use_memo && memo_lookup(MemoRule::strings, &r)) return r;
  int start = mark_;
  r = strings_raw();
  if (use_memo) memo_store(MemoRule::strings, start, r);
  return r;
}

expr_t* Parser::strings_raw() {
  int start = mark_;
  SeqBuilder<expr_t*> pieces(*this);
  {
    DepthGuard loop_guard(this);
    for (;;) {
      DepthGuard group_guard(this);
      int m = mark_;
      Token* t = peek();
      if (t->kind == TK::STRING) {
        ++mark_;
        pieces.push(string_constant(t));
        continue;
      }
      if (t->kind == TK::FSTRING_START) {
        if (expr_t* f = fstring()) {
          pieces.push(f);
          continue;
        }
      }
      mark_ = m;
      break;
    }
  }
  if (pieces.empty()) {
    mark_ = start;
    return nullptr;
  }
  Seq<expr_t*> all = pieces.finish();
  return concatenate_strings(all, extra(start));
}

expr_t* Parser::string_constant(Token* t) {
  StringLiteral lit;
  LiteralError err;
  if (!decode_string_literal(arena_, t->text, &lit, &err)) raise_literal_error(t, err, false);
  Constant* c = make<Constant>(arena_);
  c->value = lit.value;
  if (!t->text.empty() && t->text[0] == 'u') c->kind = "u";
  c->loc = token_loc(t);
  return c;
}

void Parser::raise_literal_error(Token* t, const LiteralError& err, bool in_format_spec) {
  switch (err.place) {
    case LiteralError::Place::Token:
      raise_at("SyntaxError", err.msg, t->lineno, t->col_offset, t->end_lineno, t->end_col_offset);
    case LiteralError::Place::LineOnly: {
      error_ = make_syntax_error("SyntaxError", err.msg, filename_, error_source(), t->lineno, 0, t->lineno, 0);
      error_.offset = 0;
      error_.end_offset = 0;
      error_.end_lineno = t->lineno;
      throw ParserAbort{};
    }
    case LiteralError::Place::FStringEnd:
    default: {
      if (in_format_spec || err.place == LiteralError::Place::Unlocated) {
        error_ = SyntaxErrorInfo{};
        error_.exc_type = "UnicodeDecodeError";
        std::string_view msg = err.msg;
        if (msg.substr(0, kUnicodeErrorPrefix.size()) == kUnicodeErrorPrefix) msg.remove_prefix(kUnicodeErrorPrefix.size());
        error_.msg = std::string(msg);
        error_.filename = filename_;
        error_.has_location = false;
        error_.has_text = false;
        throw ParserAbort{};
      }
      // t is the FSTRING_END token of the f-string holding the middle
      raise_at("SyntaxError", err.msg, t->lineno, t->col_offset, t->end_lineno, t->end_col_offset);
    }
  }
}

// Decodes one constant part of an f-string body (a middle or `=` debug text), as the
// f-string's action does once the whole f-string is parsed.
std::string_view Parser::decode_fstring_part(std::string_view text, bool raw, Token* fstring_end) {
  if (text == "{{" || text == "}}") text = text.substr(0, 1);
  if ((raw || text.find('\\') == std::string_view::npos) && utf8::is_valid(text)) return text;
  std::string_view out;
  LiteralError err;
  if (!decode_fstring_middle(arena_, text, raw, &out, &err)) raise_literal_error(fstring_end, err, false);
  return out;
}

// Implicit concatenation: all bytes, or str and f-string pieces flattened into one JoinedStr
// whose adjacent constants merge (kind from the first, span first to last); empty constants
// vanish when an f-string takes part.
expr_t* Parser::concatenate_strings(Seq<expr_t*> pieces, const Loc& loc) {
  bool has_fstring = false;
  bool has_str = false;
  bool has_bytes = false;
  for (expr_t* e : pieces) {
    if (auto* c = dyn_cast<Constant>(e)) {
      if (c->value.kind == ConstantValue::Kind::Bytes) {
        has_bytes = true;
      } else {
        has_str = true;
      }
    } else {
      has_fstring = true;
    }
  }
  if (has_bytes && (has_str || has_fstring)) raise_syntax_error("cannot mix bytes and nonbytes literals");
  if (has_bytes) {
    Constant* first = cast<Constant>(pieces[0]);
    if (pieces.size == 1) return first;
    size_t n = 0;
    for (expr_t* e : pieces) n += cast<Constant>(e)->value.text.size();
    char* buf = static_cast<char*>(arena_.allocate(n == 0 ? 1 : n, 1));
    size_t k = 0;
    for (expr_t* e : pieces) {
      std::string_view t = cast<Constant>(e)->value.text;
      if (!t.empty()) std::memcpy(buf + k, t.data(), t.size());
      k += t.size();
    }
    Constant* c = make<Constant>(arena_);
    c->value.kind = ConstantValue::Kind::Bytes;
    c->value.text = std::string_view(buf, n);
    c->kind = first->kind;
    c->loc = loc;
    return c;
  }
  if (!has_fstring && pieces.size == 1) return pieces[0];

  // Flatten the f-strings' parts into one list, then merge adjacent constants.
  SeqBuilder<expr_t*> flat(*this);
  for (expr_t* e : pieces) {
    if (auto* j = dyn_cast<JoinedStr>(e)) {
      for (expr_t* v : j->values) flat.push(v);
    } else {
      flat.push(e);
    }
  }
  Seq<expr_t*> flattened = flat.finish();
  Seq<expr_t*> values = merge_constants(flattened, has_fstring);
  if (!has_fstring) {
    Constant* only = cast<Constant>(values[0]);
    Constant* c = make<Constant>(arena_);
    c->value = only->value;
    c->kind = only->kind;
    c->loc = loc;
    return c;
  }
  JoinedStr* js = make<JoinedStr>(arena_);
  js->values = values;
  js->loc = loc;
  return js;
}

// fstring: FSTRING_START fstring_middle* FSTRING_END
expr_t* Parser::fstring() {
  DepthGuard guard(this);
  int start = mark_;
  Token* a = expect(TK::FSTRING_START);
  if (a == nullptr) return nullptr;
  SeqBuilder<expr_t*> parts(*this);
  {
    DepthGuard loop_guard(this);
    for (;;) {
      int m = mark_;
      expr_t* part = fstring_middle();
      if (part == nullptr) {
        mark_ = m;
        break;
      }
      parts.push(part);
    }
  }
  Token* c = expect(TK::FSTRING_END);
  if (c == nullptr) {
    mark_ = start;
    return nullptr;
  }
  Seq<expr_t*> all = parts.finish();
  return joined_str(a, all, c);
}

// One f-string: its constant parts decoded (raw for rf-strings and parts without a
// backslash), empty ones dropped, debug `=` pairs spliced in.
expr_t* Parser::joined_str(Token* start, Seq<expr_t*> pieces, Token* end) {
  bool raw = start->text.find_first_of("rR") != std::string_view::npos;
  SeqBuilder<expr_t*> values(*this);
  auto add = [&](expr_t* item) {
    if (auto* c = dyn_cast<Constant>(item)) {
      std::string_view decoded = decode_fstring_part(c->value.text, raw, end);
      if (decoded.empty()) return;
      Constant* d = make<Constant>(arena_);
      d->value.kind = ConstantValue::Kind::Str;
      d->value.text = decoded;
      d->loc = c->loc;
      values.push(d);
      return;
    }
    values.push(item);
  };
  for (expr_t* item : pieces) {
    if (auto* j = dyn_cast<JoinedStr>(item)) {
      for (expr_t* v : j->values) add(v);
    } else {
      add(item);
    }
  }
  JoinedStr* js = make<JoinedStr>(arena_);
  js->values = values.finish();
  js->loc = {start->lineno, start->col_offset, end->end_lineno, end->end_col_offset};
  return js;
}

// fstring_middle: fstring_replacement_field | FSTRING_MIDDLE
expr_t* Parser::fstring_middle() {
  DepthGuard guard(this);
  int start = mark_;
  if (expr_t* f = fstring_replacement_field()) return f;
  mark_ = start;
  if (Token* t = expect(TK::FSTRING_MIDDLE)) {
    // Invalid UTF-8 fails at once, as CPython's action decoding the middle does (before
    // any error in a later replacement field).
    if (!utf8::is_valid(t->text)) {
      LiteralError err;
      std::string_view ignored;
      if (!decode_fstring_middle(arena_, t->text, false, &ignored, &err)) raise_literal_error(t, err, false);
    }
    // The raw text for now: the f-string decodes its parts once it is complete.
    Constant* c = make<Constant>(arena_);
    c->value.kind = ConstantValue::Kind::Str;
    c->value.text = t->text;
    c->loc = token_loc(t);
    // A middle ending in a brace stopped at the first brace of "{{" or "}}"; CPython's
    // parser sees it ending after the second one (the tokenize module reports the first).
    std::string_view text = t->text;
    if (!text.empty() && (text.back() == '{' || text.back() == '}')) {
      size_t from = byte_offset(t->lineno, t->col_offset);
      size_t to = byte_offset(t->end_lineno, t->end_col_offset);
      if (to - from == text.size() && to < source_.size() && source_[to] == text.back()) c->loc.end_col_offset += 1;
    }
    return c;
  }
  mark_ = start;
  return nullptr;
}

// fstring_replacement_field:
//     | '{' (yield_expr | star_expressions) '='? [fstring_conversion] [fstring_full_format_spec] '}'
//     | invalid_replacement_field
expr_t* Parser::fstring_replacement_field() {
  DepthGuard guard(this);
  int start = mark_;
  peek();
  if (expect(TK::LBRACE)) {
    expr_t* a;
    {
      DepthGuard group_guard(this);
      int m = mark_;
      a = yield_expr();
      if (a == nullptr) {
        mark_ = m;
        a = star_expressions();
        if (a == nullptr) mark_ = m;
      }
    }
    if (a != nullptr) {
      Token* debug = expect(TK::EQUAL);
      ResultWithMetadata conversion;
      int m = mark_;
      bool has_conversion = fstring_conversion(&conversion);
      if (!has_conversion) mark_ = m;
      ResultWithMetadata format;
      m = mark_;
      bool has_format = fstring_full_format_spec(&format);
      if (!has_format) mark_ = m;
      if (expect(TK::RBRACE)) {
        return formatted_value(a, debug, has_conversion ? &conversion : nullptr, has_format ? &format : nullptr,
                               mark_ - 1, start);
      }
    }
  }
  mark_ = start;
  if (call_invalid_rules_) {
    invalid_replacement_field();
    mark_ = start;
  }
  return nullptr;
}

// fstring_conversion: "!" NAME   (the name right after the "!")
bool Parser::fstring_conversion(ResultWithMetadata* out) {
  DepthGuard guard(this);
  int start = mark_;
  if (Token* bang = expect(TK::EXCLAMATION)) {
    if (Token* name = expect(TK::NAME)) {
      if (bang->lineno != name->lineno || bang->end_col_offset != name->col_offset) {
        raise_known_range(token_loc(bang), token_loc(name),
                          "f-string: conversion type must come right after the exclamanation mark");
      }
      out->result = name_from_token(name, expr_context_t::Load);
      out->metadata_token = start;
      return true;
    }
  }
  mark_ = start;
  return false;
}

// fstring_full_format_spec: ':' fstring_format_spec*
bool Parser::fstring_full_format_spec(ResultWithMetadata* out) {
  DepthGuard guard(this);
  int start = mark_;
  peek();
  if (!expect(TK::COLON)) return false;
  SeqBuilder<expr_t*> items(*this);
  {
    DepthGuard loop_guard(this);
    for (;;) {
      int m = mark_;
      expr_t* item = fstring_format_spec();
      if (item == nullptr) {
        mark_ = m;
        break;
      }
      items.push(item);
    }
  }
  Loc loc = extra(start);
  // The spec is a JoinedStr of its parts, nested `{y=}` pairs flattened, adjacent constants
  // merged and empty ones dropped.
  SeqBuilder<expr_t*> flat(*this);
  for (uint32_t i = 0; i < items.size(); ++i) {
    expr_t* e = items.get(i);
    if (auto* j = dyn_cast<JoinedStr>(e)) {
      for (expr_t* v : j->values) flat.push(v);
    } else {
      flat.push(e);
    }
  }
  Seq<expr_t*> values = flat.finish();
  JoinedStr* spec = make<JoinedStr>(arena_);
  spec->loc = loc;
  spec->values = merge_constants(values, true);
  out->result = spec;
  out->metadata_token = start;
  return true;
}

// Adjacent constants merged (span first..last, kind of the first); empty str constants
// dropped when `drop_empty`.
Seq<expr_t*> Parser::merge_constants(Seq<expr_t*> flat, bool drop_empty) {
  SeqBuilder<expr_t*> values(*this);
  uint32_t n = flat.size;
  uint32_t i = 0;
  while (i < n) {
    expr_t* e = flat[i];
    if (e->node_kind != NodeKind::Constant) {
      values.push(e);
      ++i;
      continue;
    }
    uint32_t j = i + 1;
    while (j < n && flat[j]->node_kind == NodeKind::Constant) ++j;
    if (j - i > 1) {
      size_t len = 0;
      for (uint32_t k = i; k < j; ++k) len += cast<Constant>(flat[k])->value.text.size();
      char* buf = static_cast<char*>(arena_.allocate(len == 0 ? 1 : len, 1));
      size_t pos = 0;
      for (uint32_t k = i; k < j; ++k) {
        std::string_view t = cast<Constant>(flat[k])->value.text;
        if (!t.empty()) std::memcpy(buf + pos, t.data(), t.size());
        pos += t.size();
      }
      Constant* first = cast<Constant>(flat[i]);
      Constant* last = cast<Constant>(flat[j - 1]);
      Constant* merged = make<Constant>(arena_);
      merged->value.kind = ConstantValue::Kind::Str;
      merged->value.text = std::string_view(buf, len);
      merged->kind = first->kind;
      merged->loc = {first->loc.lineno, first->loc.col_offset, last->loc.end_lineno, last->loc.end_col_offset};
      e = merged;
    }
    i = j;
    if (drop_empty && is_str_constant(e) && cast<Constant>(e)->value.text.empty()) continue;
    values.push(e);
  }
  return values.finish();
}

// fstring_format_spec: FSTRING_MIDDLE | fstring_replacement_field
expr_t* Parser::fstring_format_spec() {
  DepthGuard guard(this);
  int start = mark_;
  if (Token* t = expect(TK::FSTRING_MIDDLE)) {
    // Format spec parts are always decoded, even in raw f-strings.
    std::string_view text = t->text;
    std::string_view decoded = text;
    if (text.find('\\') != std::string_view::npos || !utf8::is_valid(text)) {
      LiteralError err;
      if (!decode_fstring_middle(arena_, text, false, &decoded, &err)) raise_literal_error(t, err, true);
    }
    Constant* c = make<Constant>(arena_);
    c->value.kind = ConstantValue::Kind::Str;
    c->value.text = decoded;
    c->loc = token_loc(t);
    return c;
  }
  mark_ = start;
  if (expr_t* f = fstring_replacement_field()) return f;
  mark_ = start;
  return nullptr;
}

// The source text of a debug expression: from after the '{' to the token CPython's
// tokenizer attaches it to ('!', ':' or '}'), with comments removed.
std::string_view Parser::debug_text(int open_brace, int metadata_token) {
  const Token* a = token_at(open_brace);
  const Token* b = token_at(metadata_token);
  size_t from = byte_offset(a->end_lineno, a->end_col_offset);
  size_t to = byte_offset(b->lineno, b->col_offset);
  if (to < from) to = from;
  std::string_view text = source_.substr(from, to - from);
  if (text.find('#') == std::string_view::npos) return text;
  std::string stripped;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '#') {
      while (i < text.size() && text[i] != '\n') ++i;
      if (i < text.size()) stripped += '\n';
    } else {
      stripped += text[i];
    }
  }
  return arena_.copy(stripped);
}

expr_t* Parser::formatted_value(expr_t* value, Token* debug, ResultWithMetadata* conversion,
                                ResultWithMetadata* format, int closing_brace, int start) {
  int conversion_value = -1;
  if (conversion != nullptr) {
    Identifier id = cast<Name>(conversion->result)->id;
    char first = id.empty() ? 0 : id[0];
    if (id.size() != 1 || (first != 's' && first != 'r' && first != 'a')) {
      raise_known_location(conversion->result->loc,
                           "f-string: invalid conversion character '" + std::string(id) +
                               "': expected 's', 'r', or 'a'");
    }
    conversion_value = first;
  } else if (debug != nullptr && format == nullptr) {
    conversion_value = 'r';
  }
  FormattedValue* fv = node<FormattedValue>(start);
  fv->value = value;
  fv->conversion = conversion_value;
  fv->format_spec = format != nullptr ? format->result : nullptr;
  if (debug == nullptr) return fv;

  int end_line;
  int end_col;
  int metadata_token;
  if (conversion != nullptr) {
    end_line = conversion->result->loc.lineno;
    end_col = conversion->result->loc.col_offset;
    metadata_token = conversion->metadata_token;
  } else if (format != nullptr) {
    end_line = format->result->loc.lineno;
    end_col = format->result->loc.col_offset + 1;
    metadata_token = format->metadata_token;
  } else {
    end_line = fv->loc.end_lineno;
    end_col = fv->loc.end_col_offset;
    metadata_token = closing_brace;
  }
  Constant* text = make<Constant>(arena_);
  text->value.kind = ConstantValue::Kind::Str;
  text->value.text = debug_text(start, metadata_token);
  text->loc = {fv->loc.lineno, fv->loc.col_offset + 1, end_line, end_col - 1};
  JoinedStr* pair = make<JoinedStr>(arena_);
  pair->values = Seq<expr_t*>::make(arena_, 2);
  pair->values[0] = text;
  pair->values[1] = fv;
  pair->loc = {fv->loc.lineno, fv->loc.col_offset, end_line, end_col};
  return pair;
}

}  // namespace pyxis::frontend
