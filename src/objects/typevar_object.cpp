// TypeVar, ParamSpec, TypeVarTuple, TypeAliasType, typing.Generic and generic aliases: the
// objects PEP 695 definitions create, native like CPython's _typing module, with their
// reprs, lazily evaluated bounds/constraints/values and subscription.
#include "objects/typevar_object.h"

#include "objects/builtin_subclass.h"

#include <iterator>
#include <string>

#include "objects/arg_parser.h"
#include "objects/dict_object.h"
#include "objects/function_object.h"
#include "objects/list_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/type_slots.h"
#include "vm/builtins.h"
#include "vm/interpreter.h"
#include "vm/operations.h"

namespace pyxis {

namespace {

void trace_typevar(Object* object, gc::Tracer& tracer) {
  auto* t = static_cast<TypeVarObject*>(object);
  tracer.visit(t->name);
  tracer.visit(t->module);
  tracer.visit(t->bound);
  tracer.visit(t->bound_function);
  tracer.visit(t->constraints);
  tracer.visit(t->constraints_function);
}
void trace_paramspec_attribute(Object* object, gc::Tracer& tracer) {
  tracer.visit(static_cast<ParamSpecAttributeObject*>(object)->origin);
}
void trace_type_alias(Object* object, gc::Tracer& tracer) {
  auto* a = static_cast<TypeAliasObject*>(object);
  tracer.visit(a->name);
  tracer.visit(a->module);
  tracer.visit(a->value);
  tracer.visit(a->value_function);
  tracer.visit(a->type_params);
}
void trace_generic_alias(Object* object, gc::Tracer& tracer) {
  auto* g = static_cast<GenericAliasObject*>(object);
  tracer.visit(g->origin);
  tracer.visit(g->args);
}

void trace_union(Object* object, gc::Tracer& tracer) { tracer.visit(static_cast<UnionObject*>(object)->args); }

bool has_type(Value v, const Type* type) { return v.is_object() && v.as_object()->type == type; }
StrObject* as_str(Value v) { return static_cast<StrObject*>(v.as_object()); }

// Nested aliases recurse natively (repr, ==, hash, __parameters__): stop before the native
// stack runs out.
bool stack_exhausted(Thread& thread) {
  if (thread.native_stack_limit == nullptr || __builtin_frame_address(0) > thread.native_stack_limit) return false;
  thread.raise(thread.types().RecursionError, "maximum recursion depth exceeded");
  return true;
}

Type* internal_type(Thread& thread, const char* name) {
  Value found = typing_internal(thread.interp(), name);
  return found.is_empty() ? nullptr : static_cast<Type*>(found.as_object());
}

bool is_typevar_like(Value v) { return v.is_object() && v.as_object()->type->trace == trace_typevar; }
bool is_generic_alias(Value v) { return v.is_object() && v.as_object()->type->trace == trace_generic_alias; }
TypeVarObject* as_typevar(Value v) { return static_cast<TypeVarObject*>(v.as_object()); }
GenericAliasObject* as_alias(Value v) { return static_cast<GenericAliasObject*>(v.as_object()); }

Value caller_module(Thread& thread) {
  if (thread.frames.empty()) return Value::none();
  Value name = dict_get_str(thread.frames.back().globals, thread.interp().intern("__name__"));
  return name.is_empty() ? Value::none() : name;
}

int flag(Thread& thread, Value v) { return v.is_empty() ? 0 : truthy(thread, v); }

TypeVarObject* new_typevar(Thread& thread, TypeParamKind kind, Value name) {
  const char* type_name_text = kind == TypeParamKind::TypeVar ? "TypeVar" : kind == TypeParamKind::ParamSpec ? "ParamSpec" : "TypeVarTuple";
  TypeVarObject* t = thread.heap().make<TypeVarObject>(internal_type(thread, type_name_text));
  t->kind = kind;
  t->name = name;
  t->module = Value::none();
  return t;
}

Value make_alias(Thread& thread, Value origin, Value args, bool typing_form, bool unpack = false) {
  if (!has_type(args, thread.types().tuple)) {
    TupleObject* one = tuple_new(thread, 1);
    one->items[0] = args;
    args = to_value(one);
  }
  const char* type_name_text = typing_form ? "_GenericAlias" : "GenericAlias";
  GenericAliasObject* alias = thread.heap().make<GenericAliasObject>(internal_type(thread, type_name_text));
  alias->origin = origin;
  alias->args = args;
  alias->typing_form = typing_form;
  alias->unpack = unpack;
  return to_value(alias);
}

// ------------------------------------------------------------------ constructors

Value check_name(Thread& thread, Value name, const char* who) {
  if (has_type(name, thread.types().str)) return name;
  return thread.raise_format(thread.types().TypeError, "%s() argument 'name' must be str, not %s", who, type_name(thread, name));
}

bool check_variance(Thread& thread, int covariant, int contravariant, int infer) {
  if (covariant < 0 || contravariant < 0 || infer < 0) return false;
  if (covariant && contravariant) {
    thread.raise(thread.types().ValueError, "Bivariant types are not supported.");
    return false;
  }
  if (infer && (covariant || contravariant)) {
    thread.raise(thread.types().ValueError, "Variance cannot be specified with infer_variance.");
    return false;
  }
  return true;
}

// TypeVar(name, *constraints, bound=None, covariant=False, contravariant=False, infer_variance=False)
Value new_TypeVar(Thread& thread, Value, const Value* args, size_t nargs) {
  if (check_name(thread, args[0], "typevar").is_error()) return Value::error();
  int covariant = flag(thread, args[2]), contravariant = flag(thread, args[3]), infer = flag(thread, args[4]);
  if (!check_variance(thread, covariant, contravariant, infer)) return Value::error();
  size_t nconstraints = nargs - 5;
  if (nconstraints == 1) return thread.raise(thread.types().TypeError, "A single constraint is not allowed");
  Value bound = args[1].is_empty() ? Value::none() : args[1];
  if (nconstraints > 0 && !bound.is_none())
    return thread.raise(thread.types().TypeError, "Constraints cannot be combined with bound=...");
  TypeVarObject* t = new_typevar(thread, TypeParamKind::TypeVar, args[0]);
  t->covariant = covariant;
  t->contravariant = contravariant;
  t->infer_variance = infer;
  t->bound = bound;
  t->constraints = to_value(tuple_from(thread, args + 5, nconstraints));
  t->module = caller_module(thread);
  return to_value(t);
}

// ParamSpec(name, *, bound=None, covariant=False, contravariant=False, infer_variance=False)
Value new_ParamSpec(Thread& thread, Value, const Value* args, size_t) {
  if (check_name(thread, args[0], "paramspec").is_error()) return Value::error();
  int covariant = flag(thread, args[2]), contravariant = flag(thread, args[3]), infer = flag(thread, args[4]);
  if (!check_variance(thread, covariant, contravariant, infer)) return Value::error();
  TypeVarObject* t = new_typevar(thread, TypeParamKind::ParamSpec, args[0]);
  t->covariant = covariant;
  t->contravariant = contravariant;
  t->infer_variance = infer;
  t->bound = args[1].is_empty() ? Value::none() : args[1];
  t->constraints = to_value(tuple_new(thread, 0));
  t->module = caller_module(thread);
  return to_value(t);
}

Value new_TypeVarTuple(Thread& thread, Value, const Value* args, size_t) {
  if (check_name(thread, args[0], "typevartuple").is_error()) return Value::error();
  TypeVarObject* t = new_typevar(thread, TypeParamKind::TypeVarTuple, args[0]);
  t->bound = Value::none();
  t->constraints = to_value(tuple_new(thread, 0));
  t->module = caller_module(thread);
  return to_value(t);
}

Value new_alias_object(Thread& thread, Value name, Value value, Value value_function, Value type_params, Value module) {
  TypeAliasObject* alias = thread.heap().make<TypeAliasObject>(internal_type(thread, "TypeAliasType"));
  alias->name = name;
  alias->value = value;
  alias->value_function = value_function;
  alias->type_params = type_params.is_empty() || type_params.is_none() ? to_value(tuple_new(thread, 0)) : type_params;
  alias->module = module;
  return to_value(alias);
}

// TypeAliasType(name, value, *, type_params=())
Value new_TypeAliasType(Thread& thread, Value, const Value* args, size_t) {
  if (check_name(thread, args[0], "typealias").is_error()) return Value::error();
  if (!args[2].is_empty() && !has_type(args[2], thread.types().tuple))
    return thread.raise(thread.types().TypeError, "type_params must be a tuple");
  return new_alias_object(thread, args[0], args[1], Value(), args[2], caller_module(thread));
}

// ------------------------------------------------------------------ helpers for compiled code

// type_param(kind, name, lazy, lazy_is_constraints): a PEP 695 type parameter.
Value internal_type_param(Thread& thread, Value, const Value* args, size_t) {
  int64_t kind = args[0].is_small_int() ? args[0].as_small_int() : 0;
  TypeVarObject* t = new_typevar(thread, TypeParamKind(kind), args[1]);
  t->infer_variance = kind != int64_t(TypeParamKind::TypeVarTuple);
  t->module = thread.interp().intern("typing");
  Value lazy = args[2];
  if (lazy.is_none() || lazy.is_empty()) {
    t->bound = Value::none();
    t->constraints = to_value(tuple_new(thread, 0));
  } else if (args[3].is_true()) {
    t->bound = Value::none();
    t->constraints_function = lazy;
  } else {
    t->bound_function = lazy;
    t->constraints = to_value(tuple_new(thread, 0));
  }
  return to_value(t);
}

// generic_base(type_params): Generic[*type_params], the base a generic class gets.
Value internal_generic_base(Thread& thread, Value, const Value* args, size_t) {
  return make_alias(thread, typing_internal(thread.interp(), "Generic"), args[0], true);
}

// type_alias(name, value_function, type_params): the value of a `type` statement.
Value internal_type_alias(Thread& thread, Value, const Value* args, size_t) {
  return new_alias_object(thread, args[0], Value(), args[1], args[2], caller_module(thread));
}

// ------------------------------------------------------------------ repr

// An argument of a subscription as typing shows it.
bool append_type_repr(Thread& thread, std::string& out, Value value) {
  if (stack_exhausted(thread)) return false;
  Interpreter& interp = thread.interp();
  if (value.bits() == Value::ellipsis().bits()) {
    out += "...";
    return true;
  }
  if (value.is_object() && is_subtype(value.as_object()->type, thread.types().type)) {
    auto* cls = static_cast<Type*>(value.as_object());
    Value qualname = lookup_attr(thread, value, interp.intern("__qualname__"));
    if (thread.has_pending()) return false;
    std::string name = has_type(qualname, thread.types().str) ? std::string(as_str(qualname)->view()) : cls->name;
    Value module = lookup_attr(thread, value, interp.intern("__module__"));
    if (thread.has_pending()) return false;
    std::string module_name = has_type(module, thread.types().str) ? std::string(as_str(module)->view()) : cls->module_name;
    if (module_name != "builtins") out += module_name + ".";
    out += name;
    return true;
  }
  if (has_type(value, thread.types().function)) return append_str(thread, out, static_cast<FunctionObject*>(value.as_object())->name);
  if (has_type(value, thread.types().list) || has_type(value, thread.types().tuple)) {
    // Callable[[int, str], T]: the parameter list.
    bool is_list = has_type(value, thread.types().list);
    const Value* items = is_list ? static_cast<ListObject*>(value.as_object())->items.data() : static_cast<TupleObject*>(value.as_object())->items;
    size_t size = is_list ? static_cast<ListObject*>(value.as_object())->items.size() : static_cast<TupleObject*>(value.as_object())->size;
    out += "[";
    for (size_t i = 0; i < size; ++i) {
      if (i > 0) out += ", ";
      if (!append_type_repr(thread, out, items[i])) return false;
    }
    out += "]";
    return true;
  }
  return append_repr(thread, out, value);
}

Value typevar_repr(Thread& thread, Value self, const Value*, size_t) {
  TypeVarObject* t = as_typevar(self);
  std::string out;
  if (t->kind != TypeParamKind::TypeVarTuple && !t->infer_variance) out += t->covariant ? "+" : t->contravariant ? "-" : "~";
  out += as_str(t->name)->view();
  return str_value(thread, out);
}

Value paramspec_attribute_repr(Thread& thread, Value self, const Value*, size_t) {
  auto* a = static_cast<ParamSpecAttributeObject*>(self.as_object());
  std::string out(as_str(as_typevar(a->origin)->name)->view());
  out += a->is_kwargs ? ".kwargs" : ".args";
  return str_value(thread, out);
}

Value type_alias_repr(Thread&, Value self, const Value*, size_t) {
  return static_cast<TypeAliasObject*>(self.as_object())->name;
}

Value generic_alias_repr(Thread& thread, Value self, const Value*, size_t) {
  if (stack_exhausted(thread)) return Value::error();
  GenericAliasObject* g = as_alias(self);
  std::string out;
  if (g->unpack) {
    out += "typing.Unpack[";
    if (!append_type_repr(thread, out, g->origin)) return Value::error();
    out += "]";
    return str_value(thread, out);
  }
  if (g->typing_form) {
    if (!append_type_repr(thread, out, g->origin)) return Value::error();
  } else if (g->origin.is_object() && is_subtype(g->origin.as_object()->type, thread.types().type)) {
    if (!append_type_repr(thread, out, g->origin)) return Value::error();
  } else if (!append_repr(thread, out, g->origin)) {
    return Value::error();
  }
  auto* args = static_cast<TupleObject*>(g->args.as_object());
  out += "[";
  if (args->size == 0) out += "()";
  for (size_t i = 0; i < args->size; ++i) {
    if (i > 0) out += ", ";
    if (!append_type_repr(thread, out, args->items[i])) return Value::error();
  }
  out += "]";
  return str_value(thread, out);
}

// ------------------------------------------------------------------ attributes

Value attribute_error(Thread& thread, Value self, Value name) {
  std::string_view text = as_str(name)->view();
  return thread.raise_format(thread.types().AttributeError, "'%s' object has no attribute '%.*s'", type_name(thread, self),
                             int(text.size()), text.data());
}

Value typevar_getattr(Thread& thread, Value self, const Value* args, size_t) {
  TypeVarObject* t = as_typevar(self);
  std::string_view name = has_type(args[0], thread.types().str) ? as_str(args[0])->view() : std::string_view();
  if (name == "__name__") return t->name;
  if (name == "__module__") return t->module;
  if (t->kind == TypeParamKind::TypeVarTuple) return attribute_error(thread, self, args[0]);
  if (name == "__bound__") {
    if (t->bound.is_empty() && !t->bound_function.is_empty()) {
      Value bound = call(thread, t->bound_function, nullptr, 0);
      if (bound.is_error()) return bound;
      t->bound = bound;
    }
    return t->bound.is_empty() ? Value::none() : t->bound;
  }
  if (name == "__covariant__") return Value::boolean(t->covariant);
  if (name == "__contravariant__") return Value::boolean(t->contravariant);
  if (name == "__infer_variance__") return Value::boolean(t->infer_variance);
  if (t->kind == TypeParamKind::ParamSpec && (name == "args" || name == "kwargs")) {
    ParamSpecAttributeObject* a = thread.heap().make<ParamSpecAttributeObject>(
        internal_type(thread, name == "args" ? "ParamSpecArgs" : "ParamSpecKwargs"));
    a->origin = self;
    a->is_kwargs = name == "kwargs";
    return to_value(a);
  }
  if (t->kind == TypeParamKind::TypeVar && name == "__constraints__") {
    if (t->constraints.is_empty() && !t->constraints_function.is_empty()) {
      Value constraints = call(thread, t->constraints_function, nullptr, 0);
      if (constraints.is_error()) return constraints;
      if (!has_type(constraints, thread.types().tuple))
        return thread.raise(thread.types().TypeError, "constraints must be a tuple");
      t->constraints = constraints;
    }
    return t->constraints.is_empty() ? to_value(tuple_new(thread, 0)) : t->constraints;
  }
  return attribute_error(thread, self, args[0]);
}

Value paramspec_attribute_getattr(Thread& thread, Value self, const Value* args, size_t) {
  if (has_type(args[0], thread.types().str) && as_str(args[0])->view() == "__origin__")
    return static_cast<ParamSpecAttributeObject*>(self.as_object())->origin;
  return attribute_error(thread, self, args[0]);
}

Value paramspec_attribute_eq(Thread&, Value self, const Value* args, size_t) {
  if (!args[0].is_object() || args[0].as_object()->type != self.as_object()->type) return Value::not_implemented();
  return Value::boolean(static_cast<ParamSpecAttributeObject*>(self.as_object())->origin.bits() ==
                        static_cast<ParamSpecAttributeObject*>(args[0].as_object())->origin.bits());
}

Value type_alias_getattr(Thread& thread, Value self, const Value* args, size_t) {
  auto* a = static_cast<TypeAliasObject*>(self.as_object());
  std::string_view name = has_type(args[0], thread.types().str) ? as_str(args[0])->view() : std::string_view();
  if (name == "__name__") return a->name;
  if (name == "__module__") return a->module;
  if (name == "__type_params__" || name == "__parameters__") return a->type_params;
  if (name == "__value__") {
    if (a->value.is_empty()) {
      Value value = call(thread, a->value_function, nullptr, 0);
      if (value.is_error()) return value;
      a->value = value;
    }
    return a->value;
  }
  return attribute_error(thread, self, args[0]);
}

Value type_alias_getitem(Thread& thread, Value self, const Value* args, size_t) {
  auto* a = static_cast<TypeAliasObject*>(self.as_object());
  if (static_cast<TupleObject*>(a->type_params.as_object())->size == 0)
    return thread.raise(thread.types().TypeError, "Only generic type aliases are subscriptable");
  return make_alias(thread, self, args[0], false);
}

// The type variables among `args`, in order, once each (__parameters__).
Value collect_parameters(Thread& thread, Value args) {
  if (stack_exhausted(thread)) return Value::error();
  ListObject* found = list_new(thread);
  auto add = [&](Value v) {
    for (Value seen : found->items)
      if (seen.bits() == v.bits()) return;
    list_append(thread, found, v);
  };
  auto* tuple = static_cast<TupleObject*>(args.as_object());
  for (size_t i = 0; i < tuple->size; ++i) {
    Value item = tuple->items[i];
    if (is_typevar_like(item)) add(item);
    else if (is_generic_alias(item)) {
      if (as_alias(item)->unpack) {
        if (is_typevar_like(as_alias(item)->origin)) add(as_alias(item)->origin);
        continue;
      }
      Value nested = collect_parameters(thread, as_alias(item)->args);
      if (nested.is_error()) return nested;
      auto* inner = static_cast<TupleObject*>(nested.as_object());
      for (size_t j = 0; j < inner->size; ++j) add(inner->items[j]);
    }
  }
  return to_value(tuple_from(thread, found->items.data(), found->items.size()));
}

Value generic_alias_getattr(Thread& thread, Value self, const Value* args, size_t) {
  GenericAliasObject* g = as_alias(self);
  std::string_view name = has_type(args[0], thread.types().str) ? as_str(args[0])->view() : std::string_view();
  if (name == "__origin__") return g->origin;
  if (name == "__args__") return g->args;
  if (name == "__parameters__") return collect_parameters(thread, g->args);
  if (name == "__unpacked__") return Value::boolean(g->unpack);
  if (!name.starts_with("__")) return get_attr(thread, g->origin, args[0]);
  return attribute_error(thread, self, args[0]);
}

// `value` with each type variable of `params` replaced by the matching entry of `values`.
Value substitute(Thread& thread, Value value, TupleObject* params, TupleObject* values) {
  if (stack_exhausted(thread)) return Value::error();
  for (size_t i = 0; i < params->size; ++i)
    if (params->items[i].bits() == value.bits()) return values->items[i];
  if (!is_generic_alias(value) || as_alias(value)->unpack) return value;
  GenericAliasObject* g = as_alias(value);
  auto* args = static_cast<TupleObject*>(g->args.as_object());
  TupleObject* replaced = tuple_new(thread, args->size);
  for (size_t i = 0; i < args->size; ++i) {
    Value item = substitute(thread, args->items[i], params, values);
    if (item.is_error()) return item;
    replaced->items[i] = item;
  }
  return make_alias(thread, g->origin, to_value(replaced), g->typing_form);
}

// list[T][int]: the alias with its type variables replaced.
Value generic_alias_getitem(Thread& thread, Value self, Value key) {
  Value parameters = collect_parameters(thread, as_alias(self)->args);
  if (parameters.is_error()) return parameters;
  auto* params = static_cast<TupleObject*>(parameters.as_object());
  std::string shown;
  if (params->size == 0) {
    if (!append_repr(thread, shown, self)) return Value::error();
    return thread.raise_format(thread.types().TypeError, "%s is not a generic class", shown.c_str());
  }
  for (size_t i = 0; i < params->size; ++i)
    if (as_typevar(params->items[i])->kind != TypeParamKind::TypeVar)
      return thread.raise(thread.types().TypeError, "substituting ParamSpec or TypeVarTuple parameters is not supported yet");
  Value values = has_type(key, thread.types().tuple) ? key : to_value(tuple_from(thread, &key, 1));
  auto* given = static_cast<TupleObject*>(values.as_object());
  if (given->size != params->size) {
    if (!append_repr(thread, shown, self)) return Value::error();
    return thread.raise_format(thread.types().TypeError, "Too %s arguments for %s; actual %zu, expected %zu",
                               given->size > params->size ? "many" : "few", shown.c_str(), given->size, params->size);
  }
  auto* args = static_cast<TupleObject*>(as_alias(self)->args.as_object());
  TupleObject* replaced = tuple_new(thread, args->size);
  for (size_t i = 0; i < args->size; ++i) {
    Value item = substitute(thread, args->items[i], params, given);
    if (item.is_error()) return item;
    replaced->items[i] = item;
  }
  return make_alias(thread, as_alias(self)->origin, to_value(replaced), as_alias(self)->typing_form);
}

Value generic_alias_eq(Thread& thread, Value self, const Value* args, size_t) {
  if (stack_exhausted(thread)) return Value::error();
  if (!is_generic_alias(args[0])) return Value::not_implemented();
  GenericAliasObject* a = as_alias(self);
  GenericAliasObject* b = as_alias(args[0]);
  if (a->typing_form != b->typing_form || a->unpack != b->unpack) return Value::false_();
  int same = equal(thread, a->origin, b->origin);
  if (same <= 0) return same < 0 ? Value::error() : Value::false_();
  same = equal(thread, a->args, b->args);
  return same < 0 ? Value::error() : Value::boolean(same);
}

Value generic_alias_hash(Thread& thread, Value self, const Value*, size_t) {
  if (stack_exhausted(thread)) return Value::error();
  int64_t h1, h2;
  if (!hash_value(thread, as_alias(self)->origin, &h1) || !hash_value(thread, as_alias(self)->args, &h2)) return Value::error();
  return Value::small_int(int64_t((uint64_t(h1) ^ (uint64_t(h2) * 31)) & ((uint64_t{1} << 40) - 1)));
}

// As a base: its origin; Generic[...] gives way to a later generic alias among the bases.
Value generic_alias_mro_entries(Thread& thread, Value self, const Value* args, size_t) {
  Value origin = as_alias(self)->origin;
  if (as_alias(self)->typing_form && origin.bits() == typing_internal(thread.interp(), "Generic").bits() &&
      has_type(args[0], thread.types().tuple)) {
    auto* bases = static_cast<TupleObject*>(args[0].as_object());
    size_t at = 0;
    while (at < bases->size && bases->items[at].bits() != self.bits()) ++at;
    for (size_t i = at + 1; i < bases->size; ++i)
      if (is_generic_alias(bases->items[i]) && bases->items[i].bits() != self.bits()) return to_value(tuple_new(thread, 0));
  }
  return to_value(tuple_from(thread, &origin, 1));
}

Value typevar_mro_entries(Thread& thread, Value self, const Value*, size_t) {
  return thread.raise_format(thread.types().TypeError, "Cannot subclass an instance of %s", type_name(thread, self));
}

// iter(Ts): the one item typing.Unpack[Ts] (what `*Ts` unpacks to).
Value typevartuple_iter(Thread& thread, Value self, const Value*, size_t) {
  Value unpacked = make_alias(thread, self, to_value(tuple_new(thread, 0)), true, true);
  TupleObject* one = tuple_from(thread, &unpacked, 1);
  return get_iter(thread, to_value(one));
}

// list[int], dict[str, int] ...: types.GenericAlias.
Value builtin_class_getitem(Thread& thread, Value cls, const Value* args, size_t) {
  return make_alias(thread, cls, args[0], false);
}

// Generic[T, ...] (typing._GenericAlias after checking the parameters) and C[int] for its
// subclasses.
Value generic_class_getitem(Thread& thread, Value cls, const Value* args, size_t) {
  Value params = args[0];
  const BuiltinTypes& types = thread.types();
  if (!has_type(params, types.tuple)) params = to_value(tuple_from(thread, &params, 1));
  auto* tuple = static_cast<TupleObject*>(params.as_object());
  if (cls.bits() == typing_internal(thread.interp(), "Generic").bits()) {
    if (tuple->size == 0) return thread.raise(types.TypeError, "Parameter list to Generic[...] cannot be empty");
    for (size_t i = 0; i < tuple->size; ++i) {
      Value p = tuple->items[i];
      bool ok = is_typevar_like(p) || (is_generic_alias(p) && as_alias(p)->unpack);
      if (!ok)
        return thread.raise(types.TypeError,
                            "Parameters to Generic[...] must all be type variables or parameter specification variables.");
      for (size_t j = 0; j < i; ++j)
        if (tuple->items[j].bits() == p.bits())
          return thread.raise(types.TypeError, "Parameters to Generic[...] must all be unique");
    }
    return make_alias(thread, cls, params, true);
  }
  Value parameters = lookup_attr(thread, cls, thread.interp().intern("__parameters__"));
  if (thread.has_pending()) return Value::error();
  if (has_type(parameters, types.tuple)) {
    size_t expected = static_cast<TupleObject*>(parameters.as_object())->size;
    bool variadic = false;
    for (size_t i = 0; i < expected; ++i) {
      Value p = static_cast<TupleObject*>(parameters.as_object())->items[i];
      variadic |= is_typevar_like(p) && as_typevar(p)->kind != TypeParamKind::TypeVar;
    }
    if (expected == 0) {
      std::string shown;
      if (!append_repr(thread, shown, cls)) return Value::error();
      return thread.raise_format(types.TypeError, "%s is not a generic class", shown.c_str());
    }
    if (!variadic && tuple->size != expected) {
      std::string shown;
      if (!append_repr(thread, shown, cls)) return Value::error();
      return thread.raise_format(types.TypeError, "Too %s arguments for %s; actual %zu, expected %zu",
                                 tuple->size > expected ? "many" : "few", shown.c_str(), tuple->size, expected);
    }
  }
  return make_alias(thread, cls, params, true);
}

// ------------------------------------------------------------------ unions

bool is_union(Value v) { return v.is_object() && v.as_object()->type->trace == trace_union; }
UnionObject* as_union(Value v) { return static_cast<UnionObject*>(v.as_object()); }
bool is_type_alias(Value v) { return v.is_object() && v.as_object()->type->trace == trace_type_alias; }

// What may stand on either side of `|` in a union, and whether it makes it a typing.Union.
bool union_operand(Thread& thread, Value v, bool* typing_form) {
  if (v.is_none()) return true;
  if (v.is_object() && is_subtype(v.as_object()->type, thread.types().type)) return true;
  if (is_typevar_like(v) || is_type_alias(v)) {
    *typing_form = true;
    return true;
  }
  if (is_generic_alias(v)) {
    *typing_form |= as_alias(v)->typing_form;
    return true;
  }
  if (is_union(v)) {
    *typing_form |= as_union(v)->typing_form;
    return true;
  }
  return false;
}

// a | b for types, None, generic aliases, type variables and unions; empty (NotImplemented)
// for other operands.
Value union_binary(Thread& thread, BinaryOp op, Value a, Value b) {
  if (op != BinaryOp::Or) return Value();
  bool typing_form = false;
  if (!union_operand(thread, a, &typing_form) || !union_operand(thread, b, &typing_form)) return Value();
  ListObject* args = list_new(thread);
  thread.native_roots.push_back(to_value(args));
  bool ok = true;
  auto add = [&](Value item) {
    if (item.is_none()) item = to_value(type_of(thread.interp(), Value::none()));
    for (Value seen : args->items) {
      int same = equal(thread, seen, item);
      if (same < 0) ok = false;
      if (same != 0) return;
    }
    list_append(thread, args, item);
  };
  for (Value side : {a, b}) {
    if (is_union(side)) {
      auto* items = static_cast<TupleObject*>(as_union(side)->args.as_object());
      for (size_t i = 0; i < items->size && ok; ++i) add(items->items[i]);
    } else if (ok) {
      add(side);
    }
  }
  thread.native_roots.pop_back();
  if (!ok) return Value::error();
  if (args->items.size() == 1) return args->items[0];
  UnionObject* result = thread.heap().make<UnionObject>(internal_type(thread, typing_form ? "_UnionGenericAlias" : "UnionType"));
  result->args = to_value(tuple_from(thread, args->items.data(), args->items.size()));
  result->typing_form = typing_form;
  return to_value(result);
}

Value union_repr(Thread& thread, Value self, const Value*, size_t) {
  if (stack_exhausted(thread)) return Value::error();
  UnionObject* u = as_union(self);
  auto* args = static_cast<TupleObject*>(u->args.as_object());
  Value none_type = to_value(type_of(thread.interp(), Value::none()));
  std::string out;
  if (u->typing_form) {
    bool optional = args->size == 2 && (args->items[0].bits() == none_type.bits() || args->items[1].bits() == none_type.bits());
    if (optional) {
      out += "typing.Optional[";
      if (!append_type_repr(thread, out, args->items[args->items[0].bits() == none_type.bits() ? 1 : 0])) return Value::error();
      out += "]";
      return str_value(thread, out);
    }
    out += "typing.Union[";
    for (size_t i = 0; i < args->size; ++i) {
      if (i > 0) out += ", ";
      if (!append_type_repr(thread, out, args->items[i])) return Value::error();
    }
    out += "]";
    return str_value(thread, out);
  }
  for (size_t i = 0; i < args->size; ++i) {
    if (i > 0) out += " | ";
    if (args->items[i].bits() == none_type.bits()) out += "None";
    else if (!append_type_repr(thread, out, args->items[i])) return Value::error();
  }
  return str_value(thread, out);
}

Value union_getattr(Thread& thread, Value self, const Value* args, size_t) {
  std::string_view name = has_type(args[0], thread.types().str) ? as_str(args[0])->view() : std::string_view();
  if (name == "__args__") return as_union(self)->args;
  if (name == "__parameters__") return collect_parameters(thread, as_union(self)->args);
  return attribute_error(thread, self, args[0]);
}

Value union_eq(Thread& thread, Value self, const Value* args, size_t) {
  if (stack_exhausted(thread)) return Value::error();
  if (!is_union(args[0])) return Value::not_implemented();
  auto* a = static_cast<TupleObject*>(as_union(self)->args.as_object());
  auto* b = static_cast<TupleObject*>(as_union(args[0])->args.as_object());
  if (as_union(self)->typing_form != as_union(args[0])->typing_form || a->size != b->size) return Value::false_();
  for (size_t i = 0; i < a->size; ++i) {
    bool found = false;
    for (size_t j = 0; j < b->size && !found; ++j) {
      int same = equal(thread, a->items[i], b->items[j]);
      if (same < 0) return Value::error();
      found = same != 0;
    }
    if (!found) return Value::false_();
  }
  return Value::true_();
}

bool union_hash_slot(Thread& thread, Value self, int64_t* out) {
  if (stack_exhausted(thread)) return false;
  auto* args = static_cast<TupleObject*>(as_union(self)->args.as_object());
  uint64_t h = 0x9E3779B97F4A7C15ull;
  for (size_t i = 0; i < args->size; ++i) {
    int64_t item;
    if (!hash_value(thread, args->items[i], &item)) return false;
    h ^= uint64_t(item) * 0x100000001B3ull;  // order-independent
  }
  *out = int64_t(h >> 2);
  return true;
}

// Generic.__init_subclass__: __parameters__ from the type variables of __orig_bases__ (those
// of Generic[...] when it is among them).
Value generic_init_subclass(Thread& thread, Value cls, const Value* args, size_t nargs) {
  Interpreter& interp = thread.interp();
  const BuiltinTypes& types = thread.types();
  if (nargs > 0 && has_type(args[0], types.dict) && static_cast<DictObject*>(args[0].as_object())->used > 0)
    return thread.raise_format(types.TypeError, "%s.__init_subclass__() takes no keyword arguments",
                               static_cast<Type*>(cls.as_object())->name.c_str());
  auto* type = static_cast<Type*>(cls.as_object());
  Value orig_bases = dict_get_str(type->dict, interp.intern("__orig_bases__"));
  Value parameters = to_value(tuple_new(thread, 0));
  if (has_type(orig_bases, types.tuple)) {
    parameters = collect_parameters(thread, orig_bases);
    if (parameters.is_error()) return parameters;
    auto* bases = static_cast<TupleObject*>(orig_bases.as_object());
    Value generic_params;
    for (size_t i = 0; i < bases->size; ++i) {
      Value b = bases->items[i];
      if (!is_generic_alias(b) || as_alias(b)->origin.bits() != typing_internal(interp, "Generic").bits()) continue;
      if (!generic_params.is_empty()) return thread.raise(types.TypeError, "Cannot inherit from Generic[...] multiple times.");
      generic_params = collect_parameters(thread, as_alias(b)->args);
      if (generic_params.is_error()) return generic_params;
    }
    if (!generic_params.is_empty()) {
      auto* listed = static_cast<TupleObject*>(generic_params.as_object());
      auto* found = static_cast<TupleObject*>(parameters.as_object());
      for (size_t i = 0; i < found->size; ++i) {
        bool present = false;
        for (size_t j = 0; j < listed->size; ++j) present |= listed->items[j].bits() == found->items[i].bits();
        if (!present) return thread.raise(types.TypeError, "Some type variables are not listed in Generic[...]");
      }
      parameters = generic_params;
    }
  }
  if (!set_attr(thread, cls, interp.intern("__parameters__"), parameters)) return Value::error();
  return Value::none();
}

// ------------------------------------------------------------------ installation

Value construct_typing(Thread& thread, Type* type, const Value* args, size_t nargs, TupleObject* kwnames);

// Slot adapters over the natives above.
template <NativeFunction F>
bool repr_slot(Thread& thread, std::string& out, Value self) {
  Value text = F(thread, self, nullptr, 0);
  if (text.is_error()) return false;
  out += as_str(text)->view();
  return true;
}
template <NativeFunction F>
Value get_attr_slot(Thread& thread, Value self, Value name) {
  Value found = F(thread, self, &name, 1);
  if (found.is_error() && thread.pending_is(thread.types().AttributeError)) {
    thread.take_pending();
    return Value();
  }
  return found;
}
template <NativeFunction F>
Value compare_slot(Thread& thread, CompareOp op, Value a, Value b) {
  if (op != CompareOp::Eq && op != CompareOp::Ne) return Value();
  Value result = F(thread, a, &b, 1);
  if (result.is_error()) return result;
  if (result.bits() == Value::not_implemented().bits()) return Value();
  if (op == CompareOp::Ne) return Value::boolean(!result.is_true());
  return result;
}
bool alias_hash_slot(Thread& thread, Value self, int64_t* out) {
  Value h = generic_alias_hash(thread, self, nullptr, 0);
  if (h.is_error()) return false;
  *out = h.as_small_int();
  return true;
}
Value alias_call_slot(Thread& thread, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  return call(thread, as_alias(self)->origin, args, nargs, kwnames);
}
Value typevartuple_iter_slot(Thread& thread, Value self) { return typevartuple_iter(thread, self, nullptr, 0); }
Value type_alias_getitem_slot(Thread& thread, Value self, Value key) { return type_alias_getitem(thread, self, &key, 1); }

const TypeSlots kTypeVarSlots = {.repr = repr_slot<typevar_repr>, .binary = union_binary, .construct = construct_typing,
                                 .get_attr = get_attr_slot<typevar_getattr>};
const TypeSlots kTypeVarTupleSlots = {.repr = repr_slot<typevar_repr>, .binary = union_binary, .iter = typevartuple_iter_slot,
                                      .construct = construct_typing, .get_attr = get_attr_slot<typevar_getattr>};
const TypeSlots kParamSpecAttributeSlots = {.repr = repr_slot<paramspec_attribute_repr>,
                                            .compare = compare_slot<paramspec_attribute_eq>,
                                            .get_attr = get_attr_slot<paramspec_attribute_getattr>};
const TypeSlots kTypeAliasSlots = {.repr = repr_slot<type_alias_repr>, .binary = union_binary, .get_item = type_alias_getitem_slot,
                                   .construct = construct_typing, .get_attr = get_attr_slot<type_alias_getattr>};
const TypeSlots kGenericAliasSlots = {.repr = repr_slot<generic_alias_repr>, .hash = alias_hash_slot,
                                      .compare = compare_slot<generic_alias_eq>, .binary = union_binary,
                                      .get_item = generic_alias_getitem, .call = alias_call_slot, .get_attr = get_attr_slot<generic_alias_getattr>};
const TypeSlots kUnionSlots = {.repr = repr_slot<union_repr>, .hash = union_hash_slot, .compare = compare_slot<union_eq>,
                               .binary = union_binary, .get_attr = get_attr_slot<union_getattr>};
// `type` itself: int | str.
const TypeSlots kTypeOrSlots = {.binary = union_binary};

struct MethodDef {
  const char* signature;
  NativeFunction function;
};

const MethodDef kTypeVarMethods[] = {
    {"__mro_entries__(bases, /)", typevar_mro_entries},
};
const MethodDef kGenericAliasMethods[] = {
    {"__mro_entries__(bases, /)", generic_alias_mro_entries},
};

}  // namespace

Value union_members(Thread& thread, Value cls, const char* builtin) {
  if (!is_union(cls)) return Value();
  auto* args = static_cast<TupleObject*>(as_union(cls)->args.as_object());
  for (size_t i = 0; i < args->size; ++i)
    if (is_generic_alias(args->items[i]) || is_typevar_like(args->items[i]))
      return thread.raise_format(thread.types().TypeError, "%s() argument 2 cannot be a parameterized generic", builtin);
  return to_value(args);
}

Value typing_internal(Interpreter& interp, const char* name) {
  if (interp.typing_internals == nullptr) return Value();
  return dict_get_str(interp.typing_internals, interp.intern(name));
}

void install_typing_objects(Interpreter& interp) {
  Thread& thread = interp.main_thread();
  const BuiltinTypes& types = interp.types();
  DictObject* internals = dict_new(thread);
  interp.typing_internals = internals;
  auto native = [&](const char* signature, NativeFunction function, Type* owner) {
    interp.signatures.push_back(std::make_unique<ParsedSignature>(parse_signature(signature)));
    if (owner != nullptr) interp.signatures.back()->qualified_name = owner->name + "." + interp.signatures.back()->name;
    const ParsedSignature* parsed = interp.signatures.back().get();
    BuiltinFunctionObject* f = thread.heap().make<BuiltinFunctionObject>(types.builtin_function);
    f->name = parsed->name.c_str();
    f->function = function;
    f->signature = parsed;
    f->owner = owner;
    return f;
  };
  auto make_type = [&](const char* name, TraceFn trace, Layout layout) {
    Type* type = thread.heap().make<Type>(types.type);
    type->name = name;
    type->base = types.object;
    type->bases = {types.object};
    type->trace = trace;
    type->layout = layout;
    type->module_name = "typing";
    type->allow_subclassing = false;
    type->dict = dict_new(thread);
    compute_mro(thread, type);
    dict_set(thread, internals, interp.intern(name), to_value(type));
    return type;
  };
  auto methods = [&](Type* type, const MethodDef* defs, size_t count) {
    for (size_t i = 0; i < count; ++i) {
      BuiltinFunctionObject* f = native(defs[i].signature, defs[i].function, type);
      dict_set(thread, type->dict, interp.intern(f->name), to_value(f));
    }
  };
  Type* typevar = make_type("TypeVar", trace_typevar, Layout::Builtin);
  Type* paramspec = make_type("ParamSpec", trace_typevar, Layout::Builtin);
  Type* typevartuple = make_type("TypeVarTuple", trace_typevar, Layout::Builtin);
  Type* ps_args = make_type("ParamSpecArgs", trace_paramspec_attribute, Layout::Builtin);
  Type* ps_kwargs = make_type("ParamSpecKwargs", trace_paramspec_attribute, Layout::Builtin);
  Type* alias_type = make_type("TypeAliasType", trace_type_alias, Layout::Builtin);
  Type* typing_alias = make_type("_GenericAlias", trace_generic_alias, Layout::Builtin);
  Type* types_alias = make_type("GenericAlias", trace_generic_alias, Layout::Builtin);
  types_alias->module_name = "types";
  allow_python_subclasses(interp, types_alias);  // collections.abc derives _CallableGenericAlias from it
  Type* union_type = make_type("UnionType", trace_union, Layout::Builtin);
  union_type->module_name = "types";
  Type* typing_union = make_type("_UnionGenericAlias", trace_union, Layout::Builtin);
  for (Type* t : {union_type, typing_union}) t->slots = &kUnionSlots;
  if (types.type->slots == nullptr) types.type->slots = &kTypeOrSlots;
  for (Type* t : {typevar, paramspec, typevartuple}) methods(t, kTypeVarMethods, std::size(kTypeVarMethods));
  for (Type* t : {typing_alias, types_alias}) methods(t, kGenericAliasMethods, std::size(kGenericAliasMethods));
  typevar->slots = &kTypeVarSlots;
  paramspec->slots = &kTypeVarSlots;
  typevartuple->slots = &kTypeVarTupleSlots;
  ps_args->slots = &kParamSpecAttributeSlots;
  ps_kwargs->slots = &kParamSpecAttributeSlots;
  alias_type->slots = &kTypeAliasSlots;
  typing_alias->slots = &kGenericAliasSlots;
  types_alias->slots = &kGenericAliasSlots;
  // Constructors, found by construct_typing.
  dict_set(thread, internals, interp.intern("new TypeVar"),
           to_value(native("TypeVar(name, *constraints, bound=None, covariant=False, contravariant=False, infer_variance=False)",
                           new_TypeVar, nullptr)));
  dict_set(thread, internals, interp.intern("new ParamSpec"),
           to_value(native("ParamSpec(name, *, bound=None, covariant=False, contravariant=False, infer_variance=False)",
                           new_ParamSpec, nullptr)));
  dict_set(thread, internals, interp.intern("new TypeVarTuple"), to_value(native("TypeVarTuple(name)", new_TypeVarTuple, nullptr)));
  dict_set(thread, internals, interp.intern("new TypeAliasType"),
           to_value(native("TypeAliasType(name, value, *, type_params=())", new_TypeAliasType, nullptr)));
  dict_set(thread, internals, interp.intern("type_param"),
           to_value(native("type_param(kind, name, lazy, constraints, /)", internal_type_param, nullptr)));
  dict_set(thread, internals, interp.intern("generic_base"),
           to_value(native("generic_base(type_params, /)", internal_generic_base, nullptr)));
  dict_set(thread, internals, interp.intern("type_alias"),
           to_value(native("type_alias(name, value, type_params, /)", internal_type_alias, nullptr)));
  auto classmethod = [&](BuiltinFunctionObject* function) {
    Value wrapped = to_value(function);
    return call(thread, to_value(types.classmethod), &wrapped, 1);
  };
  // typing.Generic: a plain class with __class_getitem__.
  DictObject* generic_namespace = dict_new(thread);
  dict_set(thread, generic_namespace, interp.intern("__module__"), interp.intern("typing"));
  dict_set(thread, generic_namespace, interp.intern("__qualname__"), interp.intern("Generic"));
  dict_set(thread, generic_namespace, interp.intern("__class_getitem__"),
           classmethod(native("__class_getitem__(params, /)", generic_class_getitem, nullptr)));
  dict_set(thread, generic_namespace, interp.intern("__init_subclass__"),
           classmethod(native("__init_subclass__(**kwargs)", generic_init_subclass, nullptr)));
  Value object_base = to_value(types.object);
  Value class_args[3] = {interp.intern("Generic"), to_value(tuple_from(thread, &object_base, 1)), to_value(generic_namespace)};
  Value generic = call(thread, to_value(types.type), class_args, 3);
  if (generic.is_error()) thread.take_pending();
  else dict_set(thread, internals, interp.intern("Generic"), generic);
  // list[int] and friends.
  Value class_getitem = classmethod(native("__class_getitem__(params, /)", builtin_class_getitem, nullptr));
  for (Type* t : {types.list, types.dict, types.tuple, types.set, types.frozenset, types.type})
    if (dict_get_str(t->dict, interp.intern("__class_getitem__")).is_empty())
      dict_set(thread, t->dict, interp.intern("__class_getitem__"), class_getitem);
  // The _typing module.
  DictObject* module_dict = dict_new(thread);
  dict_set(thread, module_dict, interp.intern("__name__"), interp.intern("_typing"));
  for (const char* name : {"TypeVar", "ParamSpec", "ParamSpecArgs", "ParamSpecKwargs", "TypeVarTuple", "TypeAliasType", "Generic"})
    dict_set(thread, module_dict, interp.intern(name), typing_internal(interp, name));
  ModuleObject* module = thread.heap().make<ModuleObject>(types.module);
  module->dict = module_dict;
  dict_set(thread, interp.modules(), interp.intern("_typing"), to_value(module));
}

namespace {

// TypeVar(...), ParamSpec(...), TypeVarTuple(...), TypeAliasType(...).
Value construct_typing(Thread& thread, Type* type, const Value* args, size_t nargs, TupleObject* kwnames) {
  Value constructor = typing_internal(thread.interp(), ("new " + type->name).c_str());
  if (constructor.is_empty()) return thread.raise_format(thread.types().TypeError, "cannot create '%s' instances", type->name.c_str());
  return call_builtin_function(thread, static_cast<BuiltinFunctionObject*>(constructor.as_object()), args, nargs, kwnames);
}

}  // namespace

}  // namespace pyxis
