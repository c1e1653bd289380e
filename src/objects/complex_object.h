// complex: two doubles on the heap; arithmetic mixing int/float/complex, CPython's repr,
// hashing consistent with int and float, construction from numbers and strings.
#pragma once

#include <string>
#include <string_view>

#include "objects/object.h"

namespace pyxis {

class Interpreter;
class Thread;

struct ComplexObject : Object {
  double real;
  double imag;
};

Value complex_value(Thread& thread, double real, double imag);
bool is_complex(Thread& thread, Value value);
// x ** y for floats whose real result does not exist (negative base, fractional exponent).
Value complex_float_pow(Thread& thread, double x, double y);
// format(complex, spec) for a non-empty spec.
Value complex_format(Thread& thread, Value value, std::string_view spec);
void install_complex_type(Interpreter& interp);

}  // namespace pyxis
