// Unit tests for support/number_format: repr() of float, complex and int as CPython 3.12
// prints them (values taken from the oracle).
#include "support/number_format.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace pyxis {
namespace {

struct FloatCase {
  double value;
  const char* float_repr;    // repr(v)
  const char* imag_repr;     // repr(complex(0, v))
  const char* neg_imag_repr; // repr(complex(0.0, -v))
  const char* mixed_repr;    // repr(complex(1.5, v))
  const char* neg_zero_repr; // repr(complex(-0.0, v))
};

const FloatCase kCases[] = {
    {0.0, "0.0", "0j", "-0j", "(1.5+0j)", "(-0+0j)"},
    {-0.0, "-0.0", "-0j", "0j", "(1.5-0j)", "(-0-0j)"},
    {1.0, "1.0", "1j", "-1j", "(1.5+1j)", "(-0+1j)"},
    {1.5, "1.5", "1.5j", "-1.5j", "(1.5+1.5j)", "(-0+1.5j)"},
    {0.1, "0.1", "0.1j", "-0.1j", "(1.5+0.1j)", "(-0+0.1j)"},
    {1e16, "1e+16", "1e+16j", "-1e+16j", "(1.5+1e+16j)", "(-0+1e+16j)"},
    {1e15, "1000000000000000.0", "1000000000000000j", "-1000000000000000j", "(1.5+1000000000000000j)",
     "(-0+1000000000000000j)"},
    {9999999999999998.0, "9999999999999998.0", "9999999999999998j", "-9999999999999998j", "(1.5+9999999999999998j)",
     "(-0+9999999999999998j)"},
    {123456789012345678.0, "1.2345678901234568e+17", "1.2345678901234568e+17j", "-1.2345678901234568e+17j",
     "(1.5+1.2345678901234568e+17j)", "(-0+1.2345678901234568e+17j)"},
    {1e-4, "0.0001", "0.0001j", "-0.0001j", "(1.5+0.0001j)", "(-0+0.0001j)"},
    {1e-5, "1e-05", "1e-05j", "-1e-05j", "(1.5+1e-05j)", "(-0+1e-05j)"},
    {0.00012345, "0.00012345", "0.00012345j", "-0.00012345j", "(1.5+0.00012345j)", "(-0+0.00012345j)"},
    {1.2345e-5, "1.2345e-05", "1.2345e-05j", "-1.2345e-05j", "(1.5+1.2345e-05j)", "(-0+1.2345e-05j)"},
    {1e22, "1e+22", "1e+22j", "-1e+22j", "(1.5+1e+22j)", "(-0+1e+22j)"},
    {1e100, "1e+100", "1e+100j", "-1e+100j", "(1.5+1e+100j)", "(-0+1e+100j)"},
    {1.7976931348623157e308, "1.7976931348623157e+308", "1.7976931348623157e+308j", "-1.7976931348623157e+308j",
     "(1.5+1.7976931348623157e+308j)", "(-0+1.7976931348623157e+308j)"},
    {5e-324, "5e-324", "5e-324j", "-5e-324j", "(1.5+5e-324j)", "(-0+5e-324j)"},
    {2.2250738585072014e-308, "2.2250738585072014e-308", "2.2250738585072014e-308j", "-2.2250738585072014e-308j",
     "(1.5+2.2250738585072014e-308j)", "(-0+2.2250738585072014e-308j)"},
    {std::numeric_limits<double>::infinity(), "inf", "infj", "-infj", "(1.5+infj)", "(-0+infj)"},
    {std::numeric_limits<double>::quiet_NaN(), "nan", "nanj", "nanj", "(1.5+nanj)", "(-0+nanj)"},
    {3.14159, "3.14159", "3.14159j", "-3.14159j", "(1.5+3.14159j)", "(-0+3.14159j)"},
    {100.0, "100.0", "100j", "-100j", "(1.5+100j)", "(-0+100j)"},
    {12345678901234567890.0, "1.2345678901234567e+19", "1.2345678901234567e+19j", "-1.2345678901234567e+19j",
     "(1.5+1.2345678901234567e+19j)", "(-0+1.2345678901234567e+19j)"},
    {0.5e-4, "5e-05", "5e-05j", "-5e-05j", "(1.5+5e-05j)", "(-0+5e-05j)"},
    {1234.5678e10, "12345678000000.0", "12345678000000j", "-12345678000000j", "(1.5+12345678000000j)",
     "(-0+12345678000000j)"},
};

TEST(NumberFormat, FloatAndComplexRepr) {
  for (const FloatCase& c : kCases) {
    EXPECT_EQ(float_repr(c.value), c.float_repr);
    EXPECT_EQ(complex_repr(0.0, c.value), c.imag_repr) << c.float_repr;
    EXPECT_EQ(complex_repr(0.0, -c.value), c.neg_imag_repr) << c.float_repr;
    EXPECT_EQ(complex_repr(1.5, c.value), c.mixed_repr) << c.float_repr;
    EXPECT_EQ(complex_repr(-0.0, c.value), c.neg_zero_repr) << c.float_repr;
  }
  EXPECT_EQ(float_repr(-std::numeric_limits<double>::infinity()), "-inf");
  EXPECT_EQ(float_repr(-1e-7), "-1e-07");
  EXPECT_EQ(complex_repr(std::nan(""), std::numeric_limits<double>::infinity()), "(nan+infj)");
}

TEST(NumberFormat, IntRepr) {
  std::string out;
  append_int_repr(out, 0);
  out += ' ';
  append_int_repr(out, -42);
  out += ' ';
  append_int_repr(out, INT64_MAX);
  out += ' ';
  append_int_repr(out, INT64_MIN);
  EXPECT_EQ(out, "0 -42 9223372036854775807 -9223372036854775808");
}

}  // namespace
}  // namespace pyxis
