// memoryview: a one-dimensional view of unsigned bytes ('B') over bytes or bytearray, with
// slicing (strided), tobytes/tolist/hex, release and the context-manager protocol.
#pragma once

#include <cstdint>
#include <string_view>

#include "objects/object.h"

namespace pyxis {

class Interpreter;
class Thread;

struct MemoryViewObject : Object {
  Value base;          // the bytes or bytearray viewed
  int64_t start;       // offset of item 0 in the base
  int64_t step;        // stride in bytes (negative for reversed slices)
  int64_t length;      // number of items
  bool readonly;
  bool released;
};

// The viewed bytes when the view is contiguous (step 1) and not released; false otherwise
// (no exception).
bool memoryview_view(Thread& thread, Value value, std::string_view* out);
void trace_memoryview(Object* object, gc::Tracer& tracer);
void install_memoryview_type(Interpreter& interp);

}  // namespace pyxis
