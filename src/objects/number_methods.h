// Methods and computed attributes of int and float beyond the arithmetic protocols
// (float_methods.cpp, int_methods.cpp), installed on the builtin types.
#pragma once

#include <string>
#include <string_view>

#include "objects/value.h"

namespace pyxis {

class Interpreter;
class Thread;
struct DictObject;

// The text int()/float() parse: Unicode decimal digits become ASCII digits and Unicode
// whitespace a space (other non-ASCII characters stay, and fail to parse).
std::string number_text_to_ascii(std::string_view utf8);
// round(x) / round(x, digits) for a float (digits empty: round to an int), correctly rounded.
Value float_round_value(Thread& thread, double x, Value digits);
// sys.get_int_max_str_digits / sys.set_int_max_str_digits, defined in the sys namespace.
void install_int_digit_limit_functions(Interpreter& interp, DictObject* sys);

void install_float_methods(Interpreter& interp);
void install_int_methods(Interpreter& interp);
inline void install_number_methods(Interpreter& interp) {
  install_float_methods(interp);
  install_int_methods(interp);
}

}  // namespace pyxis
