// Value: every Python value as one NaN-boxed 64-bit word (docs/runtime.md section 1):
// small ints, floats and a few constants live in the word, everything else points to the heap.
//
// | top 16 bits     | meaning                               | payload                              |
// | --------------- | ------------------------------------- | ------------------------------------ |
// | 0x0000          | pointer to a heap Object              | 48-bit address, 8-aligned (0 = empty)|
// | 0x0001          | special immediates                    | None, True, False, Ellipsis,         |
// |                 |                                       | NotImplemented, error, unbound-local |
// | 0x0002 - 0xFFFB | a float                               | IEEE-754 bits + 2^49                 |
// | 0xFFFC - 0xFFFE | reserved                              |                                      |
// | 0xFFFF          | a small int                           | 48-bit two's complement              |
//
// Doubles whose bits are >= 0xFFFA'0000'0000'0000 (negative NaNs with high payload bits) would
// land in the reserved/int range once offset; they become the negative quiet NaN (sign kept).
// The all-zero word is "empty" (a free dict slot, an unset field), never a live Python value.
#pragma once

#include <bit>
#include <cstdint>

namespace pyxis {

struct Object;

class Value {
 public:
  static constexpr uint64_t kTagShift = 48;
  static constexpr uint64_t kPayloadMask = (uint64_t{1} << kTagShift) - 1;
  static constexpr uint64_t kSpecialTag = uint64_t{0x0001} << kTagShift;
  static constexpr uint64_t kFloatOffset = uint64_t{1} << 49;
  static constexpr uint64_t kSmallIntTag = uint64_t{0xFFFF} << kTagShift;
  static constexpr uint64_t kFirstUnencodableDouble = uint64_t{0xFFFA} << kTagShift;
  static constexpr uint64_t kNegativeQuietNaN = 0xFFF8'0000'0000'0000;
  static constexpr int64_t kSmallIntMax = (int64_t{1} << 47) - 1;
  static constexpr int64_t kSmallIntMin = -(int64_t{1} << 47);

  enum class Special : uint64_t { None = 0, True, False, Ellipsis, NotImplemented, Error, Unbound };

  constexpr Value() : bits_(0) {}
  static constexpr Value from_bits(uint64_t bits) { return Value(bits); }
  constexpr uint64_t bits() const { return bits_; }

  // --- heap pointers
  static Value object(const Object* object) { return Value(reinterpret_cast<uint64_t>(object)); }
  constexpr bool is_empty() const { return bits_ == 0; }
  constexpr bool is_object() const { return (bits_ >> kTagShift) == 0 && bits_ != 0; }
  Object* as_object() const { return reinterpret_cast<Object*>(bits_); }

  // --- special immediates
  static constexpr Value special(Special which) { return Value(kSpecialTag | uint64_t(which)); }
  static constexpr Value none() { return special(Special::None); }
  static constexpr Value true_() { return special(Special::True); }
  static constexpr Value false_() { return special(Special::False); }
  static constexpr Value boolean(bool b) { return b ? true_() : false_(); }
  static constexpr Value ellipsis() { return special(Special::Ellipsis); }
  static constexpr Value not_implemented() { return special(Special::NotImplemented); }
  // Returned by a native function when an exception is pending on the thread.
  static constexpr Value error() { return special(Special::Error); }
  // What an unassigned local register holds.
  static constexpr Value unbound() { return special(Special::Unbound); }
  constexpr bool is_special() const { return (bits_ >> kTagShift) == 1; }
  constexpr bool is_none() const { return bits_ == none().bits_; }
  constexpr bool is_true() const { return bits_ == true_().bits_; }
  constexpr bool is_false() const { return bits_ == false_().bits_; }
  constexpr bool is_bool() const { return is_true() || is_false(); }
  constexpr bool is_error() const { return bits_ == error().bits_; }
  constexpr bool is_unbound() const { return bits_ == unbound().bits_; }
  constexpr bool is_not_implemented() const { return bits_ == not_implemented().bits_; }

  // --- floats
  static constexpr Value from_double(double d) {
    uint64_t raw = std::bit_cast<uint64_t>(d);
    if (raw >= kFirstUnencodableDouble) raw = kNegativeQuietNaN;
    return Value(raw + kFloatOffset);
  }
  constexpr bool is_float() const {
    uint64_t tag = bits_ >> kTagShift;
    return tag >= 0x0002 && tag <= 0xFFFB;
  }
  constexpr double as_double() const { return std::bit_cast<double>(bits_ - kFloatOffset); }

  // --- small ints
  static constexpr bool fits_small_int(int64_t v) { return v >= kSmallIntMin && v <= kSmallIntMax; }
  // Precondition: fits_small_int(v).
  static constexpr Value small_int(int64_t v) { return Value((uint64_t(v) & kPayloadMask) | kSmallIntTag); }
  constexpr bool is_small_int() const { return (bits_ >> kTagShift) == 0xFFFF; }
  constexpr int64_t as_small_int() const { return int64_t(bits_ << 16) >> 16; }
  // Both small ints, tested with one mask-and-compare.
  static constexpr bool both_small_ints(Value a, Value b) {
    return (a.bits_ & b.bits_ & kSmallIntTag) == kSmallIntTag;
  }

  constexpr bool operator==(const Value& other) const = default;

 private:
  explicit constexpr Value(uint64_t bits) : bits_(bits) {}
  uint64_t bits_;
};

static_assert(sizeof(Value) == 8);
static_assert(Value::none().is_special() && !Value::none().is_float() && !Value::none().is_small_int());
static_assert(Value::small_int(-1).as_small_int() == -1);
static_assert(Value::small_int(Value::kSmallIntMax).as_small_int() == Value::kSmallIntMax);
static_assert(Value::small_int(Value::kSmallIntMin).as_small_int() == Value::kSmallIntMin);
static_assert(Value::small_int(Value::kSmallIntMin).is_small_int() && !Value::small_int(5).is_float());
static_assert(Value::from_double(0.0).bits() >> Value::kTagShift == 0x0002, "+0.0 is the lowest float tag");
static_assert(Value::from_double(-0.0).is_float() && Value::from_double(-0.0).as_double() == 0.0);
static_assert((Value::from_bits(0xFFF9'FFFF'FFFF'FFFF + Value::kFloatOffset).bits() >> 48) == 0xFFFB,
              "the largest encodable double lands on the last float tag");
static_assert(Value::from_double(std::bit_cast<double>(uint64_t{0xFFFF'FFFF'FFFF'FFFF})).bits() ==
                  Value::kNegativeQuietNaN + Value::kFloatOffset,
              "negative NaNs with high payload bits are canonicalised");
static_assert(Value::both_small_ints(Value::small_int(1), Value::small_int(-2)));
static_assert(!Value::both_small_ints(Value::small_int(1), Value::from_double(1.0)));
static_assert(!Value::both_small_ints(Value::from_double(-1.0), Value::from_double(-2.0)),
              "negative floats never look like small ints");

}  // namespace pyxis
