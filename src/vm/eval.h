// Entry points into the bytecode loop for native code: call a Python function, or run a
// module or class body with its namespace dict. Both recurse on the C++ stack (once per
// native-to-Python transition); Python-to-Python calls inside do not.
#pragma once

#include <cstddef>

#include "objects/value.h"

namespace pyxis {

class Thread;
struct CodeObject;
struct DictObject;
struct FunctionObject;
struct TupleObject;

Value call_function(Thread& thread, FunctionObject* function, const Value* args, size_t nargs, TupleObject* kwnames);
Value run_code(Thread& thread, CodeObject* code, DictObject* globals, DictObject* locals);
// Runs module-level code whose locals are a mapping that is not a dict (exec/eval).
Value run_code_with_mapping(Thread& thread, CodeObject* code, DictObject* globals, Value locals);
// Runs a class body function with `namespace_dict` as its locals (and its closure cells).
Value run_class_body(Thread& thread, FunctionObject* body, Value namespace_value);

struct GeneratorObject;
// Resumes a generator with `sent` (or with `thrown` raised at its yield when not empty).
// Returns the next yielded value; empty when it finished (its return value in *returned,
// when asked); error() with the exception pending.
Value resume_generator(Thread& thread, GeneratorObject* generator, Value sent, Value thrown, Value* returned = nullptr);

}  // namespace pyxis
