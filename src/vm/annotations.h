// Function attributes set by definitions beyond the code (PEP 526/563 __annotations__,
// PEP 695 __type_params__): what SET_FUNCTION_ATTRIBUTE stores, and their getset descriptors.
#pragma once

#include <cstdint>

#include "objects/value.h"

namespace pyxis {

class Interpreter;
struct FunctionObject;

// SET_FUNCTION_ATTRIBUTE's kinds.
inline constexpr uint32_t kFunctionAnnotations = 1;
inline constexpr uint32_t kFunctionTypeParams = 2;

void set_function_attribute(FunctionObject* function, Value value, uint32_t kind);

// __annotations__ and __type_params__ of functions and classes (getsets).
void install_function_annotation_attributes(Interpreter& interp);

}  // namespace pyxis
