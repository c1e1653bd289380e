// Python's repr() of numbers: float (shortest round-trip digits, Python's switch between
// fixed and exponent notation), complex, and ints, appended to a std::string.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace pyxis {

// repr(float): "0.1", "1e+16", "1e-05", "100.0", "-0.0", "inf", "nan".
void append_float_repr(std::string& out, double value);
std::string float_repr(double value);

// repr(complex(real, imag)): "1j", "1.5j", "(1e+16j)" never: "1e+16j", "(1.5+2j)", "(-0-0j)",
// "infj", "(nan+infj)". Parts are written without a trailing ".0".
void append_complex_repr(std::string& out, double real, double imag);
std::string complex_repr(double real, double imag);

// repr(int) for a machine integer.
void append_int_repr(std::string& out, int64_t value);

}  // namespace pyxis
