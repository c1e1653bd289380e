// The sys module and the import system: modules are looked up in sys.modules, then loaded
// from sys.path (`name.py` or a package's `name/__init__.py`), registered before they run
// (so circular imports see the partial module), and bound into their parent package.
#include <cstdio>
#include <string>
#include <utility>

#include "objects/arg_parser.h"
#include "objects/dict_object.h"
#include "objects/number_methods.h"
#include "objects/function_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/exception_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/typevar_object.h"
#include "vm/builtins.h"
#include "vm/eval.h"
#include "vm/imports.h"
#include "vm/interpreter.h"
#include "vm/native_modules.h"
#include "vm/operations.h"
#include "vm/run.h"
#include "vm/sys_info.h"
#include "vm/breakpoint.h"

namespace pyxis {

namespace {

struct NativeMethodDef {
  const char* signature;
  NativeFunction function;
};

Value sys_exit(Thread& thread, Value, const Value* args, size_t) {
  Value code = args[0];
  Value exception = make_exception(thread, thread.types().SystemExit, code.is_empty() ? Value() : code);
  if (exception.is_error()) return exception;
  return thread.raise_value(exception);
}

Value sys_getrecursionlimit(Thread& thread, Value, const Value*, size_t) {
  return Value::small_int(thread.interp().recursion_limit);
}

Value sys_setrecursionlimit(Thread& thread, Value, const Value* args, size_t) {
  int64_t limit;
  if (!is_int(thread, args[0]))
    return thread.raise_format(thread.types().TypeError, "'%s' object cannot be interpreted as an integer",
                               type_name(thread, args[0]));
  if (!int_fits_i64(args[0], &limit) || limit > (int64_t{1} << 30))
    return thread.raise(thread.types().OverflowError, "Python int too large to convert to C int");
  if (limit < 1) return thread.raise(thread.types().ValueError, "recursion limit must be greater or equal than 1");
  if (limit <= thread.recursion_depth)
    return thread.raise_format(thread.types().RecursionError,
                               "cannot set the recursion limit to %lld at the recursion depth %d: the limit is too low",
                               static_cast<long long>(limit), thread.recursion_depth);
  thread.interp().recursion_limit = int(limit);
  return Value::none();
}

Value stream_write(Thread& thread, Value self, const Value* args, size_t) {
  if (!args[0].is_object() || args[0].as_object()->type != thread.types().str)
    return thread.raise_format(thread.types().TypeError, "write() argument must be str, not %s", type_name(thread, args[0]));
  auto* text = static_cast<StrObject*>(args[0].as_object());
  auto* stream = static_cast<StreamObject*>(self.as_object());
  if (stream->file == stderr) std::fflush(stdout);  // keep the two streams in program order
  std::fwrite(text->bytes, 1, text->byte_length, stream->file);
  return Value::small_int(int64_t(text->length));
}

Value stream_flush(Thread&, Value self, const Value*, size_t) {
  std::fflush(static_cast<StreamObject*>(self.as_object())->file);
  return Value::none();
}

// sys.displayhook: what compile(..., 'single') code does with an expression statement's value.
Value sys_displayhook(Thread& thread, Value, const Value* args, size_t) {
  Value value = args[0];
  if (value.is_none()) return Value::none();
  Interpreter& interp = thread.interp();
  if (!dict_set(thread, interp.builtins(), interp.intern("_"), Value::none())) return Value::error();
  std::string text;
  if (!append_repr(thread, text, value)) return Value::error();
  text += "\n";
  Value out = dict_get_str(interp.sys_dict, interp.intern("stdout"));
  if (out.is_empty()) return thread.raise(interp.types().RuntimeError, "lost sys.stdout");
  Value write = get_attr(thread, out, interp.intern("write"));
  if (write.is_error()) return write;
  Value line = str_value(thread, text);
  if (call(thread, write, &line, 1).is_error()) return Value::error();
  if (!dict_set(thread, interp.builtins(), interp.intern("_"), value)) return Value::error();
  return Value::none();
}

const NativeMethodDef kStreamMethods[] = {
    {"write(text, /)", stream_write},
    {"flush()", stream_flush},
};

const NativeMethodDef kSysFunctions[] = {
    {"exit(status=None, /)", sys_exit},
    {"displayhook(object, /)", sys_displayhook},
    {"exception()", sys_exception},
    {"exc_info()", sys_exc_info},
    {"getrecursionlimit()", sys_getrecursionlimit},
    {"setrecursionlimit(limit, /)", sys_setrecursionlimit},
};

bool file_exists(const std::string& path) {
  if (std::FILE* file = std::fopen(path.c_str(), "rb")) {
    std::fclose(file);
    return true;
  }
  return false;
}

bool read_file(const std::string& path, std::string* bytes) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) return false;
  char buffer[65536];
  size_t got;
  while ((got = std::fread(buffer, 1, sizeof buffer, file)) > 0) bytes->append(buffer, got);
  bool ok = !std::ferror(file);
  std::fclose(file);
  return ok;
}

}  // namespace

void install_sys_module(Interpreter& interp) {
  Thread& thread = interp.main_thread();
  const BuiltinTypes& types = interp.types();
  DictObject* sys = dict_new(thread);
  interp.sys_dict = sys;
  auto set = [&](const char* name, Value value) { dict_set(thread, sys, interp.intern(name), value); };
  set("__name__", interp.intern("sys"));
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
  for (const NativeMethodDef& def : kSysFunctions) define(sys, def, nullptr);
  install_int_digit_limit_functions(interp, sys);
  set("__displayhook__", dict_get_str(sys, interp.intern("displayhook")));
  install_import_builtins(interp);
  install_typing_objects(interp);
  for (const NativeMethodDef& def : kStreamMethods) define(types.text_stream->dict, def, types.text_stream);
  for (auto [name, file] : {std::pair{"stdout", stdout}, std::pair{"stderr", stderr}}) {
    StreamObject* stream = thread.heap().make<StreamObject>(types.text_stream);
    stream->file = file;
    set(name, to_value(stream));
    set((std::string("__") + name + "__").c_str(), to_value(stream));
  }
  set("argv", to_value(list_new(thread)));
  set("path", to_value(list_new(thread)));
  set("modules", to_value(interp.modules()));
  set("maxsize", int_from_i64(thread, INT64_MAX));
  set("platform", str_value(thread, "linux"));
  set("byteorder", str_value(thread, "little"));
  ModuleObject* module = thread.heap().make<ModuleObject>(types.module);
  module->dict = sys;
  dict_set(thread, interp.modules(), interp.intern("sys"), to_value(module));
  dict_set(thread, interp.modules(), interp.intern("builtins"), [&] {
    ModuleObject* builtins = thread.heap().make<ModuleObject>(types.module);
    builtins->dict = interp.builtins();
    dict_set(thread, interp.builtins(), interp.intern("__name__"), interp.intern("builtins"));
    return to_value(builtins);
  }());
  install_breakpoint(interp, sys);
  if (!install_sys_info(interp, sys)) {
    std::string report = format_exception(thread, thread.take_pending());
    std::fprintf(stderr, "pyxis: sys start-up failed:\n%s", report.c_str());
  }
}

Value import_module(Thread& thread, std::string_view dotted) {
  Interpreter& interp = thread.interp();
  const BuiltinTypes& types = interp.types();
  Value key = interp.intern(dotted);
  Value found = dict_get_str(interp.modules(), key);
  if (!found.is_empty()) return found;
  Value native = import_native_module(thread, dotted);  // built-in modules come before sys.path
  if (!native.is_empty()) return native;
  size_t dot = dotted.rfind('.');
  std::string_view last = dot == std::string_view::npos ? dotted : dotted.substr(dot + 1);
  Value parent;
  std::vector<std::string> directories;
  if (dot != std::string_view::npos) {
    parent = import_module(thread, dotted.substr(0, dot));
    if (parent.is_error()) return parent;
    Value path = lookup_attr(thread, parent, interp.intern("__path__"));
    if (path.is_empty() || !path.is_object() || path.as_object()->type != types.list) {
      std::string parent_name(dotted.substr(0, dot));
      return thread.raise_format(types.ModuleNotFoundError, "No module named '%.*s'; '%s' is not a package",
                                 int(dotted.size()), dotted.data(), parent_name.c_str());
    }
    for (Value entry : static_cast<ListObject*>(path.as_object())->items)
      if (entry.is_object() && entry.as_object()->type == types.str)
        directories.emplace_back(static_cast<StrObject*>(entry.as_object())->view());
  } else {
    Value path = dict_get_str(interp.sys_dict, interp.intern("path"));
    if (path.is_object() && path.as_object()->type == types.list)
      for (Value entry : static_cast<ListObject*>(path.as_object())->items)
        if (entry.is_object() && entry.as_object()->type == types.str)
          directories.emplace_back(static_cast<StrObject*>(entry.as_object())->view());
  }
  std::string file, package_directory;
  for (const std::string& directory : directories) {
    std::string base = (directory.empty() ? std::string(".") : directory) + "/" + std::string(last);
    if (file_exists(base + "/__init__.py")) {
      file = base + "/__init__.py";
      package_directory = base;
      break;
    }
    if (file_exists(base + ".py")) {
      file = base + ".py";
      break;
    }
  }
  if (file.empty())
    return thread.raise_format(types.ModuleNotFoundError, "No module named '%.*s'", int(dotted.size()), dotted.data());
  std::string source;
  if (!read_file(file, &source)) return thread.raise_format(types.ImportError, "cannot read '%s'", file.c_str());
  CodeObject* code = compile_module_source(thread, source, file, true);
  if (code == nullptr) return Value::error();
  DictObject* globals = new_module_namespace(thread, dotted);
  ModuleObject* module = thread.heap().make<ModuleObject>(types.module);
  module->dict = globals;
  module->initializing = true;
  // __package__: a package's own name, else its parent's ("" at top level).
  dict_set(thread, globals, interp.intern("__package__"),
           str_value(thread, !package_directory.empty() ? dotted : dot == std::string_view::npos ? std::string_view()
                                                                                               : dotted.substr(0, dot)));
  Value module_value = to_value(module);
  dict_set(thread, globals, interp.intern("__file__"), str_value(thread, file));
  if (!package_directory.empty()) {
    ListObject* path = list_new(thread);
    list_append(thread, path, str_value(thread, package_directory));
    dict_set(thread, globals, interp.intern("__path__"), to_value(path));
  }
  if (!dict_set(thread, interp.modules(), key, module_value)) return Value::error();
  // The code object is reachable from this frame's locals (scanned) while it runs.
  Value result = run_code(thread, code, globals, globals);
  module->initializing = false;
  if (result.is_error()) {
    Value pending = thread.take_pending();
    dict_delete(thread, interp.modules(), key);
    return thread.raise_value(pending);
  }
  Value loaded = dict_get_str(interp.modules(), key);
  if (loaded.is_empty()) loaded = module_value;
  if (!parent.is_empty() && !set_attr(thread, parent, interp.intern(last), loaded)) return Value::error();
  return loaded;
}

}  // namespace pyxis
