// The generic object protocols: repr/str, truth, hash, equality and ordering, arithmetic,
// attributes, calls, iteration and subscripts. Builtin types are handled natively first;
// Python classes through their dunder methods, looked up on the type as CPython does.
#include "vm/operations.h"
#include "objects/builtin_methods.h"

#include <cmath>
#include <climits>
#include <cstring>

#include "objects/type_slots.h"
#include "objects/builtin_subclass.h"
#include "objects/complex_object.h"
#include "objects/descriptor_object.h"
#include "objects/dict_object.h"
#include "objects/format_spec.h"
#include "objects/function_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/exception_object.h"
#include "objects/module_object.h"
#include "objects/set_object.h"
#include "objects/slice_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "support/number_format.h"
#include "support/python_repr.h"
#include "vm/builtins.h"
#include "vm/eval.h"
#include "vm/interpreter.h"

namespace pyxis {

namespace {

const BuiltinTypes& T(Thread& thread) { return thread.types(); }
bool has_type(Value v, const Type* type) { return v.is_object() && v.as_object()->type == type; }
StrObject* as_str(Value v) { return static_cast<StrObject*>(v.as_object()); }

bool is_dict_view(const BuiltinTypes& types, const Type* type) {
  return type == types.dict_keys || type == types.dict_values || type == types.dict_items;
}

bool is_set_like(const BuiltinTypes& types, Value v) {
  return v.is_object() && (v.as_object()->type == types.set || v.as_object()->type == types.frozenset);
}
SetObject* as_set(Value v) { return static_cast<SetObject*>(v.as_object()); }
bool is_dict_set_view(const BuiltinTypes& types, Value v) { return has_type(v, types.dict_keys) || has_type(v, types.dict_items); }

// |, &, - and ^ of two sets; the result has the left operand's type.
Value set_binary(Thread& thread, BinaryOp op, Value a, Value b) {
  SetObject* x = as_set(a);
  SetObject* y = as_set(b);
  SetObject* result = set_new(thread, a.as_object()->type);
  auto add_from = [&](SetObject* source, SetObject* other, bool want_in_other) -> bool {
    for (size_t i = 0; i < source->table->entries.size(); ++i) {
      Value key = source->table->entries[i].key;
      if (key.is_empty()) continue;
      if (other != nullptr) {
        int in = set_contains(thread, other, key);
        if (in < 0) return false;
        if (bool(in) != want_in_other) continue;
      }
      if (!set_add(thread, result, key)) return false;
    }
    return true;
  };
  bool ok = true;
  switch (op) {
    case BinaryOp::Or: ok = add_from(x, nullptr, true) && add_from(y, nullptr, true); break;
    case BinaryOp::And: ok = add_from(x, y, true); break;
    case BinaryOp::Sub: ok = add_from(x, y, false); break;
    case BinaryOp::Xor: ok = add_from(x, y, false) && add_from(y, x, false); break;
    default: return Value();
  }
  return ok ? to_value(result) : Value::error();
}

// 1 when every item of a is in b.
int set_subset(Thread& thread, SetObject* a, SetObject* b) {
  if (a->table->used > b->table->used) return 0;
  for (size_t i = 0; i < a->table->entries.size(); ++i) {
    Value key = a->table->entries[i].key;
    if (key.is_empty()) continue;
    int in = set_contains(thread, b, key);
    if (in <= 0) return in;
  }
  return 1;
}

// The native protocol implementations of a value's type (inherited from its builtin base).
const TypeSlots* slots_of(Thread& thread, Value v) { return type_of(thread.interp(), v)->slots; }

// A dunder method of a Python class (not of builtin types, which are handled natively).
Value user_method(Thread& thread, Value object, const char* name) {
  Type* type = type_of(thread.interp(), object);
  if (!type->is_heap_type) return Value();
  Value found = type_lookup(type, thread.interp().intern(name));
  // Native methods of builtin types (object.__repr__ ...) are what the native paths below do.
  if (has_type(found, T(thread).builtin_function)) {
    Type* owner = static_cast<BuiltinFunctionObject*>(found.as_object())->owner;
    if (owner != nullptr && !owner->is_heap_type) return Value();
  }
  return found;
}

Value call_method_value(Thread& thread, Value method, Value self, const Value* args, size_t nargs) {
  Value buffer[4];
  buffer[0] = self;
  for (size_t i = 0; i < nargs; ++i) buffer[i + 1] = args[i];
  return call(thread, method, buffer, nargs + 1);
}

Value call_dunder(Thread& thread, Value object, const char* name, const Value* args, size_t nargs, bool* found) {
  Value method = user_method(thread, object, name);
  *found = !method.is_empty();
  if (!*found) return Value();
  return call_method_value(thread, method, object, args, nargs);
}

bool to_double(Thread& thread, Value v, double* out) {
  if (v.is_float()) {
    *out = v.as_double();
    return true;
  }
  return int_to_double(thread, v, out);
}

const char* binary_symbol(BinaryOp op) {
  static const char* const symbols[] = {"+", "-", "*", "@", "/", "%", "** or pow()", "<<", ">>", "|", "^", "&", "//"};
  return symbols[int(op)];
}

const char* binary_dunder(BinaryOp op, bool reflected) {
  static const char* const names[] = {"__add__", "__sub__", "__mul__", "__matmul__", "__truediv__", "__mod__",
                                      "__pow__", "__lshift__", "__rshift__", "__or__", "__xor__", "__and__",
                                      "__floordiv__"};
  static const char* const reflected_names[] = {"__radd__", "__rsub__", "__rmul__", "__rmatmul__", "__rtruediv__",
                                                "__rmod__", "__rpow__", "__rlshift__", "__rrshift__", "__ror__",
                                                "__rxor__", "__rand__", "__rfloordiv__"};
  return reflected ? reflected_names[int(op)] : names[int(op)];
}

Value float_binary(Thread& thread, BinaryOp op, double x, double y) {
  switch (op) {
    case BinaryOp::Add: return Value::from_double(x + y);
    case BinaryOp::Sub: return Value::from_double(x - y);
    case BinaryOp::Mul: return Value::from_double(x * y);
    case BinaryOp::TrueDiv:
      if (y == 0.0) return thread.raise(T(thread).ZeroDivisionError, "float division by zero");
      return Value::from_double(x / y);
    case BinaryOp::FloorDiv:
    case BinaryOp::Mod: {
      if (y == 0.0)
        return thread.raise(T(thread).ZeroDivisionError,
                            op == BinaryOp::Mod ? "float modulo" : "float floor division by zero");
      double mod = std::fmod(x, y);
      double div = (x - mod) / y;
      if (mod != 0.0) {
        if ((y < 0) != (mod < 0)) {
          mod += y;
          div -= 1.0;
        }
      } else {
        mod = std::copysign(0.0, y);
      }
      if (op == BinaryOp::Mod) return Value::from_double(mod);
      double floordiv;
      if (div != 0.0) {
        floordiv = std::floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
      } else {
        floordiv = std::copysign(0.0, x / y);
      }
      return Value::from_double(floordiv);
    }
    case BinaryOp::Pow:
      if (x == 0.0 && y < 0.0) return thread.raise(T(thread).ZeroDivisionError, "0.0 cannot be raised to a negative power");
      if (x < 0.0 && y != std::floor(y)) return complex_float_pow(thread, x, y);  // a complex result
      return Value::from_double(std::pow(x, y));
    default: return Value();
  }
}

Value sequence_repeat(Thread& thread, Value seq, Value count) {
  int64_t n;
  if (!int_fits_i64(count, &n)) return thread.raise(T(thread).OverflowError, "cannot fit 'int' into an index-sized integer");
  if (n < 0) n = 0;
  if (has_type(seq, T(thread).str)) return str_repeat(thread, as_str(seq), n);
  if (has_type(seq, T(thread).list)) {
    auto* source = static_cast<ListObject*>(seq.as_object());
    ListObject* result = list_new(thread);
    size_t size = source->items.size();
    if (size != 0 && uint64_t(n) > (uint64_t{1} << 32) / size) return thread.raise(T(thread).MemoryError, "");
    result->items.reserve(size * size_t(n));
    for (int64_t i = 0; i < n; ++i) result->items.insert(result->items.end(), source->items.begin(), source->items.begin() + long(size));
    thread.heap().note_external_bytes(result->items.size() * sizeof(Value));
    return to_value(result);
  }
  auto* source = static_cast<TupleObject*>(seq.as_object());
  if (source->size != 0 && uint64_t(n) > (uint64_t{1} << 32) / source->size) return thread.raise(T(thread).MemoryError, "");
  TupleObject* result = tuple_new(thread, source->size * size_t(n));
  for (size_t i = 0; i < result->size; ++i) result->items[i] = source->items[i % source->size];
  return to_value(result);
}

// Builtin-type arithmetic; empty when the pair is not supported natively.
Value native_binary(Thread& thread, BinaryOp op, Value a, Value b) {
  const BuiltinTypes& types = T(thread);
  bool a_int = is_int(thread, a), b_int = is_int(thread, b);
  if (a_int && b_int) {
    switch (op) {
      case BinaryOp::Add: return int_binary(thread, IntOp::Add, a, b);
      case BinaryOp::Sub: return int_binary(thread, IntOp::Sub, a, b);
      case BinaryOp::Mul: return int_binary(thread, IntOp::Mul, a, b);
      case BinaryOp::FloorDiv: return int_binary(thread, IntOp::FloorDiv, a, b);
      case BinaryOp::Mod: return int_binary(thread, IntOp::Mod, a, b);
      case BinaryOp::Pow: return int_binary(thread, IntOp::Pow, a, b);
      case BinaryOp::LShift: return int_binary(thread, IntOp::LShift, a, b);
      case BinaryOp::RShift: return int_binary(thread, IntOp::RShift, a, b);
      case BinaryOp::And:
        if (a.is_bool() && b.is_bool()) return Value::boolean(a.is_true() && b.is_true());
        return int_binary(thread, IntOp::And, a, b);
      case BinaryOp::Or:
        if (a.is_bool() && b.is_bool()) return Value::boolean(a.is_true() || b.is_true());
        return int_binary(thread, IntOp::Or, a, b);
      case BinaryOp::Xor:
        if (a.is_bool() && b.is_bool()) return Value::boolean(a.is_true() != b.is_true());
        return int_binary(thread, IntOp::Xor, a, b);
      case BinaryOp::TrueDiv: return int_true_divide(thread, a, b);
      case BinaryOp::MatMul: return Value();
    }
  }
  if ((a.is_float() || a_int) && (b.is_float() || b_int)) {
    double x, y;
    if (!to_double(thread, a, &x) || !to_double(thread, b, &y)) return Value::error();
    return float_binary(thread, op, x, y);
  }
  if (is_set_like(types, a) && is_set_like(types, b) &&
      (op == BinaryOp::Or || op == BinaryOp::And || op == BinaryOp::Sub || op == BinaryOp::Xor))
    return set_binary(thread, op, a, b);
  if ((has_type(a, types.dict_keys) || has_type(a, types.dict_items) || has_type(b, types.dict_keys) ||
       has_type(b, types.dict_items)) &&
      (op == BinaryOp::Or || op == BinaryOp::And || op == BinaryOp::Sub || op == BinaryOp::Xor))
    return dict_view_binary(thread, op, a, b);
  if (op == BinaryOp::Or && has_type(a, types.dict) && has_type(b, types.dict)) return dict_union(thread, a, b, false);
  bool a_str = has_type(a, types.str), a_list = has_type(a, types.list), a_tuple = has_type(a, types.tuple);
  if (op == BinaryOp::Add) {
    if (a_str && has_type(b, types.str)) return str_concat(thread, as_str(a), as_str(b));
    if (a_list && has_type(b, types.list)) {
      auto* x = static_cast<ListObject*>(a.as_object());
      auto* y = static_cast<ListObject*>(b.as_object());
      ListObject* result = list_from(thread, x->items.data(), x->items.size());
      result->items.insert(result->items.end(), y->items.begin(), y->items.end());
      return to_value(result);
    }
    if (a_tuple && has_type(b, types.tuple)) {
      auto* x = static_cast<TupleObject*>(a.as_object());
      auto* y = static_cast<TupleObject*>(b.as_object());
      TupleObject* result = tuple_new(thread, x->size + y->size);
      for (size_t i = 0; i < x->size; ++i) result->items[i] = x->items[i];
      for (size_t i = 0; i < y->size; ++i) result->items[x->size + i] = y->items[i];
      return to_value(result);
    }
  }
  if (op == BinaryOp::Mod && a_str && !(b.is_object() && b.as_object()->type->is_heap_type &&
                                          !type_lookup(b.as_object()->type, thread.interp().intern("__rmod__")).is_empty()))
    return percent_format(thread, as_str(a)->view(), b);
  if (op == BinaryOp::Mul) {
    if ((a_str || a_list || a_tuple) && b_int) return sequence_repeat(thread, a, b);
    if (a_int && (has_type(b, types.str) || has_type(b, types.list) || has_type(b, types.tuple)))
      return sequence_repeat(thread, b, a);
  }
  return Value();
}

}  // namespace

Value builtin_binary_op(Thread& thread, BinaryOp op, Value a, Value b) {
  a = plain_value(a);
  b = plain_value(b);
  Value result = native_binary(thread, op, a, b);
  if (!result.is_empty()) return result;
  for (Value operand : {a, b}) {
    const TypeSlots* slots = slots_of(thread, operand);
    if (slots != nullptr && slots->binary != nullptr) {
      result = slots->binary(thread, op, a, b);
      if (!result.is_empty()) return result;
    }
  }
  return Value();
}

const char* type_name(Thread& thread, Value value) { return type_of(thread.interp(), value)->name.c_str(); }

bool is_instance_of(Thread& thread, Value value, Type* type) { return is_subtype(type_of(thread.interp(), value), type); }

Value make_exception(Thread& thread, Type* type, Value message) {
  Value args[1] = {message};
  return call_type(thread, type, args, message.is_empty() ? 0 : 1, nullptr);
}

// ---------------------------------------------------------------- repr and str

bool append_repr(Thread& thread, std::string& out, Value value) {
  const BuiltinTypes& types = T(thread);
  if (value.is_small_int() || is_big_int(thread, value)) return append_int_repr(thread, out, value);
  if (value.is_float()) {
    append_float_repr(out, value.as_double());
    return true;
  }
  if (value.is_special()) {
    out += value.is_none() ? "None" : value.is_true() ? "True" : value.is_false() ? "False"
           : value.bits() == Value::ellipsis().bits() ? "Ellipsis" : "NotImplemented";
    return true;
  }
  Object* object = value.as_object();
  Type* type = object->type;
  if (type->is_heap_type) {
    Value method = user_method(thread, value, "__repr__");
    if (!method.is_empty()) {
      Value result = call_method_value(thread, method, value, nullptr, 0);
      if (result.is_error()) return false;
      if (!has_type(result, types.str)) {
        thread.raise_format(types.TypeError, "__repr__ returned non-string (type %s)", type_name(thread, result));
        return false;
      }
      out += as_str(result)->view();
      return true;
    }
  }
  if (type->layout == Layout::BuiltinSubclass) return append_repr(thread, out, builtin_value(value));
  if (type->slots != nullptr && type->slots->repr != nullptr) return type->slots->repr(thread, out, value);
  if (type == types.str) {
    append_str_repr(out, as_str(value)->view());
    return true;
  }
  if (is_dict_view(types, type)) {
    // dict_keys(['a', 'b']): the view's items as a list.
    Value iterator = get_iter(thread, value);
    if (iterator.is_error()) return false;
    out += type->name + "([";
    bool first = true;
    for (;;) {
      Value item = iter_next(thread, iterator);
      if (item.is_error()) return false;
      if (item.is_empty()) break;
      if (!first) out += ", ";
      first = false;
      if (!append_repr(thread, out, item)) return false;
    }
    out += "])";
    return true;
  }
  if (type == types.set || type == types.frozenset) {
    DictObject* table = static_cast<SetObject*>(object)->table;
    if (table->used == 0) {
      out += type == types.set ? "set()" : "frozenset()";
      return true;
    }
    for (Object* busy : thread.repr_in_progress)
      if (busy == object) {
        out += type->name + "(...)";
        return true;
      }
    thread.repr_in_progress.push_back(object);
    if (type == types.frozenset) out += "frozenset(";
    out += '{';
    bool first = true, ok = true;
    for (size_t i = 0; ok && i < table->entries.size(); ++i) {
      Value key = table->entries[i].key;
      if (key.is_empty()) continue;
      if (!first) out += ", ";
      first = false;
      ok = append_repr(thread, out, key);
    }
    out += '}';
    if (type == types.frozenset) out += ')';
    thread.repr_in_progress.pop_back();
    return ok;
  }
  bool is_list = type == types.list, is_tuple = type == types.tuple, is_dict = type == types.dict;
  if (is_list || is_tuple || is_dict) {
    for (Object* busy : thread.repr_in_progress)
      if (busy == object) {
        out += is_list ? "[...]" : "{...}";
        return true;
      }
    if (thread.repr_in_progress.size() > 5000) {
      thread.raise(types.RecursionError, "maximum recursion depth exceeded while getting the repr of an object");
      return false;
    }
    thread.repr_in_progress.push_back(object);
    bool ok = true;
    if (is_dict) {
      auto* dict = static_cast<DictObject*>(object);
      out += '{';
      bool first = true;
      for (size_t i = 0; ok && i < dict->entries.size(); ++i) {
        DictEntry entry = dict->entries[i];
        if (entry.key.is_empty()) continue;
        if (!first) out += ", ";
        first = false;
        ok = append_repr(thread, out, entry.key);
        out += ": ";
        ok = ok && append_repr(thread, out, entry.value);
      }
      out += '}';
    } else {
      out += is_list ? '[' : '(';
      size_t size = is_list ? static_cast<ListObject*>(object)->items.size() : static_cast<TupleObject*>(object)->size;
      for (size_t i = 0; ok && i < size; ++i) {
        if (i != 0) out += ", ";
        // Re-read each time: a __repr__ may have shrunk the list.
        if (is_list && i >= static_cast<ListObject*>(object)->items.size()) break;
        Value item = is_list ? static_cast<ListObject*>(object)->items[i] : static_cast<TupleObject*>(object)->items[i];
        ok = append_repr(thread, out, item);
      }
      if (is_tuple && size == 1) out += ',';
      out += is_list ? ']' : ')';
    }
    thread.repr_in_progress.pop_back();
    return ok;
  }
  char address[32];
  std::snprintf(address, sizeof address, "0x%llx", static_cast<unsigned long long>(value.bits()));
  if (type == types.type) {
    auto* cls = static_cast<Type*>(object);
    out += "<class '";
    if (cls->module_name != "builtins") out += cls->module_name + ".";
    out += cls->name + "'>";
  } else if (type == types.function) {
    out += "<function ";
    out += as_str(static_cast<FunctionObject*>(object)->qualname)->view();
    out += " at ";
    out += address;
    out += '>';
  } else if (type == types.builtin_function) {
    auto* function = static_cast<BuiltinFunctionObject*>(object);
    if (function->self.is_empty() || has_type(function->self, types.module)) {
      out += "<built-in function ";
      out += function->name;
      out += '>';
    } else {
      out += "<built-in method ";
      out += function->name;
      out += " of ";
      out += type_name(thread, function->self);
      out += " object at ";
      out += address;
      out += '>';
    }
  } else if (type == types.module) {
    Value name = dict_get_str(static_cast<ModuleObject*>(object)->dict, thread.interp().intern("__name__"));
    out += "<module ";
    if (!name.is_empty() && !append_repr(thread, out, name)) return false;
    out += '>';
  } else if (type == types.slice) {
    auto* slice = static_cast<SliceObject*>(object);
    out += "slice(";
    if (!append_repr(thread, out, slice->start)) return false;
    out += ", ";
    if (!append_repr(thread, out, slice->stop)) return false;
    out += ", ";
    if (!append_repr(thread, out, slice->step)) return false;
    out += ')';
  } else if (type->layout == Layout::Exception) {
    return exception_append_repr(thread, out, value);
  } else if (type == types.generator) {
    out += "<generator object ";
    out += as_str(static_cast<GeneratorObject*>(object)->function->qualname)->view();
    out += " at ";
    out += address;
    out += '>';
  } else if (type == types.method) {
    auto* method = static_cast<BoundMethodObject*>(object);
    out += "<bound method ";
    if (has_type(method->function, types.function))
      out += as_str(static_cast<FunctionObject*>(method->function.as_object())->qualname)->view();
    out += " of ";
    if (!append_repr(thread, out, method->self)) return false;
    out += '>';
  } else {
    out += '<';
    if (type->module_name != "builtins") out += type->module_name + ".";
    out += type->name + " object at " + address + ">";
  }
  return true;
}

bool append_str(Thread& thread, std::string& out, Value value) {
  const BuiltinTypes& types = T(thread);
  if (has_type(value, types.str)) {
    out += as_str(value)->view();
    return true;
  }
  if (value.is_object()) {
    Type* type = value.as_object()->type;
    if (type->is_heap_type) {
      Value method = user_method(thread, value, "__str__");
      if (!method.is_empty()) {
        Value result = call_method_value(thread, method, value, nullptr, 0);
        if (result.is_error()) return false;
        if (!has_type(result, types.str)) {
          thread.raise_format(types.TypeError, "__str__ returned non-string (type %s)", type_name(thread, result));
          return false;
        }
        out += as_str(result)->view();
        return true;
      }
    }
    if (type->layout == Layout::BuiltinSubclass && type->builtin_base == types.str)
      return append_str(thread, out, builtin_value(value));
    if (type->slots != nullptr && type->slots->str != nullptr) return type->slots->str(thread, out, value);
    if (type->layout == Layout::Exception) return exception_append_str(thread, out, value);
  }
  return append_repr(thread, out, value);
}

Value repr(Thread& thread, Value value) {
  std::string out;
  if (!append_repr(thread, out, value)) return Value::error();
  return str_value(thread, out);
}

Value to_str(Thread& thread, Value value) {
  if (has_type(value, T(thread).str)) return value;
  std::string out;
  if (!append_str(thread, out, value)) return Value::error();
  return str_value(thread, out);
}

// ---------------------------------------------------------------- truth, hash, comparisons

int truthy(Thread& thread, Value value) {
  if (value.is_bool()) return value.is_true();
  if (value.is_none()) return 0;
  if (value.is_small_int()) return value.as_small_int() != 0;
  if (value.is_float()) return value.as_double() != 0.0;
  if (value.is_special()) return 1;
  const BuiltinTypes& types = T(thread);
  Type* type = value.as_object()->type;
  if (type == types.str) return as_str(value)->byte_length != 0;
  if (type == types.list) return !static_cast<ListObject*>(value.as_object())->items.empty();
  if (type == types.tuple) return static_cast<TupleObject*>(value.as_object())->size != 0;
  if (type == types.dict) return static_cast<DictObject*>(value.as_object())->used != 0;
  if (type == types.set || type == types.frozenset) return static_cast<SetObject*>(value.as_object())->table->used != 0;
  if (is_dict_view(types, type)) return static_cast<DictViewObject*>(value.as_object())->dict->used != 0;
  if (type == types.int_) return !int_is_zero(value);
  if (type->is_heap_type) {
    bool found;
    Value result = call_dunder(thread, value, "__bool__", nullptr, 0, &found);
    if (found) {
      if (result.is_error()) return -1;
      if (!result.is_bool()) {
        thread.raise_format(types.TypeError, "__bool__ should return bool, returned %s", type_name(thread, result));
        return -1;
      }
      return result.is_true();
    }
    result = call_dunder(thread, value, "__len__", nullptr, 0, &found);
    if (found) {
      if (result.is_error()) return -1;
      int64_t n;
      if (!index_value(thread, result, &n, nullptr)) return -1;
      return n != 0;
    }
  }
  if (type->layout == Layout::BuiltinSubclass) return truthy(thread, builtin_value(value));
  if (const TypeSlots* slots = type->slots) {
    if (slots->truth != nullptr) return slots->truth(thread, value);
    if (slots->length != nullptr) {
      int64_t n;
      if (!slots->length(thread, value, &n)) return -1;
      return n != 0;
    }
  }
  return 1;
}

static int64_t float_hash(double d) {
  // The numeric hash the language reference documents: hash(x) == hash(int(x)) for integral
  // x, computed modulo 2**61 - 1.
  if (std::isinf(d)) return d > 0 ? 314159 : -314159;
  if (std::isnan(d)) return 0;
  constexpr uint64_t modulus = (uint64_t{1} << 61) - 1;
  int exponent;
  double mantissa = std::frexp(d, &exponent);
  int sign = 1;
  if (mantissa < 0) {
    sign = -1;
    mantissa = -mantissa;
  }
  uint64_t x = 0;
  while (mantissa != 0.0) {
    x = ((x << 28) & modulus) | x >> (61 - 28);
    mantissa *= 268435456.0;
    exponent -= 28;
    uint64_t y = uint64_t(mantissa);
    mantissa -= double(y);
    x += y;
    if (x >= modulus) x -= modulus;
  }
  exponent = exponent >= 0 ? exponent % 61 : 61 - 1 - ((-1 - exponent) % 61);
  x = ((x << exponent) & modulus) | x >> (61 - exponent);
  int64_t result = int64_t(x) * sign;
  return result == -1 ? -2 : result;
}

bool hash_value(Thread& thread, Value value, int64_t* out) {
  const BuiltinTypes& types = T(thread);
  if (value.is_small_int() || value.is_bool() || is_big_int(thread, value)) {
    *out = int_hash(value);
    return true;
  }
  if (value.is_float()) {
    *out = float_hash(value.as_double());
    return true;
  }
  if (value.is_special()) {
    *out = int64_t(value.bits() >> 4);
    return true;
  }
  Type* type = value.as_object()->type;
  if (type == types.str) {
    *out = str_hash(as_str(value));
    return true;
  }
  if (type == types.tuple) {
    auto* tuple = static_cast<TupleObject*>(value.as_object());
    uint64_t h = 0x27D4EB2F165667C5ull;
    for (size_t i = 0; i < tuple->size; ++i) {
      int64_t item;
      if (!hash_value(thread, tuple->items[i], &item)) return false;
      h = (h ^ uint64_t(item)) * 0x9E3779B97F4A7C15ull;
      h = (h << 31) | (h >> 33);
    }
    *out = int64_t(h >> 1);
    return true;
  }
  if (type == types.frozenset) {
    DictObject* table = static_cast<SetObject*>(value.as_object())->table;
    uint64_t h = 1927868237ull * (table->used + 1);
    for (const DictEntry& entry : table->entries) {
      if (entry.key.is_empty()) continue;
      uint64_t item = uint64_t(entry.hash);
      h ^= (item ^ (item << 16) ^ 89869747ull) * 3644798167ull;
    }
    *out = int64_t(h >> 1);
    return true;
  }
  if (type == types.list || type == types.dict || type == types.set) {
    thread.raise_format(types.TypeError, "unhashable type: '%s'", type->name.c_str());
    return false;
  }
  if (type->is_heap_type) {
    Value method = user_method(thread, value, "__hash__");
    if (!method.is_empty()) {
      if (method.is_none()) {
        thread.raise_format(types.TypeError, "unhashable type: '%s'", type->name.c_str());
        return false;
      }
      Value result = call_method_value(thread, method, value, nullptr, 0);
      if (result.is_error()) return false;
      if (!is_int(thread, result)) {
        thread.raise(types.TypeError, "__hash__ method should return an integer");
        return false;
      }
      *out = int_hash(result);
      return true;
    }
  }
  if (type->layout == Layout::BuiltinSubclass) return hash_value(thread, builtin_value(value), out);
  if (const TypeSlots* slots = type->slots) {
    if (slots->hash != nullptr) return slots->hash(thread, value, out);
    if (slots->unhashable) {
      thread.raise_format(types.TypeError, "unhashable type: '%s'", type->name.c_str());
      return false;
    }
  }
  *out = int64_t(value.bits() >> 4);
  return true;
}

namespace {

// Native comparison of builtin values: 1/0 as a bool, or empty when unsupported.
Value native_compare(Thread& thread, CompareOp op, Value a, Value b) {
  const BuiltinTypes& types = T(thread);
  auto from_order = [op](int c) {
    switch (op) {
      case CompareOp::Lt: return Value::boolean(c < 0);
      case CompareOp::Le: return Value::boolean(c <= 0);
      case CompareOp::Eq: return Value::boolean(c == 0);
      case CompareOp::Ne: return Value::boolean(c != 0);
      case CompareOp::Gt: return Value::boolean(c > 0);
      case CompareOp::Ge: return Value::boolean(c >= 0);
    }
    return Value::false_();
  };
  bool a_int = is_int(thread, a), b_int = is_int(thread, b);
  if (a_int && b_int) return from_order(int_compare(a, b));
  if ((a.is_float() || a_int) && (b.is_float() || b_int)) {
    if (a.is_float() && b.is_float()) {
      double x = a.as_double(), y = b.as_double();
      switch (op) {
        case CompareOp::Lt: return Value::boolean(x < y);
        case CompareOp::Le: return Value::boolean(x <= y);
        case CompareOp::Eq: return Value::boolean(x == y);
        case CompareOp::Ne: return Value::boolean(x != y);
        case CompareOp::Gt: return Value::boolean(x > y);
        case CompareOp::Ge: return Value::boolean(x >= y);
      }
    }
    // int against float: exact, even for ints beyond 2**53.
    Value i = a_int ? a : b;
    double f = a_int ? b.as_double() : a.as_double();
    if (std::isnan(f)) return Value::boolean(op == CompareOp::Ne);
    int c;
    if (std::isinf(f)) {
      c = f > 0 ? -1 : 1;
    } else {
      mpz_t x, y;
      mpz_init(x);
      mpz_init(y);
      int_to_mpz(i, x);
      double whole = std::floor(f);
      mpz_set_d(y, whole);
      c = mpz_cmp(x, y);
      if (c == 0 && whole != f) c = -1;
      c = c < 0 ? -1 : c > 0 ? 1 : 0;
      mpz_clear(x);
      mpz_clear(y);
    }
    return from_order(a_int ? c : -c);
  }
  if (has_type(a, types.str) && has_type(b, types.str)) {
    if (op == CompareOp::Eq || op == CompareOp::Ne) return Value::boolean(str_equal(as_str(a), as_str(b)) == (op == CompareOp::Eq));
    return from_order(str_compare(as_str(a), as_str(b)));
  }
  bool lists = has_type(a, types.list) && has_type(b, types.list);
  bool tuples = has_type(a, types.tuple) && has_type(b, types.tuple);
  if (lists || tuples) {
    for (size_t i = 0;; ++i) {
      size_t na = lists ? static_cast<ListObject*>(a.as_object())->items.size() : static_cast<TupleObject*>(a.as_object())->size;
      size_t nb = lists ? static_cast<ListObject*>(b.as_object())->items.size() : static_cast<TupleObject*>(b.as_object())->size;
      if (i >= na || i >= nb) {
        if ((op == CompareOp::Eq || op == CompareOp::Ne) && na != nb) return Value::boolean(op == CompareOp::Ne);
        return from_order(na < nb ? -1 : na > nb ? 1 : 0);
      }
      Value x = lists ? static_cast<ListObject*>(a.as_object())->items[i] : static_cast<TupleObject*>(a.as_object())->items[i];
      Value y = lists ? static_cast<ListObject*>(b.as_object())->items[i] : static_cast<TupleObject*>(b.as_object())->items[i];
      if (x == y) continue;
      int eq = equal(thread, x, y);
      if (eq < 0) return Value::error();
      if (eq) continue;
      if (op == CompareOp::Eq) return Value::false_();
      if (op == CompareOp::Ne) return Value::true_();
      return compare(thread, op, x, y);
    }
  }
  if (is_dict_set_view(types, a) || is_dict_set_view(types, b)) {
    // keys/items views compare with sets and each other as the sets of their items.
    bool a_ok = is_set_like(types, a) || is_dict_set_view(types, a), b_ok = is_set_like(types, b) || is_dict_set_view(types, b);
    if (a_ok && b_ok) {
      Value x = dict_view_as_set(thread, a), y = dict_view_as_set(thread, b);
      if (x.is_error() || y.is_error()) return Value::error();
      return native_compare(thread, op, x, y);
    }
  }
  if (is_set_like(types, a) && is_set_like(types, b)) {
    SetObject* x = as_set(a);
    SetObject* y = as_set(b);
    int result = 0;
    switch (op) {
      case CompareOp::Eq:
      case CompareOp::Ne:
        result = x->table->used == y->table->used ? set_subset(thread, x, y) : 0;
        if (result < 0) return Value::error();
        return Value::boolean(bool(result) == (op == CompareOp::Eq));
      case CompareOp::Le: result = set_subset(thread, x, y); break;
      case CompareOp::Ge: result = set_subset(thread, y, x); break;
      case CompareOp::Lt: result = x->table->used < y->table->used ? set_subset(thread, x, y) : 0; break;
      case CompareOp::Gt: result = y->table->used < x->table->used ? set_subset(thread, y, x) : 0; break;
    }
    if (result < 0) return Value::error();
    return Value::boolean(result);
  }
  if (has_type(a, types.dict) && has_type(b, types.dict) && (op == CompareOp::Eq || op == CompareOp::Ne)) {
    auto* x = static_cast<DictObject*>(a.as_object());
    auto* y = static_cast<DictObject*>(b.as_object());
    bool same = x->used == y->used;
    for (size_t i = 0; same && i < x->entries.size(); ++i) {
      DictEntry entry = x->entries[i];
      if (entry.key.is_empty()) continue;
      Value other = dict_get(thread, y, entry.key);
      if (other.is_error()) return other;
      if (other.is_empty()) {
        same = false;
        break;
      }
      int eq = equal(thread, entry.value, other);
      if (eq < 0) return Value::error();
      same = eq;
    }
    return Value::boolean(same == (op == CompareOp::Eq));
  }
  return Value();
}

}  // namespace

Value builtin_compare_op(Thread& thread, CompareOp op, Value a, Value b) {
  a = plain_value(a);
  b = plain_value(b);
  Value result = native_compare(thread, op, a, b);
  if (!result.is_empty()) return result;
  const TypeSlots* slots = slots_of(thread, a);
  if (slots != nullptr && slots->compare != nullptr) return slots->compare(thread, op, a, b);
  return Value();
}

Value compare(Thread& thread, CompareOp op, Value a, Value b) {
  static const char* const dunders[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
  static const CompareOp swapped[] = {CompareOp::Gt, CompareOp::Ge, CompareOp::Eq, CompareOp::Ne, CompareOp::Lt, CompareOp::Le};
  static const char* const symbols[] = {"<", "<=", "==", "!=", ">", ">="};
  Value native = native_compare(thread, op, a, b);
  if (!native.is_empty()) return native;
  bool found;
  Type* a_type = type_of(thread.interp(), a);
  Type* b_type = type_of(thread.interp(), b);
  // The reflected method of a subclass goes first.
  bool b_first = b_type != a_type && is_subtype(b_type, a_type) && b_type->is_heap_type;
  if (b_first) {
    Value result = call_dunder(thread, b, dunders[int(swapped[int(op)])], &a, 1, &found);
    if (found && !result.is_not_implemented()) return result;
  }
  Value result = call_dunder(thread, a, dunders[int(op)], &b, 1, &found);
  if (found && !result.is_not_implemented()) return result;
  // The left operand's native slot answers before the right operand's reflected method.
  if (!found && !b_first && a_type->slots != nullptr && a_type->slots->compare != nullptr) {
    result = a_type->slots->compare(thread, op, a, b);
    if (!result.is_empty()) return result;
  }
  if (!b_first) {
    result = call_dunder(thread, b, dunders[int(swapped[int(op)])], &a, 1, &found);
    if (found && !result.is_not_implemented()) return result;
  }
  if (a_type->layout == Layout::BuiltinSubclass || b_type->layout == Layout::BuiltinSubclass)
    return compare(thread, op, plain_value(a), plain_value(b));
  if (a_type->slots != nullptr && a_type->slots->compare != nullptr) {
    result = a_type->slots->compare(thread, op, a, b);
    if (!result.is_empty()) return result;
  }
  if (b_type->slots != nullptr && b_type->slots->compare != nullptr) {
    result = b_type->slots->compare(thread, swapped[int(op)], b, a);
    if (!result.is_empty()) return result;
  }
  if (op == CompareOp::Eq) return Value::boolean(a == b);
  if (op == CompareOp::Ne) {
    // __ne__ defaults to the inverse of __eq__.
    Value eq = call_dunder(thread, a, "__eq__", &b, 1, &found);
    if (found && !eq.is_not_implemented()) {
      if (eq.is_error()) return eq;
      int t = truthy(thread, eq);
      if (t < 0) return Value::error();
      return Value::boolean(!t);
    }
    return Value::boolean(a != b);
  }
  return thread.raise_format(T(thread).TypeError, "'%s' not supported between instances of '%s' and '%s'",
                             symbols[int(op)], a_type->name.c_str(), b_type->name.c_str());
}

int equal(Thread& thread, Value a, Value b) {
  if (a == b && !a.is_float()) return 1;
  Value result = compare(thread, CompareOp::Eq, a, b);
  if (result.is_error()) return -1;
  if (result.is_bool()) return result.is_true();
  return truthy(thread, result);
}

// ---------------------------------------------------------------- arithmetic

Value binary_op(Thread& thread, BinaryOp op, Value a, Value b) {
  Value native = native_binary(thread, op, a, b);
  if (!native.is_empty()) return native;
  Type* a_type = type_of(thread.interp(), a);
  Type* b_type = type_of(thread.interp(), b);
  bool found;
  bool b_first = b_type != a_type && is_subtype(b_type, a_type) && b_type->is_heap_type;
  if (b_first) {
    Value result = call_dunder(thread, b, binary_dunder(op, true), &a, 1, &found);
    if (found && !result.is_not_implemented()) return result;
  }
  Value result = call_dunder(thread, a, binary_dunder(op, false), &b, 1, &found);
  if (found && !result.is_not_implemented()) return result;
  // The left operand's native slot answers before the right operand's reflected method.
  if (!found && !b_first && a_type->slots != nullptr && a_type->slots->binary != nullptr) {
    result = a_type->slots->binary(thread, op, a, b);
    if (!result.is_empty()) return result;
  }
  if (!b_first && b_type != a_type) {
    result = call_dunder(thread, b, binary_dunder(op, true), &a, 1, &found);
    if (found && !result.is_not_implemented()) return result;
  }
  if (a_type->layout == Layout::BuiltinSubclass || b_type->layout == Layout::BuiltinSubclass)
    return binary_op(thread, op, plain_value(a), plain_value(b));
  if (a_type->slots != nullptr && a_type->slots->binary != nullptr) {
    result = a_type->slots->binary(thread, op, a, b);
    if (!result.is_empty()) return result;
  }
  if (b_type->slots != nullptr && b_type->slots->binary != nullptr && b_type->slots != a_type->slots) {
    result = b_type->slots->binary(thread, op, a, b);
    if (!result.is_empty()) return result;
  }
  if (op == BinaryOp::Add && a_type == T(thread).str)
    return thread.raise_format(T(thread).TypeError, "can only concatenate str (not \"%s\") to str", b_type->name.c_str());
  if (op == BinaryOp::Add && a_type == T(thread).list)
    return thread.raise_format(T(thread).TypeError, "can only concatenate list (not \"%s\") to list", b_type->name.c_str());
  if (op == BinaryOp::Add && a_type == T(thread).tuple)
    return thread.raise_format(T(thread).TypeError, "can only concatenate tuple (not \"%s\") to tuple", b_type->name.c_str());
  if (op == BinaryOp::Mul && (a_type == T(thread).str || a_type == T(thread).list || a_type == T(thread).tuple ||
                              b_type == T(thread).str || b_type == T(thread).list || b_type == T(thread).tuple))
    return thread.raise_format(T(thread).TypeError, "can't multiply sequence by non-int of type '%s'",
                               (a_type == T(thread).str || a_type == T(thread).list || a_type == T(thread).tuple ? b_type : a_type)->name.c_str());
  return thread.raise_format(T(thread).TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", binary_symbol(op),
                             a_type->name.c_str(), b_type->name.c_str());
}

Value inplace_op(Thread& thread, BinaryOp op, Value a, Value b) {
  if (has_type(a, T(thread).set) && is_set_like(T(thread), b) &&
      (op == BinaryOp::Or || op == BinaryOp::And || op == BinaryOp::Sub || op == BinaryOp::Xor)) {
    // In place: other references to the set see the change.
    Value result = set_binary(thread, op, a, b);
    if (result.is_error()) return result;
    as_set(a)->table = as_set(result)->table;
    return a;
  }
  if (op == BinaryOp::Or && has_type(a, T(thread).dict)) return dict_union(thread, a, b, true);
  if (op == BinaryOp::Add && has_type(a, T(thread).list)) return list_extend(thread, a, b);  // any iterable
  if (a.is_object() && a.as_object()->type->is_heap_type) {
    char name[32];
    std::snprintf(name, sizeof name, "__i%s", binary_dunder(op, false) + 2);
    bool found;
    Value result = call_dunder(thread, a, name, &b, 1, &found);
    if (found && !result.is_not_implemented()) return result;
  }
  if (Value inner = builtin_value(a); !inner.is_empty()) {
    // list subclasses extend in place: the result is the instance itself.
    Value result = inplace_op(thread, op, inner, plain_value(b));
    return result == inner ? a : result;
  }
  if (const TypeSlots* slots = slots_of(thread, a); slots != nullptr && slots->inplace != nullptr) {
    Value result = slots->inplace(thread, op, a, b);
    if (!result.is_empty()) return result;
  }
  return binary_op(thread, op, a, b);
}

Value unary_op(Thread& thread, UnaryOp op, Value a) {
  static const char* const symbols[] = {"-", "+", "~"};
  static const char* const dunders[] = {"__neg__", "__pos__", "__invert__"};
  if (is_int(thread, a)) {
    if (op == UnaryOp::Negative) return int_negate(thread, a);
    if (op == UnaryOp::Invert) return int_invert(thread, a);
    return a.is_bool() ? Value::small_int(a.is_true() ? 1 : 0) : a;
  }
  if (a.is_float()) {
    if (op == UnaryOp::Negative) return Value::from_double(-a.as_double());
    if (op == UnaryOp::Positive) return a;
  }
  bool found;
  Value result = call_dunder(thread, a, dunders[int(op)], nullptr, 0, &found);
  if (found) return result;
  if (Value inner = builtin_value(a); !inner.is_empty()) return unary_op(thread, op, inner);
  if (const TypeSlots* slots = slots_of(thread, a); slots != nullptr && slots->unary != nullptr) {
    result = slots->unary(thread, op, a);
    if (!result.is_empty()) return result;
  }
  return thread.raise_format(T(thread).TypeError, "bad operand type for unary %s: '%s'", symbols[int(op)], type_name(thread, a));
}

int contains(Thread& thread, Value container, Value item) {
  const BuiltinTypes& types = T(thread);
  if (has_type(container, types.str)) {
    if (!has_type(item, types.str)) {
      thread.raise_format(types.TypeError, "'in <string>' requires string as left operand, not %s", type_name(thread, item));
      return -1;
    }
    return as_str(container)->view().find(as_str(item)->view()) != std::string_view::npos;
  }
  if (is_set_like(types, container)) return set_contains(thread, as_set(container), item);
  if (has_type(container, types.dict_keys)) container = to_value(static_cast<DictViewObject*>(container.as_object())->dict);
  if (has_type(container, types.dict_items)) {
    if (!has_type(item, types.tuple) || static_cast<TupleObject*>(item.as_object())->size != 2) return 0;
    auto* pair = static_cast<TupleObject*>(item.as_object());
    Value found = dict_get(thread, static_cast<DictViewObject*>(container.as_object())->dict, pair->items[0]);
    if (found.is_error()) return -1;
    if (found.is_empty()) return 0;
    return equal(thread, found, pair->items[1]);
  }
  if (has_type(container, types.dict)) {
    Value found = dict_get(thread, static_cast<DictObject*>(container.as_object()), item);
    if (found.is_error()) return -1;
    return !found.is_empty();
  }
  if (container.is_object() && container.as_object()->type->is_heap_type) {
    bool found;
    Value result = call_dunder(thread, container, "__contains__", &item, 1, &found);
    if (found) return result.is_error() ? -1 : truthy(thread, result);
  }
  if (Value inner = builtin_value(container); !inner.is_empty()) return contains(thread, inner, item);
  if (const TypeSlots* slots = slots_of(thread, container); slots != nullptr && slots->contains != nullptr)
    return slots->contains(thread, container, item);
  Value iterator = get_iter(thread, container);
  if (iterator.is_error()) {
    if (thread.pending_is(types.TypeError)) {
      thread.take_pending();
      thread.raise_format(types.TypeError, "argument of type '%s' is not iterable", type_name(thread, container));
    }
    return -1;
  }
  for (;;) {
    Value next = iter_next(thread, iterator);
    if (next.is_error()) return -1;
    if (next.is_empty()) return 0;
    int eq = equal(thread, next, item);
    if (eq != 0) return eq;
  }
}

// Attributes: vm/attributes.cpp.

// ---------------------------------------------------------------- subscripts, length, iteration

Value to_index(Thread& thread, Value value) {
  if (value.is_bool()) return Value::small_int(value.is_true());
  if (is_int(thread, value)) return value;
  if (Value inner = builtin_value(value); !inner.is_empty() && is_int(thread, inner)) return to_index(thread, inner);
  if (value.is_object() && value.as_object()->type->is_heap_type) {
    bool found;
    Value result = call_dunder(thread, value, "__index__", nullptr, 0, &found);
    if (found) {
      if (result.is_error()) return result;
      if (!is_int(thread, result))
        return thread.raise_format(T(thread).TypeError, "__index__ returned non-int (type %s)", type_name(thread, result));
      return result.is_bool() ? Value::small_int(result.is_true()) : result;
    }
  }
  return thread.raise_format(T(thread).TypeError, "'%s' object cannot be interpreted as an integer", type_name(thread, value));
}

bool search_bound_argument(Thread& thread, Value v, int64_t* out, bool accepts_none) {
  if (v.is_empty() || (accepts_none && v.is_none())) return true;
  if (is_big_int(thread, v)) {
    // Beyond any length: clamped, keeping its sign.
    *out = int_compare(v, Value::small_int(0)) < 0 ? INT64_MIN / 4 : INT64_MAX / 4;
    return true;
  }
  Value plain = plain_value(v);
  if (plain.is_small_int() || plain.is_bool() || (v.is_object() && v.as_object()->type->is_heap_type)) {
    if (index_value(thread, v, out, nullptr)) return true;
    if (!thread.pending_is(T(thread).TypeError)) return false;
    thread.take_pending();
  }
  thread.raise(T(thread).TypeError, accepts_none ? "slice indices must be integers or None or have an __index__ method"
                                                 : "slice indices must be integers or have an __index__ method");
  return false;
}

bool index_value(Thread& thread, Value value, int64_t* out, const char* what) {
  if (value.is_small_int() || value.is_bool()) {
    *out = value.is_small_int() ? value.as_small_int() : value.is_true();
    return true;
  }
  if (is_big_int(thread, value)) {
    if (int_fits_i64(value, out)) return true;
    thread.raise_format(T(thread).IndexError, "cannot fit 'int' into an index-sized integer");
    return false;
  }
  if (Value inner = builtin_value(value); !inner.is_empty() && is_int(thread, inner))
    return index_value(thread, inner, out, what);
  if (value.is_object() && value.as_object()->type->is_heap_type) {
    bool found;
    Value result = call_dunder(thread, value, "__index__", nullptr, 0, &found);
    if (found) {
      if (result.is_error()) return false;
      if (!is_int(thread, result)) {
        thread.raise_format(T(thread).TypeError, "__index__ returned non-int (type %s)", type_name(thread, result));
        return false;
      }
      return index_value(thread, result, out, what);
    }
  }
  if (what != nullptr)
    thread.raise_format(T(thread).TypeError, "%s indices must be integers or slices, not %s", what, type_name(thread, value));
  else
    thread.raise_format(T(thread).TypeError, "'%s' object cannot be interpreted as an integer", type_name(thread, value));
  return false;
}

namespace {

// Resolves a slice against a sequence length as CPython does: *start, *step and the number
// of selected items.
bool slice_indices(Thread& thread, SliceObject* slice, int64_t length, int64_t* start, int64_t* step, int64_t* count) {
  int64_t stop;
  return slice_resolve(thread, slice, length, start, &stop, step, count);
}

Value get_slice(Thread& thread, Value container, Type* type, SliceObject* slice) {
  const BuiltinTypes& types = T(thread);
  int64_t length = type == types.list ? int64_t(static_cast<ListObject*>(container.as_object())->items.size())
                   : type == types.tuple ? int64_t(static_cast<TupleObject*>(container.as_object())->size)
                                         : int64_t(as_str(container)->length);
  int64_t start, step, count;
  if (!slice_indices(thread, slice, length, &start, &step, &count)) return Value::error();
  if (type == types.list) {
    auto& items = static_cast<ListObject*>(container.as_object())->items;
    ListObject* result = list_new(thread);
    result->items.reserve(size_t(count));
    for (int64_t i = 0; i < count; ++i) result->items.push_back(items[size_t(start + i * step)]);
    return to_value(result);
  }
  if (type == types.tuple) {
    TupleObject* result = tuple_new(thread, size_t(count));
    auto* source = static_cast<TupleObject*>(container.as_object());
    for (int64_t i = 0; i < count; ++i) result->items[i] = source->items[start + i * step];
    return to_value(result);
  }
  StrObject* str = as_str(container);
  std::string out;
  if (str->ascii) {
    for (int64_t i = 0; i < count; ++i) out += str->bytes[start + i * step];
  } else {
    std::vector<size_t> offsets;
    for (size_t i = 0; i < str->byte_length; ++i)
      if ((static_cast<unsigned char>(str->bytes[i]) & 0xC0) != 0x80) offsets.push_back(i);
    offsets.push_back(str->byte_length);
    for (int64_t i = 0; i < count; ++i) {
      size_t at = size_t(start + i * step);
      out.append(str->bytes + offsets[at], offsets[at + 1] - offsets[at]);
    }
  }
  return str_value(thread, out);
}

}  // namespace

Value get_item(Thread& thread, Value container, Value key) {
  const BuiltinTypes& types = T(thread);
  Type* type = type_of(thread.interp(), container);
  if ((type == types.list || type == types.tuple || type == types.str) && has_type(key, types.slice))
    return get_slice(thread, container, type, static_cast<SliceObject*>(key.as_object()));
  if (type == types.list || type == types.tuple || type == types.str) {
    const char* what = type == types.list ? "list" : type == types.tuple ? "tuple" : "string";
    int64_t index;
    if (!index_value(thread, key, &index, what)) return Value::error();
    int64_t size = type == types.list ? int64_t(static_cast<ListObject*>(container.as_object())->items.size())
                   : type == types.tuple ? int64_t(static_cast<TupleObject*>(container.as_object())->size)
                                         : int64_t(as_str(container)->length);
    if (index < 0) index += size;
    if (index < 0 || index >= size) return thread.raise_format(types.IndexError, "%s index out of range", what);
    if (type == types.list) return static_cast<ListObject*>(container.as_object())->items[size_t(index)];
    if (type == types.tuple) return static_cast<TupleObject*>(container.as_object())->items[index];
    return str_item(thread, as_str(container), index);
  }
  if (type == types.dict) {
    Value found = dict_get(thread, static_cast<DictObject*>(container.as_object()), key);
    if (found.is_error()) return found;
    if (found.is_empty()) {
      Value exception = make_exception(thread, types.KeyError, key);
      if (exception.is_error()) return exception;
      return thread.raise_value(exception);
    }
    return found;
  }
  bool found;
  Value result = call_dunder(thread, container, "__getitem__", &key, 1, &found);
  if (found) return result;
  if (Value inner = builtin_value(container); !inner.is_empty()) {
    if (is_subtype(type, types.dict)) {
      // dict subclasses: a missing key goes to __missing__.
      Value found = dict_get(thread, static_cast<DictObject*>(inner.as_object()), key);
      if (!found.is_empty()) return found;
      Value missing = type_lookup(type, thread.interp().intern("__missing__"));
      if (!missing.is_empty()) return call_method_value(thread, missing, container, &key, 1);
    }
    return get_item(thread, inner, key);
  }
  if (type->slots != nullptr && type->slots->get_item != nullptr) return type->slots->get_item(thread, container, key);
  if (is_subtype(type, types.type)) {
    // PEP 560: C[item] calls C.__class_getitem__(item).
    auto* cls = static_cast<Type*>(container.as_object());
    Value class_getitem = type_lookup(cls, thread.interp().intern("__class_getitem__"));
    if (!class_getitem.is_empty()) {
      Value bound = descriptor_get(thread, class_getitem, Value(), container);
      if (bound.is_error()) return bound;
      return call(thread, bound, &key, 1);
    }
    return thread.raise_format(types.TypeError, "type '%s' is not subscriptable", cls->name.c_str());
  }
  return thread.raise_format(types.TypeError, "'%s' object is not subscriptable", type->name.c_str());
}

bool set_item(Thread& thread, Value container, Value key, Value value) {
  const BuiltinTypes& types = T(thread);
  Type* type = type_of(thread.interp(), container);
  if (type == types.list && has_type(key, types.slice)) {
    auto* list = static_cast<ListObject*>(container.as_object());
    int64_t start, step, count;
    if (!slice_indices(thread, static_cast<SliceObject*>(key.as_object()), int64_t(list->items.size()), &start, &step, &count))
      return false;
    Value iterator = get_iter(thread, value);
    if (iterator.is_error()) return false;
    ListObject* replacement = list_new(thread);
    for (;;) {
      Value item = iter_next(thread, iterator);
      if (item.is_error()) return false;
      if (item.is_empty()) break;
      list_append(thread, replacement, item);
    }
    if (step != 1) {
      if (int64_t(replacement->items.size()) != count) {
        thread.raise_format(types.ValueError, "attempt to assign sequence of size %zu to extended slice of size %lld",
                            replacement->items.size(), static_cast<long long>(count));
        return false;
      }
      for (int64_t i = 0; i < count; ++i) list->items[size_t(start + i * step)] = replacement->items[size_t(i)];
      return true;
    }
    auto begin = list->items.begin() + start;
    list->items.erase(begin, begin + count);
    list->items.insert(list->items.begin() + start, replacement->items.begin(), replacement->items.end());
    return true;
  }
  if (type == types.list) {
    auto* list = static_cast<ListObject*>(container.as_object());
    int64_t index;
    if (!index_value(thread, key, &index, "list")) return false;
    int64_t size = int64_t(list->items.size());
    if (index < 0) index += size;
    if (index < 0 || index >= size) {
      thread.raise(types.IndexError, "list assignment index out of range");
      return false;
    }
    list->items[size_t(index)] = value;
    return true;
  }
  if (type == types.dict) return dict_set(thread, static_cast<DictObject*>(container.as_object()), key, value);
  bool found;
  Value args[2] = {key, value};
  Value result = call_dunder(thread, container, "__setitem__", args, 2, &found);
  if (found) return !result.is_error();
  if (Value inner = builtin_value(container); !inner.is_empty()) return set_item(thread, inner, key, value);
  if (type->slots != nullptr && type->slots->set_item != nullptr) return type->slots->set_item(thread, container, key, value);
  thread.raise_format(types.TypeError, "'%s' object does not support item assignment", type->name.c_str());
  return false;
}

bool del_item(Thread& thread, Value container, Value key) {
  const BuiltinTypes& types = T(thread);
  Type* type = type_of(thread.interp(), container);
  if (type == types.list && has_type(key, types.slice)) {
    auto* list = static_cast<ListObject*>(container.as_object());
    int64_t start, step, count;
    if (!slice_indices(thread, static_cast<SliceObject*>(key.as_object()), int64_t(list->items.size()), &start, &step, &count))
      return false;
    std::vector<bool> doomed(list->items.size(), false);
    for (int64_t i = 0; i < count; ++i) doomed[size_t(start + i * step)] = true;
    size_t kept = 0;
    for (size_t i = 0; i < list->items.size(); ++i)
      if (!doomed[i]) list->items[kept++] = list->items[i];
    list->items.resize(kept);
    return true;
  }
  if (type == types.list) {
    auto* list = static_cast<ListObject*>(container.as_object());
    int64_t index;
    if (!index_value(thread, key, &index, "list")) return false;
    int64_t size = int64_t(list->items.size());
    if (index < 0) index += size;
    if (index < 0 || index >= size) {
      thread.raise(types.IndexError, "list assignment index out of range");
      return false;
    }
    list->items.erase(list->items.begin() + index);
    return true;
  }
  if (type == types.dict) {
    int deleted = dict_delete(thread, static_cast<DictObject*>(container.as_object()), key);
    if (deleted < 0) return false;
    if (deleted == 0) {
      Value exception = make_exception(thread, types.KeyError, key);
      if (!exception.is_error()) thread.raise_value(exception);
      return false;
    }
    return true;
  }
  bool found;
  Value result = call_dunder(thread, container, "__delitem__", &key, 1, &found);
  if (found) return !result.is_error();
  if (Value inner = builtin_value(container); !inner.is_empty()) return del_item(thread, inner, key);
  if (type->slots != nullptr && type->slots->set_item != nullptr) return type->slots->set_item(thread, container, key, Value());
  thread.raise_format(types.TypeError, "'%s' object doesn't support item deletion", type->name.c_str());
  return false;
}

bool length(Thread& thread, Value value, int64_t* out) {
  const BuiltinTypes& types = T(thread);
  Type* type = type_of(thread.interp(), value);
  if (type == types.str) *out = int64_t(as_str(value)->length);
  else if (type == types.list) *out = int64_t(static_cast<ListObject*>(value.as_object())->items.size());
  else if (type == types.tuple) *out = int64_t(static_cast<TupleObject*>(value.as_object())->size);
  else if (type == types.dict) *out = int64_t(static_cast<DictObject*>(value.as_object())->used);
  else if (type == types.set || type == types.frozenset) *out = int64_t(static_cast<SetObject*>(value.as_object())->table->used);
  else if (is_dict_view(types, type)) *out = int64_t(static_cast<DictViewObject*>(value.as_object())->dict->used);
  else {
    bool found;
    Value result = call_dunder(thread, value, "__len__", nullptr, 0, &found);
    if (!found && type->layout == Layout::BuiltinSubclass) return length(thread, builtin_value(value), out);
    if (!found && type->slots != nullptr && type->slots->length != nullptr) return type->slots->length(thread, value, out);
    if (!found) {
      thread.raise_format(types.TypeError, "object of type '%s' has no len()", type->name.c_str());
      return false;
    }
    if (result.is_error()) return false;
    if (!index_value(thread, result, out, nullptr)) return false;
    if (*out < 0) {
      thread.raise(types.ValueError, "__len__() should return >= 0");
      return false;
    }
  }
  return true;
}

Value get_iter(Thread& thread, Value value) {
  const BuiltinTypes& types = T(thread);
  Type* type = type_of(thread.interp(), value);
  if (type == types.set || type == types.frozenset) {
    value = to_value(static_cast<SetObject*>(value.as_object())->table);
    type = types.dict;
  }
  if (is_dict_view(types, type)) {
    Type* kind = type == types.dict_keys ? types.dict_keyiterator
                 : type == types.dict_values ? types.dict_valueiterator
                                             : types.dict_itemiterator;
    SequenceIteratorObject* iterator = thread.heap().make<SequenceIteratorObject>(kind);
    iterator->sequence = to_value(static_cast<DictViewObject*>(value.as_object())->dict);
    return to_value(iterator);
  }
  Type* iterator_type = type == types.list ? types.list_iterator
                        : type == types.tuple ? types.tuple_iterator
                        : type == types.str ? types.str_iterator
                        : type == types.dict ? types.dict_keyiterator
                                              : nullptr;
  if (iterator_type != nullptr) {
    SequenceIteratorObject* iterator = thread.heap().make<SequenceIteratorObject>(iterator_type);
    iterator->sequence = value;
    return to_value(iterator);
  }
  if (type == types.list_iterator || type == types.tuple_iterator || type == types.str_iterator ||
      type == types.dict_keyiterator || type == types.range_iterator || type == types.enumerate || type == types.zip ||
      type == types.map || type == types.filter || type == types.reversed || type == types.generator ||
      type == types.dict_valueiterator || type == types.dict_itemiterator || type == types.seq_iterator)
    return value;
  if (type->is_heap_type) {
    Value method = user_method(thread, value, "__iter__");
    if (method.is_none()) return thread.raise_format(types.TypeError, "'%s' object is not iterable", type->name.c_str());
    if (!method.is_empty()) {
      Value result = call_method_value(thread, method, value, nullptr, 0);
      if (result.is_error()) return result;
      Type* result_type = type_of(thread.interp(), result);
      bool is_iterator = !type_lookup(result_type, thread.interp().intern("__next__")).is_empty() ||
                         (result_type->slots != nullptr && result_type->slots->next != nullptr) || !result_type->is_heap_type;
      if (!is_iterator)
        return thread.raise_format(types.TypeError, "iter() returned non-iterator of type '%s'", result_type->name.c_str());
      return result;
    }
  }
  if (Value inner = builtin_value(value); !inner.is_empty()) return get_iter(thread, inner);
  if (type->slots != nullptr && type->slots->iter != nullptr) return type->slots->iter(thread, value);
  if (type->is_heap_type && !user_method(thread, value, "__getitem__").is_empty()) {
    // The old sequence protocol: items 0, 1, 2 ... until IndexError.
    SequenceIteratorObject* iterator = thread.heap().make<SequenceIteratorObject>(types.seq_iterator);
    iterator->sequence = value;
    return to_value(iterator);
  }
  return thread.raise_format(types.TypeError, "'%s' object is not iterable", type->name.c_str());
}

Value iter_next(Thread& thread, Value iterator_value) {
  const BuiltinTypes& types = T(thread);
  Type* type = type_of(thread.interp(), iterator_value);
  if (type == types.range_iterator) {
    auto* iterator = static_cast<SequenceIteratorObject*>(iterator_value.as_object());
    if (iterator->remaining <= 0) return Value();
    --iterator->remaining;
    int64_t current = iterator->index;
    iterator->index += iterator->step;
    return int_from_i64(thread, current);
  }
  if (type == types.list_iterator || type == types.tuple_iterator) {
    auto* iterator = static_cast<SequenceIteratorObject*>(iterator_value.as_object());
    if (iterator->sequence.is_empty()) return Value();
    size_t index = size_t(iterator->index);
    if (type == types.list_iterator) {
      auto* list = static_cast<ListObject*>(iterator->sequence.as_object());
      if (index < list->items.size()) {
        ++iterator->index;
        return list->items[index];
      }
    } else {
      auto* tuple = static_cast<TupleObject*>(iterator->sequence.as_object());
      if (index < tuple->size) {
        ++iterator->index;
        return tuple->items[index];
      }
    }
    iterator->sequence = Value();
    return Value();
  }
  if (type == types.str_iterator) {
    auto* iterator = static_cast<SequenceIteratorObject*>(iterator_value.as_object());
    if (iterator->sequence.is_empty()) return Value();
    StrObject* str = as_str(iterator->sequence);
    size_t begin = size_t(iterator->index);
    if (begin >= str->byte_length) {
      iterator->sequence = Value();
      return Value();
    }
    size_t end = begin + 1;
    while (end < str->byte_length && (static_cast<unsigned char>(str->bytes[end]) & 0xC0) == 0x80) ++end;
    iterator->index = int64_t(end);
    return str_value(thread, std::string_view(str->bytes + begin, end - begin));
  }
  if (type == types.dict_keyiterator || type == types.dict_valueiterator || type == types.dict_itemiterator) {
    auto* iterator = static_cast<SequenceIteratorObject*>(iterator_value.as_object());
    if (iterator->sequence.is_empty()) return Value();
    auto* dict = static_cast<DictObject*>(iterator->sequence.as_object());
    if (iterator->remaining == 0) iterator->remaining = int64_t(dict->used) + 1;
    if (int64_t(dict->used) + 1 != iterator->remaining) {
      iterator->sequence = Value();
      return thread.raise(types.RuntimeError, "dictionary changed size during iteration");
    }
    while (size_t(iterator->index) < dict->entries.size()) {
      DictEntry entry = dict->entries[size_t(iterator->index++)];
      if (entry.key.is_empty()) continue;
      if (type == types.dict_keyiterator) return entry.key;
      if (type == types.dict_valueiterator) return entry.value;
      Value pair[2] = {entry.key, entry.value};
      return to_value(tuple_from(thread, pair, 2));
    }
    iterator->sequence = Value();
    return Value();
  }
  if (type == types.generator)
    return resume_generator(thread, static_cast<GeneratorObject*>(iterator_value.as_object()), Value::none(), Value());
  if (type == types.enumerate || type == types.zip || type == types.map || type == types.filter ||
      type == types.reversed) {
    auto* adapter = static_cast<AdapterIteratorObject*>(iterator_value.as_object());
    if (type == types.enumerate) {
      Value item = iter_next(thread, adapter->source);
      if (item.is_error() || item.is_empty()) return item;
      Value pair[2] = {int_from_i64(thread, adapter->index++), item};
      return to_value(tuple_from(thread, pair, 2));
    }
    if (type == types.filter) {
      for (;;) {
        Value item = iter_next(thread, adapter->source);
        if (item.is_error() || item.is_empty()) return item;
        Value verdict = adapter->function.is_none() ? item : call(thread, adapter->function, &item, 1);
        if (verdict.is_error()) return verdict;
        int keep = truthy(thread, verdict);
        if (keep < 0) return Value::error();
        if (keep) return item;
      }
    }
    if (type == types.reversed) {
      if (adapter->index < 0) return Value();
      int64_t size;
      if (!length(thread, adapter->source, &size)) return Value::error();
      if (adapter->index >= size) {
        adapter->index = -1;
        return Value();
      }
      return get_item(thread, adapter->source, Value::small_int(adapter->index--));
    }
    // zip and map: one item from each iterator.
    auto* iterators = static_cast<TupleObject*>(adapter->iterators.as_object());
    if (iterators->size == 0) return Value();
    TupleObject* items = tuple_new(thread, iterators->size);
    for (size_t i = 0; i < iterators->size; ++i) {
      Value item = iter_next(thread, iterators->items[i]);
      if (item.is_error()) return item;
      if (item.is_empty()) {
        if (adapter->strict && type == types.zip) {
          if (i > 0)
            return thread.raise_format(types.ValueError, "zip() argument %zu is shorter than argument%s%zu", i + 1,
                                       i == 1 ? " " : "s 1-", i);
          for (size_t j = 1; j < iterators->size; ++j) {
            Value extra = iter_next(thread, iterators->items[j]);
            if (extra.is_error()) return extra;
            if (!extra.is_empty())
              return thread.raise_format(types.ValueError, "zip() argument %zu is longer than argument%s%zu", j + 1,
                                         j == 1 ? " " : "s 1-", j);
          }
        }
        return Value();
      }
      items->items[i] = item;
    }
    if (type == types.zip) return to_value(items);
    return call(thread, adapter->function, items->items, items->size);
  }
  if (type == types.seq_iterator) {
    auto* iterator = static_cast<SequenceIteratorObject*>(iterator_value.as_object());
    if (iterator->sequence.is_empty()) return Value();
    Value item = get_item(thread, iterator->sequence, int_from_i64(thread, iterator->index));
    if (item.is_error()) {
      if (thread.pending_is(types.IndexError) || thread.pending_is(types.StopIteration)) {
        thread.take_pending();
        iterator->sequence = Value();
        return Value();
      }
      return item;
    }
    ++iterator->index;
    return item;
  }
  bool found;
  Value result = call_dunder(thread, iterator_value, "__next__", nullptr, 0, &found);
  if (!found && type->slots != nullptr && type->slots->next != nullptr) return type->slots->next(thread, iterator_value);
  if (!found) return thread.raise_format(types.TypeError, "'%s' object is not an iterator", type->name.c_str());
  if (result.is_error() && thread.pending_is(types.StopIteration)) {
    thread.take_pending();
    return Value();
  }
  return result;
}

// ---------------------------------------------------------------- calls

Value call(Thread& thread, Value callable, const Value* args, size_t nargs, TupleObject* kwnames) {
  const BuiltinTypes& types = T(thread);
  Type* type = type_of(thread.interp(), callable);
  if (type == types.function)
    return call_function(thread, static_cast<FunctionObject*>(callable.as_object()), args, nargs, kwnames);
  if (type == types.builtin_function)
    return call_builtin_function(thread, static_cast<BuiltinFunctionObject*>(callable.as_object()), args, nargs, kwnames);
  if (type == types.method) {
    auto* method = static_cast<BoundMethodObject*>(callable.as_object());
    std::vector<Value> with_self(nargs + 1);
    with_self[0] = method->self;
    for (size_t i = 0; i < nargs; ++i) with_self[i + 1] = args[i];
    // The vector lives outside the GC heap, but everything in it is also held by `method`
    // and the caller's registers.
    return call(thread, method->function, with_self.data(), nargs + 1, kwnames);
  }
  if (type == types.type) return call_type(thread, static_cast<Type*>(callable.as_object()), args, nargs, kwnames);
  if (type->is_heap_type) {
    // An instance of a metaclass: type.__call__ unless the metaclass overrides __call__.
    Value method = user_method(thread, callable, "__call__");
    if (method.is_empty() && is_subtype(type, types.type))
      return call_type(thread, static_cast<Type*>(callable.as_object()), args, nargs, kwnames);
    if (!method.is_empty()) {
      std::vector<Value> with_self(nargs + 1);
      with_self[0] = callable;
      for (size_t i = 0; i < nargs; ++i) with_self[i + 1] = args[i];
      return call(thread, method, with_self.data(), nargs + 1, kwnames);
    }
  }
  if (type->slots != nullptr && type->slots->call != nullptr) return type->slots->call(thread, callable, args, nargs, kwnames);
  return thread.raise_format(types.TypeError, "'%s' object is not callable", type->name.c_str());
}

bool bind_arguments(Thread& thread, FunctionObject* function, const Value* args, size_t nargs, TupleObject* kwnames,
                    Value* registers) {
  CodeObject* code = function->code;
  // The common case: exactly the positional parameters, passed by position.
  if (kwnames == nullptr && nargs == code->positional_count && code->keyword_only_count == 0 &&
      !(code->flags & (code_flag::kVarArgs | code_flag::kVarKeywords))) {
    for (size_t i = 0; i < nargs; ++i) registers[i] = args[i];
    for (size_t i = nargs; i < code->register_count; ++i) registers[i] = Value::unbound();
    return true;
  }
  std::string qualname(as_str(function->qualname)->view());
  const char* name = qualname.c_str();
  size_t nkw = kwnames != nullptr ? kwnames->size : 0;
  size_t npositional = nargs - nkw;
  size_t nparams = code->positional_count;
  size_t total_named = nparams + code->keyword_only_count;
  bool has_varargs = code->flags & code_flag::kVarArgs;
  bool has_varkw = code->flags & code_flag::kVarKeywords;
  for (size_t i = 0; i < code->register_count; ++i) registers[i] = Value::unbound();
  if (npositional > nparams && !has_varargs) {
    size_t defaults = function->defaults != nullptr ? function->defaults->size : 0;
    size_t kw_given = 0;
    for (size_t k = 0; k < nkw; ++k)
      for (size_t i = nparams; i < total_named; ++i)
        if (str_equal(as_str(kwnames->items[k]), as_str(code->local_names[i]))) ++kw_given;
    std::string takes = defaults == 0 ? std::to_string(nparams)
                                      : "from " + std::to_string(nparams - defaults) + " to " + std::to_string(nparams);
    if (kw_given != 0)
      thread.raise_format(thread.types().TypeError,
                          "%s() takes %s positional argument%s but %zu positional argument%s (and %zu keyword-only argument%s) were given",
                          name, takes.c_str(), nparams == 1 && defaults == 0 ? "" : "s", npositional, npositional == 1 ? "" : "s",
                          kw_given, kw_given == 1 ? "" : "s");
    else
      thread.raise_format(thread.types().TypeError, "%s() takes %s positional argument%s but %zu %s given", name,
                          takes.c_str(), nparams == 1 && defaults == 0 ? "" : "s", npositional,
                          npositional == 1 ? "was" : "were");
    return false;
  }
  size_t placed = npositional < nparams ? npositional : nparams;
  for (size_t i = 0; i < placed; ++i) registers[i] = args[i];
  size_t next_slot = total_named;
  if (has_varargs) {
    TupleObject* rest = tuple_from(thread, args + placed, npositional - placed);
    registers[next_slot++] = to_value(rest);
  }
  DictObject* extra = nullptr;
  if (has_varkw) {
    extra = dict_new(thread);
    registers[next_slot] = to_value(extra);
  }
  for (size_t k = 0; k < nkw; ++k) {
    StrObject* key = as_str(kwnames->items[k]);
    size_t found = total_named;
    for (size_t i = code->positional_only_count; i < total_named; ++i)
      if (str_equal(key, as_str(code->local_names[i]))) {
        found = i;
        break;
      }
    if (found == total_named) {
      if (extra != nullptr) {
        if (!dict_set(thread, extra, kwnames->items[k], args[npositional + k])) return false;
        continue;
      }
      // Positional-only names passed by keyword get their own message, listing all of them.
      std::string positional_only;
      for (size_t j = 0; j < nkw; ++j)
        for (size_t i = 0; i < code->positional_only_count; ++i)
          if (str_equal(as_str(kwnames->items[j]), as_str(code->local_names[i]))) {
            if (!positional_only.empty()) positional_only += ", ";
            positional_only += "'" + std::string(as_str(kwnames->items[j])->view()) + "'";
          }
      if (!positional_only.empty()) {
        thread.raise_format(thread.types().TypeError,
                            "%s() got some positional-only arguments passed as keyword arguments: %s", name,
                            positional_only.c_str());
        return false;
      }
      thread.raise_format(thread.types().TypeError, "%s() got an unexpected keyword argument '%s'", name, key->bytes);
      return false;
    }
    if (!registers[found].is_unbound()) {
      thread.raise_format(thread.types().TypeError, "%s() got multiple values for argument '%s'", name, key->bytes);
      return false;
    }
    registers[found] = args[npositional + k];
  }
  // Defaults, then the missing-argument errors CPython reports (all names at once).
  size_t ndefaults = function->defaults != nullptr ? function->defaults->size : 0;
  std::vector<std::string> missing;
  for (size_t i = 0; i < nparams; ++i) {
    if (!registers[i].is_unbound()) continue;
    if (i >= nparams - ndefaults) registers[i] = function->defaults->items[i - (nparams - ndefaults)];
    else missing.emplace_back(as_str(code->local_names[i])->view());
  }
  const char* kind = "positional";
  if (missing.empty()) {
    for (size_t i = nparams; i < total_named; ++i) {
      if (!registers[i].is_unbound()) continue;
      Value fallback = function->keyword_defaults != nullptr ? dict_get_str(function->keyword_defaults, code->local_names[i]) : Value();
      if (!fallback.is_empty()) registers[i] = fallback;
      else missing.emplace_back(as_str(code->local_names[i])->view());
    }
    kind = "keyword-only";
  }
  if (!missing.empty()) {
    std::string names;
    for (size_t i = 0; i < missing.size(); ++i) {
      if (i != 0) names += missing.size() == 2 ? " and " : i + 1 == missing.size() ? ", and " : ", ";
      names += "'" + missing[i] + "'";
    }
    thread.raise_format(thread.types().TypeError, "%s() missing %zu required %s argument%s: %s", name, missing.size(),
                        kind, missing.size() == 1 ? "" : "s", names.c_str());
    return false;
  }
  return true;
}

}  // namespace pyxis
