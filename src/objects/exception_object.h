// Exceptions: the table of CPython 3.12's builtin exception classes, ExceptionObject (args,
// chaining, traceback, the per-class attributes such as OSError.errno) and their behaviour.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "objects/module_object.h"

namespace pyxis {

namespace frontend {
struct SyntaxErrorInfo;
}
class Interpreter;
class Thread;
struct BuiltinTypes;
struct TupleObject;

// Every builtin exception class with its (first) base, in creation order (bases first).
// ExceptionGroup also derives from Exception (added when the types are created).
#define PYXIS_EXCEPTION_TYPES(X)                                                                         \
  X(BaseException, BaseException) X(BaseExceptionGroup, BaseException) X(GeneratorExit, BaseException)   \
  X(KeyboardInterrupt, BaseException) X(SystemExit, BaseException) X(Exception, BaseException)           \
  X(ArithmeticError, Exception) X(FloatingPointError, ArithmeticError) X(OverflowError, ArithmeticError) \
  X(ZeroDivisionError, ArithmeticError) X(AssertionError, Exception) X(AttributeError, Exception)        \
  X(BufferError, Exception) X(EOFError, Exception) X(ExceptionGroup, BaseExceptionGroup)                 \
  X(ImportError, Exception) X(ModuleNotFoundError, ImportError) X(LookupError, Exception)                \
  X(IndexError, LookupError) X(KeyError, LookupError) X(MemoryError, Exception) X(NameError, Exception)  \
  X(UnboundLocalError, NameError) X(OSError, Exception) X(BlockingIOError, OSError)                      \
  X(ChildProcessError, OSError) X(ConnectionError, OSError) X(BrokenPipeError, ConnectionError)          \
  X(ConnectionAbortedError, ConnectionError) X(ConnectionRefusedError, ConnectionError)                  \
  X(ConnectionResetError, ConnectionError) X(FileExistsError, OSError) X(FileNotFoundError, OSError)     \
  X(InterruptedError, OSError) X(IsADirectoryError, OSError) X(NotADirectoryError, OSError)              \
  X(PermissionError, OSError) X(ProcessLookupError, OSError) X(TimeoutError, OSError)                    \
  X(ReferenceError, Exception) X(RuntimeError, Exception) X(NotImplementedError, RuntimeError)           \
  X(RecursionError, RuntimeError) X(StopAsyncIteration, Exception) X(StopIteration, Exception)           \
  X(SyntaxError, Exception) X(IndentationError, SyntaxError) X(TabError, IndentationError)               \
  X(SystemError, Exception) X(TypeError, Exception) X(ValueError, Exception)                             \
  X(UnicodeError, ValueError) X(UnicodeDecodeError, UnicodeError) X(UnicodeEncodeError, UnicodeError)    \
  X(UnicodeTranslateError, UnicodeError) X(Warning, Exception) X(BytesWarning, Warning)                  \
  X(DeprecationWarning, Warning) X(EncodingWarning, Warning) X(FutureWarning, Warning)                   \
  X(ImportWarning, Warning) X(PendingDeprecationWarning, Warning) X(ResourceWarning, Warning)            \
  X(RuntimeWarning, Warning) X(SyntaxWarning, Warning) X(UnicodeWarning, Warning) X(UserWarning, Warning)

// Which builtin class decides an exception's extra attributes, str() and __init__.
enum class ExceptionKind : uint8_t {
  Base, StopIteration, SystemExit, OSError, SyntaxError, ImportError, AttributeError, NameError,
  KeyError, UnicodeEncode, UnicodeDecode, UnicodeTranslate, Group,
};

inline constexpr int kExceptionFields = 8;

// The traceback: a chain of entries, the outermost frame first (tb_next goes inwards).
struct FrameObject;
struct TracebackObject : Object {
  Value next;           // TracebackObject, or empty for None
  FrameObject* frame;   // made when tb_frame is first read
  CodeObject* code;
  DictObject* globals;
  DictObject* locals;   // module and class bodies, else null
  uint32_t pc;          // instruction index in code
};

// A frame as tracebacks see it (tb_frame): its code, globals and the line it was at.
struct FrameObject : Object {
  CodeObject* code;
  DictObject* globals;
  DictObject* locals;  // module and class bodies, else null
  uint32_t pc;
};

struct ExceptionObject : InstanceObject {
  TupleObject* args;
  Value cause;      // __cause__ (empty = None)
  Value context;    // __context__
  Value traceback;  // TracebackObject, or empty for None
  bool suppress_context;
  ExceptionKind kind;
  // The kind's attributes (OSError: errno, strerror, filename, filename2,
  // characters_written ...); empty = unset.
  Value fields[kExceptionFields];
};

void trace_exception(Object* object, gc::Tracer& tracer);
void destroy_exception(Object* object);
void trace_traceback(Object* object, gc::Tracer& tracer);
void trace_frame(Object* object, gc::Tracer& tracer);

// Creates the exception types of the table (with their MROs) in the interpreter's type table.
void create_exception_types(Thread& thread, BuiltinTypes& types);
// Their methods and the builtins names (after the builtins dict exists).
void install_exception_types(Interpreter& interp);

bool is_exception(Thread& thread, Value value);
ExceptionKind exception_kind(const BuiltinTypes& types, const Type* type);
inline ExceptionObject* as_exception(Value value) { return static_cast<ExceptionObject*>(value.as_object()); }

// type(*args, **kw) for an exception class: __new__ (OSError picks its subclass from errno)
// then __init__.
Value construct_exception(Thread& thread, Type* type, const Value* args, size_t nargs, TupleObject* kwnames);
// BaseException.__new__: the instance, args set (OSError's errno subclass and fields, a
// group's checked message and exceptions); __init__ is not called.
Value exception_new(Thread& thread, Type* type, const Value* args, size_t nargs, TupleObject* kwnames);
// The object part of construction: args set, attributes None.
ExceptionObject* new_exception(Thread& thread, Type* type, const Value* args, size_t nargs);

bool exception_append_str(Thread& thread, std::string& out, Value exception);
bool exception_append_repr(Thread& thread, std::string& out, Value exception);
// A failed attribute lookup: a pending AttributeError that has no name/obj yet gets them.
void note_attribute_error(Thread& thread, Value object, Value name);
// Setting __context__ as raising does (cycles through the context chain are broken first).
void set_exception_context(Thread& thread, Value exception, Value context);
// Adds a traceback entry for `code` at instruction `pc` in front of the exception's traceback.
void add_traceback_entry(Thread& thread, Value exception, CodeObject* code, DictObject* globals, DictObject* locals,
                         uint32_t pc);
int traceback_line(const TracebackObject* traceback);
// The attributes of traceback and frame objects (tb_next, tb_frame ..., f_code ...).
void install_traceback_types(Interpreter& interp);

// The exception a front-end error raises: SyntaxError / IndentationError / TabError with
// msg, filename, lineno, offset, text, end_lineno, end_offset (others: their class with msg).
Value make_syntax_error(Thread& thread, const frontend::SyntaxErrorInfo& error);
// The attributes of a SyntaxError object as the display needs them.
void syntax_error_info(Thread& thread, Value exception, frontend::SyntaxErrorInfo* info);

// sys.exception() and sys.exc_info(): the exception being handled.
Value sys_exception(Thread& thread, Value self, const Value* args, size_t nargs);
Value sys_exc_info(Thread& thread, Value self, const Value* args, size_t nargs);

// --- exception groups (exception_group.cpp)
// BaseExceptionGroup.__new__(cls, message, exceptions): the checks and the instance.
Value new_exception_group(Thread& thread, Type* type, const Value* args, size_t npositional);
Value construct_exception_group(Thread& thread, Type* type, const Value* args, size_t nargs, TupleObject* kwnames);
void install_exception_group_methods(Interpreter& interp);
// except*: splits `exception` by the clause's type into *match and *rest (None when empty);
// a naked exception that matches is wrapped in ExceptionGroup("", [exception]).
bool exception_group_match(Thread& thread, Value exception, Value type, Value* match, Value* rest);
// After the except* clauses: what to raise (None when everything was handled). `raised` is
// a list of the exceptions raised in the handlers plus the unhandled rest.
Value prepare_reraise_star(Thread& thread, Value original, Value raised);

}  // namespace pyxis
