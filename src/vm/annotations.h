// Function attributes set by definitions beyond the code (PEP 526/563 __annotations__,
// PEP 695 __type_params__): what SET_FUNCTION_ATTRIBUTE stores and attribute access reads.
#pragma once

#include <string_view>

#include "objects/value.h"

namespace pyxis {

class Thread;
struct FunctionObject;

// SET_FUNCTION_ATTRIBUTE's kinds.
inline constexpr uint32_t kFunctionAnnotations = 1;
inline constexpr uint32_t kFunctionTypeParams = 2;

void set_function_attribute(FunctionObject* function, Value value, uint32_t kind);

// f.__annotations__ / f.__type_params__; empty for other names.
Value function_scope_attribute(Thread& thread, FunctionObject* function, std::string_view name);

// f.__annotations__ = v / f.__type_params__ = v. Returns 1 when stored, 0 when `name` is
// not one of them, -1 with TypeError pending.
int set_function_scope_attribute(Thread& thread, FunctionObject* function, std::string_view name, Value value);

}  // namespace pyxis
