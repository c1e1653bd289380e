// The _weakref module: ref (ReferenceType, subclassable), proxy (ProxyType and
// CallableProxyType, forwarding every operation to the referent), getweakrefcount,
// getweakrefs and _remove_dead_weakref. The types' protocols are TypeSlots.
#include <cstdio>
#include <string>
#include <vector>

#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/native_method.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/type_slots.h"
#include "objects/weakref_object.h"
#include "vm/gc_runtime.h"
#include "vm/interpreter.h"
#include "vm/native_modules.h"
#include "vm/operations.h"

namespace pyxis {

namespace {

GcRuntime& runtime(Thread& thread) { return *thread.interp().gc_runtime; }

WeakRefObject* as_weakref(Value value) { return static_cast<WeakRefObject*>(value.as_object()); }

bool is_ref(Value value) { return value.is_object() && value.as_object()->type->layout == Layout::WeakRef; }

bool is_proxy(Thread& thread, Value value) {
  GcRuntime& gc = runtime(thread);
  return value.is_object() && (value.as_object()->type == gc.proxy_type || value.as_object()->type == gc.callable_proxy_type);
}

std::string address_of(Value value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "0x%llx", static_cast<unsigned long long>(value.bits() & 0x7FFF'FFFF'FFFF'FFFF));
  return buffer;
}

// The referent of a proxy (ReferenceError once it is gone); any other value as it is.
bool unwrap(Thread& thread, Value value, Value* out) {
  if (!is_proxy(thread, value)) {
    *out = value;
    return true;
  }
  WeakRefObject* proxy = as_weakref(value);
  if (proxy->referent == nullptr) {
    thread.raise(thread.types().ReferenceError, "weakly-referenced object no longer exists");
    return false;
  }
  *out = to_value(proxy->referent);
  return true;
}

// ---------------------------------------------------------------- ref

Value ref_call(Thread& thread, Value self, const Value*, size_t nargs, TupleObject* kwnames) {
  size_t nkw = kwnames != nullptr ? kwnames->size : 0;
  if (nkw != 0) return thread.raise(thread.types().TypeError, "weakref() takes no keyword arguments");
  if (nargs != 0) return thread.raise_format(thread.types().TypeError, "weakref expected 0 arguments, got %zu", nargs);
  return weakref_target(as_weakref(self));
}

bool check_ref_arguments(Thread& thread, const char* what, size_t npositional) {
  if (npositional < 1) {
    thread.raise_format(thread.types().TypeError, "%s expected at least 1 argument, got %zu", what, npositional);
    return false;
  }
  if (npositional > 2) {
    thread.raise_format(thread.types().TypeError, "%s expected at most 2 arguments, got %zu", what, npositional);
    return false;
  }
  return true;
}

// ref(object, callback=None): only the exact type comes here (subclasses use __new__).
Value ref_construct(Thread& thread, Type* type, const Value* args, size_t nargs, TupleObject* kwnames) {
  size_t nkw = kwnames != nullptr ? kwnames->size : 0;
  if (nkw != 0) return thread.raise(thread.types().TypeError, "ref() takes no keyword arguments");
  if (!check_ref_arguments(thread, "__new__", nargs)) return Value::error();
  return weakref_new(thread, type, args[0], nargs == 2 ? args[1] : Value(), false);
}

// ReferenceType.__new__(cls, object, callback=None, /, ...): slots are cls, kwargs, then the
// positionals (extra arguments are for the subclass's __init__).
Value ref_new_method(Thread& thread, Value, const Value* slots, size_t nslots) {
  GcRuntime& gc = runtime(thread);
  Value cls_value = slots[0];
  if (!cls_value.is_object() || !is_subtype(type_of(thread.interp(), cls_value), thread.types().type) ||
      !is_subtype(static_cast<Type*>(cls_value.as_object()), gc.ref_type))
    return thread.raise(thread.types().TypeError, "ReferenceType.__new__(X): X is not a subtype of ReferenceType");
  size_t npositional = nslots - 2;
  if (!check_ref_arguments(thread, "__new__", npositional)) return Value::error();
  return weakref_new(thread, static_cast<Type*>(cls_value.as_object()), slots[2], npositional == 2 ? slots[3] : Value(),
                     false);
}

// ReferenceType.__init__(self, object, callback=None, /, ...): the work is done by __new__.
Value ref_init_method(Thread& thread, Value, const Value*, size_t nslots) {
  return check_ref_arguments(thread, "__init__", nslots - 1) ? Value::none() : Value::error();
}

bool ref_hash(Thread& thread, Value self, int64_t* out) {
  WeakRefObject* ref = as_weakref(self);
  if (!ref->hash_cached) {
    if (ref->referent == nullptr) {
      thread.raise(thread.types().TypeError, "weak object has gone away");
      return false;
    }
    int64_t hash;
    if (!hash_value(thread, to_value(ref->referent), &hash)) return false;
    ref->hash = hash;
    ref->hash_cached = true;
  }
  *out = ref->hash;
  return true;
}

// == and != between references: the referents' comparison while both are alive, else identity.
Value ref_compare(Thread& thread, CompareOp op, Value a, Value b) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || !is_ref(b)) return Value();
  WeakRefObject* x = as_weakref(a);
  WeakRefObject* y = as_weakref(b);
  if (x->referent == nullptr || y->referent == nullptr) return Value::boolean((a == b) == (op == CompareOp::Eq));
  return compare(thread, op, to_value(x->referent), to_value(y->referent));
}

bool ref_repr(Thread& thread, std::string& out, Value self) {
  WeakRefObject* ref = as_weakref(self);
  out += "<weakref at " + address_of(self) + "; ";
  if (ref->referent == nullptr) {
    out += "dead>";
    return true;
  }
  Value referent = to_value(ref->referent);
  out += "to '" + weakref_message_name(thread, referent) + "' at " + address_of(referent);
  Value name = lookup_attr(thread, referent, thread.interp().intern("__name__"));
  if (name.is_error()) return false;
  if (!name.is_empty()) {
    out += " (";
    if (!append_str(thread, out, name)) return false;
    out += ")";
  }
  out += ">";
  return true;
}

Value ref_callback_get(Thread&, Value self) {
  Value callback = as_weakref(self)->callback;
  return callback.is_empty() ? Value::none() : callback;
}

const TypeSlots kRefSlots = [] {
  TypeSlots slots;
  slots.repr = ref_repr;
  slots.hash = ref_hash;
  slots.compare = ref_compare;
  slots.call = ref_call;
  slots.construct = ref_construct;
  return slots;
}();

const GetSetDef kRefGetSets[] = {{"__callback__", ref_callback_get, nullptr}};

// ---------------------------------------------------------------- proxies

bool proxy_repr(Thread& thread, std::string& out, Value self) {
  Value target = weakref_target(as_weakref(self));
  out += "<weakproxy at " + address_of(self) + " to " + weakref_message_name(thread, target) + " at ";
  // CPython shows None's address for a dead proxy; any stable address will do here.
  out += target.is_none() ? address_of(to_value(thread.types().none_type)) : address_of(target);
  out += ">";
  return true;
}

bool proxy_str(Thread& thread, std::string& out, Value self) {
  Value target;
  return unwrap(thread, self, &target) && append_str(thread, out, target);
}

bool proxy_hash(Thread& thread, Value self, int64_t*) {
  thread.raise_format(thread.types().TypeError, "unhashable type: '%s'", weakref_message_name(thread, self).c_str());
  return false;
}

Value proxy_compare(Thread& thread, CompareOp op, Value a, Value b) {
  Value x, y;
  if (!unwrap(thread, a, &x) || !unwrap(thread, b, &y)) return Value::error();
  return compare(thread, op, x, y);
}

Value proxy_binary(Thread& thread, BinaryOp op, Value a, Value b) {
  Value x, y;
  if (!unwrap(thread, a, &x) || !unwrap(thread, b, &y)) return Value::error();
  return binary_op(thread, op, x, y);
}

Value proxy_inplace(Thread& thread, BinaryOp op, Value a, Value b) {
  Value x, y;
  if (!unwrap(thread, a, &x) || !unwrap(thread, b, &y)) return Value::error();
  return inplace_op(thread, op, x, y);
}

Value proxy_unary(Thread& thread, UnaryOp op, Value self) {
  Value x;
  if (!unwrap(thread, self, &x)) return Value::error();
  return unary_op(thread, op, x);
}

int proxy_truth(Thread& thread, Value self) {
  Value x;
  if (!unwrap(thread, self, &x)) return -1;
  return truthy(thread, x);
}

bool proxy_length(Thread& thread, Value self, int64_t* out) {
  Value x;
  return unwrap(thread, self, &x) && length(thread, x, out);
}

Value proxy_get_item(Thread& thread, Value self, Value key) {
  Value x, k;
  if (!unwrap(thread, self, &x) || !unwrap(thread, key, &k)) return Value::error();
  return get_item(thread, x, k);
}

bool proxy_set_item(Thread& thread, Value self, Value key, Value value) {
  Value x, k, v;
  if (!unwrap(thread, self, &x) || !unwrap(thread, key, &k)) return false;
  if (value.is_empty()) return del_item(thread, x, k);
  return unwrap(thread, value, &v) && set_item(thread, x, k, v);
}

int proxy_contains(Thread& thread, Value self, Value item) {
  Value x, i;
  if (!unwrap(thread, self, &x) || !unwrap(thread, item, &i)) return -1;
  return contains(thread, x, i);
}

Value proxy_iter(Thread& thread, Value self) {
  Value x;
  if (!unwrap(thread, self, &x)) return Value::error();
  return get_iter(thread, x);
}

Value proxy_next(Thread& thread, Value self) {
  Value x;
  if (!unwrap(thread, self, &x)) return Value::error();
  Type* type = type_of(thread.interp(), x);
  if ((type->slots == nullptr || type->slots->next == nullptr) &&
      type_lookup(type, thread.interp().intern("__next__")).is_empty())
    return thread.raise_format(thread.types().TypeError, "Weakref proxy referenced a non-iterator '%s' object",
                               type->name.c_str());
  return iter_next(thread, x);
}

Value proxy_call(Thread& thread, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  Value x;
  if (!unwrap(thread, self, &x)) return Value::error();
  return call(thread, x, args, nargs, kwnames);
}

Value proxy_get_attr(Thread& thread, Value self, Value name) {
  Value x;
  if (!unwrap(thread, self, &x)) return Value::error();
  return get_attr(thread, x, name);
}

bool proxy_set_attr(Thread& thread, Value self, Value name, Value value) {
  Value x;
  if (!unwrap(thread, self, &x)) return false;
  return value.is_empty() ? del_attr(thread, x, name) : set_attr(thread, x, name, value);
}

TypeSlots make_proxy_slots(bool callable) {
  TypeSlots slots;
  slots.repr = proxy_repr;
  slots.str = proxy_str;
  slots.hash = proxy_hash;
  slots.compare = proxy_compare;
  slots.binary = proxy_binary;
  slots.inplace = proxy_inplace;
  slots.unary = proxy_unary;
  slots.truth = proxy_truth;
  slots.length = proxy_length;
  slots.get_item = proxy_get_item;
  slots.set_item = proxy_set_item;
  slots.contains = proxy_contains;
  slots.iter = proxy_iter;
  slots.next = proxy_next;
  if (callable) slots.call = proxy_call;
  slots.get_attr = proxy_get_attr;
  slots.set_attr = proxy_set_attr;
  return slots;
}

const TypeSlots kProxySlots = make_proxy_slots(false);
const TypeSlots kCallableProxySlots = make_proxy_slots(true);

// ---------------------------------------------------------------- module functions

Value weakref_proxy(Thread& thread, Value, const Value* args, size_t) {
  GcRuntime& gc = runtime(thread);
  Value is_callable = call(thread, dict_get_str(thread.interp().builtins(), thread.interp().intern("callable")), args, 1);
  if (is_callable.is_error()) return is_callable;
  Type* type = is_callable.is_true() ? gc.callable_proxy_type : gc.proxy_type;
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
  if (!args[0].is_object() || !is_subtype(args[0].as_object()->type, thread.types().dict))
    return thread.raise_format(thread.types().TypeError, "_remove_dead_weakref() argument 1 must be dict, not %s",
                               type_name(thread, args[0]));
  auto* dict = static_cast<DictObject*>(args[0].as_object());
  Value value = dict_get(thread, dict, args[1]);
  if (value.is_error()) return value;
  if (value.is_empty()) return Value::none();
  if (!is_ref(value)) return thread.raise(thread.types().TypeError, "not a weakref");
  if (as_weakref(value)->referent == nullptr && dict_delete(thread, dict, args[1]) < 0) return Value::error();
  return Value::none();
}

const NativeFunctionDef kWeakrefFunctions[] = {
    {"getweakrefcount(object, /)", weakref_getweakrefcount},
    {"getweakrefs(object, /)", weakref_getweakrefs},
    {"proxy(object, callback=None, /)", weakref_proxy},
    {"_remove_dead_weakref(dct, key, /)", weakref_remove_dead},
};

const NativeFunctionDef kRefMethods[] = {
    {"__init__(*args, **kwargs)", ref_init_method},
};

}  // namespace

bool init_weakref_module(Thread& thread, DictObject* module_dict) {
  Interpreter& interp = thread.interp();
  GcRuntime& gc = runtime(thread);
  if (gc.ref_type == nullptr) {
    Type* object = interp.types().object;
    Type* ref = make_native_type(thread, "ReferenceType", "weakref", object, trace_weakref, Layout::WeakRef, true);
    ref->basic_size = sizeof(WeakRefObject);
    ref->slots = &kRefSlots;
    gc.ref_type = ref;
    define_native_functions(thread, ref->dict, kRefMethods, ref);
    // __new__ is static (no owner): it receives the class first.
    const NativeFunctionDef new_def[] = {{"__new__(cls, /, *args, **kwargs)", ref_new_method}};
    define_native_functions(thread, ref->dict, new_def, nullptr);
    define_getsets(interp, ref, kRefGetSets);
    gc.proxy_type = make_native_type(thread, "ProxyType", "weakref", object, trace_weakref, Layout::Builtin, false);
    gc.proxy_type->slots = &kProxySlots;
    gc.callable_proxy_type =
        make_native_type(thread, "CallableProxyType", "weakref", object, trace_weakref, Layout::Builtin, false);
    gc.callable_proxy_type->slots = &kCallableProxySlots;
  }
  define_native_functions(thread, module_dict, kWeakrefFunctions, nullptr, "_weakref");
  auto set = [&](const char* name, Value value) { return dict_set(thread, module_dict, interp.intern(name), value); };
  return set("ref", to_value(gc.ref_type)) && set("ReferenceType", to_value(gc.ref_type)) &&
         set("ProxyType", to_value(gc.proxy_type)) && set("CallableProxyType", to_value(gc.callable_proxy_type));
}

}  // namespace pyxis
