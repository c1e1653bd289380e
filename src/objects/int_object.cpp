// int beyond the 48-bit immediates: BigInt on GMP, and the arithmetic every int op shares
// (small fast paths with overflow checks first, GMP otherwise), with CPython's semantics
// for floor division, modulo, shifts and hashing.
#include "objects/int_object.h"

#include <cstring>

#include "objects/number_methods.h"
#include "vm/operations.h"

#include <cctype>
#include <cmath>
#include <string>

#include "support/python_repr.h"
#include "vm/interpreter.h"

namespace pyxis {

namespace {

constexpr int64_t kHashModulus = (int64_t{1} << 61) - 1;

Value make_big(Thread& thread, const mpz_t value) {
  BigInt* big = thread.heap().make<BigInt>(thread.types().int_);
  mpz_init_set(big->value, value);
  thread.heap().note_external_bytes(mpz_size(value) * sizeof(mp_limb_t));
  return to_value(big);
}

int64_t floor_div(int64_t a, int64_t b) {
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}

int64_t floor_mod(int64_t a, int64_t b) {
  int64_t r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}

struct Mpz {
  mpz_t v;
  Mpz() { mpz_init(v); }
  explicit Mpz(Value x) {
    mpz_init(v);
    int_to_mpz(x, v);
  }
  ~Mpz() { mpz_clear(v); }
};

}  // namespace

void destroy_big_int(Object* object) { mpz_clear(static_cast<BigInt*>(object)->value); }

bool is_big_int(Thread& thread, Value value) {
  return value.is_object() && value.as_object()->type == thread.types().int_;
}

bool is_int(Thread& thread, Value value) {
  return value.is_small_int() || value.is_bool() || is_big_int(thread, value);
}

Value int_from_i64(Thread& thread, int64_t value) {
  if (Value::fits_small_int(value)) return Value::small_int(value);
  Mpz m;
  mpz_set_si(m.v, value);
  return make_big(thread, m.v);
}

Value int_from_mpz(Thread& thread, const mpz_t value) {
  if (mpz_fits_slong_p(value)) {
    long v = mpz_get_si(value);
    if (Value::fits_small_int(v)) return Value::small_int(v);
  }
  return make_big(thread, value);
}

void int_to_mpz(Value value, mpz_t out) {
  if (value.is_small_int()) mpz_set_si(out, value.as_small_int());
  else if (value.is_bool()) mpz_set_si(out, value.is_true() ? 1 : 0);
  else mpz_set(out, static_cast<BigInt*>(value.as_object())->value);
}

static int64_t small_of(Value v) { return v.is_bool() ? (v.is_true() ? 1 : 0) : v.as_small_int(); }
static bool is_smallish(Value v) { return v.is_small_int() || v.is_bool(); }

bool int_fits_i64(Value a, int64_t* out) {
  if (is_smallish(a)) {
    *out = small_of(a);
    return true;
  }
  const mpz_t& m = static_cast<BigInt*>(a.as_object())->value;
  if (!mpz_fits_slong_p(m)) return false;
  *out = mpz_get_si(m);
  return true;
}

bool int_is_zero(Value a) {
  if (is_smallish(a)) return small_of(a) == 0;
  return mpz_sgn(static_cast<BigInt*>(a.as_object())->value) == 0;
}

int int_compare(Value a, Value b) {
  if (is_smallish(a) && is_smallish(b)) {
    int64_t x = small_of(a), y = small_of(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  Mpz x(a), y(b);
  int c = mpz_cmp(x.v, y.v);
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}

Value int_negate(Thread& thread, Value a) {
  if (is_smallish(a)) return int_from_i64(thread, -small_of(a));
  Mpz x(a);
  mpz_neg(x.v, x.v);
  return int_from_mpz(thread, x.v);
}

Value int_invert(Thread& thread, Value a) {
  if (is_smallish(a)) return int_from_i64(thread, ~small_of(a));
  Mpz x(a);
  mpz_com(x.v, x.v);
  return int_from_mpz(thread, x.v);
}

int64_t int_hash(Value a) {
  if (is_smallish(a)) {
    int64_t v = small_of(a);
    int64_t h = v >= 0 ? v % kHashModulus : -((-v) % kHashModulus);
    return h == -1 ? -2 : h;
  }
  Mpz x(a);
  bool negative = mpz_sgn(x.v) < 0;
  mpz_abs(x.v, x.v);
  Mpz modulus;
  mpz_set_si(modulus.v, kHashModulus);
  mpz_mod(x.v, x.v, modulus.v);
  int64_t h = mpz_get_si(x.v);
  if (negative) h = -h;
  return h == -1 ? -2 : h;
}

bool int_to_double(Thread& thread, Value a, double* out) {
  if (is_smallish(a)) {
    *out = double(small_of(a));
    return true;
  }
  const mpz_t& m = static_cast<BigInt*>(a.as_object())->value;
  if (mpz_sizeinbase(m, 2) > 1024) {
    thread.raise(thread.types().OverflowError, "int too large to convert to float");
    return false;
  }
  // mpz_get_d truncates; round to nearest-even by hand via the top 54 bits.
  size_t bits = mpz_sizeinbase(m, 2);
  if (bits <= 53) {
    *out = mpz_get_d(m);
    return true;
  }
  Mpz x;
  mpz_abs(x.v, m);
  size_t shift = bits - 54;
  Mpz top;
  mpz_tdiv_q_2exp(top.v, x.v, shift);
  bool sticky = mpz_scan1(x.v, 0) < shift;
  uint64_t t = mpz_get_ui(top.v);
  // Round the 54-bit value to 53 bits, ties to even, with the sticky bits.
  uint64_t q = t >> 1;
  if ((t & 1) && (sticky || (q & 1))) ++q;
  double result = std::ldexp(double(q), int(shift + 1));
  if (std::isinf(result)) {
    thread.raise(thread.types().OverflowError, "int too large to convert to float");
    return false;
  }
  *out = mpz_sgn(m) < 0 ? -result : result;
  return true;
}

Value int_true_divide(Thread& thread, Value a, Value b) {
  if (int_is_zero(b)) return thread.raise(thread.types().ZeroDivisionError, "division by zero");
  int64_t x, y;
  if (int_fits_i64(a, &x) && int_fits_i64(b, &y) && std::llabs(x) < (int64_t{1} << 53) &&
      std::llabs(y) < (int64_t{1} << 53))
    return Value::from_double(double(x) / double(y));
  // Correct rounding for big operands: scale to a 55+ bit quotient, then round via double.
  Mpz n(a), d(b);
  long exp_n = long(mpz_sizeinbase(n.v, 2)), exp_d = long(mpz_sizeinbase(d.v, 2));
  long shift = 55 - (exp_n - exp_d);
  Mpz q, r;
  if (shift > 0) mpz_mul_2exp(n.v, n.v, shift);
  else mpz_tdiv_q_2exp(n.v, n.v, -shift);
  mpz_tdiv_qr(q.v, r.v, n.v, d.v);
  if (mpz_sgn(r.v) != 0) mpz_setbit(q.v, 0);  // sticky
  double result = std::ldexp(mpz_get_d(q.v), int(-shift));
  if (std::isinf(result)) return thread.raise(thread.types().OverflowError, "integer division result too large for a float");
  return Value::from_double(result);
}

Value int_binary(Thread& thread, IntOp op, Value a, Value b) {
  if (is_smallish(a) && is_smallish(b)) {
    int64_t x = small_of(a), y = small_of(b), r;
    switch (op) {
      case IntOp::Add: return int_from_i64(thread, x + y);
      case IntOp::Sub: return int_from_i64(thread, x - y);
      case IntOp::Mul:
        if (!__builtin_mul_overflow(x, y, &r)) return int_from_i64(thread, r);
        break;
      case IntOp::FloorDiv:
        if (y == 0) return thread.raise(thread.types().ZeroDivisionError, "integer division or modulo by zero");
        return int_from_i64(thread, floor_div(x, y));
      case IntOp::Mod:
        if (y == 0) return thread.raise(thread.types().ZeroDivisionError, "integer modulo by zero");
        return int_from_i64(thread, floor_mod(x, y));
      case IntOp::And: return int_from_i64(thread, x & y);
      case IntOp::Or: return int_from_i64(thread, x | y);
      case IntOp::Xor: return int_from_i64(thread, x ^ y);
      case IntOp::RShift:
        if (y < 0) return thread.raise(thread.types().ValueError, "negative shift count");
        return int_from_i64(thread, y >= 63 ? (x < 0 ? -1 : 0) : x >> y);
      case IntOp::LShift:
        if (y < 0) return thread.raise(thread.types().ValueError, "negative shift count");
        if (x == 0) return Value::small_int(0);
        if (y < 16) return int_from_i64(thread, x * (int64_t{1} << y));  // |x| < 2^47
        break;
      case IntOp::Pow:
        if (y < 0) break;
        break;
    }
  }
  if (op == IntOp::Pow) {
    Mpz x(a), y(b);
    if (mpz_sgn(y.v) < 0) {
      double base, exponent;
      if (!int_to_double(thread, a, &base) || !int_to_double(thread, b, &exponent)) return Value::error();
      if (base == 0.0)
        return thread.raise(thread.types().ZeroDivisionError, "0.0 cannot be raised to a negative power");
      return Value::from_double(std::pow(base, exponent));
    }
    if (!mpz_fits_ulong_p(y.v)) {
      if (mpz_cmpabs_ui(x.v, 1) <= 0) {
        // 0, 1 and -1 to a huge power.
        if (mpz_sgn(x.v) >= 0) return int_from_mpz(thread, x.v);
        return Value::small_int(mpz_odd_p(y.v) ? -1 : 1);
      }
      return thread.raise(thread.types().MemoryError, "");
    }
    Mpz r;
    mpz_pow_ui(r.v, x.v, mpz_get_ui(y.v));
    return int_from_mpz(thread, r.v);
  }
  Mpz x(a), y(b), r;
  switch (op) {
    case IntOp::Add: mpz_add(r.v, x.v, y.v); break;
    case IntOp::Sub: mpz_sub(r.v, x.v, y.v); break;
    case IntOp::Mul: mpz_mul(r.v, x.v, y.v); break;
    case IntOp::FloorDiv:
      if (mpz_sgn(y.v) == 0) return thread.raise(thread.types().ZeroDivisionError, "integer division or modulo by zero");
      mpz_fdiv_q(r.v, x.v, y.v);
      break;
    case IntOp::Mod:
      if (mpz_sgn(y.v) == 0) return thread.raise(thread.types().ZeroDivisionError, "integer modulo by zero");
      mpz_fdiv_r(r.v, x.v, y.v);
      break;
    case IntOp::And: mpz_and(r.v, x.v, y.v); break;
    case IntOp::Or: mpz_ior(r.v, x.v, y.v); break;
    case IntOp::Xor: mpz_xor(r.v, x.v, y.v); break;
    case IntOp::LShift:
    case IntOp::RShift: {
      if (mpz_sgn(y.v) < 0) return thread.raise(thread.types().ValueError, "negative shift count");
      if (!mpz_fits_ulong_p(y.v)) {
        if (op == IntOp::RShift) return Value::small_int(mpz_sgn(x.v) < 0 ? -1 : 0);
        if (mpz_sgn(x.v) == 0) return Value::small_int(0);
        return thread.raise(thread.types().OverflowError, "too many digits in integer");
      }
      unsigned long shift = mpz_get_ui(y.v);
      if (op == IntOp::LShift) mpz_mul_2exp(r.v, x.v, shift);
      else mpz_fdiv_q_2exp(r.v, x.v, shift);
      break;
    }
    case IntOp::Pow: break;
  }
  return int_from_mpz(thread, r.v);
}

bool append_int_repr(Thread& thread, std::string& out, Value value) {
  if (is_smallish(value)) {
    out += std::to_string(small_of(value));
    return true;
  }
  const mpz_t& m = static_cast<BigInt*>(value.as_object())->value;
  int64_t limit = thread.interp().int_max_str_digits;
  size_t estimate = mpz_sizeinbase(m, 10);  // exact or one too many
  std::string digits;
  if (limit == 0 || estimate <= size_t(limit) + 1) {
    digits.assign(estimate + 2, '\0');
    mpz_get_str(digits.data(), 10, m);
    digits.resize(std::strlen(digits.c_str()));
  }
  size_t count = digits.empty() ? estimate : digits.size() - (digits[0] == '-' ? 1 : 0);
  if (limit != 0 && count > size_t(limit)) {
    thread.raise_format(thread.types().ValueError,
                        "Exceeds the limit (%lld digits) for integer string conversion; use "
                        "sys.set_int_max_str_digits() to increase the limit",
                        static_cast<long long>(limit));
    return false;
  }
  out += digits;
  return true;
}

Value int_from_string(Thread& thread, std::string_view text, int base) {
  return int_from_text(thread, text, base, Value());
}

Value int_from_text(Thread& thread, std::string_view raw, int base, Value shown_value) {
  std::string original(raw);
  std::string ascii = number_text_to_ascii(raw);
  std::string_view text = ascii;
  auto fail = [&]() {
    std::string shown;
    if (shown_value.is_empty()) append_str_repr(shown, original);
    else if (!append_repr(thread, shown, shown_value)) return Value::error();
    return thread.raise_format(thread.types().ValueError, "invalid literal for int() with base %d: %s", base,
                               shown.c_str());
  };
  size_t begin = 0, end = text.size();
  while (begin < end && std::isspace(static_cast<unsigned char>(text[begin]))) ++begin;
  while (end > begin && std::isspace(static_cast<unsigned char>(text[end - 1]))) --end;
  std::string_view body = text.substr(begin, end - begin);
  bool negative = false;
  if (!body.empty() && (body[0] == '+' || body[0] == '-')) {
    negative = body[0] == '-';
    body.remove_prefix(1);
  }
  int actual_base = base;
  if (body.size() >= 2 && body[0] == '0') {
    char p = char(std::tolower(static_cast<unsigned char>(body[1])));
    int prefixed = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (prefixed != 0 && (base == 0 || base == prefixed)) {
      actual_base = prefixed;
      body.remove_prefix(2);
      if (!body.empty() && body[0] == '_') body.remove_prefix(1);
    }
  }
  if (actual_base == 0) {
    actual_base = 10;
    // Base 0 forbids leading zeros in non-zero decimals.
    bool all_zero = true;
    for (char c : body) all_zero &= (c == '0' || c == '_');
    if (body.size() > 1 && body[0] == '0' && !all_zero) return fail();
  }
  std::string digits;
  bool last_underscore = true;
  for (char c : body) {
    if (c == '_') {
      if (last_underscore) return fail();
      last_underscore = true;
      continue;
    }
    int d = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
            : std::isalpha(static_cast<unsigned char>(c)) ? std::tolower(static_cast<unsigned char>(c)) - 'a' + 10
                                                           : 99;
    if (d >= actual_base) return fail();
    digits += c;
    last_underscore = false;
  }
  if (digits.empty() || last_underscore) return fail();
  int64_t limit = thread.interp().int_max_str_digits;
  if (limit != 0 && (actual_base & (actual_base - 1)) != 0 && digits.size() > size_t(limit))
    return thread.raise_format(thread.types().ValueError,
                               "Exceeds the limit (%lld digits) for integer string conversion: value has %zu digits; "
                               "use sys.set_int_max_str_digits() to increase the limit",
                               static_cast<long long>(limit), digits.size());
  Mpz r;
  mpz_set_str(r.v, digits.c_str(), actual_base);
  if (negative) mpz_neg(r.v, r.v);
  return int_from_mpz(thread, r.v);
}

}  // namespace pyxis
