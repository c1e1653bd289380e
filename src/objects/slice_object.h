// slice objects: resolving a slice against a sequence length (as CPython's
// PySlice_GetIndicesEx does), and the slice type's protocols and methods.
#pragma once

#include <cstdint>

#include "objects/value.h"

namespace pyxis {

class Interpreter;
class Thread;
struct SliceObject;

// start/stop/step clipped to a sequence of `length` items, and how many items the slice
// selects. False with TypeError/ValueError pending ("slice step cannot be zero").
bool slice_resolve(Thread& thread, SliceObject* slice, int64_t length, int64_t* start, int64_t* stop, int64_t* step,
                   int64_t* count);

void install_slice_type(Interpreter& interp);

}  // namespace pyxis
