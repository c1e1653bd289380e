// PEP 695 runtime objects, native as in CPython's _typing: TypeVar, ParamSpec (and its
// .args/.kwargs), TypeVarTuple, TypeAliasType, typing.Generic, and the generic aliases that
// subscription makes (typing._GenericAlias for Generic[T] / C[int], types.GenericAlias for
// list[int] / X[int]).
#pragma once

#include <cstddef>
#include <cstdint>

#include "objects/object.h"

namespace pyxis {

class Interpreter;
class Thread;
struct Type;

enum class TypeParamKind : uint8_t { TypeVar, ParamSpec, TypeVarTuple };

struct TypeVarObject : Object {
  TypeParamKind kind;
  bool covariant, contravariant, infer_variance;
  Value name;              // str
  Value module;            // __module__
  Value bound;             // evaluated bound (None when there is none); empty while lazy
  Value bound_function;    // evaluates the bound on first access (PEP 695), else empty
  Value constraints;       // tuple; empty while lazy
  Value constraints_function;
};

// P.args / P.kwargs.
struct ParamSpecAttributeObject : Object {
  Value origin;  // the ParamSpec
  bool is_kwargs;
};

struct TypeAliasObject : Object {
  Value name;            // str
  Value module;
  Value value;           // empty until first evaluated
  Value value_function;  // evaluates the value lazily
  Value type_params;     // tuple
};

// X[args]: `origin` subscripted. `typing_form` selects typing._GenericAlias (repr with the
// origin's module) over types.GenericAlias; `unpack` is typing.Unpack[origin].
struct GenericAliasObject : Object {
  Value origin;
  Value args;  // tuple
  bool typing_form;
  bool unpack;
};

// X | Y of types (types.UnionType) or, when a type variable takes part, typing.Union.
struct UnionObject : Object {
  Value args;  // tuple, flattened and without duplicates
  bool typing_form;
};

// isinstance/issubclass with a union: its members as a tuple (error() with TypeError for
// a parameterized generic among them); empty when `cls` is not a union.
Value union_members(Thread& thread, Value cls, const char* builtin);

// Creates the types, the _typing module and the helpers compiled code calls (kept in
// interp.typing_internals), and gives list, dict, tuple, set, frozenset and type a
// __class_getitem__.
void install_typing_objects(Interpreter& interp);

// The helper compiled code calls for PEP 695 definitions, by name: "type_param",
// "generic_base", "type_alias" (natives), or "Generic".
Value typing_internal(Interpreter& interp, const char* name);

}  // namespace pyxis
