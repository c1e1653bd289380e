// Signature strings of native functions and the binding of call arguments to their slots.
#include "objects/arg_parser.h"

#include "objects/dict_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/interpreter.h"

namespace pyxis {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

}  // namespace

ParsedSignature parse_signature(std::string_view text) {
  ParsedSignature sig;
  size_t open = text.find('(');
  sig.name = std::string(text.substr(0, open));
  sig.qualified_name = sig.name;
  std::string_view rest = text.substr(open + 1, text.rfind(')') - open - 1);
  bool keyword_only = false;
  bool seen_default = false;
  while (!rest.empty()) {
    size_t comma = rest.find(',');
    std::string_view item = trim(rest.substr(0, comma));
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
    if (item.empty()) continue;
    if (item == "/") {
      sig.positional_only = sig.params.size();
      continue;
    }
    if (item.starts_with("**")) {
      sig.var_keyword = true;
      continue;
    }
    if (item.starts_with("*")) {
      if (item.size() > 1) sig.var_positional = true;
      keyword_only = true;
      continue;
    }
    size_t equals = item.find('=');
    bool has_default = equals != std::string_view::npos;
    sig.params.emplace_back(trim(item.substr(0, equals)));
    if (!keyword_only) {
      ++sig.positional;
      if (!has_default && !seen_default) ++sig.required;
    }
    seen_default |= has_default;
  }
  sig.single_argument = sig.params.size() == 1 && sig.positional_only == 1 && sig.required == 1 && !sig.var_positional;
  return sig;
}

bool bind_native_arguments(Thread& thread, const ParsedSignature& sig, const Value* args, size_t nargs,
                           TupleObject* kwnames, std::vector<Value>* slots) {
  Type* type_error = thread.types().TypeError;
  const char* name = sig.name.c_str();
  size_t nkw = kwnames != nullptr ? kwnames->size : 0;
  size_t npositional = nargs - nkw;
  if (sig.single_argument && (npositional != 1 || nkw != 0)) {
    if (nkw != 0) {
      thread.raise_format(type_error, "%s() takes no keyword arguments", sig.qualified_name.c_str());
      return false;
    }
    thread.raise_format(type_error, "%s() takes exactly one argument (%zu given)", sig.qualified_name.c_str(), npositional);
    return false;
  }
  if (sig.params.empty() && !sig.var_positional && npositional != 0) {
    thread.raise_format(type_error, "%s() takes no arguments (%zu given)", sig.qualified_name.c_str(), npositional);
    return false;
  }
  if (!sig.var_positional && npositional > sig.positional) {
    if (sig.positional == 0) {
      thread.raise_format(type_error, "%s() takes no positional arguments", name);
      return false;
    }
    if (sig.positional_only == sig.params.size())
      thread.raise_format(type_error, "%s expected at most %zu argument%s, got %zu", name, sig.positional,
                          sig.positional == 1 ? "" : "s", npositional);
    else
      thread.raise_format(type_error, "%s() takes at most %zu argument%s (%zu given)", name, sig.positional,
                          sig.positional == 1 ? "" : "s", npositional);
    return false;
  }
  slots->assign(sig.params.size(), Value());
  size_t placed = npositional < sig.positional ? npositional : sig.positional;
  for (size_t i = 0; i < placed; ++i) (*slots)[i] = args[i];
  // **kwargs: one slot after the named parameters (a dict, or empty when none was passed).
  DictObject* extra_keywords = nullptr;
  if (sig.var_keyword) slots->push_back(Value());
  if (sig.var_positional)
    for (size_t i = placed; i < npositional; ++i) slots->push_back(args[i]);
  if (nkw != 0 && sig.positional_only == sig.params.size() && !sig.var_keyword) {
    thread.raise_format(type_error, "%s() takes no keyword arguments", sig.qualified_name.c_str());
    return false;
  }
  for (size_t k = 0; k < nkw; ++k) {
    std::string_view key = static_cast<StrObject*>(kwnames->items[k].as_object())->view();
    size_t found = sig.params.size();
    for (size_t i = sig.positional_only; i < sig.params.size(); ++i)
      if (sig.params[i] == key) found = i;
    if (found == sig.params.size()) {
      if (sig.var_keyword) {
        if (extra_keywords == nullptr) {
          extra_keywords = dict_new(thread);
          thread.native_roots.push_back(to_value(extra_keywords));
          (*slots)[sig.params.size()] = to_value(extra_keywords);
        }
        if (!dict_set(thread, extra_keywords, kwnames->items[k], args[npositional + k])) return false;
        continue;
      }
      thread.raise_format(type_error, "'%.*s' is an invalid keyword argument for %s()", int(key.size()), key.data(),
                          name);
      return false;
    }
    if (!(*slots)[found].is_empty()) {
      thread.raise_format(type_error, "argument for %s() given by name ('%.*s') and position (%zu)", name,
                          int(key.size()), key.data(), found + 1);
      return false;
    }
    (*slots)[found] = args[npositional + k];
  }
  for (size_t i = 0; i < sig.required; ++i) {
    if (!(*slots)[i].is_empty()) continue;
    if (sig.positional_only == sig.params.size())
      thread.raise_format(type_error, "%s expected %s%zu argument%s, got %zu", name,
                          sig.required == sig.positional ? "" : "at least ", sig.required,
                          sig.required == 1 ? "" : "s", npositional);
    else
      thread.raise_format(type_error, "%s() missing required argument '%s' (pos %zu)", name, sig.params[i].c_str(),
                          i + 1);
    return false;
  }
  return true;
}

}  // namespace pyxis
