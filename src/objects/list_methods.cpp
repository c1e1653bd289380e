// The methods of list (append ... sort), as CPython 3.12 has them: list.sort is a stable
// merge sort with key/reverse that detects a list modified during the sort.
#include "objects/builtin_methods.h"

#include <algorithm>
#include <climits>

#include "objects/builtin_subclass.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/native_method.h"
#include "vm/interpreter.h"
#include "vm/operations.h"

namespace pyxis {

namespace {

const BuiltinTypes& T(Thread& thread) { return thread.types(); }
ListObject* as_list(Value v) { return static_cast<ListObject*>(v.as_object()); }

// A start/stop argument of index(): clamped when huge; __index__ objects accepted.
bool index_bound(Thread& thread, Value v, int64_t* out) {
  if (v.is_empty()) return true;
  if (is_big_int(thread, v)) {
    mpz_t m;
    mpz_init(m);
    int_to_mpz(v, m);
    *out = mpz_sgn(m) < 0 ? INT64_MIN / 4 : INT64_MAX / 4;
    mpz_clear(m);
    return true;
  }
  Value plain = plain_value(v);
  if (plain.is_small_int() || plain.is_bool() || (v.is_object() && v.as_object()->type->is_heap_type)) {
    if (index_value(thread, v, out, nullptr)) return true;
    if (!thread.pending_is(T(thread).TypeError)) return false;
    thread.take_pending();
  }
  thread.raise(T(thread).TypeError, "slice indices must be integers or have an __index__ method");
  return false;
}

void clamp(int64_t* index, int64_t size) {
  if (*index < 0) {
    *index += size;
    if (*index < 0) *index = 0;
  }
}

Value list_append_method(Thread& thread, Value self, const Value* args, size_t) {
  list_append(thread, as_list(self), args[0]);
  return Value::none();
}

Value list_pop_method(Thread& thread, Value self, const Value* args, size_t) {
  ListObject* list = as_list(self);
  int64_t index = -1;
  if (!args[0].is_empty()) {
    if (is_big_int(thread, args[0])) return thread.raise(T(thread).IndexError, "pop index out of range");
    if (!index_value(thread, args[0], &index, nullptr)) return Value::error();
  }
  if (list->items.empty()) return thread.raise(T(thread).IndexError, "pop from empty list");
  int64_t size = int64_t(list->items.size());
  if (index < 0) index += size;
  if (index < 0 || index >= size) return thread.raise(T(thread).IndexError, "pop index out of range");
  Value item = list->items[size_t(index)];
  list->items.erase(list->items.begin() + index);
  return item;
}

Value list_insert_method(Thread& thread, Value self, const Value* args, size_t) {
  ListObject* list = as_list(self);
  int64_t index;
  if (!index_bound(thread, args[0], &index)) {
    if (!thread.pending_is(T(thread).TypeError)) return Value::error();
    thread.take_pending();
    return thread.raise_format(T(thread).TypeError, "'%s' object cannot be interpreted as an integer",
                               type_name(thread, args[0]));
  }
  int64_t size = int64_t(list->items.size());
  if (index < 0) index = std::max<int64_t>(0, index + size);
  if (index > size) index = size;
  list->items.insert(list->items.begin() + index, args[1]);
  return Value::none();
}

Value list_extend_method(Thread& thread, Value self, const Value* args, size_t) {
  ListObject* list = as_list(self);
  Value source = plain_value(args[0]);
  if (source.is_object() && (source.as_object()->type == T(thread).list || source.as_object()->type == T(thread).tuple)) {
    // Copy first: l.extend(l) doubles the list.
    ListObject* items = source.as_object()->type == T(thread).list
                            ? list_from(thread, as_list(source)->items.data(), as_list(source)->items.size())
                            : nullptr;
    if (items != nullptr) {
      list->items.insert(list->items.end(), items->items.begin(), items->items.end());
      return Value::none();
    }
  }
  Value iterator = get_iter(thread, args[0]);
  if (iterator.is_error()) return iterator;
  ListObject* collected = list_new(thread);
  for (;;) {
    Value item = iter_next(thread, iterator);
    if (item.is_error()) return item;
    if (item.is_empty()) break;
    list_append(thread, collected, item);
  }
  list->items.insert(list->items.end(), collected->items.begin(), collected->items.end());
  return Value::none();
}

Value list_index_method(Thread& thread, Value self, const Value* args, size_t) {
  ListObject* list = as_list(self);
  int64_t start = 0, stop = INT64_MAX / 4;
  if (!index_bound(thread, args[1], &start) || !index_bound(thread, args[2], &stop)) return Value::error();
  clamp(&start, int64_t(list->items.size()));
  clamp(&stop, int64_t(list->items.size()));
  for (int64_t i = start; i < stop && i < int64_t(list->items.size()); ++i) {
    int eq = equal(thread, list->items[size_t(i)], args[0]);
    if (eq < 0) return Value::error();
    if (eq) return Value::small_int(i);
  }
  std::string shown;
  if (!append_repr(thread, shown, args[0])) return Value::error();
  return thread.raise_format(T(thread).ValueError, "%s is not in list", shown.c_str());
}

Value list_count_method(Thread& thread, Value self, const Value* args, size_t) {
  ListObject* list = as_list(self);
  int64_t count = 0;
  for (size_t i = 0; i < list->items.size(); ++i) {
    int eq = equal(thread, list->items[i], args[0]);
    if (eq < 0) return Value::error();
    count += eq;
  }
  return Value::small_int(count);
}

// A stable merge sort of `order` by keys whose comparison may raise.
bool merge_sort(Thread& thread, const std::vector<Value>& keys, std::vector<size_t>& order, bool reverse) {
  std::vector<size_t> scratch(order.size());
  bool failed = false;
  auto less = [&](size_t a, size_t b) {
    if (failed) return false;
    Value result = compare(thread, CompareOp::Lt, keys[a], keys[b]);
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
      // reverse keeps stability: take from the right run only when strictly greater.
      while (i < mid && j < high) {
        bool take_right = reverse ? less(order[i], order[j]) : less(order[j], order[i]);
        scratch[k++] = take_right ? order[j++] : order[i++];
      }
      while (i < mid) scratch[k++] = order[i++];
      while (j < high) scratch[k++] = order[j++];
    }
    order.swap(scratch);
  }
  return !failed;
}

Value list_sort_method(Thread& thread, Value self, const Value* args, size_t) {
  ListObject* list = as_list(self);
  Value key = args[0].is_none() ? Value() : args[0];
  bool reverse = false;
  if (!args[1].is_empty()) {
    int t = truthy(thread, args[1]);
    if (t < 0) return Value::error();
    reverse = t;
  }
  // While sorting the list is empty (as in CPython); its items and keys stay reachable
  // through a holder list.
  ListObject* holder = list_new(thread);
  holder->items.swap(list->items);
  size_t n = holder->items.size();
  ListObject* keys = holder;
  bool ok = true;
  if (!key.is_empty()) {
    keys = list_new(thread);
    keys->items.reserve(n);
    for (size_t i = 0; i < n; ++i) {
      Value item = holder->items[i];
      Value k = call(thread, key, &item, 1);
      if (k.is_error()) {
        ok = false;
        break;
      }
      keys->items.push_back(k);
    }
  }
  std::vector<size_t> order(n);
  for (size_t i = 0; i < n; ++i) order[i] = i;
  if (ok) ok = merge_sort(thread, keys->items, order, reverse);
  bool modified = !list->items.empty();
  if (ok) {
    std::vector<Value> sorted(n);
    for (size_t i = 0; i < n; ++i) sorted[i] = holder->items[order[i]];
    list->items = std::move(sorted);
  } else {
    list->items.swap(holder->items);
  }
  if (!ok) return Value::error();
  if (modified) return thread.raise(T(thread).ValueError, "list modified during sort");
  return Value::none();
}

Value list_reverse_method(Thread&, Value self, const Value*, size_t) {
  auto& items = as_list(self)->items;
  std::reverse(items.begin(), items.end());
  return Value::none();
}

Value list_copy_method(Thread& thread, Value self, const Value*, size_t) {
  return to_value(list_from(thread, as_list(self)->items.data(), as_list(self)->items.size()));
}

Value list_clear_method(Thread&, Value self, const Value*, size_t) {
  as_list(self)->items.clear();
  return Value::none();
}

Value list_remove_method(Thread& thread, Value self, const Value* args, size_t) {
  ListObject* list = as_list(self);
  for (size_t i = 0; i < list->items.size(); ++i) {
    int eq = equal(thread, list->items[i], args[0]);
    if (eq < 0) return Value::error();
    if (eq) {
      if (i < list->items.size()) list->items.erase(list->items.begin() + long(i));
      return Value::none();
    }
  }
  return thread.raise(T(thread).ValueError, "list.remove(x): x not in list");
}

const NativeMethodDef kListMethods[] = {
    {"append(object, /)", list_append_method},
    {"clear()", list_clear_method},
    {"copy()", list_copy_method},
    {"count(value, /)", list_count_method},
    {"extend(iterable, /)", list_extend_method},
    {"index(value, start=0, stop=sys.maxsize, /)", list_index_method},
    {"insert(index, object, /)", list_insert_method},
    {"pop(index=-1, /)", list_pop_method},
    {"remove(value, /)", list_remove_method},
    {"reverse()", list_reverse_method},
    {"sort(*, key=None, reverse=False)", list_sort_method},
};

}  // namespace

void install_list_methods(Interpreter& interp) {
  define_native_methods(interp, interp.types().list->dict, interp.types().list, kListMethods);
}

}  // namespace pyxis
