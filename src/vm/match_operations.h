// What the match statement's instructions do at run time (PEP 634): which subjects are
// sequences and mappings, key lookups through get(), **rest, and class patterns.
#pragma once

#include <cstddef>

#include "objects/value.h"

namespace pyxis {

class Thread;
struct TupleObject;

// Subjects a sequence pattern may match: list, tuple, range and their subclasses (never
// str, bytes or bytearray).
bool match_is_sequence(Thread& thread, Value subject);
// Subjects a mapping pattern may match: dict and its subclasses.
bool match_is_mapping(Thread& thread, Value subject);
// The values of `keys` in the subject (looked up through subject.get), a tuple; None when
// one is missing; error() when a lookup raised or a key repeats (ValueError).
Value match_keys(Thread& thread, Value subject, Value keys);
// **rest: a new dict with the subject's items except `keys`.
Value match_rest(Thread& thread, Value subject, Value keys);
// A class pattern cls(p1, ..., k1=..., ...): the attributes the sub-patterns match, in
// order (a tuple), None when the subject is not an instance or lacks one, error() on error.
Value match_class(Thread& thread, Value subject, Value cls, size_t positional, TupleObject* kwnames);

}  // namespace pyxis
