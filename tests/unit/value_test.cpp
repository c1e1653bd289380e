// Unit tests for the NaN-boxed Value (src/objects/value.h): every encoding round-trips and
// no encoding collides with another.
#include "objects/value.h"

#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <limits>

namespace pyxis {
namespace {

int kinds(Value v) { return int(v.is_object()) + int(v.is_special()) + int(v.is_float()) + int(v.is_small_int()); }

TEST(Value, SmallIntsRoundTripAtTheEdges) {
  for (int64_t v : {int64_t{0}, int64_t{1}, int64_t{-1}, int64_t{42}, Value::kSmallIntMax, Value::kSmallIntMin,
                    Value::kSmallIntMax - 1, Value::kSmallIntMin + 1, int64_t{1} << 40, -(int64_t{1} << 40)}) {
    Value x = Value::small_int(v);
    EXPECT_TRUE(x.is_small_int()) << v;
    EXPECT_EQ(kinds(x), 1) << v;
    EXPECT_EQ(x.as_small_int(), v);
  }
  EXPECT_TRUE(Value::fits_small_int(Value::kSmallIntMax));
  EXPECT_FALSE(Value::fits_small_int(Value::kSmallIntMax + 1));
  EXPECT_FALSE(Value::fits_small_int(Value::kSmallIntMin - 1));
  EXPECT_EQ(Value::kSmallIntMax, (int64_t{1} << 47) - 1);
}

TEST(Value, FloatsRoundTripBitForBit) {
  const double samples[] = {0.0, -0.0, 1.5, -1.5, 1e308, -1e308, 5e-324, -5e-324,
                            std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity(),
                            std::numeric_limits<double>::quiet_NaN(), 3.141592653589793};
  for (double d : samples) {
    Value x = Value::from_double(d);
    EXPECT_TRUE(x.is_float()) << d;
    EXPECT_EQ(kinds(x), 1) << d;
    EXPECT_EQ(std::bit_cast<uint64_t>(x.as_double()), std::bit_cast<uint64_t>(d)) << d;
  }
}

TEST(Value, NegativeNaNsAreCanonicalisedKeepingTheSign) {
  for (uint64_t raw : {uint64_t{0xFFFA'0000'0000'0000}, uint64_t{0xFFFF'FFFF'FFFF'FFFF}, uint64_t{0xFFFC'1234'5678'9ABC}}) {
    Value x = Value::from_double(std::bit_cast<double>(raw));
    EXPECT_TRUE(x.is_float());
    EXPECT_TRUE(std::isnan(x.as_double()));
    EXPECT_TRUE(std::signbit(x.as_double()));
  }
  // The negative NaNs just below the limit keep their payload.
  uint64_t kept = 0xFFF9'0000'0000'0001;
  EXPECT_EQ(std::bit_cast<uint64_t>(Value::from_double(std::bit_cast<double>(kept)).as_double()), kept);
}

TEST(Value, SpecialsAreDistinctAndNotNumbers) {
  Value specials[] = {Value::none(), Value::true_(), Value::false_(), Value::ellipsis(),
                      Value::not_implemented(), Value::error(), Value::unbound()};
  for (size_t i = 0; i < std::size(specials); ++i) {
    EXPECT_EQ(kinds(specials[i]), 1);
    EXPECT_TRUE(specials[i].is_special());
    for (size_t j = i + 1; j < std::size(specials); ++j) EXPECT_NE(specials[i], specials[j]);
  }
  EXPECT_TRUE(Value::boolean(true).is_true());
  EXPECT_TRUE(Value::boolean(false).is_false());
  EXPECT_TRUE(Value::none().is_none());
  EXPECT_FALSE(Value::none().is_bool());
}

TEST(Value, PointersAndEmpty) {
  alignas(16) static char storage[16];
  Value p = Value::object(reinterpret_cast<Object*>(storage));
  EXPECT_TRUE(p.is_object());
  EXPECT_EQ(kinds(p), 1);
  EXPECT_EQ(static_cast<void*>(p.as_object()), static_cast<void*>(storage));
  EXPECT_TRUE(Value().is_empty());
  EXPECT_EQ(kinds(Value()), 0);
}

TEST(Value, BothSmallIntsOneMask) {
  EXPECT_TRUE(Value::both_small_ints(Value::small_int(Value::kSmallIntMin), Value::small_int(0)));
  EXPECT_FALSE(Value::both_small_ints(Value::small_int(1), Value::none()));
  EXPECT_FALSE(Value::both_small_ints(Value::from_double(-std::numeric_limits<double>::quiet_NaN()),
                                      Value::small_int(1)));
}

}  // namespace
}  // namespace pyxis
