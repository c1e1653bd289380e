// The generic object protocols the VM and the builtins use: repr/str, truth, hashing,
// comparisons, arithmetic (with int/float fast paths and user dunder methods), attributes,
// calls, iteration and subscripts. Each takes the Thread first and returns error()/false/-1
// with the exception pending.
#pragma once

#include <string>
#include <string_view>

#include <cstddef>

#include "objects/value.h"

namespace pyxis {

class Thread;
struct Type;
struct TupleObject;
struct StrObject;
struct FunctionObject;

enum class BinaryOp : uint8_t { Add, Sub, Mul, MatMul, TrueDiv, Mod, Pow, LShift, RShift, Or, Xor, And, FloorDiv };
enum class CompareOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge };
enum class UnaryOp : uint8_t { Negative, Positive, Invert };

const char* type_name(Thread& thread, Value value);
bool is_instance_of(Thread& thread, Value value, Type* type);

Value repr(Thread& thread, Value value);     // a str
Value to_str(Thread& thread, Value value);   // str(value)
// Appends str(value) / repr(value) as UTF-8.
bool append_str(Thread& thread, std::string& out, Value value);
bool append_repr(Thread& thread, std::string& out, Value value);

int truthy(Thread& thread, Value value);  // 1, 0, or -1 on error
bool hash_value(Thread& thread, Value value, int64_t* out);
int equal(Thread& thread, Value a, Value b);  // 1, 0, -1
Value compare(Thread& thread, CompareOp op, Value a, Value b);
Value binary_op(Thread& thread, BinaryOp op, Value a, Value b);
// The builtin implementation only (what int.__add__ ... do): empty when the operand types are
// not supported (NotImplemented). Instances of builtin subclasses count as their values.
Value builtin_binary_op(Thread& thread, BinaryOp op, Value a, Value b);
Value builtin_compare_op(Thread& thread, CompareOp op, Value a, Value b);
Value inplace_op(Thread& thread, BinaryOp op, Value a, Value b);
Value unary_op(Thread& thread, UnaryOp op, Value a);
int contains(Thread& thread, Value container, Value item);  // `item in container`

Value get_attr(Thread& thread, Value object, Value name);  // name: interned str
// Like get_attr but empty (no exception) when the attribute is missing.
Value lookup_attr(Thread& thread, Value object, Value name);
bool set_attr(Thread& thread, Value object, Value name, Value value);
bool del_attr(Thread& thread, Value object, Value name);
// For `obj.name(...)`: sets *callable and *self (empty self when the attribute is not a
// method bound to obj), without allocating a bound method.
bool get_method(Thread& thread, Value object, Value name, Value* callable, Value* self);

Value get_item(Thread& thread, Value container, Value key);
bool set_item(Thread& thread, Value container, Value key, Value value);
bool del_item(Thread& thread, Value container, Value key);
bool length(Thread& thread, Value value, int64_t* out);

Value get_iter(Thread& thread, Value value);
// The next item; empty when exhausted (no exception), error() on error.
Value iter_next(Thread& thread, Value iterator);

// Calls with positional args then keyword values; kwnames holds the keyword names (or null).
Value call(Thread& thread, Value callable, const Value* args, size_t nargs, TupleObject* kwnames = nullptr);
// Fills `registers` (the callee's register file) from the call's arguments as CPython binds
// them, with its TypeError messages.
bool bind_arguments(Thread& thread, FunctionObject* function, const Value* args, size_t nargs,
                    TupleObject* kwnames, Value* registers);

// A start/end argument of index()/find()/count() ...: empty (omitted) leaves *out alone; None
// too when accepts_none; huge ints are clamped; other objects through __index__. TypeError
// "slice indices must be integers [or None] or have an __index__ method" otherwise.
bool search_bound_argument(Thread& thread, Value v, int64_t* out, bool accepts_none);
// operator.index(value): an int (bools become 0/1), through __index__ for other objects.
Value to_index(Thread& thread, Value value);
// Converts an index-like value (int or bool) for sequence subscripts.
bool index_value(Thread& thread, Value value, int64_t* out, const char* what);
Value make_exception(Thread& thread, Type* type, Value message);  // message may be empty

}  // namespace pyxis
