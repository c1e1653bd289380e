// Import statements and __import__ over import_module (vm/modules.cpp): relative names from
// __package__/__name__, the module a statement binds, from-imports with CPython's messages,
// `import *` (honouring __all__), and module attribute errors during circular imports.
#include "vm/imports.h"

#include <string>

#include "objects/arg_parser.h"
#include "objects/dict_object.h"
#include "objects/function_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/builtins.h"
#include "vm/interpreter.h"
#include "vm/operations.h"

namespace pyxis {

namespace {

bool has_type(Value v, const Type* type) { return v.is_object() && v.as_object()->type == type; }
StrObject* as_str(Value v) { return static_cast<StrObject*>(v.as_object()); }

Value module_global(Thread& thread, Value module, const char* name) {
  if (!has_type(module, thread.types().module)) return Value();
  return dict_get_str(static_cast<ModuleObject*>(module.as_object())->dict, thread.interp().intern(name));
}

// The package a relative import in code with these globals is relative to ("" when none).
bool calling_package(Thread& thread, DictObject* globals, std::string* out) {
  Interpreter& interp = thread.interp();
  const BuiltinTypes& types = interp.types();
  Value package = globals != nullptr ? dict_get_str(globals, interp.intern("__package__")) : Value();
  if (!package.is_empty() && !package.is_none()) {
    if (!is_instance_of(thread, package, types.str)) {
      thread.raise(types.TypeError, "package must be a string");
      return false;
    }
    *out = std::string(as_str(package)->view());
    return true;
  }
  Value spec = globals != nullptr ? dict_get_str(globals, interp.intern("__spec__")) : Value();
  if (!spec.is_empty() && !spec.is_none()) {
    Value parent = get_attr(thread, spec, interp.intern("parent"));
    if (parent.is_error()) return false;
    if (!is_instance_of(thread, parent, types.str)) {
      thread.raise(types.TypeError, "package must be a string");
      return false;
    }
    *out = std::string(as_str(parent)->view());
    return true;
  }
  Value name = globals != nullptr ? dict_get_str(globals, interp.intern("__name__")) : Value();
  if (name.is_empty()) {
    Value key = str_value(thread, "'__name__' not in globals");
    Value exception = make_exception(thread, types.KeyError, key);
    if (!exception.is_error()) thread.raise_value(exception);
    return false;
  }
  if (!is_instance_of(thread, name, types.str)) {
    thread.raise(types.TypeError, "__name__ must be a string");
    return false;
  }
  std::string text(as_str(name)->view());
  if (dict_get_str(globals, interp.intern("__path__")).is_empty()) {
    size_t dot = text.rfind('.');
    text = dot == std::string::npos ? std::string() : text.substr(0, dot);
  }
  *out = text;
  return true;
}

// The absolute module name of a relative import.
bool resolve_relative(Thread& thread, std::string_view name, DictObject* globals, int level, std::string* out) {
  std::string package;
  if (!calling_package(thread, globals, &package)) return false;
  const BuiltinTypes& types = thread.types();
  if (package.empty()) {
    thread.raise(types.ImportError, "attempted relative import with no known parent package");
    return false;
  }
  std::string base = package;
  for (int i = 1; i < level; ++i) {
    size_t dot = base.rfind('.');
    if (dot == std::string::npos) {
      thread.raise(types.ImportError, "attempted relative import beyond top-level package");
      return false;
    }
    base.resize(dot);
  }
  *out = name.empty() ? base : base + "." + std::string(name);
  return true;
}

Value import_error(Thread& thread, Type* type, const std::string& message, Value name, Value path) {
  Value exception = make_exception(thread, type, str_value(thread, message));
  if (exception.is_error()) return exception;
  if (!name.is_empty()) set_attr(thread, exception, thread.interp().intern("name"), name);
  if (!path.is_empty()) set_attr(thread, exception, thread.interp().intern("path"), path);
  return thread.raise_value(exception);
}

bool is_initializing(Thread& thread, Value module) {
  return has_type(module, thread.types().module) && static_cast<ModuleObject*>(module.as_object())->initializing;
}

// Imports `dotted` unless it is in sys.modules: a ModuleNotFoundError for exactly that name
// counts as "not there" (returns empty, nothing pending).
Value try_import_submodule(Thread& thread, const std::string& dotted) {
  Value found = import_module(thread, dotted);
  if (!found.is_error()) return found;
  if (!thread.pending_is(thread.types().ModuleNotFoundError)) return found;
  Value pending = thread.take_pending();
  std::string expected = "No module named '" + dotted + "'";
  std::string text;
  if (append_str(thread, text, pending) && text == expected) return Value();
  thread.take_pending();
  return thread.raise_value(pending);
}

Value builtin_import(Thread& thread, Value, const Value* args, size_t) {
  const BuiltinTypes& types = thread.types();
  Value name = args[0], globals = args[1], fromlist = args[3];
  int64_t level = 0;
  if (!args[4].is_empty() && !index_value(thread, args[4], &level, "integer")) return Value::error();
  if (!is_instance_of(thread, name, types.str)) return thread.raise(types.TypeError, "module name must be a string");
  if (level < 0) return thread.raise(types.ValueError, "level must be >= 0");
  std::string_view text = as_str(name)->view();
  if (level == 0 && text.empty()) return thread.raise(types.ValueError, "Empty module name");
  DictObject* globals_dict = has_type(globals, types.dict) ? static_cast<DictObject*>(globals.as_object()) : nullptr;
  if (level > 0 && globals_dict == nullptr && !globals.is_empty() && !globals.is_none())
    return thread.raise(types.TypeError, "globals must be a dict");
  bool has_fromlist = false;
  if (!fromlist.is_empty() && !fromlist.is_none()) {
    int t = truthy(thread, fromlist);
    if (t < 0) return Value::error();
    has_fromlist = t != 0;
  }
  std::string absolute(text);
  if (level > 0 && !resolve_relative(thread, text, globals_dict, int(level), &absolute)) return Value::error();
  Value module = import_module(thread, absolute);
  if (module.is_error()) return module;
  if (!has_fromlist) {
    if (level == 0) {
      size_t dot = absolute.find('.');
      return dot == std::string::npos ? module : import_module(thread, absolute.substr(0, dot));
    }
    if (text.empty()) return module;
    // `__import__('a.b', level=1)` returns the module for the first part of `a.b`.
    size_t cut = text.size() - text.substr(0, text.find('.')).size();
    return import_module(thread, absolute.substr(0, absolute.size() - cut));
  }
  // A package's fromlist names submodules to import when they are not attributes.
  if (module_global(thread, module, "__path__").is_empty()) return module;
  Value iterator = get_iter(thread, fromlist);
  if (iterator.is_error()) return iterator;
  thread.native_roots.push_back(iterator);
  Value result = module;
  for (;;) {
    Value item = iter_next(thread, iterator);
    if (item.is_empty()) break;
    if (item.is_error()) {
      result = item;
      break;
    }
    if (!is_instance_of(thread, item, types.str)) {
      result = thread.raise_format(types.TypeError, "Item in %s.__fromlist__ must be str, not %s", absolute.c_str(),
                                   type_name(thread, item));
      break;
    }
    std::string_view member = as_str(item)->view();
    if (member == "*") continue;
    Value present = lookup_attr(thread, module, thread.interp().intern(member));
    if (!present.is_empty()) continue;
    if (thread.has_pending()) thread.take_pending();
    if (try_import_submodule(thread, absolute + "." + std::string(member)).is_error()) {
      result = Value::error();
      break;
    }
  }
  thread.native_roots.pop_back();
  return result;
}

}  // namespace

Value import_for_statement(Thread& thread, Value name, DictObject* globals, bool bind_top, int level) {
  std::string_view text = as_str(name)->view();
  std::string absolute(text);
  if (level > 0 && !resolve_relative(thread, text, globals, level, &absolute)) return Value::error();
  Value module = import_module(thread, absolute);
  if (module.is_error() || !bind_top || level > 0) return module;
  size_t dot = absolute.find('.');
  return dot == std::string::npos ? module : import_module(thread, absolute.substr(0, dot));
}

Value import_from(Thread& thread, Value module, Value name) {
  const BuiltinTypes& types = thread.types();
  Value found = lookup_attr(thread, module, name);
  if (!found.is_empty()) return found;
  Value getattr = module_global(thread, module, "__getattr__");
  if (!thread.has_pending() && !getattr.is_empty()) found = call(thread, getattr, &name, 1);
  if (!found.is_empty() && !found.is_error()) return found;
  if (thread.has_pending()) {
    if (!thread.pending_is(types.AttributeError)) return Value::error();
    thread.take_pending();
  }
  std::string_view text = as_str(name)->view();
  Value module_name = module_global(thread, module, "__name__");
  if (!has_type(module_name, types.str))
    return import_error(thread, types.ImportError, "cannot import name '" + std::string(text) + "'", Value(), Value());
  std::string package(as_str(module_name)->view());
  std::string dotted = package + "." + std::string(text);
  Value submodule = dict_get_str(thread.interp().modules(), thread.interp().intern(dotted));
  if (!submodule.is_empty()) return submodule;
  if (!module_global(thread, module, "__path__").is_empty()) {
    submodule = try_import_submodule(thread, dotted);
    if (!submodule.is_empty()) return submodule;
  }
  Value path = module_global(thread, module, "__file__");
  std::string message = "cannot import name '" + std::string(text) + "' from ";
  if (!has_type(path, types.str)) {
    message += "'" + package + "' (unknown location)";
    path = Value();
  } else if (is_initializing(thread, module)) {
    message += "partially initialized module '" + package + "' (most likely due to a circular import) (" +
               std::string(as_str(path)->view()) + ")";
  } else {
    message += "'" + package + "' (" + std::string(as_str(path)->view()) + ")";
  }
  return import_error(thread, types.ImportError, message, module_name, path);
}

bool import_star(Thread& thread, Value module, Value locals) {
  Interpreter& interp = thread.interp();
  const BuiltinTypes& types = interp.types();
  Value names = lookup_attr(thread, module, interp.intern("__all__"));
  bool from_all = true;
  if (names.is_empty()) {
    if (thread.has_pending()) {
      if (!thread.pending_is(types.AttributeError)) return false;
      thread.take_pending();
    }
    from_all = false;
    names = lookup_attr(thread, module, interp.intern("__dict__"));
    if (names.is_empty()) {
      if (!thread.has_pending()) thread.raise(types.ImportError, "from-import-* object has no __dict__ and no __all__");
      return false;
    }
  }
  Value module_name = module_global(thread, module, "__name__");
  std::string shown = has_type(module_name, types.str) ? std::string(as_str(module_name)->view()) : "<unknown module name>";
  Value iterator = get_iter(thread, names);
  if (iterator.is_error()) return false;
  thread.native_roots.push_back(names);
  thread.native_roots.push_back(iterator);
  bool ok = true;
  for (;;) {
    Value item = iter_next(thread, iterator);
    if (item.is_empty()) break;
    if (item.is_error()) {
      ok = false;
      break;
    }
    if (!is_instance_of(thread, item, types.str)) {
      thread.raise_format(types.TypeError, "%s in %s.%s must be str, not %s", from_all ? "Item" : "Key", shown.c_str(),
                          from_all ? "__all__" : "__dict__", type_name(thread, item));
      ok = false;
      break;
    }
    Value key = interp.intern(as_str(item)->view());
    if (!from_all && as_str(key)->view().starts_with("_")) continue;
    if (from_all && !module_global(thread, module, "__path__").is_empty() && module_global(thread, module, as_str(key)->bytes).is_empty() &&
        has_type(module_name, types.str) &&
        try_import_submodule(thread, shown + "." + std::string(as_str(key)->view())).is_error()) {
      ok = false;
      break;
    }
    Value value = get_attr(thread, module, key);
    if (value.is_error()) {
      ok = false;
      break;
    }
    if (!set_item(thread, locals, key, value)) {
      ok = false;
      break;
    }
  }
  thread.native_roots.resize(thread.native_roots.size() - 2);
  return ok;
}

Value module_missing_attribute(Thread& thread, Value module, Value name) {
  Interpreter& interp = thread.interp();
  std::string_view text = as_str(name)->view();
  Value module_name = module_global(thread, module, "__name__");
  if (!has_type(module_name, interp.types().str))
    return thread.raise_format(interp.types().AttributeError, "module has no attribute '%.*s'", int(text.size()), text.data());
  std::string shown(as_str(module_name)->view());
  Value submodule = dict_get_str(interp.modules(), interp.intern(shown + "." + std::string(text)));
  if (is_initializing(thread, submodule))
    return thread.raise_format(interp.types().AttributeError,
                               "cannot access submodule '%.*s' of module '%s' (most likely due to a circular import)",
                               int(text.size()), text.data(), shown.c_str());
  if (is_initializing(thread, module))
    return thread.raise_format(interp.types().AttributeError,
                               "partially initialized module '%s' has no attribute '%.*s' (most likely due to a circular import)",
                               shown.c_str(), int(text.size()), text.data());
  return thread.raise_format(interp.types().AttributeError, "module '%s' has no attribute '%.*s'", shown.c_str(),
                             int(text.size()), text.data());
}

void install_import_builtins(Interpreter& interp) {
  Thread& thread = interp.main_thread();
  interp.signatures.push_back(
      std::make_unique<ParsedSignature>(parse_signature("__import__(name, globals=None, locals=None, fromlist=(), level=0)")));
  const ParsedSignature* signature = interp.signatures.back().get();
  BuiltinFunctionObject* function = thread.heap().make<BuiltinFunctionObject>(interp.types().builtin_function);
  function->name = signature->name.c_str();
  function->function = builtin_import;
  function->signature = signature;
  function->owner = nullptr;
  dict_set(thread, interp.builtins(), interp.intern(signature->name), to_value(function));
}

}  // namespace pyxis
