// float's methods: hex/fromhex, as_integer_ratio, is_integer, __round__/__trunc__/
// __floor__/__ceil__, conjugate, and the real/imag attributes.
#include "objects/number_methods.h"

namespace pyxis {

void install_float_methods(Interpreter&) {}

}  // namespace pyxis
