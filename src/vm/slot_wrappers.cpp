// The dunder methods of builtin types as Python sees them (int.__add__, list.__getitem__,
// dict.__setitem__, str.__repr__ ...), so subclasses can call them through super() and code
// can find them with hasattr. Each calls the builtin implementation on the value (the value a
// builtin-subclass instance extends) and answers NotImplemented for foreign operands.
#include <string>
#include <string_view>
#include <vector>

#include "objects/builtin_subclass.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/native_method.h"
#include "objects/str_object.h"
#include "vm/interpreter.h"
#include "vm/operations.h"
#include "vm/slot_wrappers.h"

namespace pyxis {

namespace {

Value or_not_implemented(Value v) { return v.is_empty() ? Value::not_implemented() : v; }

template <BinaryOp Op>
Value forward_binary(Thread& thread, Value self, const Value* args, size_t) {
  return or_not_implemented(builtin_binary_op(thread, Op, self, args[0]));
}
template <BinaryOp Op>
Value reflected_binary(Thread& thread, Value self, const Value* args, size_t) {
  return or_not_implemented(builtin_binary_op(thread, Op, args[0], self));
}
template <BinaryOp Op>
Value inplace_binary(Thread& thread, Value self, const Value* args, size_t) {
  Value inner = plain_value(self);
  Value result = inplace_op(thread, Op, inner, args[0]);
  return result == inner ? self : result;
}
template <CompareOp Op>
Value rich_compare(Thread& thread, Value self, const Value* args, size_t) {
  return or_not_implemented(builtin_compare_op(thread, Op, self, args[0]));
}
template <UnaryOp Op>
Value unary(Thread& thread, Value self, const Value*, size_t) {
  return unary_op(thread, Op, plain_value(self));
}

Value call_builtin_named(Thread& thread, const char* name, const Value* args, size_t nargs) {
  Value function = dict_get_str(thread.interp().builtins(), thread.interp().intern(name));
  return call(thread, function, args, nargs);
}

Value repr_method(Thread& thread, Value self, const Value*, size_t) { return repr(thread, plain_value(self)); }
Value str_method(Thread& thread, Value self, const Value*, size_t) { return to_str(thread, plain_value(self)); }
Value hash_method(Thread& thread, Value self, const Value*, size_t) {
  int64_t hash;
  if (!hash_value(thread, plain_value(self), &hash)) return Value::error();
  return int_from_i64(thread, hash);
}
Value bool_method(Thread& thread, Value self, const Value*, size_t) {
  int t = truthy(thread, plain_value(self));
  return t < 0 ? Value::error() : Value::boolean(t);
}
Value len_method(Thread& thread, Value self, const Value*, size_t) {
  int64_t n;
  if (!length(thread, plain_value(self), &n)) return Value::error();
  return Value::small_int(n);
}
Value contains_method(Thread& thread, Value self, const Value* args, size_t) {
  int r = contains(thread, plain_value(self), args[0]);
  return r < 0 ? Value::error() : Value::boolean(r);
}
Value getitem_method(Thread& thread, Value self, const Value* args, size_t) { return get_item(thread, plain_value(self), args[0]); }
Value setitem_method(Thread& thread, Value self, const Value* args, size_t) {
  return set_item(thread, plain_value(self), args[0], args[1]) ? Value::none() : Value::error();
}
Value delitem_method(Thread& thread, Value self, const Value* args, size_t) {
  return del_item(thread, plain_value(self), args[0]) ? Value::none() : Value::error();
}
Value iter_method(Thread& thread, Value self, const Value*, size_t) { return get_iter(thread, plain_value(self)); }
Value reversed_method(Thread& thread, Value self, const Value*, size_t) {
  Value inner = plain_value(self);
  return call_builtin_named(thread, "reversed", &inner, 1);
}
Value abs_method(Thread& thread, Value self, const Value*, size_t) {
  Value inner = plain_value(self);
  return call_builtin_named(thread, "abs", &inner, 1);
}
Value divmod_method(Thread& thread, Value self, const Value* args, size_t) {
  Value pair[2] = {plain_value(self), args[0]};
  return call_builtin_named(thread, "divmod", pair, 2);
}
Value rdivmod_method(Thread& thread, Value self, const Value* args, size_t) {
  Value pair[2] = {args[0], plain_value(self)};
  return call_builtin_named(thread, "divmod", pair, 2);
}
Value pow_method(Thread& thread, Value self, const Value* args, size_t) {
  Value triple[3] = {plain_value(self), args[0], args[1].is_empty() ? Value::none() : args[1]};
  return call_builtin_named(thread, "pow", triple, 3);
}
Value rpow_method(Thread& thread, Value self, const Value* args, size_t) {
  Value triple[3] = {args[0], plain_value(self), args[1].is_empty() ? Value::none() : args[1]};
  return call_builtin_named(thread, "pow", triple, 3);
}
Value round_method(Thread& thread, Value self, const Value* args, size_t) {
  Value pair[2] = {plain_value(self), args[0].is_empty() ? Value::none() : args[0]};
  return call_builtin_named(thread, "round", pair, 2);
}
Value int_method(Thread& thread, Value self, const Value*, size_t) {
  Value inner = plain_value(self);
  return call(thread, to_value(thread.types().int_), &inner, 1);
}
Value float_method(Thread& thread, Value self, const Value*, size_t) {
  Value inner = plain_value(self);
  return call(thread, to_value(thread.types().float_), &inner, 1);
}
Value index_method(Thread&, Value self, const Value*, size_t) { return plain_value(self); }

// dict.__getitem__ consults __missing__ of subclasses, as CPython's does.
Value dict_getitem_method(Thread& thread, Value self, const Value* args, size_t) {
  Value inner = plain_value(self);
  Value found = dict_get(thread, static_cast<DictObject*>(inner.as_object()), args[0]);
  if (!found.is_empty()) return found;
  Type* type = type_of(thread.interp(), self);
  if (type->is_heap_type) {
    Value missing = type_lookup(type, thread.interp().intern("__missing__"));
    if (!missing.is_empty()) {
      Value call_args[2] = {self, args[0]};
      return call(thread, missing, call_args, 2);
    }
  }
  return get_item(thread, inner, args[0]);
}

struct Wrapper {
  const char* name;
  NativeMethodDef def;
};

#define PYXIS_BINARY(op, name) {"__" name "__", {"__" name "__(value, /)", forward_binary<BinaryOp::op>}}, \
                               {"__r" name "__", {"__r" name "__(value, /)", reflected_binary<BinaryOp::op>}}, \
                               {"__i" name "__", {"__i" name "__(value, /)", inplace_binary<BinaryOp::op>}}
const Wrapper kWrappers[] = {
    PYXIS_BINARY(Add, "add"), PYXIS_BINARY(Sub, "sub"), PYXIS_BINARY(Mul, "mul"), PYXIS_BINARY(MatMul, "matmul"),
    PYXIS_BINARY(TrueDiv, "truediv"), PYXIS_BINARY(FloorDiv, "floordiv"), PYXIS_BINARY(Mod, "mod"),
    PYXIS_BINARY(LShift, "lshift"), PYXIS_BINARY(RShift, "rshift"), PYXIS_BINARY(And, "and"),
    PYXIS_BINARY(Or, "or"), PYXIS_BINARY(Xor, "xor"),
    {"__lt__", {"__lt__(value, /)", rich_compare<CompareOp::Lt>}},
    {"__le__", {"__le__(value, /)", rich_compare<CompareOp::Le>}},
    {"__eq__", {"__eq__(value, /)", rich_compare<CompareOp::Eq>}},
    {"__ne__", {"__ne__(value, /)", rich_compare<CompareOp::Ne>}},
    {"__gt__", {"__gt__(value, /)", rich_compare<CompareOp::Gt>}},
    {"__ge__", {"__ge__(value, /)", rich_compare<CompareOp::Ge>}},
    {"__neg__", {"__neg__()", unary<UnaryOp::Negative>}},
    {"__pos__", {"__pos__()", unary<UnaryOp::Positive>}},
    {"__invert__", {"__invert__()", unary<UnaryOp::Invert>}},
    {"__abs__", {"__abs__()", abs_method}},
    {"__repr__", {"__repr__()", repr_method}},
    {"__str__", {"__str__()", str_method}},
    {"__hash__", {"__hash__()", hash_method}},
    {"__bool__", {"__bool__()", bool_method}},
    {"__len__", {"__len__()", len_method}},
    {"__contains__", {"__contains__(key, /)", contains_method}},
    {"__getitem__", {"__getitem__(key, /)", getitem_method}},
    {"__setitem__", {"__setitem__(key, value, /)", setitem_method}},
    {"__delitem__", {"__delitem__(key, /)", delitem_method}},
    {"__iter__", {"__iter__()", iter_method}},
    {"__reversed__", {"__reversed__()", reversed_method}},
    {"__divmod__", {"__divmod__(value, /)", divmod_method}},
    {"__rdivmod__", {"__rdivmod__(value, /)", rdivmod_method}},
    {"__pow__", {"__pow__(value, mod=None, /)", pow_method}},
    {"__rpow__", {"__rpow__(value, mod=None, /)", rpow_method}},
    {"__round__", {"__round__(ndigits=None, /)", round_method}},
    {"__int__", {"__int__()", int_method}},
    {"__float__", {"__float__()", float_method}},
    {"__index__", {"__index__()", index_method}},
    {"__trunc__", {"__trunc__()", int_method}},
};
#undef PYXIS_BINARY

const NativeMethodDef kDictGetItem[] = {{"__getitem__(key, /)", dict_getitem_method}};

}  // namespace

void define_slot_wrappers(Interpreter& interp, Type* type, std::string_view names) {
  Thread& thread = interp.main_thread();
  size_t start = 0;
  while (start < names.size()) {
    size_t end = names.find(' ', start);
    if (end == std::string_view::npos) end = names.size();
    std::string_view name = names.substr(start, end - start);
    start = end + 1;
    if (name.empty()) continue;
    if (name == "__hash__=None") {
      dict_set(thread, type->dict, interp.intern("__hash__"), Value::none());
      continue;
    }
    if (type == interp.types().dict && name == "__getitem__") {
      define_native_methods(interp, type->dict, type, kDictGetItem);
      continue;
    }
    for (const Wrapper& wrapper : kWrappers) {
      if (name != wrapper.name) continue;
      define_native_methods(interp, type->dict, type, &wrapper.def, 1);
      break;
    }
  }
}

void install_slot_wrappers(Interpreter& interp) {
  const BuiltinTypes& types = interp.types();
  define_slot_wrappers(interp, types.int_,
                       "__abs__ __add__ __and__ __bool__ __divmod__ __eq__ __float__ __floordiv__ __ge__ __gt__ "
                       "__hash__ __index__ __int__ __invert__ __le__ __lshift__ __lt__ __mod__ __mul__ __ne__ __neg__ "
                       "__or__ __pos__ __pow__ __radd__ __rand__ __rdivmod__ __repr__ __rfloordiv__ __rlshift__ "
                       "__rmod__ __rmul__ __ror__ __round__ __rpow__ __rrshift__ __rshift__ __rsub__ __rtruediv__ "
                       "__rxor__ __sub__ __truediv__ __trunc__ __xor__");
  define_slot_wrappers(interp, types.bool_, "__and__ __invert__ __or__ __rand__ __repr__ __ror__ __rxor__ __xor__");
  define_slot_wrappers(interp, types.float_,
                       "__abs__ __add__ __bool__ __divmod__ __eq__ __float__ __floordiv__ __ge__ __gt__ __hash__ "
                       "__int__ __le__ __lt__ __mod__ __mul__ __ne__ __neg__ __pos__ __pow__ __radd__ __rdivmod__ "
                       "__repr__ __rfloordiv__ __rmod__ __rmul__ __round__ __rpow__ __rsub__ __rtruediv__ __sub__ "
                       "__truediv__ __trunc__");
  define_slot_wrappers(interp, types.str,
                       "__add__ __contains__ __eq__ __ge__ __getitem__ __gt__ __hash__ __iter__ __le__ __len__ __lt__ "
                       "__mod__ __mul__ __ne__ __repr__ __rmod__ __rmul__ __str__");
  define_slot_wrappers(interp, types.tuple,
                       "__add__ __contains__ __eq__ __ge__ __getitem__ __gt__ __hash__ __iter__ __le__ __len__ __lt__ "
                       "__mul__ __ne__ __repr__ __rmul__");
  define_slot_wrappers(interp, types.list,
                       "__add__ __contains__ __delitem__ __eq__ __ge__ __getitem__ __gt__ __hash__=None __iadd__ "
                       "__imul__ __iter__ __le__ __len__ __lt__ __mul__ __ne__ __repr__ __reversed__ __rmul__ "
                       "__setitem__");
  define_slot_wrappers(interp, types.dict,
                       "__contains__ __delitem__ __eq__ __ge__ __getitem__ __gt__ __hash__=None __ior__ __iter__ "
                       "__le__ __len__ __lt__ __ne__ __or__ __repr__ __reversed__ __ror__ __setitem__");
  define_slot_wrappers(interp, types.set,
                       "__and__ __contains__ __eq__ __ge__ __gt__ __hash__=None __iand__ __ior__ __isub__ __iter__ "
                       "__ixor__ __le__ __len__ __lt__ __ne__ __or__ __rand__ __repr__ __ror__ __rsub__ __rxor__ "
                       "__sub__ __xor__");
  define_slot_wrappers(interp, types.frozenset,
                       "__and__ __contains__ __eq__ __ge__ __gt__ __hash__ __iter__ __le__ __len__ __lt__ __ne__ "
                       "__or__ __rand__ __repr__ __ror__ __rsub__ __rxor__ __sub__ __xor__");
  define_slot_wrappers(interp, types.range,
                       "__bool__ __contains__ __eq__ __ge__ __getitem__ __gt__ __hash__ __iter__ __le__ __len__ "
                       "__lt__ __ne__ __repr__ __reversed__");
  define_slot_wrappers(interp, types.object, "__lt__ __le__ __gt__ __ge__");
}

}  // namespace pyxis
