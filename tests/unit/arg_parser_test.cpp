// Unit tests for native signatures (src/objects/arg_parser.cpp): parsing the signature
// strings, and binding calls with CPython's TypeError messages.
#include "objects/arg_parser.h"

#include <gtest/gtest.h>

#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/interpreter.h"
#include "objects/dict_object.h"
#include "vm/operations.h"
#include "vm/run.h"

namespace pyxis {
namespace {

TEST(ArgParser, ParsesSignatures) {
  ParsedSignature len = parse_signature("len(obj, /)");
  EXPECT_EQ(len.name, "len");
  EXPECT_EQ(len.params.size(), 1u);
  EXPECT_TRUE(len.single_argument);
  ParsedSignature sorted = parse_signature("sorted(iterable, /, *, key=None, reverse=False)");
  EXPECT_EQ(sorted.positional_only, 1u);
  EXPECT_EQ(sorted.positional, 1u);
  EXPECT_EQ(sorted.required, 1u);
  EXPECT_EQ(sorted.params.size(), 3u);
  EXPECT_FALSE(sorted.var_positional);
  ParsedSignature print = parse_signature("print(*args, sep=None, end=None, file=None, flush=False)");
  EXPECT_TRUE(print.var_positional);
  EXPECT_EQ(print.positional, 0u);
  EXPECT_EQ(print.params.size(), 4u);
  ParsedSignature format = parse_signature("format(*args, **kwargs)");
  EXPECT_TRUE(format.var_keyword);
}

std::string bind_error(Interpreter& interp, const char* signature_text, std::vector<Value> args,
                       std::vector<const char*> keywords = {}) {
  Thread& thread = interp.main_thread();
  ParsedSignature signature = parse_signature(signature_text);
  TupleObject* kwnames = nullptr;
  if (!keywords.empty()) {
    kwnames = tuple_new(thread, keywords.size());
    for (size_t i = 0; i < keywords.size(); ++i) kwnames->items[i] = interp.intern(keywords[i]);
  }
  std::vector<Value> slots;
  if (bind_native_arguments(thread, signature, args.data(), args.size(), kwnames, &slots)) return "";
  std::string message;
  append_str(thread, message, thread.take_pending());
  return message;
}

TEST(ArgParser, CPythonMessages) {
  Interpreter interp;
  GilScope gil(interp.main_thread());
  Value one = Value::small_int(1);
  EXPECT_EQ(bind_error(interp, "len(obj, /)", {one, one}), "len() takes exactly one argument (2 given)");
  EXPECT_EQ(bind_error(interp, "len(obj, /)", {}), "len() takes exactly one argument (0 given)");
  EXPECT_EQ(bind_error(interp, "isinstance(obj, class_or_tuple, /)", {one}), "isinstance expected 2 arguments, got 1");
  EXPECT_EQ(bind_error(interp, "print(*args, sep=None)", {one, one}, {"sepp"}),
            "'sepp' is an invalid keyword argument for print()");
  EXPECT_EQ(bind_error(interp, "getattr(object, name, default=None, /)", {one, one, one, one}),
            "getattr expected at most 3 arguments, got 4");
  EXPECT_EQ(bind_error(interp, "reverse()", {one}), "reverse() takes no arguments (1 given)");
  EXPECT_EQ(bind_error(interp, "sorted(iterable, /, *, key=None, reverse=False)", {one}), "");
}

}  // namespace
}  // namespace pyxis

namespace pyxis {
namespace {

TEST(ArgParser, MethodsUseQualifiedNamesWhereCPythonDoes) {
  Interpreter interp;
  Thread& thread = interp.main_thread();
  GilScope gil(thread);
  DictObject* globals = new_module_namespace(thread, "__main__");
  Value result = exec_source(thread,
                             "def message(f):\n"
                             "    try:\n"
                             "        f()\n"
                             "    except TypeError as e:\n"
                             "        return str(e)\n"
                             "assert message(lambda: [].append()) == 'list.append() takes exactly one argument (0 given)'\n"
                             "assert message(lambda: [].reverse(1)) == 'list.reverse() takes no arguments (1 given)'\n"
                             "assert message(lambda: [].insert(1)) == 'insert expected 2 arguments, got 1'\n",
                             "<methods>", globals);
  EXPECT_FALSE(result.is_error()) << format_exception(thread, thread.take_pending());
}

}  // namespace
}  // namespace pyxis
