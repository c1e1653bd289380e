// Creating classes: __build_class__ (metaclass selection, __prepare__, running the body),
// type.__new__ (bases, MRO, layout and __slots__, __set_name__, __init_subclass__) and the
// metaclass conflict rules of the data model.
#include <algorithm>
#include <cstddef>
#include <string>
#include <vector>

#include "objects/builtin_subclass.h"
#include "objects/descriptor_object.h"
#include "objects/dict_object.h"
#include "objects/function_object.h"
#include "objects/module_object.h"
#include "objects/native_method.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/weakref_object.h"
#include "support/unicode.h"
#include "vm/attributes.h"
#include "vm/class_creation.h"
#include "vm/eval.h"
#include "vm/interpreter.h"
#include "vm/operations.h"

namespace pyxis {

namespace {

const BuiltinTypes& T(Thread& thread) { return thread.types(); }
bool has_type(Value v, const Type* type) { return v.is_object() && v.as_object()->type == type; }
std::string_view str_view(Value v) { return static_cast<StrObject*>(v.as_object())->view(); }

bool is_identifier(std::string_view text) {
  size_t pos = 0;
  bool first = true;
  while (pos < text.size()) {
    char32_t cp;
    if (!unicode::decode_utf8(text, &pos, &cp)) return false;
    if (first ? !(cp == '_' || unicode::is_xid_start(cp)) : !unicode::is_xid_continue(cp)) return false;
    first = false;
  }
  return !first;
}

bool is_type(Thread& thread, Value v) { return v.is_object() && is_subtype(v.as_object()->type, T(thread).type); }

// The most derived of `meta` and the metaclasses of the bases; null with TypeError on conflict.
Type* calculate_metaclass(Thread& thread, Type* meta, TupleObject* bases) {
  Type* winner = meta;
  for (size_t i = 0; i < bases->size; ++i) {
    Type* base_meta = type_of(thread.interp(), bases->items[i]);
    if (is_subtype(winner, base_meta)) continue;
    if (is_subtype(base_meta, winner)) {
      winner = base_meta;
      continue;
    }
    thread.raise(T(thread).TypeError,
                 "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the "
                 "metaclasses of all its bases");
    return nullptr;
  }
  return winner;
}

// "_C__x" for a private name used inside class C (leading underscores of C stripped).
std::string mangle(std::string_view class_name, std::string_view name) {
  if (!name.starts_with("__") || name.ends_with("__") || name.find('.') != std::string_view::npos) return std::string(name);
  size_t skip = class_name.find_first_not_of('_');
  if (skip == std::string_view::npos) return std::string(name);
  return "_" + std::string(class_name.substr(skip)) + std::string(name);
}

Value instance_dict_get(Thread& thread, Value self) {
  DictObject* dict = instance_dict(thread, self, true);
  return dict != nullptr ? to_value(dict) : Value::error();
}

bool instance_dict_set(Thread& thread, Value self, Value value) {
  if (value.is_empty()) {
    thread.raise(T(thread).TypeError, "cannot delete __dict__");
    return false;
  }
  if (!value.is_object() || !is_subtype(value.as_object()->type, T(thread).dict)) {
    thread.raise_format(T(thread).TypeError, "__dict__ must be set to a dictionary, not a '%s'", type_name(thread, value));
    return false;
  }
  DictObject** slot = instance_dict_slot(thread, self);
  *slot = static_cast<DictObject*>(value.as_object());
  return true;
}

const GetSetDef kInstanceDictGetSet[] = {{"__dict__", instance_dict_get, instance_dict_set}};

// __slots__: member descriptors after the base's fields; whether instances get a __dict__.
bool lay_out_slots(Thread& thread, Type* cls, Value slots_value, bool* wants_dict) {
  NativeRootsScope roots(thread);
  std::vector<Value> names;
  if (has_type(slots_value, T(thread).str)) {
    names.push_back(slots_value);
  } else {
    Value iterator = get_iter(thread, slots_value);
    if (iterator.is_error()) return false;
    for (;;) {
      Value item = iter_next(thread, iterator);
      if (item.is_error()) return false;
      if (item.is_empty()) break;
      names.push_back(item);
      thread.native_roots.push_back(item);
    }
  }
  uint32_t offset = cls->basic_size;
  std::vector<Value> added;  // a name listed twice gets two slots, the later one visible
  for (Value name : names) {
    if (!has_type(name, T(thread).str)) {
      thread.raise_format(T(thread).TypeError, "__slots__ items must be strings, not '%s'", type_name(thread, name));
      return false;
    }
    std::string_view text = str_view(name);
    if (!is_identifier(text)) {
      thread.raise(T(thread).TypeError, "__slots__ must be identifiers");
      return false;
    }
    if (text == "__dict__") {
      *wants_dict = true;
      continue;
    }
    if (text == "__weakref__") continue;
    Value key = thread.interp().intern(mangle(cls->name, text));
    bool repeated = std::find(added.begin(), added.end(), key) != added.end();
    added.push_back(key);
    if (!repeated && !dict_get_str(cls->dict, key).is_empty()) {
      thread.raise_format(T(thread).ValueError, "'%.*s' in __slots__ conflicts with class variable", int(text.size()),
                          text.data());
      return false;
    }
    MemberDescriptorObject* member = thread.heap().make<MemberDescriptorObject>(T(thread).member_descriptor);
    member->name = key;
    member->owner = cls;
    member->offset = offset;
    offset += sizeof(Value);
    if (!dict_set(thread, cls->dict, key, to_value(member))) return false;
  }
  cls->basic_size = offset;
  return true;
}

}  // namespace

Value create_class(Thread& thread, Type* meta, Value name, Value bases_value, Value namespace_value, const Value* kwargs,
                   TupleObject* kwnames) {
  NativeRootsScope roots(thread);
  const BuiltinTypes& types = T(thread);
  Interpreter& interp = thread.interp();
  if (!has_type(name, types.str))
    return thread.raise_format(types.TypeError, "type.__new__() argument 1 must be str, not %s", type_name(thread, name));
  if (!has_type(bases_value, types.tuple))
    return thread.raise_format(types.TypeError, "type.__new__() argument 2 must be tuple, not %s", type_name(thread, bases_value));
  if (!namespace_value.is_object() || !is_subtype(namespace_value.as_object()->type, types.dict))
    return thread.raise_format(types.TypeError, "type.__new__() argument 3 must be dict, not %s",
                               type_name(thread, namespace_value));
  auto* bases = static_cast<TupleObject*>(bases_value.as_object());
  Type* winner = calculate_metaclass(thread, meta, bases);
  if (winner == nullptr) return Value::error();
  if (winner != meta) {
    // A more derived metaclass of a base takes over, with its own __new__.
    Value new_method = type_lookup(winner, interp.intern("__new__"));
    if (!new_method.is_empty() && !(has_type(new_method, types.builtin_function) &&
                                    static_cast<BuiltinFunctionObject*>(new_method.as_object())->owner == types.type)) {
      Value args[4] = {to_value(winner), name, bases_value, namespace_value};
      return call(thread, descriptor_get(thread, new_method, Value(), to_value(winner)), args, 4);
    }
    meta = winner;
  }
  Type* cls = thread.heap().make<Type>(meta);
  cls->version = interp.next_type_version++;
  cls->name = std::string(str_view(name));
  cls->is_heap_type = true;
  for (size_t i = 0; i < bases->size; ++i) {
    Value base_value = bases->items[i];
    if (!is_type(thread, base_value)) {
      return thread.raise_format(types.TypeError, "bases must be types");
    }
    auto* base = static_cast<Type*>(base_value.as_object());
    if (!base->allow_subclassing)
      return thread.raise_format(types.TypeError, "type '%s' is not an acceptable base type", base->name.c_str());
    if (base->layout == Layout::Builtin && dict_get_str(base->dict, interp.intern("__new__")).is_empty())
      return thread.raise_format(types.TypeError, "subclassing the builtin type '%s' is not supported yet", base->name.c_str());
    for (Type* earlier : cls->bases)
      if (earlier == base) return thread.raise_format(types.TypeError, "duplicate base class %s", base->name.c_str());
    cls->bases.push_back(base);
  }
  if (cls->bases.empty()) cls->bases.push_back(types.object);
  // The solid base: the base whose instance layout is the largest (exceptions over plain
  // objects, then the one with more __slots__).
  Type* solid = cls->bases[0];
  for (Type* base : cls->bases) {
    if (base->layout != Layout::Object && solid->layout == Layout::Object) solid = base;
    else if (base->layout == solid->layout && base->basic_size > solid->basic_size) solid = base;
  }
  for (Type* base : cls->bases) {
    Type* plain = base->layout == Layout::Exception ? types.BaseException : base->layout == Layout::Type ? types.type : types.object;
    if (solid->layout == Layout::Builtin && base != solid && base->layout != Layout::Object) {
      // Two builtin bases (or a builtin and a derived one) cannot share an instance.
      if (!(base->layout == Layout::BuiltinSubclass && base->builtin_base == solid))
        return thread.raise(types.TypeError, "multiple bases have instance lay-out conflict");
      continue;
    }
    bool compatible = base->layout == solid->layout
                          ? (base->basic_size <= solid->basic_size && is_subtype(solid, base)) || base->basic_size == plain->basic_size
                          : base->layout == Layout::Object && base->basic_size == types.object->basic_size;
    if (!compatible) return thread.raise(types.TypeError, "multiple bases have instance lay-out conflict");
  }
  cls->base = solid;
  cls->layout = solid->layout;
  cls->trace = solid->trace;
  cls->destroy = solid->destroy;
  cls->slots = solid->slots;
  cls->basic_size = solid->basic_size;
  cls->builtin_base = solid->builtin_base;
  cls->dict_offset = 0;
  for (Type* base : cls->bases)
    if (base->dict_offset != 0) cls->dict_offset = base->dict_offset;
  if (solid->layout == Layout::Builtin) {
    // Deriving from a builtin value type: instances wrap a value of it (objects/builtin_subclass.h),
    // which the protocols reach through the wrapper.
    cls->layout = Layout::BuiltinSubclass;
    cls->builtin_base = solid;
    cls->trace = trace_builtin_subclass;
    cls->destroy = nullptr;
    cls->slots = nullptr;
    cls->basic_size = sizeof(BuiltinSubclassInstance);
  }
  if (!compute_mro(thread, cls)) return Value::error();
  cls->dict = dict_new(thread);
  thread.native_roots.push_back(to_value(cls));
  auto* source = static_cast<DictObject*>(plain_value(namespace_value).as_object());
  for (size_t i = 0; i < source->entries.size(); ++i) {
    DictEntry entry = source->entries[i];
    if (entry.key.is_empty()) continue;
    if (!dict_set(thread, cls->dict, entry.key, entry.value)) return Value::error();
  }
  Value module_name = dict_get_str(cls->dict, interp.intern("__module__"));
  if (module_name.is_empty()) {
    // type(name, bases, ns) called from Python code: the caller's module.
    if (!thread.frames.empty()) {
      Value caller_module = dict_get_str(thread.frames.back().globals, interp.intern("__name__"));
      if (!caller_module.is_empty()) {
        if (!dict_set(thread, cls->dict, interp.intern("__module__"), caller_module)) return Value::error();
        module_name = caller_module;
      }
    }
  }
  if (has_type(module_name, types.str)) cls->module_name = std::string(str_view(module_name));
  Value qualname = dict_get_str(cls->dict, interp.intern("__qualname__"));
  if (!qualname.is_empty()) {
    if (!has_type(qualname, types.str))
      return thread.raise_format(types.TypeError, "type __qualname__ must be a str, not %s", type_name(thread, qualname));
    cls->qualname = std::string(str_view(qualname));
    dict_delete(thread, cls->dict, interp.intern("__qualname__"));
  }
  // Defining __eq__ without __hash__ makes instances unhashable.
  if (!dict_get_str(cls->dict, interp.intern("__eq__")).is_empty() && dict_get_str(cls->dict, interp.intern("__hash__")).is_empty() &&
      !dict_set(thread, cls->dict, interp.intern("__hash__"), Value::none()))
    return Value::error();
  if (dict_get_str(cls->dict, interp.intern("__doc__")).is_empty() &&
      !dict_set(thread, cls->dict, interp.intern("__doc__"), Value::none()))
    return Value::error();
  // __new__, __init_subclass__ and __class_getitem__ are implicitly static/class methods.
  for (const char* implicit : {"__new__", "__init_subclass__", "__class_getitem__"}) {
    Value key = interp.intern(implicit);
    Value function = dict_get_str(cls->dict, key);
    if (!has_type(function, types.function)) continue;
    Value wrapped = call(thread, to_value(std::string_view(implicit) == "__new__" ? types.staticmethod : types.classmethod),
                         &function, 1);
    if (wrapped.is_error() || !dict_set(thread, cls->dict, key, wrapped)) return Value::error();
  }
  bool wants_dict = cls->dict_offset == 0;
  Value slots_value = dict_get_str(cls->dict, interp.intern("__slots__"));
  if (!slots_value.is_empty()) {
    wants_dict = false;
    if (!lay_out_slots(thread, cls, slots_value, &wants_dict)) return Value::error();
    if (cls->dict_offset != 0) wants_dict = false;
  }
  if (wants_dict && cls->dict_offset == 0) {
    // Instances of Layout::Object/Exception keep the dict pointer in InstanceObject.
    cls->dict_offset = PYXIS_FIELD_OFFSET(InstanceObject, dict);
    GetSetDescriptorObject* descriptor = thread.heap().make<GetSetDescriptorObject>(types.getset_descriptor);
    descriptor->def = &kInstanceDictGetSet[0];
    descriptor->owner = cls;
    Value key = interp.intern("__dict__");
    if (dict_get_str(cls->dict, key).is_empty() && !dict_set(thread, cls->dict, key, to_value(descriptor)))
      return Value::error();
  }
  if (!add_weakref_attribute(thread, cls, slots_value)) return Value::error();
  Value class_cell = dict_get_str(cls->dict, interp.intern("__classcell__"));
  if (!class_cell.is_empty()) {
    if (!has_type(class_cell, types.cell))
      return thread.raise_format(types.TypeError, "__classcell__ must be a nonlocal cell, not %s",
                                 type_name(thread, class_cell));
    static_cast<CellObject*>(class_cell.as_object())->value = to_value(cls);
    dict_delete(thread, cls->dict, interp.intern("__classcell__"));
  }
  ++interp.class_epoch;
  for (Type* base : cls->bases) {
    if (base->subclasses.empty()) interp.subclassed_types.push_back(base);
    base->subclasses.push_back(cls);
  }
  // __set_name__ on every attribute that has it, in definition order.
  std::vector<DictEntry> entries = cls->dict->entries;
  for (const DictEntry& entry : entries) {
    if (entry.key.is_empty() || !entry.value.is_object()) continue;
    Value set_name = type_lookup(entry.value.as_object()->type, interp.intern("__set_name__"));
    if (set_name.is_empty()) continue;
    Value args[3] = {entry.value, to_value(cls), entry.key};
    Value result = call(thread, set_name, args, 3);
    if (result.is_error()) {
      // CPython 3.12 adds a note naming the attribute and the class to the error.
      Value error = thread.take_pending();
      std::string note = "Error calling __set_name__ on '" + std::string(type_name(thread, entry.value)) +
                         "' instance '" + std::string(str_view(entry.key)) + "' in '" + cls->name + "'";
      Value add_note = lookup_attr(thread, error, interp.intern("add_note"));
      if (!add_note.is_empty() && !add_note.is_error()) {
        Value text = str_value(thread, note);
        if (call(thread, add_note, &text, 1).is_error()) return Value::error();
      }
      return thread.raise_value(error);
    }
  }
  // super(cls, cls).__init_subclass__(**kwargs)
  Type* parent = cls->mro.size() > 1 ? cls->mro[1] : types.object;
  Value hook;
  for (size_t i = 1; i < cls->mro.size() && hook.is_empty(); ++i)
    hook = dict_get_str(cls->mro[i]->dict, interp.intern("__init_subclass__"));
  (void)parent;
  if (!hook.is_empty()) {
    Value bound = descriptor_get(thread, hook, Value(), to_value(cls));
    if (bound.is_error()) return bound;
    if (bound.bits() == hook.bits() && has_type(hook, types.builtin_function)) {
      // object.__init_subclass__ found as a plain native method: call it with the class.
      Value self = to_value(cls);
      std::vector<Value> args{self};
      for (size_t i = 0; kwnames != nullptr && i < kwnames->size; ++i) args.push_back(kwargs[i]);
      if (call(thread, hook, args.data(), args.size(), kwnames).is_error()) return Value::error();
    } else if (call(thread, bound, kwargs, kwnames != nullptr ? kwnames->size : 0, kwnames).is_error()) {
      return Value::error();
    }
  }
  return to_value(cls);
}

Value build_class(Thread& thread, const Value* args, size_t nargs, TupleObject* kwnames) {
  NativeRootsScope roots(thread);
  const BuiltinTypes& types = T(thread);
  Interpreter& interp = thread.interp();
  size_t nkw = kwnames != nullptr ? kwnames->size : 0;
  size_t npositional = nargs - nkw;
  if (npositional < 2) return thread.raise(types.TypeError, "__build_class__: not enough arguments");
  if (!has_type(args[0], types.function)) return thread.raise(types.TypeError, "__build_class__: func must be a function");
  if (!has_type(args[1], types.str)) return thread.raise(types.TypeError, "__build_class__: name is not a string");
  auto* body = static_cast<FunctionObject*>(args[0].as_object());
  Value name = args[1];
  TupleObject* bases = tuple_from(thread, args + 2, npositional - 2);
  Value bases_value = to_value(bases);
  // PEP 560: bases with __mro_entries__ are replaced.
  bool replaced = false;
  std::vector<Value> resolved;
  for (size_t i = 0; i < bases->size; ++i) {
    Value base = bases->items[i];
    if (is_type(thread, base)) {
      resolved.push_back(base);
      continue;
    }
    Value entries_method = lookup_attr(thread, base, interp.intern("__mro_entries__"));
    if (entries_method.is_error()) return entries_method;
    if (entries_method.is_empty()) {
      resolved.push_back(base);
      continue;
    }
    Value entries = call(thread, entries_method, &bases_value, 1);
    if (entries.is_error()) return entries;
    if (!has_type(entries, types.tuple)) return thread.raise(types.TypeError, "__mro_entries__ must return a tuple");
    auto* tuple = static_cast<TupleObject*>(entries.as_object());
    for (size_t j = 0; j < tuple->size; ++j) resolved.push_back(tuple->items[j]);
    replaced = true;
  }
  TupleObject* final_bases = replaced ? tuple_from(thread, resolved.data(), resolved.size()) : bases;
  thread.native_roots.push_back(to_value(final_bases));
  // metaclass= is taken out of the keywords; the rest go to __prepare__, the metaclass and
  // __init_subclass__.
  Value meta;
  std::vector<Value> keyword_values;
  std::vector<Value> keyword_names;
  for (size_t k = 0; k < nkw; ++k) {
    if (str_view(kwnames->items[k]) == "metaclass") {
      meta = args[npositional + k];
      continue;
    }
    keyword_names.push_back(kwnames->items[k]);
    keyword_values.push_back(args[npositional + k]);
  }
  TupleObject* rest_names = keyword_names.empty() ? nullptr : tuple_from(thread, keyword_names.data(), keyword_names.size());
  if (rest_names != nullptr) thread.native_roots.push_back(to_value(rest_names));
  bool meta_is_class = meta.is_empty() || is_type(thread, meta);
  if (meta.is_empty()) meta = final_bases->size == 0 ? to_value(types.type) : to_value(type_of(interp, final_bases->items[0]));
  if (meta_is_class) {
    Type* winner = calculate_metaclass(thread, static_cast<Type*>(meta.as_object()), final_bases);
    if (winner == nullptr) return Value::error();
    meta = to_value(winner);
  }
  thread.native_roots.push_back(meta);
  // namespace = meta.__prepare__(name, bases, **kwds)
  Value namespace_value;
  Value prepare = lookup_attr(thread, meta, interp.intern("__prepare__"));
  if (prepare.is_error()) return prepare;
  if (!prepare.is_empty()) {
    std::vector<Value> prepare_args{name, to_value(final_bases)};
    prepare_args.insert(prepare_args.end(), keyword_values.begin(), keyword_values.end());
    namespace_value = call(thread, prepare, prepare_args.data(), prepare_args.size(), rest_names);
    if (namespace_value.is_error()) return namespace_value;
  } else {
    namespace_value = to_value(dict_new(thread));
  }
  if (!namespace_value.is_object() || !is_subtype(namespace_value.as_object()->type, types.dict)) {
    std::string shown = meta_is_class ? static_cast<Type*>(meta.as_object())->name : "<metaclass>";
    return thread.raise_format(types.TypeError, "%s.__prepare__() must return a mapping, not %s", shown.c_str(),
                               type_name(thread, namespace_value));
  }
  thread.native_roots.push_back(namespace_value);
  Value module_name = dict_get_str(body->globals, interp.intern("__name__"));
  if (!module_name.is_empty() && !set_item(thread, namespace_value, interp.intern("__module__"), module_name))
    return Value::error();
  if (!set_item(thread, namespace_value, interp.intern("__qualname__"), body->qualname)) return Value::error();
  if (!body->code->doc.is_empty() && !set_item(thread, namespace_value, interp.intern("__doc__"), body->code->doc))
    return Value::error();
  Value result = run_class_body(thread, body, namespace_value);
  if (result.is_error()) return result;
  if (replaced && !set_item(thread, namespace_value, interp.intern("__orig_bases__"), bases_value)) return Value::error();
  std::vector<Value> meta_args{name, to_value(final_bases), namespace_value};
  meta_args.insert(meta_args.end(), keyword_values.begin(), keyword_values.end());
  return call(thread, meta, meta_args.data(), meta_args.size(), rest_names);
}

}  // namespace pyxis
