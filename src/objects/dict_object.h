// dict: an insertion-ordered compact hash table (a sparse index array into a dense array of
// entries, as CPython's), with a fast path for str keys. Deleted entries leave holes that
// a resize squeezes out.
#pragma once

#include <cstdint>
#include <vector>

#include "objects/object.h"

namespace pyxis {

class Thread;

struct DictEntry {
  int64_t hash;
  Value key;  // empty: a deleted entry
  Value value;
};

struct DictObject : Object {
  std::vector<int32_t> index;  // -1 free, -2 deleted, otherwise an entry number
  std::vector<DictEntry> entries;
  size_t used = 0;
  // Bumped whenever the set of keys or their positions change (insertion, deletion,
  // compaction, clear), not when a value is replaced: LOAD_GLOBAL's cache relies on it.
  uint32_t keys_version = 0;
};

// dict.keys(), .values(), .items(): live views of a dict.
struct DictViewObject : Object {
  DictObject* dict;
};

DictObject* dict_new(Thread& thread);
void trace_dict_view(Object* object, gc::Tracer& tracer);
// Lookups return empty when the key is missing, error() when hashing/comparing raised.
Value dict_get(Thread& thread, DictObject* dict, Value key);
// Interned-str keys: no hashing of anything that can raise, no Python code.
Value dict_get_str(DictObject* dict, Value interned_key);
// The position in `entries` of an interned-str key, or -1 (caches keep it, see LOAD_GLOBAL).
int64_t dict_entry_index_str(DictObject* dict, Value interned_key);
bool dict_set(Thread& thread, DictObject* dict, Value key, Value value);
// Returns 1 deleted, 0 missing, -1 error.
int dict_delete(Thread& thread, DictObject* dict, Value key);
void dict_clear(DictObject* dict);
void trace_dict(Object* object, gc::Tracer& tracer);
void destroy_dict(Object* object);

}  // namespace pyxis
