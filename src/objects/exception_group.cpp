// BaseExceptionGroup / ExceptionGroup: construction rules, exceptions/message, split, subgroup,
// derive; and the two steps of `except*` (matching a clause, then what to re-raise).
#include <vector>

#include "gc/heap.h"
#include "objects/arg_parser.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/function_object.h"
#include "objects/list_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/type_object.h"
#include "vm/builtins.h"
#include "vm/interpreter.h"
#include "vm/operations.h"

namespace pyxis {

namespace {

const BuiltinTypes& T(Thread& thread) { return thread.types(); }
bool has_type(Value v, const Type* type) { return v.is_object() && v.as_object()->type == type; }
bool instance_of(Value v, const Type* type) { return v.is_object() && is_subtype(v.as_object()->type, type); }

bool is_group(Thread& thread, Value value) { return instance_of(value, T(thread).BaseExceptionGroup); }

// Nested groups are walked recursively: RecursionError before the native stack runs out.
bool too_deep(Thread& thread) {
  if (thread.native_stack_limit == nullptr || __builtin_frame_address(0) > thread.native_stack_limit) return false;
  thread.raise(T(thread).RecursionError, "maximum recursion depth exceeded");
  return true;
}

TupleObject* group_exceptions(Value group) {
  Value excs = as_exception(group)->fields[1];
  return excs.is_object() ? static_cast<TupleObject*>(excs.as_object()) : nullptr;
}

// The items of a sequence argument (list, tuple, or an object with __len__ and __getitem__).
TupleObject* sequence_items(Thread& thread, Value value) {
  const BuiltinTypes& t = T(thread);
  if (instance_of(value, t.tuple)) return static_cast<TupleObject*>(value.as_object());
  if (instance_of(value, t.list)) {
    auto* list = static_cast<ListObject*>(value.as_object());
    return tuple_from(thread, list->items.data(), list->items.size());
  }
  Type* type = type_of(thread.interp(), value);
  bool sequence = type->is_heap_type && !instance_of(value, t.dict) &&
                  !type_lookup(type, thread.interp().intern("__getitem__")).is_empty();
  if (!sequence) {
    thread.raise(t.TypeError, "second argument (exceptions) must be a sequence");
    return nullptr;
  }
  int64_t size;
  if (!length(thread, value, &size)) return nullptr;
  ListObject* items = list_new(thread);
  Value keep = to_value(items);
  for (int64_t i = 0; i < size; ++i) {
    Value item = get_item(thread, value, Value::small_int(i));
    if (item.is_error()) return nullptr;
    list_append(thread, items, item);
  }
  (void)keep;
  return tuple_from(thread, items->items.data(), items->items.size());
}

// --------------------------------------------------------------- matching conditions

struct Matcher {
  enum Kind { Type, Tuple, Predicate, Leaves } kind;
  Value condition;
  const std::vector<Value>* leaves = nullptr;
};

bool exception_class(Thread& thread, Value value) {
  return has_type(value, T(thread).type) && is_subtype(static_cast<Type*>(value.as_object()), T(thread).BaseException);
}

bool make_matcher(Thread& thread, Value condition, Matcher* matcher) {
  matcher->condition = condition;
  if (exception_class(thread, condition)) {
    matcher->kind = Matcher::Type;
    return true;
  }
  if (has_type(condition, T(thread).tuple)) {
    auto* tuple = static_cast<TupleObject*>(condition.as_object());
    bool all = true;
    for (size_t i = 0; i < tuple->size; ++i) all = all && exception_class(thread, tuple->items[i]);
    if (all) {
      matcher->kind = Matcher::Tuple;
      return true;
    }
  } else if (!has_type(condition, T(thread).type)) {
    Type* type = type_of(thread.interp(), condition);
    const BuiltinTypes& t = T(thread);
    bool callable = type == t.function || type == t.builtin_function || type == t.method ||
                    !type_lookup(type, thread.interp().intern("__call__")).is_empty();
    if (callable) {
      matcher->kind = Matcher::Predicate;
      return true;
    }
  }
  thread.raise(T(thread).TypeError, "expected a function, exception type or tuple of exception types");
  return false;
}

// 1 match, 0 not, -1 error.
int matches(Thread& thread, const Matcher& matcher, Value exception) {
  switch (matcher.kind) {
    case Matcher::Type: return instance_of(exception, static_cast<Type*>(matcher.condition.as_object()));
    case Matcher::Tuple: {
      auto* tuple = static_cast<TupleObject*>(matcher.condition.as_object());
      for (size_t i = 0; i < tuple->size; ++i)
        if (instance_of(exception, static_cast<Type*>(tuple->items[i].as_object()))) return 1;
      return 0;
    }
    case Matcher::Predicate: {
      Value result = call(thread, matcher.condition, &exception, 1);
      if (result.is_error()) return -1;
      return truthy(thread, result);
    }
    case Matcher::Leaves:
      for (Value leaf : *matcher.leaves)
        if (leaf.bits() == exception.bits()) return 1;
      return 0;
  }
  return 0;
}

// --------------------------------------------------------------- split

// The parts get the original's traceback, cause, context and a copy of its notes.
bool copy_metadata(Thread& thread, Value from, Value to) {
  ExceptionObject* source = as_exception(from);
  ExceptionObject* target = as_exception(to);
  target->traceback = source->traceback;
  target->cause = source->cause;
  target->context = source->context;
  Value name = thread.interp().intern("__notes__");
  Value notes = source->dict != nullptr ? dict_get_str(source->dict, name) : Value();
  if (notes.is_empty()) return true;
  Value copy = notes;
  if (instance_of(notes, T(thread).list) || instance_of(notes, T(thread).tuple)) {
    copy = call(thread, to_value(T(thread).list), &notes, 1);
    if (copy.is_error()) return false;
  }
  return set_attr(thread, to, name, copy);
}

Value derive(Thread& thread, Value group, Value exceptions) {
  Value method = get_attr(thread, group, thread.interp().intern("derive"));
  if (method.is_error()) return method;
  Value derived = call(thread, method, &exceptions, 1);
  if (derived.is_error()) return derived;
  if (!is_group(thread, derived))
    return thread.raise(T(thread).TypeError, "derive must return an instance of BaseExceptionGroup");
  return derived;
}

bool split_recursive(Thread& thread, Value exception, const Matcher& matcher, bool want_rest, Value* match,
                     Value* rest) {
  *match = Value::none();
  *rest = Value::none();
  if (too_deep(thread)) return false;
  int whole = matches(thread, matcher, exception);
  if (whole < 0) return false;
  if (whole) {
    *match = exception;
    return true;
  }
  if (!is_group(thread, exception)) {
    if (want_rest) *rest = exception;
    return true;
  }
  TupleObject* excs = group_exceptions(exception);
  ListObject* matched = list_new(thread);
  Value keep_matched = to_value(matched);
  ListObject* rested = list_new(thread);
  Value keep_rested = to_value(rested);
  for (size_t i = 0; excs != nullptr && i < excs->size; ++i) {
    Value part_match, part_rest;
    if (!split_recursive(thread, excs->items[i], matcher, want_rest, &part_match, &part_rest)) return false;
    if (!part_match.is_none()) list_append(thread, matched, part_match);
    if (want_rest && !part_rest.is_none()) list_append(thread, rested, part_rest);
  }
  if (!matched->items.empty()) {
    Value derived = derive(thread, exception, keep_matched);
    if (derived.is_error() || !copy_metadata(thread, exception, derived)) return false;
    *match = derived;
  }
  if (want_rest && !rested->items.empty()) {
    Value derived = derive(thread, exception, keep_rested);
    if (derived.is_error() || !copy_metadata(thread, exception, derived)) return false;
    *rest = derived;
  }
  return true;
}

// --------------------------------------------------------------- methods

Value group_init(Thread& thread, Value self, const Value* slots, size_t nslots) {
  DictObject* keywords = slots[0].is_object() ? static_cast<DictObject*>(slots[0].as_object()) : nullptr;
  if (keywords != nullptr && keywords->used != 0)
    return thread.raise_format(T(thread).TypeError, "%s() takes no keyword arguments", type_name(thread, self));
  as_exception(self)->args = tuple_from(thread, slots + 1, nslots - 1);
  return Value::none();
}

Value group_split(Thread& thread, Value self, const Value* args, size_t) {
  Matcher matcher;
  if (!make_matcher(thread, args[0], &matcher)) return Value::error();
  Value parts[2];
  if (!split_recursive(thread, self, matcher, true, &parts[0], &parts[1])) return Value::error();
  return to_value(tuple_from(thread, parts, 2));
}

Value group_subgroup(Thread& thread, Value self, const Value* args, size_t) {
  Matcher matcher;
  if (!make_matcher(thread, args[0], &matcher)) return Value::error();
  Value match, rest;
  if (!split_recursive(thread, self, matcher, false, &match, &rest)) return Value::error();
  return match;
}

Value group_derive(Thread& thread, Value self, const Value* args, size_t) {
  Value parts[2] = {as_exception(self)->fields[0], args[0]};
  return construct_exception_group(thread, T(thread).BaseExceptionGroup, parts, 2, nullptr);
}

void collect_leaves(Thread& thread, Value exception, std::vector<Value>* leaves) {
  std::vector<Value> pending{exception};  // iterative: groups may nest deeply
  while (!pending.empty()) {
    Value at = pending.back();
    pending.pop_back();
    if (!is_group(thread, at)) {
      leaves->push_back(at);
      continue;
    }
    TupleObject* excs = group_exceptions(at);
    for (size_t i = excs != nullptr ? excs->size : 0; i-- > 0;) pending.push_back(excs->items[i]);
  }
}

}  // namespace

Value new_exception_group(Thread& thread, Type* type, const Value* args, size_t npositional) {
  const BuiltinTypes& t = T(thread);
  if (npositional != 2)  // keywords are left to __init__
    return thread.raise_format(t.TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zu given)",
                               npositional);
  Value message = args[0];
  if (!instance_of(message, t.str))
    return thread.raise_format(t.TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                               type_name(thread, message));
  TupleObject* excs = sequence_items(thread, args[1]);
  if (excs == nullptr) return Value::error();
  Value keep = to_value(excs);
  if (excs->size == 0) return thread.raise(t.ValueError, "second argument (exceptions) must be a non-empty sequence");
  bool all_exceptions = true;
  for (size_t i = 0; i < excs->size; ++i) {
    if (!is_exception(thread, excs->items[i]))
      return thread.raise_format(t.ValueError, "Item %zu of second argument (exceptions) is not an exception", i);
    all_exceptions = all_exceptions && instance_of(excs->items[i], t.Exception);
  }
  if (type == t.BaseExceptionGroup) {
    if (all_exceptions) type = t.ExceptionGroup;
  } else if (is_subtype(type, t.Exception) && !all_exceptions) {
    if (type == t.ExceptionGroup) return thread.raise(t.TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
    return thread.raise_format(t.TypeError, "Cannot nest BaseExceptions in '%s'", type->name.c_str());
  }
  ExceptionObject* group = new_exception(thread, type, args, 2);
  Value instance = to_value(group);
  group->fields[0] = message;
  group->fields[1] = keep;
  return instance;
}

Value construct_exception_group(Thread& thread, Type* type, const Value* args, size_t nargs, TupleObject* kwnames) {
  return construct_exception(thread, type, args, nargs, kwnames);
}

void install_exception_group_methods(Interpreter& interp) {
  Thread& thread = interp.main_thread();
  const BuiltinTypes& types = interp.types();
  struct Def {
    const char* signature;
    NativeFunction function;
  };
  static const Def kMethods[] = {
      {"__init__(*args, **kwargs)", group_init}, {"split(matcher_value, /)", group_split},
      {"subgroup(matcher_value, /)", group_subgroup}, {"derive(excs, /)", group_derive},
  };
  Type* owner = types.BaseExceptionGroup;
  for (const Def& def : kMethods) {
    interp.signatures.push_back(std::make_unique<ParsedSignature>(parse_signature(def.signature)));
    ParsedSignature* signature = interp.signatures.back().get();
    signature->qualified_name = owner->name + "." + signature->name;
    BuiltinFunctionObject* native = thread.heap().make<BuiltinFunctionObject>(types.builtin_function);
    native->name = signature->name.c_str();
    native->function = def.function;
    native->signature = signature;
    native->owner = owner;
    dict_set(thread, owner->dict, interp.intern(signature->name), to_value(native));
  }
}

bool exception_group_match(Thread& thread, Value exception, Value type, Value* match, Value* rest) {
  const BuiltinTypes& t = T(thread);
  auto check = [&](Value candidate) {
    if (!exception_class(thread, candidate)) {
      thread.raise(t.TypeError, "catching classes that do not inherit from BaseException is not allowed");
      return false;
    }
    if (is_subtype(static_cast<Type*>(candidate.as_object()), t.BaseExceptionGroup)) {
      thread.raise(t.TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
      return false;
    }
    return true;
  };
  if (has_type(type, t.tuple)) {
    auto* tuple = static_cast<TupleObject*>(type.as_object());
    for (size_t i = 0; i < tuple->size; ++i)
      if (!check(tuple->items[i])) return false;
  } else if (!check(type)) {
    return false;
  }
  Matcher matcher;
  matcher.kind = has_type(type, t.tuple) ? Matcher::Tuple : Matcher::Type;
  matcher.condition = type;
  *match = Value::none();
  *rest = exception;
  if (!is_group(thread, exception)) {
    int r = matches(thread, matcher, exception);
    if (r <= 0) return r == 0;
    Value items[1] = {exception};
    Value parts[2] = {str_value(thread, ""), to_value(tuple_from(thread, items, 1))};
    Value wrapped = construct_exception_group(thread, t.BaseExceptionGroup, parts, 2, nullptr);
    if (wrapped.is_error()) return false;
    *match = wrapped;
    *rest = Value::none();
    return true;
  }
  return split_recursive(thread, exception, matcher, true, match, rest);
}

Value prepare_reraise_star(Thread& thread, Value original, Value raised_list) {
  auto* list = static_cast<ListObject*>(raised_list.as_object());
  std::vector<Value> items;
  for (Value item : list->items)
    if (!item.is_none()) items.push_back(item);
  if (items.empty()) return Value::none();
  if (!is_group(thread, original)) return items[0];
  ExceptionObject* source = as_exception(original);
  ListObject* raised = list_new(thread);
  Value keep_raised = to_value(raised);
  std::vector<Value> reraised_leaves;
  for (Value item : items) {
    ExceptionObject* e = as_exception(item);
    bool reraise = e->traceback.bits() == source->traceback.bits() && e->cause.bits() == source->cause.bits() &&
                   e->context.bits() == source->context.bits();
    if (reraise) collect_leaves(thread, item, &reraised_leaves);
    else list_append(thread, raised, item);
  }
  Value projection = Value::none();
  if (!reraised_leaves.empty()) {
    Matcher matcher;
    matcher.kind = Matcher::Leaves;
    matcher.leaves = &reraised_leaves;
    Value rest;
    if (!split_recursive(thread, original, matcher, false, &projection, &rest)) return Value::error();
  }
  if (raised->items.empty()) return projection;
  if (!projection.is_none()) list_append(thread, raised, projection);
  if (raised->items.size() == 1) return raised->items[0];
  Value parts[2] = {str_value(thread, ""), keep_raised};
  return construct_exception_group(thread, T(thread).BaseExceptionGroup, parts, 2, nullptr);
}

}  // namespace pyxis
