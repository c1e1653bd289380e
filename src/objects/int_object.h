// int: small ints are immediates (value.h); larger ones are BigInt heap objects on GMP.
// Every operation takes Values and returns a normalised result (small when it fits).
#pragma once

#include <gmp.h>

#include <string>
#include <string_view>

#include "objects/object.h"

namespace pyxis {

class Thread;

struct BigInt : Object {
  mpz_t value;
};

bool is_int(Thread& thread, Value value);   // int or bool (or a BigInt)
bool is_big_int(Thread& thread, Value value);
// From GMP or machine integers, normalised to a small int when it fits.
Value int_from_mpz(Thread& thread, const mpz_t value);
Value int_from_i64(Thread& thread, int64_t value);
// Copies any int value (small, bool or big) into `out` (already initialised).
void int_to_mpz(Value value, mpz_t out);
// Parses int(text, base) as Python does (underscores, whitespace, sign, prefixes for base 0);
// the ValueError is CPython's message.
Value int_from_string(Thread& thread, std::string_view text, int base);
// The same for int(bytes) etc.: the error message shows repr(shown) (empty: the text as a str).
Value int_from_text(Thread& thread, std::string_view text, int base, Value shown);
// False with ValueError pending past sys.get_int_max_str_digits().
bool append_int_repr(Thread& thread, std::string& out, Value value);

enum class IntOp { Add, Sub, Mul, FloorDiv, Mod, Pow, LShift, RShift, And, Or, Xor };
// Both operands ints (bools included). Raises ZeroDivisionError, ValueError (negative shift).
// Pow with a negative exponent returns a float.
Value int_binary(Thread& thread, IntOp op, Value a, Value b);
Value int_true_divide(Thread& thread, Value a, Value b);
int int_compare(Value a, Value b);  // -1, 0, 1
Value int_negate(Thread& thread, Value a);
Value int_invert(Thread& thread, Value a);
bool int_is_zero(Value a);
int64_t int_hash(Value a);
// To double; OverflowError "int too large to convert to float".
bool int_to_double(Thread& thread, Value a, double* out);
// To int64 if it fits.
bool int_fits_i64(Value a, int64_t* out);

void destroy_big_int(Object* object);

}  // namespace pyxis
