// Building the arguments of f(*args, **kwargs) calls, with CPython's messages naming the
// callee ("__main__.g() got multiple values for keyword argument 'a'").
#include "vm/call_arguments.h"

#include <string>

#include "objects/dict_object.h"
#include "objects/function_object.h"
#include "objects/list_object.h"
#include "objects/str_object.h"
#include "vm/interpreter.h"
#include "vm/operations.h"

namespace pyxis {

namespace {

bool has_type(Value v, const Type* type) { return v.is_object() && v.as_object()->type == type; }
std::string_view str_view(Value v) { return static_cast<StrObject*>(v.as_object())->view(); }

}  // namespace

std::string function_description(Thread& thread, Value callable) {
  const BuiltinTypes& types = thread.types();
  if (has_type(callable, types.method)) callable = static_cast<BoundMethodObject*>(callable.as_object())->function;
  if (has_type(callable, types.function)) {
    auto* function = static_cast<FunctionObject*>(callable.as_object());
    std::string text;
    if (has_type(function->module, types.str) && str_view(function->module) != "builtins")
      text += std::string(str_view(function->module)) + ".";
    text += std::string(str_view(function->qualname)) + "()";
    return text;
  }
  if (has_type(callable, types.builtin_function)) {
    auto* function = static_cast<BuiltinFunctionObject*>(callable.as_object());
    if (function->owner != nullptr) return function->owner->name + "." + function->name + "()";
    return std::string(function->name) + "()";
  }
  if (callable.is_object() && is_subtype(callable.as_object()->type, types.type))
    return static_cast<Type*>(callable.as_object())->name + "()";
  std::string shown;
  if (!append_repr(thread, shown, callable)) {
    thread.take_pending();
    shown = std::string(type_name(thread, callable)) + " object";
  }
  return shown;
}

bool extend_call_arguments(Thread& thread, ListObject* list, Value iterable, Value callable) {
  Value iterator = get_iter(thread, iterable);
  if (iterator.is_error()) {
    if (thread.pending_is(thread.types().TypeError) && !has_type(iterable, thread.types().type)) {
      thread.take_pending();
      std::string callee = function_description(thread, callable);
      thread.raise_format(thread.types().TypeError, "%s argument after * must be an iterable, not %s", callee.c_str(),
                          type_name(thread, iterable));
    }
    return false;
  }
  for (;;) {
    Value item = iter_next(thread, iterator);
    if (item.is_error()) return false;
    if (item.is_empty()) return true;
    list_append(thread, list, item);
  }
}

bool merge_call_keywords(Thread& thread, DictObject* into, Value mapping, Value callable) {
  const BuiltinTypes& types = thread.types();
  auto add = [&](Value key, Value value) {
    if (!key.is_object() || !is_subtype(key.as_object()->type, types.str)) {
      thread.raise(types.TypeError, "keywords must be strings");
      return false;
    }
    Value existing = dict_get(thread, into, key);
    if (existing.is_error()) return false;
    if (!existing.is_empty()) {
      std::string callee = function_description(thread, callable);
      std::string_view text = str_view(key);
      thread.raise_format(types.TypeError, "%s got multiple values for keyword argument '%.*s'", callee.c_str(),
                          int(text.size()), text.data());
      return false;
    }
    return dict_set(thread, into, key, value);
  };
  if (has_type(mapping, types.dict)) {
    auto* source = static_cast<DictObject*>(mapping.as_object());
    for (size_t i = 0; i < source->entries.size(); ++i) {
      DictEntry entry = source->entries[i];
      if (!entry.key.is_empty() && !add(entry.key, entry.value)) return false;
    }
    return true;
  }
  // Any mapping: keys() then [key].
  Value keys_method = lookup_attr(thread, mapping, thread.interp().intern("keys"));
  if (keys_method.is_error()) return false;
  if (keys_method.is_empty()) {
    std::string callee = function_description(thread, callable);
    thread.raise_format(types.TypeError, "%s argument after ** must be a mapping, not %s", callee.c_str(),
                        type_name(thread, mapping));
    return false;
  }
  Value keys = call(thread, keys_method, nullptr, 0);
  if (keys.is_error()) return false;
  Value iterator = get_iter(thread, keys);
  if (iterator.is_error()) return false;
  for (;;) {
    Value key = iter_next(thread, iterator);
    if (key.is_error()) return false;
    if (key.is_empty()) return true;
    Value value = get_item(thread, mapping, key);
    if (value.is_error() || !add(key, value)) return false;
  }
}

}  // namespace pyxis
