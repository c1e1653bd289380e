// The register bytecode's encoding, generated from src/vm/opcodes.def: the Opcode enum,
// names, instruction lengths, and the 32-bit instruction word (opcode + A, B, C).
#pragma once

#include <cstdint>

namespace pyxis::bytecode {

enum class Opcode : uint8_t {
#define OPCODE(name, operands, extra, cache, family) name,
#include "vm/opcodes.def"
#undef OPCODE
};

inline constexpr int kOpcodeCount = 0
#define OPCODE(name, operands, extra, cache, family) +1
#include "vm/opcodes.def"
#undef OPCODE
    ;
static_assert(kOpcodeCount <= 256, "opcodes fit in 8 bits");

inline constexpr const char* kOpcodeNames[] = {
#define OPCODE(name, operands, extra, cache, family) #name,
#include "vm/opcodes.def"
#undef OPCODE
};

// Words one instruction occupies: itself, its extra operand words, its cache words.
inline constexpr uint8_t kInstructionLength[] = {
#define OPCODE(name, operands, extra, cache, family) uint8_t(1 + (extra) + (cache)),
#include "vm/opcodes.def"
#undef OPCODE
};

// Inline cache words after the extra words (zero-filled when emitted).
inline constexpr uint8_t kCacheWords[] = {
#define OPCODE(name, operands, extra, cache, family) uint8_t(cache),
#include "vm/opcodes.def"
#undef OPCODE
};

inline constexpr Opcode kFamily[] = {
#define OPCODE(name, operands, extra, cache, family) Opcode::family,
#include "vm/opcodes.def"
#undef OPCODE
};

// Instruction word: bits 0-7 opcode, 8-15 A, 16-23 B, 24-31 C.
constexpr uint32_t encode(Opcode op, uint32_t a = 0, uint32_t b = 0, uint32_t c = 0) {
  return uint32_t(op) | (a << 8) | (b << 16) | (c << 24);
}
constexpr Opcode opcode_of(uint32_t word) { return Opcode(word & 0xFF); }
constexpr uint32_t operand_a(uint32_t word) { return (word >> 8) & 0xFF; }
constexpr uint32_t operand_b(uint32_t word) { return (word >> 16) & 0xFF; }
constexpr uint32_t operand_c(uint32_t word) { return word >> 24; }

inline constexpr uint32_t kMaxRegisters = 256;

// Quickening countdowns (docs/runtime.md section 6): executions before a generic instruction
// first tries to specialise, and after a failed attempt or a deoptimisation.
inline constexpr uint32_t kWarmupCount = 8;
inline constexpr uint32_t kBackoffCount = 16;
inline constexpr uint32_t kMaxBackoffCount = 4096;  // fits the 16-bit countdown

}  // namespace pyxis::bytecode
