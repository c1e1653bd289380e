// Type objects: subtype checks, MRO lookup and C3 linearisation, and the collector's
// per-type dispatch (trace_object / destroy_object).
#include "objects/type_object.h"

#include "gc/heap.h"
#include "objects/dict_object.h"
#include "objects/str_object.h"
#include "vm/interpreter.h"

namespace pyxis {

void trace_object(Object* object, gc::Tracer& tracer) {
  if (object->type->trace != nullptr) object->type->trace(object, tracer);
}

void destroy_object(Object* object) {
  if (object->type->destroy != nullptr) object->type->destroy(object);
}

void trace_type(Object* object, gc::Tracer& tracer) {
  auto* type = static_cast<Type*>(object);
  tracer.visit(type->base);
  for (Type* base : type->bases) tracer.visit(base);
  for (Type* entry : type->mro) tracer.visit(entry);
  tracer.visit(type->dict);
}

void destroy_type(Object* object) { static_cast<Type*>(object)->~Type(); }

bool is_subtype(const Type* type, const Type* base) {
  if (type == base) return true;
  for (const Type* entry : type->mro)
    if (entry == base) return true;
  return false;
}

Type* type_of(const Interpreter& interp, Value value) {
  const BuiltinTypes& types = interp.types();
  if (value.is_object()) return value.as_object()->type;
  if (value.is_small_int()) return types.int_;
  if (value.is_float()) return types.float_;
  if (value.is_bool()) return types.bool_;
  if (value.is_none()) return types.none_type;
  if (value.bits() == Value::ellipsis().bits()) return types.ellipsis_type;
  return types.not_implemented_type;
}

Value type_lookup(const Type* type, Value name) {
  for (const Type* entry : type->mro) {
    if (entry->dict == nullptr) continue;
    Value found = dict_get_str(entry->dict, name);
    if (!found.is_empty()) return found;
  }
  return Value();
}

// C3: merge the bases' MROs and the list of bases, always taking the first head that
// appears in no other list's tail.
bool compute_mro(Thread& thread, Type* type) {
  std::vector<std::vector<Type*>> sequences;
  for (Type* base : type->bases) sequences.push_back(base->mro);
  sequences.push_back(type->bases);
  std::vector<Type*> result{type};
  for (;;) {
    bool any_left = false;
    for (auto& sequence : sequences) any_left |= !sequence.empty();
    if (!any_left) break;
    Type* chosen = nullptr;
    for (auto& sequence : sequences) {
      if (sequence.empty()) continue;
      Type* head = sequence.front();
      bool in_tail = false;
      for (auto& other : sequences)
        for (size_t i = 1; i < other.size() && !in_tail; ++i) in_tail = other[i] == head;
      if (!in_tail) {
        chosen = head;
        break;
      }
    }
    if (chosen == nullptr) {
      std::string names;
      for (Type* base : type->bases) names += (names.empty() ? "" : ", ") + base->name;
      thread.raise_format(thread.types().TypeError,
                          "Cannot create a consistent method resolution order (MRO) for bases %s",
                          names.c_str());
      return false;
    }
    result.push_back(chosen);
    for (auto& sequence : sequences)
      if (!sequence.empty() && sequence.front() == chosen) sequence.erase(sequence.begin());
  }
  type->mro = std::move(result);
  return true;
}

}  // namespace pyxis
