// Python classes deriving from builtin value types: allocation of their instances, and the
// __new__/__init__ methods of the builtin types they call (directly or through super()).
#include "objects/builtin_subclass.h"

#include <vector>

#include "gc/heap.h"
#include "objects/dict_object.h"
#include "objects/list_object.h"
#include "objects/native_method.h"
#include "objects/set_object.h"
#include "objects/tuple_object.h"
#include "vm/builtins.h"
#include "vm/interpreter.h"
#include "vm/operations.h"

namespace pyxis {

namespace {

bool is_type_value(Thread& thread, Value v) { return v.is_object() && is_subtype(v.as_object()->type, thread.types().type); }

// Rebuilds positional + keyword arguments from native slots (kwargs dict, then positionals).
struct RebuiltCall {
  std::vector<Value> values;
  TupleObject* kwnames = nullptr;
};

RebuiltCall rebuild(Thread& thread, Value kwargs, const Value* positional, size_t count) {
  RebuiltCall call;
  call.values.assign(positional, positional + count);
  if (kwargs.is_empty()) return call;
  auto* dict = static_cast<DictObject*>(kwargs.as_object());
  std::vector<Value> names;
  for (const DictEntry& entry : dict->entries) {
    if (entry.key.is_empty()) continue;
    names.push_back(entry.key);
    call.values.push_back(entry.value);
  }
  if (!names.empty()) call.kwnames = tuple_from(thread, names.data(), names.size());
  return call;
}

// A value of `builtin` built from the call's arguments (mutable containers start empty: their
// __init__ fills them), wrapped when `cls` is a Python subclass of it. The value is always
// plain: int(x) of an int subclass does not keep the subclass.
Value construct_for(Thread& thread, Type* builtin, Type* cls, Value kwargs, const Value* positional, size_t count) {
  const BuiltinTypes& types = thread.types();
  bool starts_empty = builtin == types.list || builtin == types.dict || builtin == types.set;
  NativeRootsScope roots(thread);
  RebuiltCall call = rebuild(thread, kwargs, positional, count);
  if (call.kwnames != nullptr) thread.native_roots.push_back(to_value(call.kwnames));
  Value value = starts_empty ? construct_builtin(thread, builtin, nullptr, 0, nullptr)
                             : construct_builtin(thread, builtin, call.values.data(), call.values.size(), call.kwnames);
  if (value.is_error() || cls == builtin) return value;
  return wrap_builtin_value(thread, cls, plain_value(value));
}

// B.__new__(cls, *args, **kwargs): a B built from the arguments (mutable containers start
// empty: their __init__ fills them), wrapped for subclasses of B.
// Declared "__new__(cls, /, *args, **kwargs)" without an owner (a static method, as CPython's
// tp_new wrappers): slots are cls, kwargs, then the positionals.
template <Type* BuiltinTypes::*Member>
Value builtin_new(Thread& thread, Value, const Value* slots, size_t nslots) {
  Type* builtin = thread.types().*Member;
  Value self = slots[0];
  const Value* args = slots + 1;
  size_t nargs = nslots - 1;
  if (!is_type_value(thread, self))
    return thread.raise_format(thread.types().TypeError, "%s.__new__(X): X is not a type object (%s)",
                               builtin->name.c_str(), type_name(thread, self));
  auto* cls = static_cast<Type*>(self.as_object());
  if (!is_subtype(cls, builtin))
    return thread.raise_format(thread.types().TypeError, "%s.__new__(%s): %s is not a subtype of %s",
                               builtin->name.c_str(), cls->name.c_str(), cls->name.c_str(), builtin->name.c_str());
  return construct_for(thread, builtin, cls, args[0], args + 1, nargs - 1);
}

// list.__init__(self, iterable=(), /)
Value list_init(Thread& thread, Value self, const Value* args, size_t) {
  auto* list = static_cast<ListObject*>(plain_value(self).as_object());
  list->items.clear();
  if (args[0].is_empty()) return Value::none();
  Value filled = construct_builtin(thread, thread.types().list, args, 1, nullptr);
  if (filled.is_error()) return filled;
  list->items = static_cast<ListObject*>(filled.as_object())->items;
  return Value::none();
}

// dict.__init__(self, *args, **kwargs): update from a mapping/pairs and keywords.
Value dict_init(Thread& thread, Value self, const Value* args, size_t nargs) {
  auto* dict = static_cast<DictObject*>(plain_value(self).as_object());
  NativeRootsScope roots(thread);
  RebuiltCall call = rebuild(thread, args[0], args + 1, nargs - 1);
  if (call.kwnames != nullptr) thread.native_roots.push_back(to_value(call.kwnames));
  Value source = construct_builtin(thread, thread.types().dict, call.values.data(), call.values.size(), call.kwnames);
  if (source.is_error()) return source;
  auto* from = static_cast<DictObject*>(source.as_object());
  for (const DictEntry& entry : from->entries)
    if (!entry.key.is_empty() && !dict_set(thread, dict, entry.key, entry.value)) return Value::error();
  return Value::none();
}

// set.__init__(self, iterable=(), /)
Value set_init(Thread& thread, Value self, const Value* args, size_t) {
  auto* set = static_cast<SetObject*>(plain_value(self).as_object());
  Value fresh = construct_builtin(thread, thread.types().set, args, args[0].is_empty() ? 0 : 1, nullptr);
  if (fresh.is_error()) return fresh;
  set->table = static_cast<SetObject*>(fresh.as_object())->table;
  return Value::none();
}

const NativeMethodDef kListInit[] = {{"__init__(iterable=None, /)", list_init}};
const NativeMethodDef kDictInit[] = {{"__init__(*args, **kwargs)", dict_init}};
const NativeMethodDef kSetInit[] = {{"__init__(iterable=None, /)", set_init}};

// The same for any builtin type: the builtin type is the class itself or the one the Python
// class extends.
Value any_builtin_new(Thread& thread, Value, const Value* slots, size_t nslots) {
  Value self = slots[0];
  if (!is_type_value(thread, self))
    return thread.raise_format(thread.types().TypeError, "__new__(X): X is not a type object (%s)", type_name(thread, self));
  auto* cls = static_cast<Type*>(self.as_object());
  Type* builtin = cls->layout == Layout::BuiltinSubclass ? cls->builtin_base : cls;
  return construct_for(thread, builtin, cls, slots[1], slots + 2, nslots - 2);
}

template <Type* BuiltinTypes::*Member>
void define_new(Interpreter& interp) {
  static const NativeMethodDef kNew[] = {{"__new__(cls, /, *args, **kwargs)", builtin_new<Member>}};
  Type* type = interp.types().*Member;
  define_native_methods(interp, type->dict, nullptr, kNew);
}

}  // namespace

Value wrap_builtin_value(Thread& thread, Type* cls, Value base_value) {
  auto* instance = thread.heap().make_sized<BuiltinSubclassInstance>(cls, cls->basic_size - sizeof(BuiltinSubclassInstance));
  instance->base_value = base_value;
  return to_value(instance);
}

void trace_builtin_subclass(Object* object, gc::Tracer& tracer) {
  auto* instance = static_cast<BuiltinSubclassInstance*>(object);
  tracer.visit(instance->dict);
  tracer.visit(instance->base_value);
  uint32_t size = object->type->basic_size;
  for (size_t offset = sizeof(BuiltinSubclassInstance); offset + sizeof(Value) <= size; offset += sizeof(Value))
    tracer.visit(*reinterpret_cast<Value*>(reinterpret_cast<char*>(object) + offset));
}

void allow_python_subclasses(Interpreter& interp, Type* type) {
  static const NativeMethodDef kNew[] = {{"__new__(cls, /, *args, **kwargs)", any_builtin_new}};
  type->allow_subclassing = true;
  define_native_methods(interp, type->dict, nullptr, kNew);
}

void install_builtin_subclassing(Interpreter& interp) {
  define_new<&BuiltinTypes::int_>(interp);
  define_new<&BuiltinTypes::float_>(interp);
  define_new<&BuiltinTypes::str>(interp);
  define_new<&BuiltinTypes::tuple>(interp);
  define_new<&BuiltinTypes::list>(interp);
  define_new<&BuiltinTypes::dict>(interp);
  define_new<&BuiltinTypes::set>(interp);
  define_new<&BuiltinTypes::frozenset>(interp);
  define_new<&BuiltinTypes::bytes>(interp);
  define_new<&BuiltinTypes::bytearray>(interp);
  define_new<&BuiltinTypes::complex>(interp);
  define_new<&BuiltinTypes::property>(interp);
  define_new<&BuiltinTypes::classmethod>(interp);
  define_new<&BuiltinTypes::staticmethod>(interp);
  const BuiltinTypes& types = interp.types();
  define_native_methods(interp, types.list->dict, types.list, kListInit);
  define_native_methods(interp, types.dict->dict, types.dict, kDictInit);
  define_native_methods(interp, types.set->dict, types.set, kSetInit);
}

}  // namespace pyxis
