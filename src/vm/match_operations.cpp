// The run-time half of the match statement (PEP 634): subject kinds, mapping keys, **rest
// and class patterns, with CPython 3.12's checks and error messages.
#include "vm/match_operations.h"

#include <string>

#include "objects/builtin_subclass.h"
#include "objects/dict_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/interpreter.h"
#include "vm/operations.h"

namespace pyxis {

namespace {

bool has_type(Value v, const Type* type) { return v.is_object() && v.as_object()->type == type; }

// True when a builtin (non-heap) type named one of `names` is on the MRO of `type`: types
// this runtime may not have yet (bytes, memoryview, deque ...) are recognised by name.
bool mro_has_builtin_named(const Type* type, std::initializer_list<std::string_view> names) {
  for (const Type* t : type->mro) {
    if (t->is_heap_type) continue;
    for (std::string_view name : names)
      if (t->name == name) return true;
  }
  return false;
}

// A type whose instances a class pattern with one positional sub-pattern matches as a
// whole (int(x) binds the subject itself), subclasses included.
bool matches_self(Thread& thread, const Type* cls) {
  const BuiltinTypes& types = thread.types();
  for (const Type* builtin : {types.bool_, types.int_, types.float_, types.str, types.tuple, types.list,
                              types.dict, types.set, types.frozenset})
    if (builtin != nullptr && is_subtype(cls, builtin)) return true;
  return mro_has_builtin_named(cls, {"bytes", "bytearray"});
}

// getattr(subject, name) for a class pattern: empty (no match) on AttributeError.
Value pattern_attribute(Thread& thread, Value subject, Value name) {
  Value attribute = get_attr(thread, subject, name);
  if (attribute.is_error() && thread.pending_is(thread.types().AttributeError)) {
    thread.take_pending();
    return Value();
  }
  return attribute;
}

}  // namespace

bool match_is_sequence(Thread& thread, Value subject) {
  const BuiltinTypes& types = thread.types();
  Type* type = type_of(thread.interp(), subject);
  if (is_subtype(type, types.list) || is_subtype(type, types.tuple) || is_subtype(type, types.range)) return true;
  return mro_has_builtin_named(type, {"memoryview", "array", "deque"});
}

bool match_is_mapping(Thread& thread, Value subject) {
  Type* type = type_of(thread.interp(), subject);
  if (is_subtype(type, thread.types().dict)) return true;
  return mro_has_builtin_named(type, {"mappingproxy", "OrderedDict", "defaultdict", "Counter"});
}

Value match_keys(Thread& thread, Value subject, Value keys_value) {
  auto* keys = static_cast<TupleObject*>(keys_value.as_object());
  TupleObject* values = tuple_new(thread, keys->size);
  if (keys->size == 0) return to_value(values);
  Value get = get_attr(thread, subject, thread.interp().intern("get"));
  if (get.is_error()) return get;
  DictObject* seen = dict_new(thread);
  // A fresh object no mapping can hold: what get() returns for a missing key.
  Value missing = to_value(dict_new(thread));
  for (size_t i = 0; i < keys->size; ++i) {
    Value key = keys->items[i];
    Value found = dict_get(thread, seen, key);
    if (found.is_error()) return found;
    if (!found.is_empty()) {
      std::string text;
      if (!append_repr(thread, text, key)) return Value::error();
      return thread.raise_format(thread.types().ValueError, "mapping pattern checks duplicate key (%s)", text.c_str());
    }
    if (!dict_set(thread, seen, key, Value::none())) return Value::error();
    Value args[2] = {key, missing};
    Value value = call(thread, get, args, 2);
    if (value.is_error()) return value;
    if (value == missing) return Value::none();
    values->items[i] = value;
  }
  return to_value(values);
}

Value match_rest(Thread& thread, Value subject, Value keys_value) {
  auto* keys = static_cast<TupleObject*>(keys_value.as_object());
  DictObject* rest = dict_new(thread);
  // A dict (or a subclass not overriding __iter__) is copied directly, as dict.update does.
  Value plain = plain_value(subject);
  Type* type = type_of(thread.interp(), subject);
  Value iter_name = thread.interp().intern("__iter__");
  if (has_type(plain, thread.types().dict) &&
      (plain == subject || type_lookup(type, iter_name) == type_lookup(thread.types().dict, iter_name))) {
    auto* source = static_cast<DictObject*>(plain.as_object());
    for (size_t i = 0; i < source->entries.size(); ++i) {
      DictEntry entry = source->entries[i];
      if (entry.key.is_empty()) continue;
      if (!dict_set(thread, rest, entry.key, entry.value)) return Value::error();
    }
  } else {
    Value callable, self;
    if (!get_method(thread, subject, thread.interp().intern("keys"), &callable, &self)) return Value::error();
    Value key_list = self.is_empty() ? call(thread, callable, nullptr, 0) : call(thread, callable, &self, 1);
    if (key_list.is_error()) return key_list;
    Value iterator = get_iter(thread, key_list);
    if (iterator.is_error()) return iterator;
    for (;;) {
      Value key = iter_next(thread, iterator);
      if (key.is_error()) return key;
      if (key.is_empty()) break;
      Value value = get_item(thread, subject, key);
      if (value.is_error()) return value;
      if (!dict_set(thread, rest, key, value)) return Value::error();
    }
  }
  for (size_t i = 0; i < keys->size; ++i)
    if (dict_delete(thread, rest, keys->items[i]) < 0) return Value::error();
  return to_value(rest);
}

Value match_class(Thread& thread, Value subject, Value cls_value, size_t positional, TupleObject* kwnames) {
  const BuiltinTypes& types = thread.types();
  Interpreter& interp = thread.interp();
  if (!is_subtype(type_of(interp, cls_value), types.type))
    return thread.raise(types.TypeError, "called match pattern must be a class");
  auto* cls = static_cast<Type*>(cls_value.as_object());
  Value isinstance = dict_get_str(interp.builtins(), interp.intern("isinstance"));
  int is_instance;
  if (!isinstance.is_empty()) {
    Value args[2] = {subject, cls_value};
    Value result = call(thread, isinstance, args, 2);
    if (result.is_error()) return result;
    is_instance = truthy(thread, result);
    if (is_instance < 0) return Value::error();
  } else {
    is_instance = is_subtype(type_of(interp, subject), cls);
  }
  if (!is_instance) return Value::none();
  size_t keyword_count = kwnames != nullptr ? kwnames->size : 0;
  TupleObject* attributes = tuple_new(thread, positional + keyword_count);
  DictObject* seen = dict_new(thread);
  auto take = [&](Value name, size_t at) -> int {  // 1 found, 0 no match, -1 error
    name = interp.intern(static_cast<StrObject*>(name.as_object())->view());
    Value already = dict_get(thread, seen, name);
    if (already.is_error()) return -1;
    if (!already.is_empty()) {
      std::string text;
      if (!append_repr(thread, text, name)) return -1;
      thread.raise_format(types.TypeError, "%s() got multiple sub-patterns for attribute %s", cls->name.c_str(), text.c_str());
      return -1;
    }
    if (!dict_set(thread, seen, name, Value::none())) return -1;
    Value attribute = pattern_attribute(thread, subject, name);
    if (attribute.is_error()) return -1;
    if (attribute.is_empty()) return 0;
    attributes->items[at] = attribute;
    return 1;
  };
  if (positional > 0) {
    Value match_args = get_attr(thread, cls_value, interp.intern("__match_args__"));
    size_t allowed;
    bool match_self = false;
    if (match_args.is_error()) {
      if (!thread.pending_is(types.AttributeError)) return match_args;
      thread.take_pending();
      match_self = matches_self(thread, cls);
      allowed = match_self ? 1 : 0;
    } else if (!has_type(match_args, types.tuple)) {
      return thread.raise_format(types.TypeError, "%s.__match_args__ must be a tuple (got %s)", cls->name.c_str(),
                                 type_name(thread, match_args));
    } else {
      allowed = static_cast<TupleObject*>(match_args.as_object())->size;
    }
    if (allowed < positional)
      return thread.raise_format(types.TypeError, "%s() accepts %zu positional sub-pattern%s (%zu given)", cls->name.c_str(),
                                 allowed, allowed == 1 ? "" : "s", positional);
    if (match_self) {
      attributes->items[0] = subject;
    } else {
      auto* names = static_cast<TupleObject*>(match_args.as_object());
      for (size_t i = 0; i < positional; ++i) {
        Value name = names->items[i];
        if (!has_type(name, types.str))
          return thread.raise_format(types.TypeError, "__match_args__ elements must be strings (got %s)",
                                     type_name(thread, name));
        int r = take(name, i);
        if (r < 0) return Value::error();
        if (r == 0) return Value::none();
      }
    }
  }
  for (size_t i = 0; i < keyword_count; ++i) {
    int r = take(kwnames->items[i], positional + i);
    if (r < 0) return Value::error();
    if (r == 0) return Value::none();
  }
  return to_value(attributes);
}

}  // namespace pyxis
