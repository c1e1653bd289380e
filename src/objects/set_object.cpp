// set and frozenset on top of the dict's table: creation, adding, membership, tracing.
#include "objects/set_object.h"

#include "objects/dict_object.h"
#include "vm/interpreter.h"
#include "vm/operations.h"

namespace pyxis {

SetObject* set_new(Thread& thread, Type* type) {
  DictObject* table = dict_new(thread);
  SetObject* set = thread.heap().make<SetObject>(type);
  set->table = table;
  return set;
}

bool set_add(Thread& thread, SetObject* set, Value item) { return dict_set(thread, set->table, item, Value::none()); }

Value set_key(Thread& thread, Value item) {
  // An unhashable set is looked up as the frozenset with its items (as CPython does).
  if (!item.is_object() || item.as_object()->type != thread.types().set) return item;
  SetObject* frozen = set_new(thread, thread.types().frozenset);
  frozen->table = static_cast<SetObject*>(item.as_object())->table;
  return to_value(frozen);
}

int set_contains(Thread& thread, SetObject* set, Value item) {
  Value found = dict_get(thread, set->table, set_key(thread, item));
  if (found.is_error()) return -1;
  return !found.is_empty();
}

bool set_update(Thread& thread, SetObject* set, Value iterable) {
  Value iterator = get_iter(thread, iterable);
  if (iterator.is_error()) return false;
  for (;;) {
    Value item = iter_next(thread, iterator);
    if (item.is_error()) return false;
    if (item.is_empty()) return true;
    if (!set_add(thread, set, item)) return false;
  }
}

void trace_set(Object* object, gc::Tracer& tracer) { tracer.visit(static_cast<SetObject*>(object)->table); }

}  // namespace pyxis
