// Modules, instances of Python classes, ranges and the builtin iterators: the
// small fixed-layout objects.
#pragma once

#include <cstdint>
#include <cstdio>
#include <vector>

#include "objects/object.h"

namespace pyxis {

struct CodeObject;
struct DictObject;
struct TupleObject;
struct Type;

struct ModuleObject : Object {
  DictObject* dict;
  bool initializing;  // its code is still running (circular imports see it partially made)
};

// Instances of Python classes (attributes in a dict for now; shapes are the next step).
struct InstanceObject : Object {
  DictObject* dict;
};

struct RangeObject : Object {
  int64_t start, stop, step, length;
};

// Iterators over range, list, tuple, str and dict keys.
struct SequenceIteratorObject : Object {
  Value sequence;
  int64_t index;      // next position (byte offset for non-ASCII str)
  int64_t remaining;  // range iterators: items left; others unused
  int64_t step;       // range iterators
};

struct SliceObject : Object {
  Value start, stop, step;  // None when omitted
};

// enumerate, zip, map, filter and reversed: iterators built on other iterators.
struct AdapterIteratorObject : Object {
  Value source;     // enumerate/filter/reversed: the iterator (reversed: the sequence)
  Value function;   // map/filter: the callable (filter: None keeps truthy items)
  Value iterators;  // zip/map: a tuple of iterators
  int64_t index;    // enumerate: the next count; reversed: the next position
  bool strict;      // zip(strict=True)
};

void trace_adapter_iterator(Object* object, gc::Tracer& tracer);

// sys.stdout and sys.stderr for now: text written straight to a C stdio stream.
struct StreamObject : Object {
  std::FILE* file;
};

// super(): attribute lookup on `self` starting after `start` in type(self)'s MRO.
struct SuperObject : Object {
  Type* start;
  Value self;
};

void trace_super(Object* object, gc::Tracer& tracer);
void trace_slice(Object* object, gc::Tracer& tracer);
void trace_module(Object* object, gc::Tracer& tracer);
void trace_instance(Object* object, gc::Tracer& tracer);
// The __slots__ values a Python class appends after its builtin base's fields (from fields_end).
void trace_slot_values(Object* object, size_t fields_end, gc::Tracer& tracer);
void trace_sequence_iterator(Object* object, gc::Tracer& tracer);

}  // namespace pyxis
