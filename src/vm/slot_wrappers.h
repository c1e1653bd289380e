// Dunder methods of builtin types (vm/slot_wrappers.cpp).
#pragma once

#include <string_view>

namespace pyxis {

class Interpreter;
struct Type;

// Defines the named dunder methods (space-separated; "__hash__=None" marks the type
// unhashable) on a builtin type, each calling the builtin implementation.
void define_slot_wrappers(Interpreter& interp, Type* type, std::string_view names);
void install_slot_wrappers(Interpreter& interp);

}  // namespace pyxis
