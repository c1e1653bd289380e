// Getset descriptors of the core builtin types (vm/core_attributes.cpp).
#pragma once

namespace pyxis {

class Interpreter;
void install_core_attributes(Interpreter& interp);

}  // namespace pyxis
