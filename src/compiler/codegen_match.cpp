// Code generation for the match statement (PEP 634). Each case's pattern jumps to the next
// case on failure; names a pattern captures go to registers first and are stored only once
// the whole pattern matched (before the guard), as CPython does. Subject kinds, key lookups
// and class patterns are instructions (vm/match_operations.h).
#include "compiler/codegen_match.h"

#include <string>
#include <utility>

#include "objects/tuple_object.h"
#include "vm/interpreter.h"
#include "vm/operations.h"

namespace pyxis::compiler {

using bytecode::Opcode;

namespace {

bool is_wildcard(const ast::pattern_t* p) {
  if (auto* as = ast::dyn_cast<ast::MatchAs>(p)) return as->pattern == nullptr && ast::is_none(as->name);
  if (auto* star = ast::dyn_cast<ast::MatchStar>(p)) return ast::is_none(star->name);
  return false;
}

class MatchCompiler {
 public:
  explicit MatchCompiler(MatchEmitter& e) : e_(e) {}

  void compile(const ast::Match* m) {
    uint32_t mark = e_.next_temp();
    uint32_t subject = e_.temp();
    e_.expression(m->subject, int(subject));
    std::vector<bool> before = e_.bound_locals();
    std::vector<uint32_t> to_end;
    for (uint32_t i = 0; i < m->cases.size; ++i) {
      ast::match_case_t* c = m->cases[i];
      e_.restore_bound_locals(before);
      uint32_t case_mark = e_.next_temp();
      captures_.clear();
      collect_captures(c->pattern);
      Fails fails;
      pattern(c->pattern, subject, fails);
      ast::Loc saved = e_.location();
      e_.set_location(c->pattern->loc);
      for (const auto& [name, reg] : captures_) e_.store_name(name, reg);
      e_.set_location(saved);
      if (c->guard != nullptr) {
        uint32_t guard_mark = e_.next_temp();
        uint32_t verdict = e_.expression(c->guard, -1);
        e_.reset_temps(guard_mark);
        fails.push_back(e_.emit_jump(Opcode::JUMP_IF_FALSE, verdict));
      }
      e_.reset_temps(case_mark);
      e_.body(c->body);
      if (i + 1 < m->cases.size) to_end.push_back(e_.emit_jump(Opcode::JUMP, 0));
      for (uint32_t at : fails) e_.patch(at, e_.here());
    }
    e_.restore_bound_locals(before);
    for (uint32_t at : to_end) e_.patch(at, e_.here());
    e_.reset_temps(mark);
  }

 private:
  using Fails = std::vector<uint32_t>;

  // One register per distinct captured name of the case's pattern (or-pattern alternatives
  // bind the same names, into the same registers).
  void collect_captures(const ast::pattern_t* p) {
    auto add = [&](std::string_view name) {
      for (const auto& capture : captures_)
        if (capture.first == name) return;
      captures_.emplace_back(name, e_.temp());
    };
    switch (p->node_kind) {
      case ast::NodeKind::MatchAs: {
        auto* as = ast::cast<ast::MatchAs>(p);
        if (as->pattern != nullptr) collect_captures(as->pattern);
        if (!ast::is_none(as->name)) add(as->name);
        break;
      }
      case ast::NodeKind::MatchStar: {
        auto* star = ast::cast<ast::MatchStar>(p);
        if (!ast::is_none(star->name)) add(star->name);
        break;
      }
      case ast::NodeKind::MatchOr:
        for (ast::pattern_t* alternative : ast::cast<ast::MatchOr>(p)->patterns) collect_captures(alternative);
        break;
      case ast::NodeKind::MatchSequence:
        for (ast::pattern_t* item : ast::cast<ast::MatchSequence>(p)->patterns) collect_captures(item);
        break;
      case ast::NodeKind::MatchMapping: {
        auto* mapping = ast::cast<ast::MatchMapping>(p);
        for (ast::pattern_t* item : mapping->patterns) collect_captures(item);
        if (!ast::is_none(mapping->rest)) add(mapping->rest);
        break;
      }
      case ast::NodeKind::MatchClass: {
        auto* cls = ast::cast<ast::MatchClass>(p);
        for (ast::pattern_t* item : cls->patterns) collect_captures(item);
        for (ast::pattern_t* item : cls->kwd_patterns) collect_captures(item);
        break;
      }
      default: break;
    }
  }

  uint32_t capture(std::string_view name) {
    for (const auto& entry : captures_)
      if (entry.first == name) return entry.second;
    return 0;  // unreachable: collect_captures saw every name
  }

  void fail_unless(uint32_t condition, Fails& fails) { fails.push_back(e_.emit_jump(Opcode::JUMP_IF_FALSE, condition)); }

  void load_int(uint32_t dst, int64_t value) {
    e_.emit1(Opcode::LOAD_CONST, dst, 0, 0, e_.constant(Value::small_int(value)));
  }

  // Fails unless len(subject) == size (or >= size when `at_least`).
  void check_length(uint32_t subject, uint32_t size, bool at_least, Fails& fails) {
    uint32_t mark = e_.next_temp();
    uint32_t length = e_.temp();
    uint32_t expected = e_.temp();
    e_.emit(Opcode::GET_LEN, length, subject, 0);
    load_int(expected, size);
    e_.emit1(Opcode::COMPARE, length, length, expected, uint32_t(at_least ? CompareOp::Ge : CompareOp::Eq));
    fail_unless(length, fails);
    e_.reset_temps(mark);
  }

  void pattern(const ast::pattern_t* p, uint32_t subject, Fails& fails) {
    ast::Loc saved = e_.location();
    e_.set_location(p->loc);
    uint32_t mark = e_.next_temp();
    switch (p->node_kind) {
      case ast::NodeKind::MatchValue: {
        uint32_t value = e_.expression(ast::cast<ast::MatchValue>(p)->value, -1);
        uint32_t result = e_.temp();
        e_.emit1(Opcode::COMPARE, result, subject, value, uint32_t(CompareOp::Eq));
        fail_unless(result, fails);
        break;
      }
      case ast::NodeKind::MatchSingleton: {
        uint32_t value = e_.temp();
        e_.load_constant_value(value, ast::cast<ast::MatchSingleton>(p)->value, p->loc);
        e_.emit(Opcode::IS, value, subject, value);
        fail_unless(value, fails);
        break;
      }
      case ast::NodeKind::MatchAs: {
        auto* as = ast::cast<ast::MatchAs>(p);
        if (as->pattern != nullptr) pattern(as->pattern, subject, fails);
        if (!ast::is_none(as->name)) e_.emit(Opcode::MOVE, capture(as->name), subject, 0);
        break;
      }
      case ast::NodeKind::MatchStar: {  // only reached for a lone starred capture
        auto* star = ast::cast<ast::MatchStar>(p);
        if (!ast::is_none(star->name)) e_.emit(Opcode::MOVE, capture(star->name), subject, 0);
        break;
      }
      case ast::NodeKind::MatchOr: {
        const auto& alternatives = ast::cast<ast::MatchOr>(p)->patterns;
        std::vector<uint32_t> to_success;
        for (uint32_t i = 0; i < alternatives.size; ++i) {
          if (i + 1 == alternatives.size) {
            pattern(alternatives[i], subject, fails);
            break;
          }
          Fails alternative_fails;
          pattern(alternatives[i], subject, alternative_fails);
          to_success.push_back(e_.emit_jump(Opcode::JUMP, 0));
          for (uint32_t at : alternative_fails) e_.patch(at, e_.here());
        }
        for (uint32_t at : to_success) e_.patch(at, e_.here());
        break;
      }
      case ast::NodeKind::MatchSequence: sequence(ast::cast<ast::MatchSequence>(p), subject, fails); break;
      case ast::NodeKind::MatchMapping: mapping(ast::cast<ast::MatchMapping>(p), subject, fails); break;
      case ast::NodeKind::MatchClass: class_pattern(ast::cast<ast::MatchClass>(p), subject, fails); break;
      default: break;
    }
    e_.reset_temps(mark);
    e_.set_location(saved);
  }

  void sequence(const ast::MatchSequence* p, uint32_t subject, Fails& fails) {
    const auto& items = p->patterns;
    uint32_t size = items.size;
    int star = -1;
    bool only_wildcards = true;
    for (uint32_t i = 0; i < size; ++i) {
      if (items[i]->node_kind == ast::NodeKind::MatchStar) star = int(i);
      only_wildcards &= is_wildcard(items[i]);
    }
    bool star_wildcard = star >= 0 && is_wildcard(items[uint32_t(star)]);
    uint32_t is_sequence = e_.temp();
    e_.emit(Opcode::MATCH_SEQUENCE, is_sequence, subject, 0);
    fail_unless(is_sequence, fails);
    if (star < 0) check_length(subject, size, false, fails);
    else if (size > 1) check_length(subject, size - 1, true, fails);
    if (only_wildcards) return;
    if (star_wildcard) {
      // [a, *_, b]: index the subject for the sub-patterns that need a value.
      for (uint32_t i = 0; i < size; ++i) {
        if (is_wildcard(items[i])) continue;
        uint32_t mark = e_.next_temp();
        uint32_t item = e_.temp();
        if (int(i) < star) {
          load_int(item, i);
        } else {
          uint32_t offset = e_.temp();
          e_.emit(Opcode::GET_LEN, item, subject, 0);
          load_int(offset, size - i);
          e_.emit(Opcode::SUB, item, item, offset);
        }
        e_.emit(Opcode::GET_ITEM, item, subject, item);
        pattern(items[i], item, fails);
        e_.reset_temps(mark);
      }
      return;
    }
    uint32_t first = 0;
    for (uint32_t i = 0; i < size; ++i) {
      uint32_t reg = e_.temp();
      if (i == 0) first = reg;
    }
    if (star < 0) e_.emit(Opcode::UNPACK_SEQUENCE, first, subject, size);
    else e_.emit1(Opcode::UNPACK_STARRED, first, subject, uint32_t(star), size - uint32_t(star) - 1);
    for (uint32_t i = 0; i < size; ++i) pattern(items[i], first + i, fails);
  }

  void mapping(const ast::MatchMapping* p, uint32_t subject, Fails& fails) {
    uint32_t size = p->keys.size;
    bool has_rest = !ast::is_none(p->rest);
    uint32_t is_mapping = e_.temp();
    e_.emit(Opcode::MATCH_MAPPING, is_mapping, subject, 0);
    fail_unless(is_mapping, fails);
    if (size > 0) check_length(subject, size, true, fails);
    if (size == 0 && !has_rest) return;
    uint32_t first_key = e_.next_temp();
    for (uint32_t i = 0; i < size; ++i) e_.temp();
    for (uint32_t i = 0; i < size; ++i) e_.expression(p->keys[i], int(first_key + i));
    uint32_t keys = e_.temp();
    e_.emit(Opcode::BUILD_TUPLE, keys, first_key, size);
    uint32_t values = e_.temp();
    e_.emit(Opcode::MATCH_KEYS, values, subject, keys);
    fails.push_back(e_.emit_jump(Opcode::JUMP_IF_NONE, values));
    if (size > 0) {
      uint32_t first_value = e_.next_temp();
      for (uint32_t i = 0; i < size; ++i) e_.temp();
      e_.emit(Opcode::UNPACK_SEQUENCE, first_value, values, size);
      for (uint32_t i = 0; i < size; ++i) pattern(p->patterns[i], first_value + i, fails);
    }
    if (has_rest) e_.emit(Opcode::MATCH_REST, capture(p->rest), subject, keys);
  }

  void class_pattern(const ast::MatchClass* p, uint32_t subject, Fails& fails) {
    uint32_t positional = p->patterns.size;
    uint32_t keywords = p->kwd_attrs.size;
    uint32_t base = e_.temp();
    e_.temp();
    e_.emit(Opcode::MOVE, base, subject, 0);
    e_.expression(p->cls, int(base + 1));
    Value names = Value::none();
    if (keywords > 0) {
      TupleObject* tuple = tuple_new(e_.thread(), keywords);
      for (uint32_t i = 0; i < keywords; ++i) tuple->items[i] = e_.thread().interp().intern(p->kwd_attrs[i]);
      names = to_value(tuple);
    }
    uint32_t attributes = e_.temp();
    e_.emit1(Opcode::MATCH_CLASS, attributes, base, positional, e_.constant(names));
    fails.push_back(e_.emit_jump(Opcode::JUMP_IF_NONE, attributes));
    uint32_t count = positional + keywords;
    bool any = false;
    for (ast::pattern_t* item : p->patterns) any |= !is_wildcard(item);
    for (ast::pattern_t* item : p->kwd_patterns) any |= !is_wildcard(item);
    if (!any) return;
    uint32_t first = e_.next_temp();
    for (uint32_t i = 0; i < count; ++i) e_.temp();
    e_.emit(Opcode::UNPACK_SEQUENCE, first, attributes, count);
    for (uint32_t i = 0; i < positional; ++i) pattern(p->patterns[i], first + i, fails);
    for (uint32_t i = 0; i < keywords; ++i) pattern(p->kwd_patterns[i], first + positional + i, fails);
  }

  MatchEmitter& e_;
  std::vector<std::pair<std::string_view, uint32_t>> captures_;
};

}  // namespace

void compile_match(MatchEmitter& emitter, const ast::Match* match) { MatchCompiler(emitter).compile(match); }

}  // namespace pyxis::compiler
