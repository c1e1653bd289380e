// dict objects: open addressing over an index array pointing into the insertion-ordered
// entry array. Identity and str equality are checked before calling __eq__.
#include "objects/dict_object.h"

#include "objects/str_object.h"
#include "vm/interpreter.h"
#include "vm/operations.h"

namespace pyxis {

namespace {

constexpr int32_t kFree = -1;
constexpr int32_t kDeleted = -2;

bool is_str(Value v, const Type* str_type) { return v.is_object() && v.as_object()->type == str_type; }

void rebuild(DictObject* dict, size_t min_capacity) {
  size_t capacity = 8;
  while (capacity < min_capacity * 3 / 2 + 1) capacity *= 2;
  std::vector<DictEntry> live;
  live.reserve(dict->used);
  for (const DictEntry& entry : dict->entries)
    if (!entry.key.is_empty()) live.push_back(entry);
  dict->entries = std::move(live);
  ++dict->keys_version;
  dict->index.assign(capacity, kFree);
  size_t mask = capacity - 1;
  for (size_t i = 0; i < dict->entries.size(); ++i) {
    size_t slot = size_t(dict->entries[i].hash) & mask;
    while (dict->index[slot] != kFree) slot = (slot * 5 + 1) & mask;
    dict->index[slot] = int32_t(i);
  }
}

// Finds the slot of `key`: returns the index slot holding it (>= 0), or -1 missing (with
// *insert_slot the first usable slot), or -2 on error.
int64_t find(Thread* thread, DictObject* dict, Value key, int64_t hash, size_t* insert_slot, Type* str_type) {
  if (dict->index.empty()) rebuild(dict, 0);
  size_t mask = dict->index.size() - 1;
  size_t slot = size_t(hash) & mask;
  int64_t first_deleted = -1;
  for (;;) {
    int32_t at = dict->index[slot];
    if (at == kFree) {
      *insert_slot = first_deleted >= 0 ? size_t(first_deleted) : slot;
      return -1;
    }
    if (at == kDeleted) {
      if (first_deleted < 0) first_deleted = int64_t(slot);
    } else {
      DictEntry& entry = dict->entries[size_t(at)];
      if (entry.key == key) return int64_t(slot);
      if (entry.hash == hash) {
        if (is_str(entry.key, str_type) && is_str(key, str_type)) {
          if (str_equal(static_cast<StrObject*>(entry.key.as_object()), static_cast<StrObject*>(key.as_object())))
            return int64_t(slot);
        } else if (thread != nullptr) {
          Value stored = entry.key;
          int eq = equal(*thread, stored, key);
          if (eq < 0) return -2;
          if (eq > 0) return int64_t(slot);
          // __eq__ may have mutated the dict; start over if so (rare).
          if (dict->index.size() - 1 != mask) return find(thread, dict, key, hash, insert_slot, str_type);
        }
      }
    }
    slot = (slot * 5 + 1) & mask;
  }
}

}  // namespace

DictObject* dict_new(Thread& thread) { return thread.heap().make<DictObject>(thread.types().dict); }

Value dict_get_str(DictObject* dict, Value key) {
  if (dict->used == 0) return Value();
  auto* str = static_cast<StrObject*>(key.as_object());
  size_t ignored;
  int64_t slot = find(nullptr, dict, key, str_hash(str), &ignored, str->type);
  return slot >= 0 ? dict->entries[size_t(dict->index[size_t(slot)])].value : Value();
}

int64_t dict_entry_index_str(DictObject* dict, Value key) {
  if (dict->used == 0) return -1;
  auto* str = static_cast<StrObject*>(key.as_object());
  size_t ignored;
  int64_t slot = find(nullptr, dict, key, str_hash(str), &ignored, str->type);
  return slot >= 0 ? int64_t(dict->index[size_t(slot)]) : -1;
}

Value dict_get(Thread& thread, DictObject* dict, Value key) {
  int64_t hash;
  if (!hash_value(thread, key, &hash)) return Value::error();
  if (dict->used == 0) return Value();
  size_t ignored;
  int64_t slot = find(&thread, dict, key, hash, &ignored, thread.types().str);
  if (slot == -2) return Value::error();
  return slot >= 0 ? dict->entries[size_t(dict->index[size_t(slot)])].value : Value();
}

bool dict_set(Thread& thread, DictObject* dict, Value key, Value value) {
  int64_t hash;
  if (!hash_value(thread, key, &hash)) return false;
  size_t insert_slot = 0;
  int64_t slot = find(&thread, dict, key, hash, &insert_slot, thread.types().str);
  if (slot == -2) return false;
  if (slot >= 0) {
    dict->entries[size_t(dict->index[size_t(slot)])].value = value;
    return true;
  }
  if ((dict->entries.size() + 1) * 3 >= dict->index.size() * 2) {
    rebuild(dict, dict->used + 1);
    slot = find(&thread, dict, key, hash, &insert_slot, thread.types().str);
  }
  dict->index[insert_slot] = int32_t(dict->entries.size());
  if (dict->entries.size() == dict->entries.capacity()) thread.heap().note_external_bytes(dict->entries.size() * 24 + 64);
  dict->entries.push_back(DictEntry{hash, key, value});
  ++dict->used;
  ++dict->keys_version;
  return true;
}

int dict_delete(Thread& thread, DictObject* dict, Value key) {
  int64_t hash;
  if (!hash_value(thread, key, &hash)) return -1;
  if (dict->used == 0) return 0;
  size_t ignored;
  int64_t slot = find(&thread, dict, key, hash, &ignored, thread.types().str);
  if (slot == -2) return -1;
  if (slot == -1) return 0;
  DictEntry& entry = dict->entries[size_t(dict->index[size_t(slot)])];
  entry.key = Value();
  entry.value = Value();
  dict->index[size_t(slot)] = kDeleted;
  --dict->used;
  ++dict->keys_version;
  return 1;
}

void dict_clear(DictObject* dict) {
  dict->entries.clear();
  dict->index.clear();
  dict->used = 0;
  ++dict->keys_version;
}

void trace_dict_view(Object* object, gc::Tracer& tracer) { tracer.visit(static_cast<DictViewObject*>(object)->dict); }

void trace_dict(Object* object, gc::Tracer& tracer) {
  for (const DictEntry& entry : static_cast<DictObject*>(object)->entries) {
    tracer.visit(entry.key);
    tracer.visit(entry.value);
  }
}

void destroy_dict(Object* object) { static_cast<DictObject*>(object)->~DictObject(); }

}  // namespace pyxis
