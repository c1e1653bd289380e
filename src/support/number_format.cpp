// Python's repr() of floats, complex numbers and ints: shortest round-trip digits from
// std::to_chars, laid out with CPython's rules (exponent notation below 1e-4 and from 1e16).
#include "support/number_format.h"

#include <charconv>
#include <cmath>
#include <cstring>

namespace pyxis {

namespace {

// Appends `value` the way CPython's repr does; `add_dot_0` adds ".0" to integral values
// written in fixed notation (float repr does, the parts of a complex repr don't).
void append_double(std::string& out, double value, bool add_dot_0) {
  if (std::isnan(value)) {
    out += "nan";
    return;
  }
  if (std::isinf(value)) {
    out += value < 0 ? "-inf" : "inf";
    return;
  }
  if (std::signbit(value)) {
    out += '-';
    value = -value;
  }
  if (value == 0.0) {
    out += add_dot_0 ? "0.0" : "0";
    return;
  }
  // Shortest round-trip digits in scientific form: d[.ddd]e[+-]xx.
  char buf[64];
  auto result = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
  const char* end = result.ptr;
  const char* e_pos = static_cast<const char*>(std::memchr(buf, 'e', static_cast<size_t>(end - buf)));
  char digits[32];
  int ndigits = 0;
  for (const char* p = buf; p < e_pos; ++p) {
    if (*p != '.') digits[ndigits++] = *p;
  }
  int exponent = 0;
  std::from_chars(e_pos[1] == '+' ? e_pos + 2 : e_pos + 1, end, exponent);

  if (exponent >= -4 && exponent < 16) {
    int decpt = exponent + 1;  // digits before the decimal point
    if (decpt <= 0) {
      out += "0.";
      out.append(static_cast<size_t>(-decpt), '0');
      out.append(digits, static_cast<size_t>(ndigits));
    } else if (decpt >= ndigits) {
      out.append(digits, static_cast<size_t>(ndigits));
      out.append(static_cast<size_t>(decpt - ndigits), '0');
      if (add_dot_0) out += ".0";
    } else {
      out.append(digits, static_cast<size_t>(decpt));
      out += '.';
      out.append(digits + decpt, static_cast<size_t>(ndigits - decpt));
    }
    return;
  }
  out += digits[0];
  if (ndigits > 1) {
    out += '.';
    out.append(digits + 1, static_cast<size_t>(ndigits - 1));
  }
  out += 'e';
  out += exponent < 0 ? '-' : '+';
  int magnitude = exponent < 0 ? -exponent : exponent;
  if (magnitude < 10) out += '0';
  char exp_buf[8];
  auto exp_result = std::to_chars(exp_buf, exp_buf + sizeof exp_buf, magnitude);
  out.append(exp_buf, exp_result.ptr);
}

}  // namespace

void append_float_repr(std::string& out, double value) { append_double(out, value, /*add_dot_0=*/true); }

std::string float_repr(double value) {
  std::string out;
  append_float_repr(out, value);
  return out;
}

void append_complex_repr(std::string& out, double real, double imag) {
  if (real == 0.0 && !std::signbit(real)) {
    append_double(out, imag, false);
    out += 'j';
    return;
  }
  out += '(';
  append_double(out, real, false);
  if (std::isnan(imag) || !std::signbit(imag)) out += '+';
  append_double(out, imag, false);  // writes its own '-'
  out += "j)";
}

std::string complex_repr(double real, double imag) {
  std::string out;
  append_complex_repr(out, real, imag);
  return out;
}

void append_int_repr(std::string& out, int64_t value) {
  char buf[24];
  auto result = std::to_chars(buf, buf + sizeof buf, value);
  out.append(buf, result.ptr);
}

}  // namespace pyxis
