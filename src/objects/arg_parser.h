// Argument parsing for native functions, written once: a function is declared with a
// Python-like signature string ("len(obj, /)", "print(*objects, sep=None, end=None)") and
// calls are checked against it with CPython's TypeError messages.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "objects/value.h"

namespace pyxis {

class Thread;
struct TupleObject;

struct ParsedSignature {
  std::string name;
  // "list.append" for methods: CPython's one-argument and no-argument messages qualify them.
  std::string qualified_name;
  std::vector<std::string> params;  // named parameters: positional ones first, then keyword-only
  size_t positional_only = 0;       // the first N params cannot be passed by keyword
  size_t positional = 0;            // the first N params can be passed by position
  size_t required = 0;              // the first N params have no default
  bool var_positional = false;      // *args: extra positionals follow the named slots
  bool var_keyword = false;
  // CPython reports single-argument functions with their own messages ("takes exactly one
  // argument"), others as "expected N arguments" or "takes at most N arguments".
  bool single_argument = false;
};

// Parses "name(a, b=..., /, c, *args, d=..., **kw)". Defaults are not evaluated: a missing
// optional argument arrives as an empty Value.
ParsedSignature parse_signature(std::string_view text);

// Lays the call's arguments out as the signature's slots (`slots` gets params.size() values,
// then the extra positionals when var_positional). Returns false with a TypeError pending.
bool bind_native_arguments(Thread& thread, const ParsedSignature& signature, const Value* args, size_t nargs,
                           TupleObject* kwnames, std::vector<Value>* slots);

}  // namespace pyxis
