// Quickening: a hot BINARY_OP rewrites itself into its int specialisation, falls back to
// the generic form when the operands change type, and results stay right throughout.
#include <gtest/gtest.h>

#include "compiler/bytecode.h"
#include "objects/dict_object.h"
#include "objects/function_object.h"
#include "vm/interpreter.h"
#include "vm/run.h"

namespace pyxis {
namespace {

using bytecode::Opcode;

int count_opcode(const CodeObject* code, Opcode wanted) {
  int count = 0;
  for (size_t pc = 0; pc < code->instructions.size();) {
    Opcode op = bytecode::opcode_of(code->instructions[pc]);
    count += op == wanted;
    pc += bytecode::kInstructionLength[int(op)];
  }
  return count;
}

TEST(Quickening, BinaryOpSpecialisesAndDeoptimises) {
  Interpreter interp;
  Thread& thread = interp.main_thread();
  GilScope gil(thread);
  DictObject* globals = new_module_namespace(thread, "__main__");
  ASSERT_FALSE(exec_source(thread,
                           "def f(values):\n"
                           "    total = 0\n"
                           "    for v in values:\n"
                           "        total += v // 3\n"
                           "    return total\n"
                           "cold = f([7])\n",
                           "<quickening>", globals)
                   .is_error());
  Value f = dict_get_str(globals, interp.intern("f"));
  ASSERT_TRUE(f.is_object());
  CodeObject* code = static_cast<FunctionObject*>(f.as_object())->code;
  EXPECT_EQ(count_opcode(code, Opcode::BINARY_OP), 1);
  EXPECT_EQ(count_opcode(code, Opcode::BINARY_OP_INT), 0);

  ASSERT_FALSE(exec_source(thread, "hot = f(range(100))\n", "<quickening>", globals).is_error());
  EXPECT_EQ(count_opcode(code, Opcode::BINARY_OP_INT), 1);
  EXPECT_EQ(dict_get_str(globals, interp.intern("hot")).as_small_int(), 1617);

  // Floats miss the int guard: back to the generic form, still computing correctly.
  ASSERT_FALSE(exec_source(thread, "mixed = f([7.5, 9.0])\n", "<quickening>", globals).is_error());
  EXPECT_EQ(count_opcode(code, Opcode::BINARY_OP), 1);
  EXPECT_EQ(dict_get_str(globals, interp.intern("mixed")).as_double(), 5.0);
}

}  // namespace
}  // namespace pyxis
