// The methods of dict (clear ... values, the fromkeys classmethod) and of its views
// (isdisjoint, __reversed__), as CPython 3.12 has them; set operations of keys/items views.
#include "objects/builtin_methods.h"

#include "objects/builtin_subclass.h"
#include "objects/descriptor_object.h"
#include "objects/dict_object.h"
#include "objects/list_object.h"
#include "objects/native_method.h"
#include "objects/set_object.h"
#include "objects/tuple_object.h"
#include "vm/interpreter.h"
#include "vm/operations.h"

namespace pyxis {

namespace {

const BuiltinTypes& T(Thread& thread) { return thread.types(); }
DictObject* as_dict(Value v) { return static_cast<DictObject*>(v.as_object()); }
bool has_type(Value v, const Type* type) { return v.is_object() && v.as_object()->type == type; }

Value raise_key_error(Thread& thread, Value key) {
  Value exception = make_exception(thread, T(thread).KeyError, key);
  return exception.is_error() ? exception : thread.raise_value(exception);
}

Value dict_get_method(Thread& thread, Value self, const Value* args, size_t) {
  Value found = dict_get(thread, as_dict(self), args[0]);
  if (found.is_error()) return found;
  if (found.is_empty()) return args[1].is_empty() ? Value::none() : args[1];
  return found;
}

Value dict_listing(Thread& thread, Value self, int which) {
  Type* type = which == 0 ? T(thread).dict_keys : which == 1 ? T(thread).dict_values : T(thread).dict_items;
  DictViewObject* view = thread.heap().make<DictViewObject>(type);
  view->dict = as_dict(self);
  return to_value(view);
}

Value dict_keys_method(Thread& thread, Value self, const Value*, size_t) { return dict_listing(thread, self, 0); }
Value dict_values_method(Thread& thread, Value self, const Value*, size_t) { return dict_listing(thread, self, 1); }
Value dict_items_method(Thread& thread, Value self, const Value*, size_t) { return dict_listing(thread, self, 2); }

Value dict_pop_method(Thread& thread, Value self, const Value* args, size_t) {
  Value found = dict_get(thread, as_dict(self), args[0]);
  if (found.is_error()) return found;
  if (found.is_empty()) {
    if (!args[1].is_empty()) return args[1];
    return raise_key_error(thread, args[0]);
  }
  if (dict_delete(thread, as_dict(self), args[0]) < 0) return Value::error();
  return found;
}

Value dict_setdefault_method(Thread& thread, Value self, const Value* args, size_t) {
  Value found = dict_get(thread, as_dict(self), args[0]);
  if (found.is_error()) return found;
  if (!found.is_empty()) return found;
  Value fallback = args[1].is_empty() ? Value::none() : args[1];
  return dict_set(thread, as_dict(self), args[0], fallback) ? fallback : Value::error();
}

Value dict_copy_method(Thread& thread, Value self, const Value*, size_t) {
  DictObject* copy = dict_new(thread);
  return dict_merge(thread, copy, self) ? to_value(copy) : Value::error();
}

Value dict_clear_method(Thread&, Value self, const Value*, size_t) {
  dict_clear(as_dict(self));
  return Value::none();
}

Value dict_popitem_method(Thread& thread, Value self, const Value*, size_t) {
  DictObject* dict = as_dict(self);
  for (size_t i = dict->entries.size(); i-- > 0;) {
    DictEntry entry = dict->entries[i];
    if (entry.key.is_empty()) continue;
    Value pair[2] = {entry.key, entry.value};
    TupleObject* result = tuple_from(thread, pair, 2);
    if (dict_delete(thread, dict, entry.key) < 0) return Value::error();
    return to_value(result);
  }
  return thread.raise(T(thread).KeyError, "popitem(): dictionary is empty");
}

Value dict_update_method(Thread& thread, Value self, const Value* args, size_t nargs) {
  // Slots: the keyword dict (or empty), then the positionals.
  if (nargs > 2) return thread.raise_format(T(thread).TypeError, "update expected at most 1 argument, got %zu", nargs - 1);
  if (nargs == 2 && !dict_merge(thread, as_dict(self), args[1])) return Value::error();
  if (!args[0].is_empty() && !dict_merge(thread, as_dict(self), args[0])) return Value::error();
  return Value::none();
}

Value dict_fromkeys_method(Thread& thread, Value cls, const Value* args, size_t) {
  // Bound by the classmethod: the class arrives as self.
  Value fill = args[1].is_empty() ? Value::none() : args[1];
  Value made = call(thread, cls, nullptr, 0);
  if (made.is_error()) return made;
  Value iterator = get_iter(thread, args[0]);
  if (iterator.is_error()) return iterator;
  bool plain = has_type(made, T(thread).dict);
  for (;;) {
    Value key = iter_next(thread, iterator);
    if (key.is_error()) return key;
    if (key.is_empty()) return made;
    bool ok = plain ? dict_set(thread, as_dict(made), key, fill) : set_item(thread, made, key, fill);
    if (!ok) return Value::error();
  }
}

Value dict_reversed_method(Thread& thread, Value self, const Value*, size_t) {
  // The keys, newest first, iterated from a snapshot list.
  DictObject* dict = as_dict(self);
  ListObject* keys = list_new(thread);
  for (size_t i = dict->entries.size(); i-- > 0;)
    if (!dict->entries[i].key.is_empty()) list_append(thread, keys, dict->entries[i].key);
  return get_iter(thread, to_value(keys));
}

Value view_reversed_method(Thread& thread, Value self, const Value*, size_t) {
  auto* view = static_cast<DictViewObject*>(self.as_object());
  DictObject* dict = view->dict;
  ListObject* items = list_new(thread);
  for (size_t i = dict->entries.size(); i-- > 0;) {
    DictEntry entry = dict->entries[i];
    if (entry.key.is_empty()) continue;
    if (self.as_object()->type == T(thread).dict_keys) {
      list_append(thread, items, entry.key);
    } else if (self.as_object()->type == T(thread).dict_values) {
      list_append(thread, items, entry.value);
    } else {
      Value pair[2] = {entry.key, entry.value};
      list_append(thread, items, to_value(tuple_from(thread, pair, 2)));
    }
  }
  return get_iter(thread, to_value(items));
}

Value view_isdisjoint_method(Thread& thread, Value self, const Value* args, size_t) {
  Value iterator = get_iter(thread, args[0]);
  if (iterator.is_error()) return iterator;
  for (;;) {
    Value item = iter_next(thread, iterator);
    if (item.is_error()) return item;
    if (item.is_empty()) return Value::true_();
    int in = contains(thread, self, item);
    if (in < 0) return Value::error();
    if (in) return Value::false_();
  }
}

const NativeMethodDef kDictMethods[] = {
    {"clear()", dict_clear_method},
    {"copy()", dict_copy_method},
    {"get(key, default=None, /)", dict_get_method},
    {"items()", dict_items_method},
    {"keys()", dict_keys_method},
    {"pop(key, default=None, /)", dict_pop_method},
    {"popitem()", dict_popitem_method},
    {"setdefault(key, default=None, /)", dict_setdefault_method},
    {"update(*args, **kwargs)", dict_update_method},
    {"values()", dict_values_method},
    {"__reversed__()", dict_reversed_method},
};

const NativeMethodDef kDictClassMethods[] = {
    {"fromkeys(iterable, value=None, /)", dict_fromkeys_method},
};

const NativeMethodDef kSetLikeViewMethods[] = {
    {"isdisjoint(other, /)", view_isdisjoint_method},
    {"__reversed__()", view_reversed_method},
};

const NativeMethodDef kValuesViewMethods[] = {
    {"__reversed__()", view_reversed_method},
};

}  // namespace

bool dict_merge(Thread& thread, DictObject* dict, Value source) {
  if (has_type(source, T(thread).dict)) {
    DictObject* other = as_dict(source);
    for (size_t i = 0; i < other->entries.size(); ++i) {
      DictEntry entry = other->entries[i];
      if (!entry.key.is_empty() && !dict_set(thread, dict, entry.key, entry.value)) return false;
    }
    return true;
  }
  // A mapping: anything with keys().
  Value keys_method = lookup_attr(thread, source, thread.interp().intern("keys"));
  if (keys_method.is_error()) return false;
  if (!keys_method.is_empty()) {
    Value keys = call(thread, keys_method, nullptr, 0);
    if (keys.is_error()) return false;
    Value iterator = get_iter(thread, keys);
    if (iterator.is_error()) return false;
    for (;;) {
      Value key = iter_next(thread, iterator);
      if (key.is_error()) return false;
      if (key.is_empty()) return true;
      Value value = get_item(thread, source, key);
      if (value.is_error() || !dict_set(thread, dict, key, value)) return false;
    }
  }
  // An iterable of pairs.
  Value iterator = get_iter(thread, source);
  if (iterator.is_error()) return false;
  for (size_t n = 0;; ++n) {
    Value pair = iter_next(thread, iterator);
    if (pair.is_error()) return false;
    if (pair.is_empty()) return true;
    Value pair_iterator = get_iter(thread, pair);
    if (pair_iterator.is_error()) {
      if (!thread.pending_is(T(thread).TypeError)) return false;
      thread.take_pending();
      thread.raise_format(T(thread).TypeError, "cannot convert dictionary update sequence element #%zu to a sequence", n);
      return false;
    }
    ListObject* parts = list_new(thread);
    for (;;) {
      Value part = iter_next(thread, pair_iterator);
      if (part.is_error()) return false;
      if (part.is_empty()) break;
      list_append(thread, parts, part);
    }
    if (parts->items.size() != 2) {
      thread.raise_format(T(thread).ValueError, "dictionary update sequence element #%zu has length %zu; 2 is required",
                          n, parts->items.size());
      return false;
    }
    if (!dict_set(thread, dict, parts->items[0], parts->items[1])) return false;
  }
}

Value dict_view_binary(Thread& thread, BinaryOp op, Value a, Value b) {
  // Like CPython: set(a) combined with the iterable b through the set method.
  SetObject* result = set_new(thread, T(thread).set);
  if (!set_update(thread, result, a)) return Value::error();
  SetObject* other = set_new(thread, T(thread).set);
  if (!set_update(thread, other, b)) return Value::error();
  return binary_op(thread, op, to_value(result), to_value(other));
}

Value dict_union(Thread& thread, Value a, Value b, bool in_place) {
  DictObject* target = as_dict(a);
  if (!in_place) {
    target = dict_new(thread);
    if (!dict_merge(thread, target, a)) return Value::error();
  }
  return dict_merge(thread, target, b) ? to_value(target) : Value::error();
}

Value dict_view_as_set(Thread& thread, Value v) {
  if (!has_type(v, T(thread).dict_keys) && !has_type(v, T(thread).dict_items)) return v;
  SetObject* result = set_new(thread, T(thread).set);
  return set_update(thread, result, v) ? to_value(result) : Value::error();
}

void install_dict_methods(Interpreter& interp) {
  const BuiltinTypes& types = interp.types();
  define_native_methods(interp, types.dict->dict, types.dict, kDictMethods);
  // fromkeys is a classmethod around a plain builtin taking the class first.
  Thread& thread = interp.main_thread();
  DictObject* scratch = dict_new(thread);
  define_native_methods(interp, scratch, nullptr, kDictClassMethods);
  MethodWrapperObject* wrapper = thread.heap().make<MethodWrapperObject>(types.classmethod);
  wrapper->function = dict_get_str(scratch, interp.intern("fromkeys"));
  wrapper->dict = nullptr;
  dict_set(thread, types.dict->dict, interp.intern("fromkeys"), to_value(wrapper));
  for (Type* view : {types.dict_keys, types.dict_items}) {
    define_native_methods(interp, view->dict, view, kSetLikeViewMethods);
  }
  define_native_methods(interp, types.dict_values->dict, types.dict_values, kValuesViewMethods);
}

}  // namespace pyxis
