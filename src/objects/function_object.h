// Code objects (compiled bytecode), Python functions, bound methods and builtin functions
// (native code declared in const tables with a Python-like signature string).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "objects/object.h"

namespace pyxis {

class Thread;
struct DictObject;
struct StrObject;
struct TupleObject;

// Position of one instruction in the source (PEP 657), for tracebacks.
struct SourceRange {
  int line = 0;
  int end_line = 0;
  int column = 0;  // UTF-8 byte columns, -1 when unknown
  int end_column = 0;
  // Where a traceback puts '^' rather than '~': after the left operand of a binary
  // operation (the operator), or from the '[' after a subscripted value.
  enum class Anchor : uint8_t { None, BinaryOperator, Subscript } anchor = Anchor::None;
  int anchor_column = 0;  // end column of the left operand / subscripted value
};

// A handler of the exception table: an exception raised by an instruction in [start, end)
// jumps to `target` with the exception in register `exception_register`.
struct ExceptionHandler {
  uint32_t start;
  uint32_t end;
  uint32_t target;
  uint32_t exception_register;
};

namespace code_flag {
inline constexpr uint32_t kVarArgs = 1u << 0;
inline constexpr uint32_t kVarKeywords = 1u << 1;
inline constexpr uint32_t kUsesLocalsDict = 1u << 2;  // module and class bodies: names live in a dict
inline constexpr uint32_t kGenerator = 1u << 3;       // calling it makes a generator
inline constexpr uint32_t kCoroutine = 1u << 4;       // async def: calling it makes a coroutine
inline constexpr uint32_t kAsyncGenerator = 1u << 5;  // async def with yield (also has kGenerator)
inline constexpr uint32_t kFutureAnnotations = 1u << 6;  // compiled under `from __future__ import annotations`
}  // namespace code_flag

struct CodeObject : Object {
  std::vector<uint32_t> instructions;
  std::vector<SourceRange> locations;  // one per instruction word
  std::vector<ExceptionHandler> handlers;  // innermost first
  std::vector<Value> constants;
  std::vector<Value> names;         // interned strs used by global/attribute instructions
  std::vector<Value> local_names;   // interned strs of the register-resident locals
  // Closures: registers holding a cell for a local captured by nested code (made at entry),
  // and registers receiving the function's closure cells, in closure order, with their names.
  std::vector<uint32_t> cell_registers;
  std::vector<uint32_t> free_registers;
  std::vector<Value> free_names;
  // PEP 709: the iteration variables of inlined comprehensions live in temporaries; locals()
  // shows them while the instruction index is in [start, end).
  struct HiddenLocal {
    uint32_t reg;
    Value name;
    uint32_t start, end;
  };
  std::vector<HiddenLocal> hidden_locals;
  uint32_t register_count = 0;
  uint32_t positional_count = 0;    // including positional-only
  uint32_t positional_only_count = 0;
  uint32_t keyword_only_count = 0;
  uint32_t flags = 0;
  int first_line = 1;
  Value name;       // str
  Value qualname;   // str
  Value filename;   // str
  Value doc;        // the docstring (str) of a function body, else empty
};

struct FunctionObject : Object {
  CodeObject* code;
  DictObject* globals;
  Value name;
  Value qualname;
  Value module;                 // __module__
  TupleObject* defaults;        // may be null
  DictObject* keyword_defaults; // may be null
  DictObject* dict;             // function attributes, may be null
  TupleObject* closure;         // cells for code->free_registers, may be null
  DictObject* annotations;      // __annotations__, made on first use when null
  Value type_params;            // __type_params__ (PEP 695): a tuple, empty = ()
  Value doc;                    // __doc__ (None when the body has no docstring)
};

// A suspended generator: its registers are copied out at each yield and back in on resume
// (they are few), so frames stay on the thread's stack like any other.
struct GeneratorObject : Object {
  FunctionObject* function;
  std::vector<Value> registers;
  uint32_t pc;               // where to resume
  uint32_t resume_register;  // receives the value sent in (the yield expression's result)
  bool started;
  bool running;
  bool finished;
  // yield from / await: the iterator being delegated to while suspended in it (else empty).
  Value delegate;
  Value handled;         // the exception its except/finally block was handling when it suspended
  Value caller_handled;  // what its current caller is handling (empty: nothing)
  bool yielded_value;  // async generators: the last suspension was a `yield`, not an await
  bool running_async;  // async generators: an asend/athrow awaitable is running it
  bool async_closed;   // async generators: aclose() ran or it stopped
};

void trace_generator(Object* object, gc::Tracer& tracer);
void destroy_generator(Object* object);

// A variable shared between a function and the functions nested in it.
struct CellObject : Object {
  Value value;  // empty while unbound
};

struct BoundMethodObject : Object {
  Value function;
  Value self;
};

// A native function: receives the positional arguments already checked against its spec
// (count), keywords decoded into positions by the argument parser.
using NativeFunction = Value (*)(Thread& thread, Value self, const Value* args, size_t nargs);

struct ParsedSignature;
struct Type;

struct BuiltinFunctionObject : Object {
  const char* name;
  NativeFunction function;
  const ParsedSignature* signature;  // owned by the interpreter
  Value self;                        // bound receiver (module or object) or empty
  Type* owner;                       // the type whose method this is; null for functions
};

void trace_code(Object* object, gc::Tracer& tracer);
void destroy_code(Object* object);
void trace_function(Object* object, gc::Tracer& tracer);
void trace_cell(Object* object, gc::Tracer& tracer);
void trace_bound_method(Object* object, gc::Tracer& tracer);
void trace_builtin_function(Object* object, gc::Tracer& tracer);

}  // namespace pyxis
