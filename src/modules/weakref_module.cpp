// The _weakref module: ref (ReferenceType, subclassable), proxy (ProxyType and
// CallableProxyType, forwarding every operation to the referent), getweakrefcount,
// getweakrefs and _remove_dead_weakref. The types' behaviour lives in dunder methods of
// their dicts, which the object protocols call.
#include <cstdio>
#include <string>
#include <vector>

#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/weakref_object.h"
#include "vm/gc_runtime.h"
#include "vm/interpreter.h"
#include "vm/native_modules.h"
#include "vm/operations.h"

namespace pyxis {

namespace {

GcRuntime& runtime(Thread& thread) { return *thread.interp().gc_runtime; }

WeakRefObject* as_weakref(Value value) { return static_cast<WeakRefObject*>(value.as_object()); }

bool is_weakref(Thread& thread, Value value) {
  (void)thread;
  return value.is_object() && value.as_object()->type->layout == Layout::WeakRef;
}

bool is_proxy(Thread& thread, Value value) {
  GcRuntime& gc = runtime(thread);
  return value.is_object() && (value.as_object()->type == gc.proxy_type || value.as_object()->type == gc.callable_proxy_type);
}

std::string address_of(Value value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "0x%llx", static_cast<unsigned long long>(value.bits() & 0x7FFF'FFFF'FFFF'FFFF));
  return buffer;
}

Value dead_proxy(Thread& thread) {
  return thread.raise(thread.types().ReferenceError, "weakly-referenced object no longer exists");
}

// The referent of a proxy (ReferenceError once it is gone); any other value as it is.
bool unwrap(Thread& thread, Value value, Value* out) {
  if (!is_proxy(thread, value)) {
    *out = value;
    return true;
  }
  WeakRefObject* proxy = as_weakref(value);
  if (proxy->referent == nullptr) {
    dead_proxy(thread);
    return false;
  }
  *out = to_value(proxy->referent);
  return true;
}

// --- ref

Value ref_call(Thread& thread, Value self, const Value*, size_t nargs) {
  if (nargs != 0) return thread.raise_format(thread.types().TypeError, "weakref expected 0 arguments, got %zu", nargs);
  return weakref_target(as_weakref(self));
}

Value ref_init(Thread& thread, Value, const Value*, size_t nargs) {
  if (nargs < 1) return thread.raise_format(thread.types().TypeError, "__init__ expected at least 1 argument, got %zu", nargs);
  if (nargs > 2) return thread.raise_format(thread.types().TypeError, "__init__ expected at most 2 arguments, got %zu", nargs);
  return Value::none();
}

Value ref_hash(Thread& thread, Value self, const Value*, size_t) {
  WeakRefObject* ref = as_weakref(self);
  if (!ref->hash_cached) {
    if (ref->referent == nullptr) return thread.raise(thread.types().TypeError, "weak object has gone away");
    int64_t hash;
    if (!hash_value(thread, to_value(ref->referent), &hash)) return Value::error();
    ref->hash = hash;
    ref->hash_cached = true;
  }
  return int_from_i64(thread, ref->hash);
}

// == and != between references: the referents' comparison while both are alive, else identity.
Value ref_compare(Thread& thread, Value self, Value other, bool equal_op) {
  if (!is_weakref(thread, other) || is_proxy(thread, other)) return Value::not_implemented();
  WeakRefObject* a = as_weakref(self);
  WeakRefObject* b = as_weakref(other);
  if (a->referent == nullptr || b->referent == nullptr) return Value::boolean((self == other) == equal_op);
  return compare(thread, equal_op ? CompareOp::Eq : CompareOp::Ne, to_value(a->referent), to_value(b->referent));
}

Value ref_eq(Thread& thread, Value self, const Value* args, size_t) { return ref_compare(thread, self, args[0], true); }
Value ref_ne(Thread& thread, Value self, const Value* args, size_t) { return ref_compare(thread, self, args[0], false); }

Value ref_repr(Thread& thread, Value self, const Value*, size_t) {
  WeakRefObject* ref = as_weakref(self);
  std::string text = "<weakref at " + address_of(self) + "; ";
  if (ref->referent == nullptr) {
    text += "dead>";
    return str_value(thread, text);
  }
  Value referent = to_value(ref->referent);
  text += "to '" + weakref_message_name(thread, referent) + "' at " + address_of(referent);
  Value name = lookup_attr(thread, referent, thread.interp().intern("__name__"));
  if (name.is_error()) return name;
  if (!name.is_empty()) {
    text += " (";
    if (!append_str(thread, text, name)) return Value::error();
    text += ")";
  }
  text += ">";
  return str_value(thread, text);
}

const NativeFunctionDef kRefMethods[] = {
    {"__call__(*args)", ref_call},
    {"__init__(*args)", ref_init},
    {"__hash__()", ref_hash},
    {"__eq__(other, /)", ref_eq},
    {"__ne__(other, /)", ref_ne},
    {"__repr__()", ref_repr},
};

// --- proxies: every operation unwraps the proxies among its operands and applies to the referents

Value proxy_getattr(Thread& thread, Value self, const Value* args, size_t) {
  Value target;
  if (!unwrap(thread, self, &target)) return Value::error();
  if (!args[0].is_object() || args[0].as_object()->type != thread.types().str)
    return thread.raise_format(thread.types().TypeError, "attribute name must be string, not '%s'", type_name(thread, args[0]));
  return get_attr(thread, target, thread.interp().intern(static_cast<StrObject*>(args[0].as_object())->view()));
}

Value proxy_setattr(Thread& thread, Value self, const Value* args, size_t) {
  Value target;
  if (!unwrap(thread, self, &target)) return Value::error();
  if (!args[0].is_object() || args[0].as_object()->type != thread.types().str)
    return thread.raise_format(thread.types().TypeError, "attribute name must be string, not '%s'", type_name(thread, args[0]));
  Value name = thread.interp().intern(static_cast<StrObject*>(args[0].as_object())->view());
  return set_attr(thread, target, name, args[1]) ? Value::none() : Value::error();
}

Value proxy_delattr(Thread& thread, Value self, const Value* args, size_t) {
  Value target;
  if (!unwrap(thread, self, &target)) return Value::error();
  if (!args[0].is_object() || args[0].as_object()->type != thread.types().str)
    return thread.raise_format(thread.types().TypeError, "attribute name must be string, not '%s'", type_name(thread, args[0]));
  Value name = thread.interp().intern(static_cast<StrObject*>(args[0].as_object())->view());
  return del_attr(thread, target, name) ? Value::none() : Value::error();
}

Value proxy_repr(Thread& thread, Value self, const Value*, size_t) {
  WeakRefObject* proxy = as_weakref(self);
  Value target = weakref_target(proxy);
  std::string text = "<weakproxy at " + address_of(self) + " to " + weakref_message_name(thread, target) + " at ";
  // CPython shows None's address for a dead proxy; any stable address will do here.
  text += target.is_none() ? address_of(to_value(thread.types().none_type)) : address_of(target);
  text += ">";
  return str_value(thread, text);
}

Value proxy_str(Thread& thread, Value self, const Value*, size_t) {
  Value target;
  if (!unwrap(thread, self, &target)) return Value::error();
  return to_str(thread, target);
}

Value proxy_hash(Thread& thread, Value self, const Value*, size_t) {
  return thread.raise_format(thread.types().TypeError, "unhashable type: '%s'", weakref_message_name(thread, self).c_str());
}

Value proxy_bool(Thread& thread, Value self, const Value*, size_t) {
  Value target;
  if (!unwrap(thread, self, &target)) return Value::error();
  int truth = truthy(thread, target);
  return truth < 0 ? Value::error() : Value::boolean(truth);
}

Value proxy_len(Thread& thread, Value self, const Value*, size_t) {
  Value target;
  int64_t n;
  if (!unwrap(thread, self, &target) || !length(thread, target, &n)) return Value::error();
  return int_from_i64(thread, n);
}

Value proxy_getitem(Thread& thread, Value self, const Value* args, size_t) {
  Value target, key;
  if (!unwrap(thread, self, &target) || !unwrap(thread, args[0], &key)) return Value::error();
  return get_item(thread, target, key);
}

Value proxy_setitem(Thread& thread, Value self, const Value* args, size_t) {
  Value target, key, value;
  if (!unwrap(thread, self, &target) || !unwrap(thread, args[0], &key) || !unwrap(thread, args[1], &value))
    return Value::error();
  return set_item(thread, target, key, value) ? Value::none() : Value::error();
}

Value proxy_delitem(Thread& thread, Value self, const Value* args, size_t) {
  Value target, key;
  if (!unwrap(thread, self, &target) || !unwrap(thread, args[0], &key)) return Value::error();
  return del_item(thread, target, key) ? Value::none() : Value::error();
}

Value proxy_contains(Thread& thread, Value self, const Value* args, size_t) {
  Value target, item;
  if (!unwrap(thread, self, &target) || !unwrap(thread, args[0], &item)) return Value::error();
  int found = contains(thread, target, item);
  return found < 0 ? Value::error() : Value::boolean(found);
}

Value proxy_iter(Thread& thread, Value self, const Value*, size_t) {
  Value target;
  if (!unwrap(thread, self, &target)) return Value::error();
  return get_iter(thread, target);
}

Value proxy_next(Thread& thread, Value self, const Value*, size_t) {
  Value target;
  if (!unwrap(thread, self, &target)) return Value::error();
  Type* type = type_of(thread.interp(), target);
  if (type_lookup(type, thread.interp().intern("__next__")).is_empty() && get_iter(thread, target) != target) {
    thread.take_pending();
    return thread.raise_format(thread.types().TypeError, "Weakref proxy referenced a non-iterator '%s' object",
                               type->name.c_str());
  }
  Value item = iter_next(thread, target);
  if (item.is_empty()) return thread.raise(thread.types().StopIteration, "");
  return item;
}

// Slots: the **kwargs dict (or empty), then the positional arguments.
Value proxy_call(Thread& thread, Value self, const Value* args, size_t nargs) {
  Value target;
  if (!unwrap(thread, self, &target)) return Value::error();
  std::vector<Value> arguments(args + 1, args + nargs);  // also held by the caller
  TupleObject* kwnames = nullptr;
  if (args[0].is_object()) {
    auto* kwargs = static_cast<DictObject*>(args[0].as_object());
    std::vector<Value> names;
    for (const DictEntry& entry : kwargs->entries) {
      if (entry.key.is_empty()) continue;
      names.push_back(entry.key);
      arguments.push_back(entry.value);
    }
    if (!names.empty()) kwnames = tuple_from(thread, names.data(), names.size());
  }
  return call(thread, target, arguments.data(), arguments.size(), kwnames);
}

template <BinaryOp op, bool reflected>
Value proxy_binary(Thread& thread, Value self, const Value* args, size_t) {
  Value a, b;
  if (!unwrap(thread, self, &a) || !unwrap(thread, args[0], &b)) return Value::error();
  return reflected ? binary_op(thread, op, b, a) : binary_op(thread, op, a, b);
}

template <BinaryOp op>
Value proxy_inplace(Thread& thread, Value self, const Value* args, size_t) {
  Value a, b;
  if (!unwrap(thread, self, &a) || !unwrap(thread, args[0], &b)) return Value::error();
  return inplace_op(thread, op, a, b);
}

template <CompareOp op>
Value proxy_compare(Thread& thread, Value self, const Value* args, size_t) {
  Value a, b;
  if (!unwrap(thread, self, &a) || !unwrap(thread, args[0], &b)) return Value::error();
  return compare(thread, op, a, b);
}

template <UnaryOp op>
Value proxy_unary(Thread& thread, Value self, const Value*, size_t) {
  Value a;
  if (!unwrap(thread, self, &a)) return Value::error();
  return unary_op(thread, op, a);
}

#define PYXIS_PROXY_BINARY(name, op)                                         \
  {"__" name "__(other, /)", proxy_binary<BinaryOp::op, false>},             \
      {"__r" name "__(other, /)", proxy_binary<BinaryOp::op, true>},         \
      {"__i" name "__(other, /)", proxy_inplace<BinaryOp::op>}

const NativeFunctionDef kProxyMethods[] = {
    {"__getattr__(name, /)", proxy_getattr},
    {"__setattr__(name, value, /)", proxy_setattr},
    {"__delattr__(name, /)", proxy_delattr},
    {"__repr__()", proxy_repr},
    {"__str__()", proxy_str},
    {"__hash__()", proxy_hash},
    {"__bool__()", proxy_bool},
    {"__len__()", proxy_len},
    {"__getitem__(key, /)", proxy_getitem},
    {"__setitem__(key, value, /)", proxy_setitem},
    {"__delitem__(key, /)", proxy_delitem},
    {"__contains__(key, /)", proxy_contains},
    {"__iter__()", proxy_iter},
    {"__next__()", proxy_next},
    {"__eq__(value, /)", proxy_compare<CompareOp::Eq>},
    {"__ne__(value, /)", proxy_compare<CompareOp::Ne>},
    {"__lt__(value, /)", proxy_compare<CompareOp::Lt>},
    {"__le__(value, /)", proxy_compare<CompareOp::Le>},
    {"__gt__(value, /)", proxy_compare<CompareOp::Gt>},
    {"__ge__(value, /)", proxy_compare<CompareOp::Ge>},
    {"__neg__()", proxy_unary<UnaryOp::Negative>},
    {"__pos__()", proxy_unary<UnaryOp::Positive>},
    {"__invert__()", proxy_unary<UnaryOp::Invert>},
    PYXIS_PROXY_BINARY("add", Add),
    PYXIS_PROXY_BINARY("sub", Sub),
    PYXIS_PROXY_BINARY("mul", Mul),
    PYXIS_PROXY_BINARY("matmul", MatMul),
    PYXIS_PROXY_BINARY("truediv", TrueDiv),
    PYXIS_PROXY_BINARY("floordiv", FloorDiv),
    PYXIS_PROXY_BINARY("mod", Mod),
    PYXIS_PROXY_BINARY("pow", Pow),
    PYXIS_PROXY_BINARY("lshift", LShift),
    PYXIS_PROXY_BINARY("rshift", RShift),
    PYXIS_PROXY_BINARY("and", And),
    PYXIS_PROXY_BINARY("or", Or),
    PYXIS_PROXY_BINARY("xor", Xor),
};

#undef PYXIS_PROXY_BINARY


// --- module functions

bool is_callable(Thread& thread, Value value) {
  Type* type = type_of(thread.interp(), value);
  const BuiltinTypes& types = thread.types();
  return type == types.function || type == types.builtin_function || type == types.method || type == types.type ||
         !type_lookup(type, thread.interp().intern("__call__")).is_empty();
}

Value weakref_proxy(Thread& thread, Value, const Value* args, size_t) {
  GcRuntime& gc = runtime(thread);
  Type* type = is_callable(thread, args[0]) ? gc.callable_proxy_type : gc.proxy_type;
  return weakref_new(thread, type, args[0], args[1], true);
}

Value weakref_getweakrefcount(Thread& thread, Value, const Value* args, size_t) {
  if (!args[0].is_object()) return Value::small_int(0);
  const std::vector<WeakRefObject*>* refs = runtime(thread).weakrefs_to(args[0].as_object());
  return Value::small_int(refs == nullptr ? 0 : int64_t(refs->size()));
}

Value weakref_getweakrefs(Thread& thread, Value, const Value* args, size_t) {
  ListObject* list = list_new(thread);
  if (!args[0].is_object()) return to_value(list);
  if (const std::vector<WeakRefObject*>* refs = runtime(thread).weakrefs_to(args[0].as_object()))
    for (WeakRefObject* ref : *refs) list->items.push_back(to_value(ref));  // no allocation meanwhile
  return to_value(list);
}

Value weakref_remove_dead(Thread& thread, Value, const Value* args, size_t) {
  if (!args[0].is_object() || args[0].as_object()->type != thread.types().dict)
    return thread.raise_format(thread.types().TypeError, "_remove_dead_weakref() argument 1 must be dict, not %s",
                               type_name(thread, args[0]));
  auto* dict = static_cast<DictObject*>(args[0].as_object());
  Value value = dict_get(thread, dict, args[1]);
  if (value.is_error()) return value;
  if (value.is_empty()) return Value::none();
  if (!is_weakref(thread, value) || is_proxy(thread, value))
    return thread.raise(thread.types().TypeError, "not a weakref");
  if (as_weakref(value)->referent == nullptr && dict_delete(thread, dict, args[1]) < 0) return Value::error();
  return Value::none();
}

const NativeFunctionDef kWeakrefFunctions[] = {
    {"getweakrefcount(object, /)", weakref_getweakrefcount},
    {"getweakrefs(object, /)", weakref_getweakrefs},
    {"proxy(object, callback=None, /)", weakref_proxy},
    {"_remove_dead_weakref(dct, key, /)", weakref_remove_dead},
};

}  // namespace

bool init_weakref_module(Thread& thread, DictObject* module_dict) {
  Interpreter& interp = thread.interp();
  GcRuntime& gc = runtime(thread);
  if (gc.ref_type == nullptr) {
    Type* object = interp.types().object;
    gc.ref_type = make_native_type(thread, "ReferenceType", "weakref", object, trace_weakref, Layout::WeakRef, true);
    define_native_functions(thread, gc.ref_type->dict, kRefMethods, gc.ref_type);
    gc.proxy_type = make_native_type(thread, "ProxyType", "weakref", object, trace_weakref, Layout::Builtin, false);
    define_native_functions(thread, gc.proxy_type->dict, kProxyMethods, gc.proxy_type);
    gc.callable_proxy_type =
        make_native_type(thread, "CallableProxyType", "weakref", object, trace_weakref, Layout::Builtin, false);
    define_native_functions(thread, gc.callable_proxy_type->dict, kProxyMethods, gc.callable_proxy_type);
    const NativeFunctionDef call_def[] = {{"__call__(*args, **kwargs)", proxy_call}};
    define_native_functions(thread, gc.callable_proxy_type->dict, call_def, gc.callable_proxy_type);
  }
  define_native_functions(thread, module_dict, kWeakrefFunctions, nullptr, "_weakref");
  auto set = [&](const char* name, Value value) { return dict_set(thread, module_dict, interp.intern(name), value); };
  return set("ref", to_value(gc.ref_type)) && set("ReferenceType", to_value(gc.ref_type)) &&
         set("ProxyType", to_value(gc.proxy_type)) && set("CallableProxyType", to_value(gc.callable_proxy_type));
}

}  // namespace pyxis
