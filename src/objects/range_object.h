// range: immutable arithmetic sequences of arbitrary-size ints (machine-int fields kept
// for the common case, which the VM's FOR_ITER fast path iterates), and their iterators.
#pragma once

#include <cstdint>

#include "objects/object.h"

namespace pyxis {

class Interpreter;
class Thread;

struct RangeObject : Object {
  Value start_value, stop_value, step_value, length_value;  // ints (any size)
  bool small;  // all four fit the int64 fields below with room to step past the end
  int64_t start, stop, step, length;
};

// Iterator over a range too large for range_iterator's machine ints.
struct LongRangeIteratorObject : Object {
  Value next, step, remaining;
};

void trace_range(Object* object, gc::Tracer& tracer);
void trace_long_range_iterator(Object* object, gc::Tracer& tracer);
void install_range_type(Interpreter& interp);

}  // namespace pyxis
