// breakpoint() and sys.breakpointhook: the hook reads $PYTHONBREAKPOINT ("0" disables it,
// empty means pdb.set_trace), imports the named callable and calls it with breakpoint()'s
// arguments; an unimportable name is reported as CPython's RuntimeWarning and ignored.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "objects/dict_object.h"
#include "objects/function_object.h"
#include "objects/native_method.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/breakpoint.h"
#include "vm/builtins.h"
#include "vm/interpreter.h"
#include "vm/operations.h"

namespace pyxis {

namespace {

// Calls `target` with positional args then the **kwargs dict's items as keywords.
Value call_with_kwargs(Thread& thread, Value target, const Value* args, size_t nargs, Value kwargs) {
  std::vector<Value> values(args, args + nargs);
  std::vector<Value> names;
  if (!kwargs.is_empty()) {
    for (const DictEntry& entry : static_cast<DictObject*>(kwargs.as_object())->entries) {
      if (entry.key.is_empty()) continue;
      names.push_back(entry.key);
      values.push_back(entry.value);
    }
  }
  NativeRootsScope roots(thread);
  TupleObject* kwnames = names.empty() ? nullptr : tuple_from(thread, names.data(), names.size());
  if (kwnames != nullptr) thread.native_roots.push_back(to_value(kwnames));
  return call(thread, target, values.data(), values.size(), kwnames);
}

// breakpoint(*args, **kws): slots are kws, then the positionals.
Value builtin_breakpoint(Thread& thread, Value, const Value* slots, size_t nslots) {
  Value hook = thread.interp().sys_dict != nullptr
                   ? dict_get_str(thread.interp().sys_dict, thread.interp().intern("breakpointhook"))
                   : Value();
  if (hook.is_empty()) return thread.raise(thread.types().RuntimeError, "lost sys.breakpointhook");
  return call_with_kwargs(thread, hook, slots + 1, nslots - 1, slots[0]);
}

// What warnings.warn would print for the caller's line.
void warn_unimportable(Thread& thread, const std::string& name) {
  std::string where = "<unknown>:0";
  if (!thread.frames.empty()) {
    const Frame& frame = thread.frames.back();
    uint32_t pc = frame.pc > 0 ? frame.pc - 1 : 0;
    int line = pc < frame.code->locations.size() ? frame.code->locations[pc].line : frame.code->first_line;
    where = std::string(static_cast<StrObject*>(frame.code->filename.as_object())->view()) + ":" + std::to_string(line);
  }
  std::fprintf(stderr, "%s: RuntimeWarning: Ignoring unimportable $PYTHONBREAKPOINT: \"%s\"\n", where.c_str(),
               name.c_str());
}

Value sys_breakpointhook(Thread& thread, Value, const Value* slots, size_t nslots) {
  const char* setting = std::getenv("PYTHONBREAKPOINT");
  std::string name = setting != nullptr && *setting != '\0' ? setting : "pdb.set_trace";
  if (name == "0") return Value::none();
  size_t dot = name.rfind('.');
  std::string module_name = dot == std::string::npos ? "builtins" : name.substr(0, dot);
  std::string attribute = dot == std::string::npos ? name : name.substr(dot + 1);
  Value module = import_module(thread, module_name);
  Value hook = module.is_error() ? module : lookup_attr(thread, module, thread.interp().intern(attribute));
  if (hook.is_error() || hook.is_empty()) {
    if (hook.is_error()) thread.take_pending();
    warn_unimportable(thread, name);
    return Value::none();
  }
  return call_with_kwargs(thread, hook, slots + 1, nslots - 1, slots[0]);
}

const NativeMethodDef kBuiltins[] = {{"breakpoint(*args, **kws)", builtin_breakpoint}};
const NativeMethodDef kSys[] = {{"breakpointhook(*args, **kws)", sys_breakpointhook}};

}  // namespace

void install_breakpoint(Interpreter& interp, DictObject* sys) {
  define_native_methods(interp, interp.builtins(), nullptr, kBuiltins);
  define_native_methods(interp, sys, nullptr, kSys);
  Thread& thread = interp.main_thread();
  dict_set(thread, sys, interp.intern("__breakpointhook__"), dict_get_str(sys, interp.intern("breakpointhook")));
}

}  // namespace pyxis
