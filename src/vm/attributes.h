// The pieces of the attribute protocol that builtin methods (object.__getattribute__,
// object.__setattr__, type.__getattribute__ ...) and the class machinery call directly; the
// hook-aware entry points (get_attr, set_attr ...) are declared in vm/operations.h.
#pragma once

#include <cstdint>

#include "objects/dict_object.h"
#include "objects/type_object.h"
#include "objects/value.h"

namespace pyxis {

class Thread;
struct DictObject;
struct Type;

// type_lookup through the interpreter's attribute cache.
Value cached_type_lookup(Thread& thread, Type* type, Value name);
// object.__getattribute__: empty when missing and !raise_missing (no exception).
Value generic_get_attr(Thread& thread, Value object, Value name, bool raise_missing);
// getattr without the __getattribute__/__getattr__ hooks of Python classes (type objects use
// type.__getattribute__, super objects their MRO walk, modules PEP 562).
Value plain_get_attr(Thread& thread, Value object, Value name, bool raise_missing);
// object.__setattr__ / __delattr__ (value empty = delete).
bool generic_set_attr(Thread& thread, Value object, Value name, Value value);
// type.__setattr__ / __delattr__.
bool class_set_attr(Thread& thread, Type* cls, Value name, Value value);
// Setting without the __setattr__/__delattr__ hooks (type objects use class_set_attr).
bool plain_set_attr(Thread& thread, Value object, Value name, Value value);

// Where the object keeps its attribute dict (null when its type gives it none), and the dict
// itself (made on demand when `create`).
DictObject** instance_dict_slot(Thread& thread, Value object);
DictObject* instance_dict(Thread& thread, Value object, bool create);

// Inline attribute caches of LOAD_ATTR / STORE_ATTR (4 words: the type pointer in two
// words, the low 32 bits of the interpreter's attribute_epoch, the instance dict entry index)
// and LOAD_METHOD (5 words: type, epoch, the function in two words). The fill functions
// record what the generic lookup would do for this object when it is cacheable.
void fill_attribute_cache(Thread& thread, Value object, Value name, uint32_t* cache);
void fill_method_cache(Thread& thread, Value object, Value name, uint32_t* cache);

inline uint64_t cache_word_pair(const uint32_t* words) { return uint64_t(words[0]) | (uint64_t(words[1]) << 32); }

// The attribute dict pointer of an object whose type keeps it at `dict_offset` (non-zero).
inline DictObject** dict_slot_at(Object* object, uint32_t dict_offset) {
  return reinterpret_cast<DictObject**>(reinterpret_cast<char*>(object) + dict_offset);
}

// A LOAD_ATTR/STORE_ATTR cache hit: the instance dict entry holding the attribute, when the
// object's class and the epoch are the cached ones and the entry still has that key; else null.
inline DictEntry* cached_attribute_entry(Value target, Value name, const uint32_t* cache, uint64_t epoch) {
  if (!target.is_object() || cache[2] != uint32_t(epoch) ||
      reinterpret_cast<uint64_t>(target.as_object()->type) != cache_word_pair(cache))
    return nullptr;
  DictObject* dict = *dict_slot_at(target.as_object(), target.as_object()->type->dict_offset);
  if (dict == nullptr || cache[3] >= dict->entries.size() || dict->entries[cache[3]].key != name) return nullptr;
  return &dict->entries[cache[3]];
}
inline void set_cache_word_pair(uint32_t* words, uint64_t value) {
  words[0] = uint32_t(value);
  words[1] = uint32_t(value >> 32);
}

}  // namespace pyxis
