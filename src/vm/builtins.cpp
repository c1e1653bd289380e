// The builtins module (print, len, range, isinstance, ...) and the methods of builtin types,
// each declared once in a const table with its signature string; construction of builtin
// types and Python classes (call_type), including class creation by type(name, bases, ns).
#include "vm/builtins.h"
#include "vm/native_modules.h"
#include "support/unicode.h"
#include "vm/builtins_exec.h"
#include "vm/annotations.h"
#include "vm/coroutines.h"
#include "vm/object_protocol.h"
#include "vm/core_attributes.h"
#include "vm/slot_wrappers.h"
#include "objects/descriptor_object.h"
#include "objects/builtin_subclass.h"
#include "objects/builtin_methods.h"
#include "objects/type_slots.h"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "objects/arg_parser.h"
#include "objects/bytes_object.h"
#include "objects/codecs.h"
#include "objects/complex_object.h"
#include "objects/memoryview_object.h"
#include "objects/number_methods.h"
#include "objects/range_object.h"
#include "objects/slice_object.h"
#include "objects/dict_object.h"
#include "objects/format_spec.h"
#include "objects/function_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/exception_object.h"
#include "objects/module_object.h"
#include "objects/set_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/eval.h"
#include "vm/interpreter.h"
#include "vm/operations.h"

namespace pyxis {

namespace {

struct NativeMethodDef {
  const char* signature;
  NativeFunction function;
};

const BuiltinTypes& T(Thread& thread) { return thread.types(); }
bool has_type(Value v, const Type* type) { return v.is_object() && v.as_object()->type == type; }
StrObject* as_str(Value v) { return static_cast<StrObject*>(v.as_object()); }
DictObject* as_dict(Value v) { return static_cast<DictObject*>(v.as_object()); }

// Collects an iterable's items into a new list (the list keeps them reachable).
ListObject* list_of(Thread& thread, Value iterable) {
  Value iterator = get_iter(thread, iterable);
  if (iterator.is_error()) return nullptr;
  ListObject* list = list_new(thread);
  for (;;) {
    Value item = iter_next(thread, iterator);
    if (item.is_error()) return nullptr;
    if (item.is_empty()) return list;
    list_append(thread, list, item);
  }
}

// ---------------------------------------------------------------- builtins module

Value builtin_print(Thread& thread, Value, const Value* args, size_t nargs) {
  // Slots: sep, end, file, flush, then the objects.
  std::string out;
  auto text_or = [&](Value v, const char* fallback, const char* what, std::string* into) {
    if (v.is_empty() || v.is_none()) {
      *into = fallback;
      return true;
    }
    if (!has_type(v, T(thread).str)) {
      thread.raise_format(T(thread).TypeError, "%s must be None or a string, not %s", what, type_name(thread, v));
      return false;
    }
    *into = as_str(v)->view();
    return true;
  };
  std::string sep, end;
  if (!text_or(args[0], " ", "sep", &sep) || !text_or(args[1], "\n", "end", &end)) return Value::error();
  for (size_t i = 4; i < nargs; ++i) {
    if (i != 4) out += sep;
    if (!append_str(thread, out, args[i])) return Value::error();
  }
  out += end;
  std::FILE* stream = stdout;
  if (!args[2].is_empty() && !args[2].is_none()) {
    // file=: any object with a write() method.
    Value write = get_attr(thread, args[2], thread.interp().intern("write"));
    if (write.is_error()) return write;
    Value text = str_value(thread, out);
    Value result = call(thread, write, &text, 1);
    return result.is_error() ? result : Value::none();
  }
  std::fwrite(out.data(), 1, out.size(), stream);
  if (!args[3].is_empty() && args[3].is_true()) std::fflush(stream);
  return Value::none();
}

Value builtin_len(Thread& thread, Value, const Value* args, size_t) {
  int64_t n;
  if (!length(thread, args[0], &n)) return Value::error();
  return int_from_i64(thread, n);
}

Value builtin_repr(Thread& thread, Value, const Value* args, size_t) { return repr(thread, args[0]); }

// ascii(): repr() with every non-ASCII character escaped (\xhh, \uhhhh or \Uhhhhhhhh).
Value builtin_ascii(Thread& thread, Value, const Value* args, size_t) {
  std::string text;
  if (!append_repr(thread, text, args[0])) return Value::error();
  std::string out;
  size_t pos = 0;
  while (pos < text.size()) {
    unsigned char byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80) {
      out += char(byte);
      ++pos;
      continue;
    }
    char32_t cp = 0;
    size_t start = pos;
    if (!unicode::decode_utf8(text, &pos, &cp)) {
      pos = start + 1;
      cp = byte;
    }
    char escaped[16];
    if (cp < 0x100) std::snprintf(escaped, sizeof escaped, "\\x%02x", unsigned(cp));
    else if (cp < 0x10000) std::snprintf(escaped, sizeof escaped, "\\u%04x", unsigned(cp));
    else std::snprintf(escaped, sizeof escaped, "\\U%08x", unsigned(cp));
    out += escaped;
  }
  return str_value(thread, out);
}

Value builtin_abs(Thread& thread, Value, const Value* args, size_t) {
  Value x = args[0];
  if (x.is_float()) return Value::from_double(std::fabs(x.as_double()));
  if (is_int(thread, x)) {
    Value zero = Value::small_int(0);
    if (int_compare(x, zero) < 0) return int_negate(thread, x);
    return x.is_bool() ? Value::small_int(x.is_true()) : x;
  }
  Value method = type_lookup(type_of(thread.interp(), x), thread.interp().intern("__abs__"));
  if (!method.is_empty()) return call(thread, method, &x, 1);
  return thread.raise_format(T(thread).TypeError, "bad operand type for abs(): '%s'", type_name(thread, x));
}

// min() and max(): one iterable or several arguments, key= and default=.
Value min_max(Thread& thread, const Value* args, size_t nargs, bool is_max) {
  const char* name = is_max ? "max" : "min";
  Value key = args[0], fallback = args[1];
  size_t count = nargs - 2;
  if (count == 0) return thread.raise_format(T(thread).TypeError, "%s expected at least 1 argument, got 0", name);
  ListObject* items;
  if (count == 1) {
    items = list_of(thread, args[2]);
    if (items == nullptr) return Value::error();
  } else {
    if (!fallback.is_empty())
      return thread.raise_format(T(thread).TypeError,
                                 "Cannot specify a default for %s() with multiple positional arguments", name);
    items = list_from(thread, args + 2, count);
  }
  if (items->items.empty()) {
    if (!fallback.is_empty()) return fallback;
    return thread.raise_format(T(thread).ValueError, "%s() iterable argument is empty", name);
  }
  if (key.is_none()) key = Value();
  Value best = items->items[0];
  Value best_key = key.is_empty() ? best : call(thread, key, &best, 1);
  if (best_key.is_error()) return best_key;
  for (size_t i = 1; i < items->items.size(); ++i) {
    Value item = items->items[i];
    Value item_key = key.is_empty() ? item : call(thread, key, &item, 1);
    if (item_key.is_error()) return item_key;
    Value better = compare(thread, is_max ? CompareOp::Gt : CompareOp::Lt, item_key, best_key);
    if (better.is_error()) return better;
    int t = truthy(thread, better);
    if (t < 0) return Value::error();
    if (t) {
      best = item;
      best_key = item_key;
    }
  }
  return best;
}

Value builtin_min(Thread& thread, Value, const Value* args, size_t nargs) { return min_max(thread, args, nargs, false); }
Value builtin_max(Thread& thread, Value, const Value* args, size_t nargs) { return min_max(thread, args, nargs, true); }

Value builtin_sum(Thread& thread, Value, const Value* args, size_t) {
  Value total = args[1].is_empty() ? Value::small_int(0) : args[1];
  if (has_type(total, T(thread).str))
    return thread.raise(T(thread).TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  Value iterator = get_iter(thread, args[0]);
  if (iterator.is_error()) return iterator;
  for (;;) {
    Value item = iter_next(thread, iterator);
    if (item.is_error()) return item;
    if (item.is_empty()) return total;
    total = binary_op(thread, BinaryOp::Add, total, item);
    if (total.is_error()) return total;
  }
}

Value builtin_iter(Thread& thread, Value, const Value* args, size_t) { return get_iter(thread, args[0]); }

Value stop_iteration(Thread& thread, Value returned);

Value builtin_next(Thread& thread, Value, const Value* args, size_t) {
  if (has_type(args[0], T(thread).generator)) {
    Value returned;
    Value item = resume_generator(thread, static_cast<GeneratorObject*>(args[0].as_object()), Value::none(), Value(), &returned);
    if (!item.is_empty()) return item;
    if (!args[1].is_empty()) return args[1];
    return stop_iteration(thread, returned);
  }
  if (is_awaitable_iterator(thread, args[0])) {  // their StopIteration carries a value
    Value item = awaitable_next_step(thread, args[0]);
    if (item.is_error() && !args[1].is_empty() && thread.pending_is(T(thread).StopIteration)) {
      thread.take_pending();
      return args[1];
    }
    return item;
  }
  Value item = iter_next(thread, args[0]);
  if (item.is_empty()) {
    if (!args[1].is_empty()) return args[1];
    return thread.raise(T(thread).StopIteration, "");
  }
  return item;
}

Value builtin_hash(Thread& thread, Value, const Value* args, size_t) {
  int64_t h;
  if (!hash_value(thread, args[0], &h)) return Value::error();
  return int_from_i64(thread, h);
}

Value builtin_id(Thread& thread, Value, const Value* args, size_t) {
  return int_from_i64(thread, int64_t(args[0].bits() & 0x7FFF'FFFF'FFFF'FFFF));
}

Value builtin_callable(Thread& thread, Value, const Value* args, size_t) {
  Type* type = type_of(thread.interp(), args[0]);
  const BuiltinTypes& types = T(thread);
  bool result = type == types.function || type == types.builtin_function || type == types.method || type == types.type ||
                !type_lookup(type, thread.interp().intern("__call__")).is_empty();
  return Value::boolean(result);
}

Value attribute_name(Thread& thread, Value name, const char* function) {
  (void)function;
  if (!has_type(name, T(thread).str))
    return thread.raise_format(T(thread).TypeError, "attribute name must be string, not '%s'",
                               type_name(thread, name));
  return thread.interp().intern(as_str(name)->view());
}

Value builtin_getattr(Thread& thread, Value, const Value* args, size_t) {
  Value name = attribute_name(thread, args[1], "getattr");
  if (name.is_error()) return name;
  Value result = get_attr(thread, args[0], name);
  if (result.is_error() && !args[2].is_empty() && thread.pending_is(T(thread).AttributeError)) {
    thread.take_pending();
    return args[2];
  }
  return result;
}

Value builtin_setattr(Thread& thread, Value, const Value* args, size_t) {
  Value name = attribute_name(thread, args[1], "setattr");
  if (name.is_error()) return name;
  return set_attr(thread, args[0], name, args[2]) ? Value::none() : Value::error();
}

Value builtin_hasattr(Thread& thread, Value, const Value* args, size_t) {
  Value name = attribute_name(thread, args[1], "hasattr");
  if (name.is_error()) return name;
  Value result = get_attr(thread, args[0], name);
  if (result.is_error()) {
    if (!thread.pending_is(T(thread).AttributeError)) return result;
    thread.take_pending();
    return Value::false_();
  }
  return Value::true_();
}

// A stable merge sort whose comparison may raise (then the sort stops and reports it).
bool sort_values(Thread& thread, std::vector<Value>& keys, std::vector<size_t>& order, bool reverse) {
  std::vector<size_t> scratch(order.size());
  bool failed = false;
  auto less = [&](size_t a, size_t b) {
    if (failed) return false;
    Value result = compare(thread, CompareOp::Lt, reverse ? keys[b] : keys[a], reverse ? keys[a] : keys[b]);
    if (result.is_error()) {
      failed = true;
      return false;
    }
    int t = truthy(thread, result);
    if (t < 0) failed = true;
    return t > 0;
  };
  for (size_t width = 1; width < order.size() && !failed; width *= 2) {
    for (size_t low = 0; low < order.size(); low += 2 * width) {
      size_t mid = std::min(low + width, order.size()), high = std::min(low + 2 * width, order.size());
      size_t i = low, j = mid, k = low;
      while (i < mid && j < high) scratch[k++] = less(order[j], order[i]) ? order[j++] : order[i++];
      while (i < mid) scratch[k++] = order[i++];
      while (j < high) scratch[k++] = order[j++];
    }
    order.swap(scratch);
  }
  return !failed;
}

// Sorts the list's items in place (key and reverse as list.sort takes them).
bool sort_list(Thread& thread, ListObject* list, Value key, bool reverse) {
  if (key.is_none()) key = Value();
  // The keys are kept reachable by a list while the sort runs.
  ListObject* keys = list;
  if (!key.is_empty()) {
    keys = list_new(thread);
    for (size_t i = 0; i < list->items.size(); ++i) {
      Value item = list->items[i];
      Value k = call(thread, key, &item, 1);
      if (k.is_error()) return false;
      list_append(thread, keys, k);
    }
  }
  std::vector<Value> key_values = keys->items;
  std::vector<size_t> order(list->items.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  if (!sort_values(thread, key_values, order, reverse)) return false;
  std::vector<Value> sorted(order.size());
  for (size_t i = 0; i < order.size(); ++i) sorted[i] = list->items[order[i]];
  list->items = std::move(sorted);
  return true;
}

Value builtin_sorted(Thread& thread, Value, const Value* args, size_t) {
  ListObject* list = list_of(thread, args[0]);
  if (list == nullptr) return Value::error();
  bool reverse = false;
  if (!args[2].is_empty()) {
    int t = truthy(thread, args[2]);
    if (t < 0) return Value::error();
    reverse = t;
  }
  if (!sort_list(thread, list, args[1].is_empty() ? Value::none() : args[1], reverse)) return Value::error();
  return to_value(list);
}

Value builtin_divmod(Thread& thread, Value, const Value* args, size_t) {
  Value q = binary_op(thread, BinaryOp::FloorDiv, args[0], args[1]);
  if (q.is_error()) return q;
  Value r = binary_op(thread, BinaryOp::Mod, args[0], args[1]);
  if (r.is_error()) return r;
  Value items[2] = {q, r};
  return to_value(tuple_from(thread, items, 2));
}

Value builtin_pow(Thread& thread, Value, const Value* args, size_t) {
  if (!args[2].is_empty() && !args[2].is_none()) {
    if (is_complex(thread, args[0]) || is_complex(thread, args[1]) || is_complex(thread, args[2]))
      return thread.raise(T(thread).ValueError, "complex modulo");
    if (!is_int(thread, args[0]) || !is_int(thread, args[1]) || !is_int(thread, args[2]))
      return thread.raise(T(thread).TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    if (int_is_zero(args[2])) return thread.raise(T(thread).ValueError, "pow() 3rd argument cannot be 0");
    mpz_t b, e, m, r;
    mpz_inits(b, e, m, r, nullptr);
    int_to_mpz(args[0], b);
    int_to_mpz(args[1], e);
    int_to_mpz(args[2], m);
    bool ok = true;
    if (mpz_sgn(e) < 0) {
      ok = mpz_invert(b, b, m) != 0;
      mpz_neg(e, e);
    }
    Value result;
    if (ok) {
      mpz_powm(r, b, e, m);
      // Python's result takes the modulus's sign.
      if (mpz_sgn(r) != 0 && mpz_sgn(m) < 0) mpz_add(r, r, m);
      result = int_from_mpz(thread, r);
    }
    mpz_clears(b, e, m, r, nullptr);
    if (!ok) return thread.raise(T(thread).ValueError, "base is not invertible for the given modulus");
    return result;
  }
  return binary_op(thread, BinaryOp::Pow, args[0], args[1]);
}

Value builtin_chr(Thread& thread, Value, const Value* args, size_t) {
  int64_t code;
  if (!index_value(thread, args[0], &code, nullptr)) return Value::error();
  if (code < 0 || code > 0x10FFFF) return thread.raise(T(thread).ValueError, "chr() arg not in range(0x110000)");
  char buffer[4];
  size_t n;
  uint32_t c = uint32_t(code);
  if (c < 0x80) { buffer[0] = char(c); n = 1; }
  else if (c < 0x800) { buffer[0] = char(0xC0 | (c >> 6)); buffer[1] = char(0x80 | (c & 0x3F)); n = 2; }
  else if (c < 0x10000) { buffer[0] = char(0xE0 | (c >> 12)); buffer[1] = char(0x80 | ((c >> 6) & 0x3F)); buffer[2] = char(0x80 | (c & 0x3F)); n = 3; }
  else { buffer[0] = char(0xF0 | (c >> 18)); buffer[1] = char(0x80 | ((c >> 12) & 0x3F)); buffer[2] = char(0x80 | ((c >> 6) & 0x3F)); buffer[3] = char(0x80 | (c & 0x3F)); n = 4; }
  return str_value(thread, std::string_view(buffer, n));
}

Value builtin_ord(Thread& thread, Value, const Value* args, size_t) {
  if (!has_type(args[0], T(thread).str))
    return thread.raise_format(T(thread).TypeError, "ord() expected string of length 1, but %s found", type_name(thread, args[0]));
  StrObject* s = as_str(args[0]);
  if (s->length != 1)
    return thread.raise_format(T(thread).TypeError, "ord() expected a character, but string of length %zu found", s->length);
  auto* b = reinterpret_cast<const unsigned char*>(s->bytes);
  uint32_t c = b[0] < 0x80 ? b[0] : b[0] < 0xE0 ? ((b[0] & 0x1F) << 6) | (b[1] & 0x3F)
             : b[0] < 0xF0 ? ((b[0] & 0x0F) << 12) | ((b[1] & 0x3F) << 6) | (b[2] & 0x3F)
                           : ((b[0] & 0x07) << 18) | ((b[1] & 0x3F) << 12) | ((b[2] & 0x3F) << 6) | (b[3] & 0x3F);
  return Value::small_int(c);
}

Value builtin_format(Thread& thread, Value, const Value* args, size_t) {
  if (args[1].is_empty()) return format_value(thread, args[0], "");
  if (!has_type(args[1], T(thread).str))
    return thread.raise_format(T(thread).TypeError, "format() argument 2 must be str, not %s", type_name(thread, args[1]));
  return format_value(thread, args[0], as_str(args[1])->view());
}

AdapterIteratorObject* new_adapter(Thread& thread, Type* type) {
  AdapterIteratorObject* adapter = thread.heap().make<AdapterIteratorObject>(type);
  adapter->function = Value::none();
  return adapter;
}

Value builtin_enumerate(Thread& thread, Value, const Value* args, size_t) {
  Value iterator = get_iter(thread, args[0]);
  if (iterator.is_error()) return iterator;
  int64_t start = 0;
  if (!args[1].is_empty() && !index_value(thread, args[1], &start, nullptr)) return Value::error();
  AdapterIteratorObject* adapter = new_adapter(thread, T(thread).enumerate);
  adapter->source = iterator;
  adapter->index = start;
  return to_value(adapter);
}

Value iterators_of(Thread& thread, const Value* items, size_t count) {
  TupleObject* iterators = tuple_new(thread, count);
  for (size_t i = 0; i < count; ++i) {
    Value iterator = get_iter(thread, items[i]);
    if (iterator.is_error()) return iterator;
    iterators->items[i] = iterator;
  }
  return to_value(iterators);
}

Value builtin_zip(Thread& thread, Value, const Value* args, size_t nargs) {
  // Slots: strict, then the iterables.
  Value iterators = iterators_of(thread, args + 1, nargs - 1);
  if (iterators.is_error()) return iterators;
  AdapterIteratorObject* adapter = new_adapter(thread, T(thread).zip);
  adapter->iterators = iterators;
  if (!args[0].is_empty()) {
    int strict = truthy(thread, args[0]);
    if (strict < 0) return Value::error();
    adapter->strict = strict;
  }
  if (nargs == 1) adapter->iterators = to_value(tuple_new(thread, 0));
  return to_value(adapter);
}

Value builtin_map(Thread& thread, Value, const Value* args, size_t nargs) {
  if (nargs < 2) return thread.raise(T(thread).TypeError, "map() must have at least two arguments.");
  Value iterators = iterators_of(thread, args + 1, nargs - 1);
  if (iterators.is_error()) return iterators;
  AdapterIteratorObject* adapter = new_adapter(thread, T(thread).map);
  adapter->function = args[0];
  adapter->iterators = iterators;
  return to_value(adapter);
}

Value builtin_filter(Thread& thread, Value, const Value* args, size_t) {
  Value iterator = get_iter(thread, args[1]);
  if (iterator.is_error()) return iterator;
  AdapterIteratorObject* adapter = new_adapter(thread, T(thread).filter);
  adapter->function = args[0];
  adapter->source = iterator;
  return to_value(adapter);
}

Value builtin_reversed(Thread& thread, Value, const Value* args, size_t) {
  Value sequence = args[0];
  Type* type = type_of(thread.interp(), sequence);
  if (type->is_heap_type || type == T(thread).range) {
    Value method = type_lookup(type, thread.interp().intern("__reversed__"));
    if (!method.is_empty()) return call(thread, method, &sequence, 1);
  }
  if (type == T(thread).dict || type == T(thread).dict_keys || type == T(thread).dict_values ||
      type == T(thread).dict_items) {
    // Their reversal is over a snapshot (dict keys are reversed in insertion order).
    ListObject* items = list_of(thread, sequence);
    if (items == nullptr) return Value::error();
    sequence = to_value(items);
  }
  int64_t size;
  if (!length(thread, sequence, &size)) {
    thread.take_pending();
    return thread.raise_format(T(thread).TypeError, "'%s' object is not reversible", type->name.c_str());
  }
  AdapterIteratorObject* adapter = new_adapter(thread, T(thread).reversed);
  adapter->source = sequence;
  adapter->index = size - 1;
  return to_value(adapter);
}

Value any_all(Thread& thread, Value iterable, bool want) {
  Value iterator = get_iter(thread, iterable);
  if (iterator.is_error()) return iterator;
  for (;;) {
    Value item = iter_next(thread, iterator);
    if (item.is_error()) return item;
    if (item.is_empty()) return Value::boolean(!want);
    int t = truthy(thread, item);
    if (t < 0) return Value::error();
    if (bool(t) == want) return Value::boolean(want);
  }
}

Value builtin_any(Thread& thread, Value, const Value* args, size_t) { return any_all(thread, args[0], true); }
Value builtin_all(Thread& thread, Value, const Value* args, size_t) { return any_all(thread, args[0], false); }

Value builtin_round(Thread& thread, Value, const Value* args, size_t) {
  Value number = args[0], digits = args[1];
  if (digits.is_none()) digits = Value();
  if (is_int(thread, number)) {
    if (digits.is_empty()) return number.is_bool() ? Value::small_int(number.is_true()) : number;
    int64_t n;
    if (!index_value(thread, digits, &n, nullptr)) return Value::error();
    if (n >= 0) return number;
    // Round to a multiple of 10**-n, halves to even.
    Value scale = int_binary(thread, IntOp::Pow, Value::small_int(10), int_from_i64(thread, -n));
    if (scale.is_error()) return scale;
    Value half_up = int_binary(thread, IntOp::Add, number, int_binary(thread, IntOp::FloorDiv, scale, Value::small_int(2)));
    Value quotient = int_binary(thread, IntOp::FloorDiv, half_up, scale);
    Value remainder = int_binary(thread, IntOp::Mod, half_up, scale);
    if (quotient.is_error() || remainder.is_error()) return Value::error();
    if (int_is_zero(remainder) && !int_is_zero(int_binary(thread, IntOp::And, quotient, Value::small_int(1))))
      quotient = int_binary(thread, IntOp::Sub, quotient, Value::small_int(1));
    return int_binary(thread, IntOp::Mul, quotient, scale);
  }
  if (!number.is_float()) {
    Type* type = type_of(thread.interp(), number);
    Value method = type_lookup(type, thread.interp().intern("__round__"));
    if (!method.is_empty()) {
      Value call_args[2] = {number, digits};
      return call(thread, method, call_args, digits.is_empty() ? 1 : 2);
    }
    return thread.raise_format(T(thread).TypeError, "type %s doesn't define __round__ method", type->name.c_str());
  }
  return float_round_value(thread, number.as_double(), digits);
}

Value integer_text(Thread& thread, Value number, int base, const char* prefix) {
  number = to_index(thread, number);
  if (number.is_error()) return number;
  mpz_t m;
  mpz_init(m);
  int_to_mpz(number, m);
  bool negative = mpz_sgn(m) < 0;
  mpz_abs(m, m);
  std::string digits(mpz_sizeinbase(m, base) + 2, '\0');
  mpz_get_str(digits.data(), base, m);
  mpz_clear(m);
  return str_value(thread, std::string(negative ? "-" : "") + prefix + digits.c_str());
}
Value builtin_bin(Thread& thread, Value, const Value* args, size_t) { return integer_text(thread, args[0], 2, "0b"); }
Value builtin_oct(Thread& thread, Value, const Value* args, size_t) { return integer_text(thread, args[0], 8, "0o"); }
Value builtin_hex(Thread& thread, Value, const Value* args, size_t) { return integer_text(thread, args[0], 16, "0x"); }

Value builtin_input(Thread& thread, Value, const Value* args, size_t) {
  if (!args[0].is_empty()) {
    std::string prompt;
    if (!append_str(thread, prompt, args[0])) return Value::error();
    std::fwrite(prompt.data(), 1, prompt.size(), stdout);
  }
  std::fflush(stdout);
  std::string line;
  int c;
  while ((c = std::fgetc(stdin)) != EOF && c != '\n') line += char(c);
  if (c == EOF && line.empty()) return thread.raise(T(thread).EOFError, "EOF when reading a line");
  return str_value(thread, line);
}

const NativeMethodDef kBuiltinFunctions[] = {
    {"round(number, ndigits=None)", builtin_round},
    {"bin(number, /)", builtin_bin},
    {"oct(number, /)", builtin_oct},
    {"hex(number, /)", builtin_hex},
    {"input(prompt='', /)", builtin_input},
    {"enumerate(iterable, start=0)", builtin_enumerate},
    {"zip(*iterables, strict=False)", builtin_zip},
    {"map(*args)", builtin_map},
    {"filter(function, iterable, /)", builtin_filter},
    {"reversed(sequence, /)", builtin_reversed},
    {"any(iterable, /)", builtin_any},
    {"all(iterable, /)", builtin_all},
    {"format(value, format_spec='', /)", builtin_format},
    {"print(*args, sep=None, end=None, file=None, flush=False)", builtin_print},
    {"len(obj, /)", builtin_len},
    {"repr(obj, /)", builtin_repr},
    {"ascii(obj, /)", builtin_ascii},
    {"abs(x, /)", builtin_abs},
    {"min(*args, key=None, default=None)", builtin_min},
    {"max(*args, key=None, default=None)", builtin_max},
    {"sum(iterable, /, start=0)", builtin_sum},
    {"iter(object, /)", builtin_iter},
    {"next(iterator, default=None, /)", builtin_next},
    {"hash(obj, /)", builtin_hash},
    {"id(obj, /)", builtin_id},
    {"callable(obj, /)", builtin_callable},
    {"getattr(object, name, default=None, /)", builtin_getattr},
    {"setattr(obj, name, value, /)", builtin_setattr},
    {"hasattr(obj, name, /)", builtin_hasattr},
    {"sorted(iterable, /, *, key=None, reverse=False)", builtin_sorted},
    {"divmod(x, y, /)", builtin_divmod},
    {"pow(base, exp, mod=None)", builtin_pow},
    {"chr(i, /)", builtin_chr},
    {"ord(c, /)", builtin_ord},
};

// ---------------------------------------------------------------- methods of builtin types

Value int_bit_length_method(Thread& thread, Value self, const Value*, size_t) {
  mpz_t m;
  mpz_init(m);
  int_to_mpz(self, m);
  size_t bits = mpz_sgn(m) == 0 ? 0 : mpz_sizeinbase(m, 2);
  mpz_clear(m);
  return int_from_i64(thread, int64_t(bits));
}

const NativeMethodDef kIntMethods[] = {
    {"bit_length()", int_bit_length_method},
};


// The value a finished generator returned becomes StopIteration's argument.
Value stop_iteration(Thread& thread, Value returned) {
  Value exception = make_exception(thread, T(thread).StopIteration, returned.is_empty() || returned.is_none() ? Value() : returned);
  return exception.is_error() ? exception : thread.raise_value(exception);
}

// ---------------------------------------------------------------- constructors


Value construct_dict(Thread& thread, const Value* args, size_t nargs, TupleObject* kwnames) {
  size_t nkw = kwnames != nullptr ? kwnames->size : 0;
  size_t npositional = nargs - nkw;
  if (npositional > 1) return thread.raise_format(T(thread).TypeError, "dict expected at most 1 argument, got %zu", npositional);
  DictObject* dict = dict_new(thread);
  Value keys_method;
  if (npositional == 1 && !has_type(plain_value(args[0]), T(thread).dict)) {
    keys_method = lookup_attr(thread, args[0], thread.interp().intern("keys"));
    if (keys_method.is_error()) return keys_method;
  }
  if (npositional == 1) {
    if (has_type(plain_value(args[0]), T(thread).dict)) {
      DictObject* other = as_dict(plain_value(args[0]));
      for (size_t i = 0; i < other->entries.size(); ++i) {
        DictEntry entry = other->entries[i];
        if (!entry.key.is_empty() && !dict_set(thread, dict, entry.key, entry.value)) return Value::error();
      }
    } else if (!keys_method.is_empty()) {
      // A mapping: its keys(), then mapping[key].
      Value keys = call(thread, keys_method, nullptr, 0);
      if (keys.is_error()) return keys;
      ListObject* key_list = list_of(thread, keys);
      if (key_list == nullptr) return Value::error();
      for (size_t i = 0; i < key_list->items.size(); ++i) {
        Value value = get_item(thread, args[0], key_list->items[i]);
        if (value.is_error() || !dict_set(thread, dict, key_list->items[i], value)) return Value::error();
      }
    } else {
      ListObject* pairs = list_of(thread, args[0]);
      if (pairs == nullptr) return Value::error();
      for (size_t i = 0; i < pairs->items.size(); ++i) {
        ListObject* pair = list_of(thread, pairs->items[i]);
        if (pair == nullptr) return Value::error();
        if (pair->items.size() != 2)
          return thread.raise_format(T(thread).ValueError,
                                     "dictionary update sequence element #%zu has length %zu; 2 is required", i,
                                     pair->items.size());
        if (!dict_set(thread, dict, pair->items[0], pair->items[1])) return Value::error();
      }
    }
  }
  for (size_t k = 0; k < nkw; ++k)
    if (!dict_set(thread, dict, kwnames->items[k], args[npositional + k])) return Value::error();
  return to_value(dict);
}

// super() with no arguments: the calling function's __class__ cell and first argument.
Value construct_super(Thread& thread, const Value* args, size_t nargs) {
  const BuiltinTypes& types = T(thread);
  Value start, self;
  if (nargs == 0) {
    if (thread.frames.empty()) return thread.raise(types.RuntimeError, "super(): no arguments");
    const Frame& frame = thread.frames.back();
    const CodeObject* code = frame.code;
    if (code->positional_count == 0 || frame.function == nullptr)
      return thread.raise(types.RuntimeError, "super(): no arguments");
    for (size_t i = 0; i < code->free_names.size(); ++i) {
      if (static_cast<StrObject*>(code->free_names[i].as_object())->view() != "__class__") continue;
      start = static_cast<CellObject*>(frame.registers[code->free_registers[i]].as_object())->value;
      if (start.is_empty()) return thread.raise(types.RuntimeError, "super(): empty __class__ cell");
    }
    if (start.is_empty()) return thread.raise(types.RuntimeError, "super(): __class__ cell not found");
    self = frame.registers[0];
    if (has_type(self, types.cell)) self = static_cast<CellObject*>(self.as_object())->value;
    if (self.is_empty() || self.is_unbound()) return thread.raise(types.RuntimeError, "super(): arg[0] deleted");
  } else if (nargs == 2) {
    start = args[0];
    self = args[1];
  } else {
    return thread.raise(types.TypeError, "super() takes 0 or 2 arguments here");
  }
  if (!has_type(start, types.type)) return thread.raise_format(types.TypeError, "super() argument 1 must be a type, not %s", type_name(thread, start));
  auto* start_type = static_cast<Type*>(start.as_object());
  Type* self_type = has_type(self, types.type) ? static_cast<Type*>(self.as_object()) : type_of(thread.interp(), self);
  if (!is_subtype(self_type, start_type))
    return thread.raise(types.TypeError, "super(type, obj): obj must be an instance or subtype of type");
  SuperObject* super = thread.heap().make<SuperObject>(types.super);
  super->start = start_type;
  super->self = self;
  return to_value(super);
}

}  // namespace

Value call_type(Thread& thread, Type* type, const Value* args, size_t nargs, TupleObject* kwnames) {
  return type_call(thread, type, args, nargs, kwnames);
}

Value construct_builtin(Thread& thread, Type* type, const Value* args, size_t nargs, TupleObject* kwnames) {
  const BuiltinTypes& types = T(thread);
  size_t nkw = kwnames != nullptr ? kwnames->size : 0;
  if (type == types.object) {
    if (nargs != 0) return thread.raise(types.TypeError, "object() takes no arguments");
    return to_value(thread.heap().make<InstanceObject>(type));
  }
  if (type->layout == Layout::Exception) return construct_exception(thread, type, args, nargs, kwnames);
  if (type == types.dict) return construct_dict(thread, args, nargs, kwnames);
  if (type->slots != nullptr && type->slots->construct != nullptr) return type->slots->construct(thread, type, args, nargs, kwnames);
  if (nkw != 0) return thread.raise_format(types.TypeError, "%s() takes no keyword arguments", type->name.c_str());
  auto at_most = [&](size_t n) {
    if (nargs <= n) return true;
    thread.raise_format(types.TypeError, "%s expected at most %zu argument%s, got %zu", type->name.c_str(), n, n == 1 ? "" : "s", nargs);
    return false;
  };
  // int, float, str, bytes, complex, range, slice ...: their construct slots (objects/*_methods.cpp, *_object.cpp).
  if (type == types.bool_) {
    if (!at_most(1)) return Value::error();
    if (nargs == 0) return Value::false_();
    int t = truthy(thread, args[0]);
    return t < 0 ? Value::error() : Value::boolean(t);
  }
  if (type == types.list) {
    if (!at_most(1)) return Value::error();
    if (nargs == 0) return to_value(list_new(thread));
    ListObject* list = list_of(thread, args[0]);
    return list == nullptr ? Value::error() : to_value(list);
  }
  if (type == types.tuple) {
    if (!at_most(1)) return Value::error();
    if (nargs == 0) return to_value(tuple_new(thread, 0));
    if (has_type(args[0], types.tuple)) return args[0];
    ListObject* list = list_of(thread, args[0]);
    return list == nullptr ? Value::error() : to_value(tuple_from(thread, list->items.data(), list->items.size()));
  }
  if (type == types.super) return construct_super(thread, args, nargs);
  if (type == types.set || type == types.frozenset) {
    if (!at_most(1)) return Value::error();
    SetObject* set = set_new(thread, type);
    if (nargs == 1 && !set_update(thread, set, args[0])) return Value::error();
    return to_value(set);
  }
  return thread.raise_format(types.TypeError, "cannot create '%s' instances", type->name.c_str());
}

Value call_builtin_function(Thread& thread, BuiltinFunctionObject* function, const Value* args, size_t nargs,
                            TupleObject* kwnames) {
  Value self = function->self;
  if (self.is_empty() && function->owner != nullptr) {
    // An unbound method (list.append or a method call): the receiver is the first argument.
    if (nargs == (kwnames != nullptr ? kwnames->size : 0))
      return thread.raise_format(T(thread).TypeError, "unbound method %s.%s() needs an argument",
                                 function->owner->name.c_str(), function->name);
    if (!is_instance_of(thread, args[0], function->owner))
      return thread.raise_format(T(thread).TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                                 function->name, function->owner->name.c_str(), type_name(thread, args[0]));
    self = args[0];
    ++args;
    --nargs;
  }
  // Methods of a builtin type called on an instance of a Python subclass work on the value
  // the instance extends.
  if (function->owner != nullptr && function->owner != T(thread).object && !function->owner->is_heap_type &&
      function->owner != T(thread).property && function->owner != T(thread).classmethod &&
      function->owner != T(thread).staticmethod)
    self = plain_value(self);
  // The common case (positional arguments within the signature's range, no *args/**kwargs):
  // the slots on the C++ stack, no binding machinery, no allocation.
  const ParsedSignature& signature = *function->signature;
  constexpr size_t kInlineSlots = 8;
  if (kwnames == nullptr && !signature.var_positional && !signature.var_keyword &&
      signature.params.size() <= kInlineSlots && nargs >= signature.required && nargs <= signature.positional &&
      (!signature.single_argument || nargs == 1)) {
    Value inline_slots[kInlineSlots];
    for (size_t i = 0; i < nargs; ++i) inline_slots[i] = args[i];
    return function->function(thread, self, inline_slots, signature.params.size());
  }
  std::vector<Value> slots;
  size_t roots = thread.native_roots.size();
  if (!bind_native_arguments(thread, *function->signature, args, nargs, kwnames, &slots)) {
    thread.native_roots.resize(roots);
    return Value::error();
  }
  // The slots repeat values the caller's registers hold (or, for **kwargs, that the binding
  // registered in native_roots), so the collector still sees them.
  Value result = function->function(thread, self, slots.data(), slots.size());
  thread.native_roots.resize(roots);
  return result;
}

void install_builtins(Interpreter& interp) {
  Thread& thread = interp.main_thread();
  const BuiltinTypes& types = interp.types();
  auto define = [&](DictObject* where, const NativeMethodDef& def, Type* owner) {
    interp.signatures.push_back(std::make_unique<ParsedSignature>(parse_signature(def.signature)));
    if (owner != nullptr) interp.signatures.back()->qualified_name = owner->name + "." + interp.signatures.back()->name;
    const ParsedSignature* signature = interp.signatures.back().get();
    BuiltinFunctionObject* function = thread.heap().make<BuiltinFunctionObject>(types.builtin_function);
    function->name = signature->name.c_str();
    function->function = def.function;
    function->signature = signature;
    function->owner = owner;
    dict_set(thread, where, interp.intern(signature->name), to_value(function));
  };
  DictObject* builtins = interp.builtins();
  install_object_protocol(interp);
  install_descriptor_types(interp);
  install_core_attributes(interp);
  install_builtin_subclassing(interp);
  install_slot_wrappers(interp);
  for (const NativeMethodDef& def : kBuiltinFunctions) define(builtins, def, nullptr);
  install_io_builtins(thread, builtins);  // open (src/modules/io_module.cpp)
  install_exec_builtins(interp);
  install_function_annotation_attributes(interp);
  install_list_methods(interp);
  install_dict_methods(interp);
  install_str_methods(interp);
  install_tuple_methods(interp);
  for (const NativeMethodDef& def : kIntMethods) define(types.int_->dict, def, types.int_);
  install_set_methods(interp);
  auto name = [&](const char* text, Value value) { dict_set(thread, builtins, interp.intern(text), value); };
  install_bytes_types(interp), install_complex_type(interp), install_slice_type(interp), install_range_type(interp), install_memoryview_type(interp), install_number_methods(interp), install_str_codec_methods(interp);
  name("object", to_value(types.object));
  name("type", to_value(types.type));
  name("int", to_value(types.int_));
  name("bool", to_value(types.bool_));
  name("float", to_value(types.float_));
  name("str", to_value(types.str));
  name("tuple", to_value(types.tuple));
  name("list", to_value(types.list));
  name("dict", to_value(types.dict));
  name("range", to_value(types.range));
  name("super", to_value(types.super));
  name("set", to_value(types.set));
  name("frozenset", to_value(types.frozenset));
  name("property", to_value(types.property));
  name("classmethod", to_value(types.classmethod));
  name("staticmethod", to_value(types.staticmethod));
  name("None", Value::none());
  name("True", Value::true_());
  name("False", Value::false_());
  name("Ellipsis", Value::ellipsis());
  name("NotImplemented", Value::not_implemented());
  name("__debug__", Value::true_());
  install_coroutine_types(interp);
}

}  // namespace pyxis
