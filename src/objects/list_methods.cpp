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

bool index_bound(Thread& thread, Value v, int64_t* out) { return search_bound_argument(thread, v, out, false); }

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

// A stable sort of `order` (indices into keys) whose comparisons may raise. For lists
// shorter than 64 it makes CPython's comparisons in CPython's order (its run detection and
// binary insertion sort), so the first failing comparison is the same; longer lists are
// split into runs the same way and merged without galloping. `order` is always a
// permutation, also after a failure.
class Sorter {
 public:
  Sorter(Thread& thread, const std::vector<Value>& keys, std::vector<size_t>& order)
      : thread_(thread), keys_(keys), order_(order) {}

  bool sort() {
    size_t n = order_.size();
    if (n < 2) return true;
    size_t minrun = compute_minrun(n);
    std::vector<std::pair<size_t, size_t>> runs;
    size_t lo = 0;
    while (lo < n && !failed_) {
      bool descending = false;
      size_t run = count_run(lo, n, &descending);
      if (failed_) break;
      if (descending) std::reverse(order_.begin() + long(lo), order_.begin() + long(lo + run));
      if (run < minrun) {
        size_t force = std::min(minrun, n - lo);
        binary_sort(lo, lo + force, lo + run);
        run = force;
      }
      runs.push_back({lo, run});
      lo += run;
    }
    while (runs.size() > 1 && !failed_) {
      std::vector<std::pair<size_t, size_t>> merged;
      for (size_t i = 0; i < runs.size(); i += 2) {
        if (i + 1 == runs.size()) {
          merged.push_back(runs[i]);
          break;
        }
        merge(runs[i].first, runs[i + 1].first, runs[i + 1].first + runs[i + 1].second);
        merged.push_back({runs[i].first, runs[i].second + runs[i + 1].second});
      }
      runs.swap(merged);
    }
    return !failed_;
  }

 private:
  static size_t compute_minrun(size_t n) {
    size_t r = 0;
    while (n >= 64) {
      r |= n & 1;
      n >>= 1;
    }
    return n + r;
  }

  // keys[a] < keys[b]; false once a comparison failed.
  bool less(size_t a, size_t b) {
    if (failed_) return false;
    Value result = compare(thread_, CompareOp::Lt, keys_[a], keys_[b]);
    if (result.is_error()) {
      failed_ = true;
      return false;
    }
    int t = truthy(thread_, result);
    if (t < 0) failed_ = true;
    return t > 0;
  }

  size_t count_run(size_t lo, size_t hi, bool* descending) {
    if (lo + 1 == hi) return 1;
    size_t n = 2;
    if (less(order_[lo + 1], order_[lo])) {
      *descending = true;
      for (size_t i = lo + 2; i < hi && less(order_[i], order_[i - 1]); ++i) ++n;
    } else {
      for (size_t i = lo + 2; i < hi && !failed_ && !less(order_[i], order_[i - 1]); ++i) ++n;
    }
    return n;
  }

  void binary_sort(size_t lo, size_t hi, size_t start) {
    if (lo == start) ++start;
    for (; start < hi && !failed_; ++start) {
      size_t l = lo, r = start, pivot = order_[start];
      do {
        size_t p = l + ((r - l) >> 1);
        if (less(pivot, order_[p])) {
          r = p;
        } else {
          l = p + 1;
        }
      } while (l < r && !failed_);
      if (failed_) return;
      for (size_t i = start; i > l; --i) order_[i] = order_[i - 1];
      order_[l] = pivot;
    }
  }

  void merge(size_t lo, size_t mid, size_t hi) {
    std::vector<size_t> out;
    out.reserve(hi - lo);
    size_t i = lo, j = mid;
    while (i < mid && j < hi) out.push_back(less(order_[j], order_[i]) ? order_[j++] : order_[i++]);
    while (i < mid) out.push_back(order_[i++]);
    while (j < hi) out.push_back(order_[j++]);
    std::copy(out.begin(), out.end(), order_.begin() + long(lo));
  }

  Thread& thread_;
  const std::vector<Value>& keys_;
  std::vector<size_t>& order_;
  bool failed_ = false;
};

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
  if (!ok) {
    list->items.swap(holder->items);  // a failing key function leaves the list as it was
    return Value::error();
  }
  // Reverse sorts reverse, sort stably and reverse back (CPython's way: equal items keep
  // their order).
  std::vector<size_t> order(n);
  for (size_t i = 0; i < n; ++i) order[i] = reverse ? n - 1 - i : i;
  ok = Sorter(thread, keys->items, order).sort();
  if (reverse) std::reverse(order.begin(), order.end());
  bool modified = !list->items.empty();
  std::vector<Value> sorted(n);
  for (size_t i = 0; i < n; ++i) sorted[i] = holder->items[order[i]];
  list->items = std::move(sorted);
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

Value list_extend(Thread& thread, Value list, Value iterable) {
  Value result = list_extend_method(thread, list, &iterable, 1);
  return result.is_error() ? result : list;
}

void install_list_methods(Interpreter& interp) {
  define_native_methods(interp, interp.types().list->dict, interp.types().list, kListMethods);
}

}  // namespace pyxis
