// The methods of set and frozenset (add ... update), as CPython 3.12 has them: the
// non-operator forms take any iterables.
#include "objects/builtin_methods.h"

#include <utility>

#include "objects/dict_object.h"
#include "objects/native_method.h"
#include "objects/set_object.h"
#include "vm/interpreter.h"
#include "vm/operations.h"

namespace pyxis {

namespace {

const BuiltinTypes& T(Thread& thread) { return thread.types(); }
SetObject* as_set(Value v) { return static_cast<SetObject*>(v.as_object()); }
bool is_set_like(Thread& thread, Value v) {
  return v.is_object() && (v.as_object()->type == T(thread).set || v.as_object()->type == T(thread).frozenset);
}

// The iterable as a set (a set or frozenset is used as it is).
SetObject* as_set_of(Thread& thread, Value iterable) {
  if (is_set_like(thread, iterable)) return as_set(iterable);
  SetObject* set = set_new(thread, T(thread).set);
  return set_update(thread, set, iterable) ? set : nullptr;
}

SetObject* copy_of(Thread& thread, Value self) {
  SetObject* copy = set_new(thread, self.as_object()->type);
  return set_update(thread, copy, self) ? copy : nullptr;
}

// Keeps the items of `set` whose membership in `other` equals `keep_if_in`.
SetObject* filtered(Thread& thread, SetObject* set, SetObject* other, bool keep_if_in, Type* type) {
  SetObject* result = set_new(thread, type);
  for (size_t i = 0; i < set->table->entries.size(); ++i) {
    Value key = set->table->entries[i].key;
    if (key.is_empty()) continue;
    int in = set_contains(thread, other, key);
    if (in < 0) return nullptr;
    if (bool(in) == keep_if_in && !set_add(thread, result, key)) return nullptr;
  }
  return result;
}

Value set_add_method(Thread& thread, Value self, const Value* args, size_t) {
  return set_add(thread, as_set(self), args[0]) ? Value::none() : Value::error();
}

Value set_remove_method(Thread& thread, Value self, const Value* args, size_t) {
  int deleted = dict_delete(thread, as_set(self)->table, set_key(thread, args[0]));
  if (deleted < 0) return Value::error();
  if (deleted == 0) {
    Value exception = make_exception(thread, T(thread).KeyError, args[0]);
    return exception.is_error() ? exception : thread.raise_value(exception);
  }
  return Value::none();
}

Value set_discard_method(Thread& thread, Value self, const Value* args, size_t) {
  return dict_delete(thread, as_set(self)->table, set_key(thread, args[0])) < 0 ? Value::error() : Value::none();
}

Value set_pop_method(Thread& thread, Value self, const Value*, size_t) {
  DictObject* table = as_set(self)->table;
  for (size_t i = 0; i < table->entries.size(); ++i) {
    Value key = table->entries[i].key;
    if (key.is_empty()) continue;
    if (dict_delete(thread, table, key) < 0) return Value::error();
    return key;
  }
  return thread.raise(T(thread).KeyError, "pop from an empty set");
}

Value set_clear_method(Thread& thread, Value self, const Value*, size_t) {
  as_set(self)->table = dict_new(thread);
  return Value::none();
}

Value set_copy_method(Thread& thread, Value self, const Value*, size_t) {
  if (self.as_object()->type == T(thread).frozenset) return self;  // immutable: itself
  SetObject* copy = copy_of(thread, self);
  return copy == nullptr ? Value::error() : to_value(copy);
}

Value set_update_method(Thread& thread, Value self, const Value* args, size_t nargs) {
  for (size_t i = 0; i < nargs; ++i)
    if (!set_update(thread, as_set(self), args[i])) return Value::error();
  return Value::none();
}

Value set_union_method(Thread& thread, Value self, const Value* args, size_t nargs) {
  SetObject* result = copy_of(thread, self);
  if (result == nullptr) return Value::error();
  for (size_t i = 0; i < nargs; ++i)
    if (!set_update(thread, result, args[i])) return Value::error();
  return to_value(result);
}

// The items common to `current` and the iterable, as CPython picks them: from the smaller
// of two sets (the argument on a tie), else from the iterable.
SetObject* intersect(Thread& thread, SetObject* current, Value other, Type* type) {
  if (is_set_like(thread, other)) {
    SetObject* smaller = as_set(other);
    SetObject* larger = current;
    if (smaller->table->used > larger->table->used) std::swap(smaller, larger);
    return filtered(thread, smaller, larger, true, type);
  }
  SetObject* result = set_new(thread, type);
  Value iterator = get_iter(thread, other);
  if (iterator.is_error()) return nullptr;
  for (;;) {
    Value item = iter_next(thread, iterator);
    if (item.is_error()) return nullptr;
    if (item.is_empty()) return result;
    int in = set_contains(thread, current, item);
    if (in < 0) return nullptr;
    if (in && !set_add(thread, result, item)) return nullptr;
  }
}

// intersection / difference of self with each iterable in turn; a new set of self's type.
SetObject* reduce(Thread& thread, Value self, const Value* args, size_t nargs, bool keep_if_in) {
  SetObject* result = copy_of(thread, self);
  for (size_t i = 0; result != nullptr && i < nargs; ++i) {
    if (keep_if_in) {
      result = intersect(thread, result, args[i], self.as_object()->type);
      continue;
    }
    SetObject* other = as_set_of(thread, args[i]);
    if (other == nullptr) return nullptr;
    result = filtered(thread, result, other, false, self.as_object()->type);
  }
  return result;
}

Value set_intersection_method(Thread& thread, Value self, const Value* args, size_t nargs) {
  SetObject* result = reduce(thread, self, args, nargs, true);
  return result == nullptr ? Value::error() : to_value(result);
}
Value set_difference_method(Thread& thread, Value self, const Value* args, size_t nargs) {
  SetObject* result = reduce(thread, self, args, nargs, false);
  return result == nullptr ? Value::error() : to_value(result);
}
Value set_intersection_update_method(Thread& thread, Value self, const Value* args, size_t nargs) {
  SetObject* result = reduce(thread, self, args, nargs, true);
  if (result == nullptr) return Value::error();
  as_set(self)->table = result->table;
  return Value::none();
}
Value set_difference_update_method(Thread& thread, Value self, const Value* args, size_t nargs) {
  SetObject* result = reduce(thread, self, args, nargs, false);
  if (result == nullptr) return Value::error();
  as_set(self)->table = result->table;
  return Value::none();
}

SetObject* symmetric(Thread& thread, Value self, Value other_iterable) {
  SetObject* other = as_set_of(thread, other_iterable);
  if (other == nullptr) return nullptr;
  SetObject* result = filtered(thread, as_set(self), other, false, self.as_object()->type);
  if (result == nullptr) return nullptr;
  SetObject* extra = filtered(thread, other, as_set(self), false, T(thread).set);
  if (extra == nullptr || !set_update(thread, result, to_value(extra))) return nullptr;
  return result;
}

Value set_symmetric_difference_method(Thread& thread, Value self, const Value* args, size_t) {
  SetObject* result = symmetric(thread, self, args[0]);
  return result == nullptr ? Value::error() : to_value(result);
}
Value set_symmetric_difference_update_method(Thread& thread, Value self, const Value* args, size_t) {
  SetObject* result = symmetric(thread, self, args[0]);
  if (result == nullptr) return Value::error();
  as_set(self)->table = result->table;
  return Value::none();
}

// Whether every item of `a` is in `b`.
int all_in(Thread& thread, SetObject* a, SetObject* b) {
  for (size_t i = 0; i < a->table->entries.size(); ++i) {
    Value key = a->table->entries[i].key;
    if (key.is_empty()) continue;
    int in = set_contains(thread, b, key);
    if (in <= 0) return in;
  }
  return 1;
}

Value set_issubset_method(Thread& thread, Value self, const Value* args, size_t) {
  SetObject* other = as_set_of(thread, args[0]);
  if (other == nullptr) return Value::error();
  int r = all_in(thread, as_set(self), other);
  return r < 0 ? Value::error() : Value::boolean(r);
}
Value set_issuperset_method(Thread& thread, Value self, const Value* args, size_t) {
  SetObject* other = as_set_of(thread, args[0]);
  if (other == nullptr) return Value::error();
  int r = all_in(thread, other, as_set(self));
  return r < 0 ? Value::error() : Value::boolean(r);
}
Value set_isdisjoint_method(Thread& thread, Value self, const Value* args, size_t) {
  Value iterator = get_iter(thread, args[0]);
  if (iterator.is_error()) return iterator;
  for (;;) {
    Value item = iter_next(thread, iterator);
    if (item.is_error()) return item;
    if (item.is_empty()) return Value::true_();
    int in = set_contains(thread, as_set(self), item);
    if (in < 0) return Value::error();
    if (in) return Value::false_();
  }
}

const NativeMethodDef kSetMethods[] = {
    {"add(element, /)", set_add_method},
    {"clear()", set_clear_method},
    {"copy()", set_copy_method},
    {"difference(*others)", set_difference_method},
    {"difference_update(*others)", set_difference_update_method},
    {"discard(element, /)", set_discard_method},
    {"intersection(*others)", set_intersection_method},
    {"intersection_update(*others)", set_intersection_update_method},
    {"isdisjoint(other, /)", set_isdisjoint_method},
    {"issubset(other, /)", set_issubset_method},
    {"issuperset(other, /)", set_issuperset_method},
    {"pop()", set_pop_method},
    {"remove(element, /)", set_remove_method},
    {"symmetric_difference(other, /)", set_symmetric_difference_method},
    {"symmetric_difference_update(other, /)", set_symmetric_difference_update_method},
    {"union(*others)", set_union_method},
    {"update(*others)", set_update_method},
};

const NativeMethodDef kFrozensetMethods[] = {
    {"copy()", set_copy_method},
    {"difference(*others)", set_difference_method},
    {"intersection(*others)", set_intersection_method},
    {"isdisjoint(other, /)", set_isdisjoint_method},
    {"issubset(other, /)", set_issubset_method},
    {"issuperset(other, /)", set_issuperset_method},
    {"symmetric_difference(other, /)", set_symmetric_difference_method},
    {"union(*others)", set_union_method},
};

}  // namespace

void install_set_methods(Interpreter& interp) {
  define_native_methods(interp, interp.types().set->dict, interp.types().set, kSetMethods);
  define_native_methods(interp, interp.types().frozenset->dict, interp.types().frozenset, kFrozensetMethods);
}

}  // namespace pyxis
