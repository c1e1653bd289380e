// int's methods: to_bytes/from_bytes, bit_count, as_integer_ratio, conjugate, is_integer,
// __index__, and the numerator/denominator/real/imag attributes.
#include "objects/number_methods.h"

namespace pyxis {

void install_int_methods(Interpreter&) {}

}  // namespace pyxis
