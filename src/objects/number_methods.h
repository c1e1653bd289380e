// Methods and computed attributes of int and float beyond the arithmetic protocols
// (float_methods.cpp, int_methods.cpp), installed on the builtin types.
#pragma once

namespace pyxis {

class Interpreter;

void install_float_methods(Interpreter& interp);
void install_int_methods(Interpreter& interp);
inline void install_number_methods(Interpreter& interp) {
  install_float_methods(interp);
  install_int_methods(interp);
}

}  // namespace pyxis
