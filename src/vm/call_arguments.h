// The argument building of f(*args, **kwargs) calls (vm/call_arguments.cpp).
#pragma once

#include <string>

#include "objects/value.h"

namespace pyxis {

class Thread;
struct DictObject;
struct ListObject;

// How CPython names a callee in argument errors: "__main__.g()", "print()", "list.append()".
std::string function_description(Thread& thread, Value callable);
// Appends the items of `*iterable` to a call's positional arguments.
bool extend_call_arguments(Thread& thread, ListObject* list, Value iterable, Value callable);
// Adds `**mapping` (a dict, or any object with keys() and [key]) to a call's keywords.
bool merge_call_keywords(Thread& thread, DictObject* into, Value mapping, Value callable);

}  // namespace pyxis
