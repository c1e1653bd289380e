// The match statement's code generation (PEP 634), kept apart from codegen.cpp: it drives
// the code generator through the small MatchEmitter interface below.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "compiler/bytecode.h"
#include "frontend/ast.h"
#include "objects/value.h"

namespace pyxis {
class Thread;
}

namespace pyxis::compiler {

// What the match compiler needs from the code unit it emits into.
class MatchEmitter {
 public:
  virtual ~MatchEmitter() = default;
  virtual Thread& thread() = 0;
  virtual uint32_t temp() = 0;
  virtual uint32_t next_temp() const = 0;
  virtual void reset_temps(uint32_t mark) = 0;
  virtual uint32_t here() const = 0;
  virtual void emit(bytecode::Opcode op, uint32_t a, uint32_t b, uint32_t c) = 0;
  virtual void emit1(bytecode::Opcode op, uint32_t a, uint32_t b, uint32_t c, uint32_t extra) = 0;
  // A jump-like instruction whose target word is patched later: returns the word's index.
  virtual uint32_t emit_jump(bytecode::Opcode op, uint32_t a) = 0;
  virtual void patch(uint32_t at, uint32_t target) = 0;
  virtual uint32_t constant(Value value) = 0;
  virtual void load_constant_value(uint32_t dst, const ast::ConstantValue& value, ast::Loc loc) = 0;
  // Compiles an expression into `dst` (or a register of its choice when dst < 0).
  virtual uint32_t expression(const ast::expr_t* e, int dst) = 0;
  virtual void store_name(std::string_view name, uint32_t src) = 0;
  virtual void body(const ast::Seq<ast::stmt_t*>& statements) = 0;
  virtual void set_location(ast::Loc loc) = 0;
  virtual ast::Loc location() const = 0;
  // Which locals are known to be bound (branches restore it).
  virtual std::vector<bool> bound_locals() const = 0;
  virtual void restore_bound_locals(const std::vector<bool>& bound) = 0;
};

void compile_match(MatchEmitter& emitter, const ast::Match* match);

}  // namespace pyxis::compiler
