// TypeSlots: the native implementation of the object protocols for one builtin type
// (repr, hash, comparisons, arithmetic, containers, iteration, calls, construction), so a
// builtin type can live entirely in its own file. operations.cpp consults the slots of a
// value's type (inherited by subclasses through Type::slots) after its inline fast paths and
// after any dunder method a Python subclass defines. A null slot means "not supported".
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "objects/value.h"
#include "vm/operations.h"

namespace pyxis {

class Thread;
struct Type;
struct TupleObject;

struct TypeSlots {
  // Appends repr(self) / str(self) (str defaults to repr). False with an exception pending.
  bool (*repr)(Thread&, std::string& out, Value self) = nullptr;
  bool (*str)(Thread&, std::string& out, Value self) = nullptr;
  // Null: hashed by identity. Set `unhashable` for mutable types.
  bool (*hash)(Thread&, Value self, int64_t* out) = nullptr;
  bool unhashable = false;
  // Rich comparison where self is `a` (the reflected call swaps the operands and the
  // operator). Returns a value, error(), or empty for NotImplemented.
  Value (*compare)(Thread&, CompareOp, Value a, Value b) = nullptr;
  // Binary arithmetic; called for the left operand's type, then (if empty = NotImplemented)
  // for the right operand's type with the SAME operand order (self may be a or b).
  Value (*binary)(Thread&, BinaryOp, Value a, Value b) = nullptr;
  // In-place form (`a op= b`); empty falls back to binary.
  Value (*inplace)(Thread&, BinaryOp, Value a, Value b) = nullptr;
  Value (*unary)(Thread&, UnaryOp, Value self) = nullptr;  // empty = unsupported
  int (*truth)(Thread&, Value self) = nullptr;              // 1, 0, -1; null: uses length, else true
  bool (*length)(Thread&, Value self, int64_t* out) = nullptr;
  Value (*get_item)(Thread&, Value self, Value key) = nullptr;
  bool (*set_item)(Thread&, Value self, Value key, Value value) = nullptr;  // empty value: delete
  int (*contains)(Thread&, Value self, Value item) = nullptr;              // 1, 0, -1
  Value (*iter)(Thread&, Value self) = nullptr;
  Value (*next)(Thread&, Value self) = nullptr;  // the next item; empty when exhausted
  Value (*call)(Thread&, Value self, const Value* args, size_t nargs, TupleObject* kwnames) = nullptr;
  // type(...) for this type: `type` is the type being instantiated (this one, or later a subclass).
  Value (*construct)(Thread&, Type* type, const Value* args, size_t nargs, TupleObject* kwnames) = nullptr;
  // Attributes that are not in the type's dict (computed ones such as complex.real):
  // empty when missing (no exception), error() on error.
  Value (*get_attr)(Thread&, Value self, Value name) = nullptr;
  // Attribute assignment (empty value: deletion) for types whose instances handle it
  // themselves (weakref proxies forward it); data descriptors of the type still come first.
  bool (*set_attr)(Thread&, Value self, Value name, Value value) = nullptr;
};

}  // namespace pyxis
