// Two interpreters in one process, running Python at the same time on two std::threads:
// builtins replaced, classes and builtin types mutated in one are invisible in the other.
#include <gtest/gtest.h>

#include <string>
#include <thread>

#include "objects/dict_object.h"
#include "objects/str_object.h"
#include "vm/interpreter.h"
#include "vm/operations.h"
#include "vm/run.h"

namespace pyxis {
namespace {

struct Outcome {
  bool ok = false;
  std::string error;
  std::string result;
};

Outcome run_in_new_interpreter(const std::string& source) {
  Outcome outcome;
  Interpreter interp;
  Thread& thread = interp.main_thread();
  GilScope gil(thread);
  DictObject* globals = new_module_namespace(thread, "__main__");
  Value value = exec_source(thread, source, "<isolation>", globals);
  if (value.is_error()) {
    outcome.error = format_exception(thread, thread.take_pending());
    return outcome;
  }
  Value result = dict_get_str(globals, interp.intern("result"));
  if (!result.is_empty()) append_repr(thread, outcome.result, result);
  outcome.ok = true;
  return outcome;
}

TEST(InterpreterIsolation, TwoInterpretersOnTwoThreads) {
  // Each program mutates its own world, works for a while, then checks nobody else did.
  const std::string first =
      "__builtins__['len'] = lambda obj: -1\n"
      "class Shared:\n"
      "    tag = 'first'\n"
      "Shared.extra = 1\n"
      "total = 0\n"
      "for i in range(200000):\n"
      "    total += i % 7\n"
      "assert len([1, 2, 3]) == -1\n"
      "assert Shared.tag == 'first' and Shared.extra == 1\n"
      "result = (total, Shared.tag)\n";
  const std::string second =
      "class Shared:\n"
      "    tag = 'second'\n"
      "items = []\n"
      "for i in range(200000):\n"
      "    items.append(i)\n"
      "assert len(items) == 200000\n"
      "assert not hasattr(Shared, 'extra')\n"
      "result = (len(items), Shared.tag)\n";
  Outcome a, b;
  std::thread t1([&] { a = run_in_new_interpreter(first); });
  std::thread t2([&] { b = run_in_new_interpreter(second); });
  t1.join();
  t2.join();
  ASSERT_TRUE(a.ok) << a.error;
  ASSERT_TRUE(b.ok) << b.error;
  EXPECT_EQ(a.result, "(599994, 'first')");
  EXPECT_EQ(b.result, "(200000, 'second')");
}

TEST(InterpreterIsolation, BuiltinTypesArePerInterpreter) {
  Interpreter one, two;
  {
    GilScope gil(one.main_thread());
    dict_set(one.main_thread(), one.types().int_->dict, one.intern("marker"), Value::small_int(7));
  }
  EXPECT_NE(one.types().int_, two.types().int_);
  Thread& thread = two.main_thread();
  GilScope gil(thread);
  DictObject* globals = new_module_namespace(thread, "__main__");
  Value value = exec_source(thread, "result = hasattr(int, 'marker')\n", "<isolation>", globals);
  ASSERT_FALSE(value.is_error());
  EXPECT_TRUE(dict_get_str(globals, two.intern("result")).is_false());
}

}  // namespace
}  // namespace pyxis
