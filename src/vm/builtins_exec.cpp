// The builtins that reach into the compiler or the running frame: compile, exec, eval,
// globals, locals, vars and dir.
#include "vm/builtins_exec.h"

#include <algorithm>
#include <string>

#include "compiler/codegen.h"
#include "compiler/compile_checks.h"
#include "compiler/future.h"
#include "compiler/symtable.h"
#include "frontend/parse.h"
#include "objects/arg_parser.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/function_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "support/arena.h"
#include "vm/builtins.h"
#include "vm/eval.h"
#include "vm/interpreter.h"
#include "vm/operations.h"

namespace pyxis {

namespace {

// compile() flags CPython defines that this implementation understands.
constexpr int64_t kOnlyAst = 0x400;
constexpr int64_t kDontImplyDedent = 0x200;
constexpr int64_t kAllowIncompleteInput = 0x4000;
constexpr int64_t kTypeComments = 0x1000;
constexpr int64_t kAllowTopLevelAwait = 0x2000;
constexpr int64_t kFutureMask = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000 | 0x1000000;
constexpr int64_t kFutureAnnotationsFlag = 0x1000000;

bool has_type(Value v, const Type* type) { return v.is_object() && v.as_object()->type == type; }
StrObject* as_str(Value v) { return static_cast<StrObject*>(v.as_object()); }

}  // namespace

void raise_syntax_error(Thread& thread, const frontend::SyntaxErrorInfo& error) {
  Value exception = make_syntax_error(thread, error);
  if (!exception.is_error()) thread.raise_value(exception);
}

namespace {

// The frame of the Python code that called the builtin (null when called from native code
// with no Python frame running).
Frame* calling_frame(Thread& thread) { return thread.frames.empty() ? nullptr : &thread.frames.back(); }

// Whether `value` supports subscription (CPython's mapping check, roughly).
bool is_subscriptable(Thread& thread, Value value) {
  const BuiltinTypes& types = thread.types();
  Type* type = type_of(thread.interp(), value);
  for (Type* builtin : {types.dict, types.list, types.tuple, types.str, types.range})
    if (is_subtype(type, builtin)) return true;
  return !type_lookup(type, thread.interp().intern("__getitem__")).is_empty();
}

Value call_builtin_named(Thread& thread, const char* name, Value argument) {
  Value function = dict_get_str(thread.interp().builtins(), thread.interp().intern(name));
  if (function.is_empty()) return thread.raise_format(thread.types().NameError, "name '%s' is not defined", name);
  return call(thread, function, &argument, 1);
}

// The globals and locals an exec()/eval() call runs with. False with TypeError pending.
bool exec_namespaces(Thread& thread, const char* who, Value globals, Value locals, DictObject** out_globals,
                     Value* out_locals) {
  const BuiltinTypes& types = thread.types();
  bool is_eval = std::string_view(who) == "eval";
  if (globals.is_none()) globals = Value();
  if (locals.is_none()) locals = Value();
  if (!globals.is_empty() && !has_type(globals, types.dict)) {
    if (is_eval)
      thread.raise(types.TypeError, is_subscriptable(thread, globals) ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                                                      : "globals must be a dict");
    else
      thread.raise_format(types.TypeError, "exec() globals must be a dict, not %s", type_name(thread, globals));
    return false;
  }
  if (!locals.is_empty() && !has_type(locals, types.dict)) {
    if (!is_subscriptable(thread, locals)) {
      thread.raise_format(types.TypeError, is_eval ? "locals must be a mapping" : "locals must be a mapping or None, not %s",
                          type_name(thread, locals));
      return false;
    }
  }
  if (globals.is_empty()) {
    Frame* frame = calling_frame(thread);
    if (frame == nullptr) {
      thread.raise_format(types.SystemError, "%s(): no globals", who);
      return false;
    }
    *out_globals = frame->globals;
    if (locals.is_empty()) {
      Value current = frame_locals(thread, *frame);
      if (current.is_error()) return false;
      *out_locals = current;
    } else {
      *out_locals = locals;
    }
  } else {
    *out_globals = static_cast<DictObject*>(globals.as_object());
    *out_locals = locals.is_empty() ? globals : locals;
  }
  Value builtins_key = thread.interp().intern("__builtins__");
  if (dict_get_str(*out_globals, builtins_key).is_empty() &&
      !dict_set(thread, *out_globals, builtins_key, to_value(thread.interp().builtins())))
    return false;
  return true;
}

// The future flags a compile()/exec()/eval() call inherits from the code calling it.
bool caller_has_future_annotations(Thread& thread) {
  Frame* frame = calling_frame(thread);
  return frame != nullptr && (frame->code->flags & code_flag::kFutureAnnotations) != 0;
}

// The source text of compile()/exec()/eval()'s first argument, or empty with an error.
bool source_text(Thread& thread, Value source, const char* who, std::string* out) {
  if (!has_type(source, thread.types().str)) {
    thread.raise_format(thread.types().TypeError, "%s() arg 1 must be a string, bytes or code object", who);
    return false;
  }
  std::string_view text = as_str(source)->view();
  if (text.find('\0') != std::string_view::npos) {
    thread.raise(thread.types().SyntaxError, "source code string cannot contain null bytes");
    return false;
  }
  *out = std::string(text);
  return true;
}

Value run_with(Thread& thread, CodeObject* code, DictObject* globals, Value locals) {
  thread.native_roots.push_back(to_value(code));
  Value result = has_type(locals, thread.types().dict)
                     ? run_code(thread, code, globals, static_cast<DictObject*>(locals.as_object()))
                     : run_code_with_mapping(thread, code, globals, locals);
  thread.native_roots.pop_back();
  return result;
}

Value builtin_compile(Thread& thread, Value, const Value* args, size_t) {
  const BuiltinTypes& types = thread.types();
  Value source = args[0], filename = args[1], mode = args[2];
  int64_t flags = 0;
  if (!args[3].is_empty() && !index_value(thread, args[3], &flags, "integer")) return Value::error();
  int dont_inherit = args[4].is_empty() ? 0 : truthy(thread, args[4]);
  if (dont_inherit < 0) return Value::error();
  if (!args[5].is_empty()) {
    int64_t optimize;
    if (!index_value(thread, args[5], &optimize, "integer")) return Value::error();
    if (optimize < -1 || optimize > 2) return thread.raise(types.ValueError, "compile(): invalid optimize value");
  }
  if (!has_type(filename, types.str))
    return thread.raise_format(types.TypeError, "expected str, bytes or os.PathLike object, not %s", type_name(thread, filename));
  if (!has_type(mode, types.str)) return thread.raise_format(types.TypeError, "compile() argument 'mode' must be str, not %s", type_name(thread, mode));
  if (flags & ~(kFutureMask | kOnlyAst | kDontImplyDedent | kAllowIncompleteInput | kTypeComments | kAllowTopLevelAwait))
    return thread.raise(types.ValueError, "compile(): unrecognised flags");
  std::string_view mode_text = as_str(mode)->view();
  frontend::ParseMode parse_mode;
  if (mode_text == "exec") parse_mode = frontend::ParseMode::Exec;
  else if (mode_text == "eval") parse_mode = frontend::ParseMode::Eval;
  else if (mode_text == "single") parse_mode = frontend::ParseMode::Single;
  else if (mode_text == "func_type" && (flags & kOnlyAst)) parse_mode = frontend::ParseMode::FuncType;
  else return thread.raise(types.ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
  if (flags & kOnlyAst) return thread.raise(types.SystemError, "compile() returning an AST is not supported yet");
  if (!has_type(source, types.str))
    return thread.raise(types.TypeError, "compile() arg 1 must be a string, bytes or AST object");
  std::string text;
  if (!source_text(thread, source, "compile", &text)) return Value::error();
  bool future_annotations = (flags & kFutureAnnotationsFlag) != 0 || (!dont_inherit && caller_has_future_annotations(thread));
  CodeObject* code = compile_source(thread, text, as_str(filename)->view(), parse_mode, future_annotations);
  return code == nullptr ? Value::error() : to_value(code);
}

Value exec_or_eval(Thread& thread, const Value* args, bool is_eval) {
  const char* who = is_eval ? "eval" : "exec";
  Value source = args[0];
  DictObject* globals = nullptr;
  Value locals;
  if (!has_type(source, thread.types().code) && !has_type(source, thread.types().str))
    return thread.raise_format(thread.types().TypeError, "%s() arg 1 must be a string, bytes or code object", who);
  if (!exec_namespaces(thread, who, args[1], args[2], &globals, &locals)) return Value::error();
  CodeObject* code;
  if (has_type(source, thread.types().code)) {
    code = static_cast<CodeObject*>(source.as_object());
    if (!code->free_names.empty())
      return thread.raise_format(thread.types().TypeError, "code object passed to %s() may not contain free variables", who);
  } else {
    std::string text;
    if (!source_text(thread, source, who, &text)) return Value::error();
    if (is_eval) {
      // eval() ignores leading spaces and tabs.
      size_t start = text.find_first_not_of(" \t");
      text.erase(0, start == std::string::npos ? text.size() : start);
    }
    code = compile_source(thread, text, "<string>", is_eval ? frontend::ParseMode::Eval : frontend::ParseMode::Exec,
                          caller_has_future_annotations(thread));
    if (code == nullptr) return Value::error();
  }
  thread.native_roots.push_back(to_value(globals));
  thread.native_roots.push_back(locals);
  Value result = run_with(thread, code, globals, locals);
  thread.native_roots.resize(thread.native_roots.size() - 2);
  if (result.is_error()) return result;
  return is_eval ? result : Value::none();
}

Value builtin_exec(Thread& thread, Value, const Value* args, size_t) {
  if (!args[3].is_empty() && !args[3].is_none())
    return thread.raise(thread.types().TypeError, "closure can only be used when source is a code object");
  return exec_or_eval(thread, args, false);
}

Value builtin_eval(Thread& thread, Value, const Value* args, size_t) { return exec_or_eval(thread, args, true); }

Value builtin_globals(Thread& thread, Value, const Value*, size_t) {
  Frame* frame = calling_frame(thread);
  if (frame == nullptr) return thread.raise(thread.types().SystemError, "globals(): no current frame");
  return to_value(frame->globals);
}

Value builtin_locals(Thread& thread, Value, const Value*, size_t) {
  Frame* frame = calling_frame(thread);
  if (frame == nullptr) return thread.raise(thread.types().SystemError, "locals(): no current frame");
  return frame_locals(thread, *frame);
}

Value builtin_vars(Thread& thread, Value, const Value* args, size_t) {
  if (args[0].is_empty()) return builtin_locals(thread, Value(), args, 0);
  Value dict = lookup_attr(thread, args[0], thread.interp().intern("__dict__"));
  if (dict.is_empty()) {
    if (thread.has_pending()) {
      if (!thread.pending_is(thread.types().AttributeError)) return Value::error();
      thread.take_pending();
    }
    return thread.raise(thread.types().TypeError, "vars() argument must have __dict__ attribute");
  }
  return dict;
}

// Adds the keys of `dict` (strs) to `names`, once each.
bool add_keys(Thread& thread, DictObject* dict, DictObject* names) {
  if (dict == nullptr) return true;
  for (const DictEntry& entry : dict->entries)
    if (!entry.key.is_empty() && !dict_set(thread, names, entry.key, Value::none())) return false;
  return true;
}

// dir(object) without a __dir__ of its own: the attribute names its namespaces hold.
Value default_dir(Thread& thread, Value object) {
  const BuiltinTypes& types = thread.types();
  DictObject* names = dict_new(thread);
  thread.native_roots.push_back(to_value(names));
  bool ok = true;
  if (has_type(object, types.module)) {
    ok = add_keys(thread, static_cast<ModuleObject*>(object.as_object())->dict, names);
  } else if (object.is_object() && is_subtype(object.as_object()->type, types.type)) {
    for (Type* t : static_cast<Type*>(object.as_object())->mro) ok = ok && add_keys(thread, t->dict, names);
  } else {
    Value instance_dict = lookup_attr(thread, object, thread.interp().intern("__dict__"));
    if (instance_dict.is_empty() && thread.has_pending()) {
      if (thread.pending_is(types.AttributeError)) thread.take_pending();
      else ok = false;
    }
    if (ok && has_type(instance_dict, types.dict)) ok = add_keys(thread, static_cast<DictObject*>(instance_dict.as_object()), names);
    Type* type = type_of(thread.interp(), object);
    for (Type* t : type->mro) ok = ok && add_keys(thread, t->dict, names);
  }
  thread.native_roots.pop_back();
  if (!ok) return Value::error();
  ListObject* list = list_new(thread);
  for (const DictEntry& entry : names->entries)
    if (!entry.key.is_empty()) list_append(thread, list, entry.key);
  return to_value(list);
}

Value builtin_dir(Thread& thread, Value, const Value* args, size_t) {
  Value names;
  if (args[0].is_empty()) {
    Frame* frame = calling_frame(thread);
    if (frame == nullptr) return to_value(list_new(thread));
    Value current = frame_locals(thread, *frame);
    if (current.is_error()) return current;
    ListObject* list = list_new(thread);
    for (const DictEntry& entry : static_cast<DictObject*>(current.as_object())->entries)
      if (!entry.key.is_empty()) list_append(thread, list, entry.key);
    names = to_value(list);
  } else {
    Value object = args[0];
    Type* type = type_of(thread.interp(), object);
    Value method = type_lookup(type, thread.interp().intern("__dir__"));
    if (!method.is_empty()) {
      Value callable, self;
      if (!get_method(thread, object, thread.interp().intern("__dir__"), &callable, &self)) return Value::error();
      names = self.is_empty() ? call(thread, callable, nullptr, 0) : call(thread, callable, &self, 1);
    } else {
      names = default_dir(thread, object);
    }
    if (names.is_error()) return names;
  }
  thread.native_roots.push_back(names);
  Value sorted = call_builtin_named(thread, "sorted", names);
  thread.native_roots.pop_back();
  return sorted;
}

struct ExecBuiltinDef {
  const char* signature;
  NativeFunction function;
};

const ExecBuiltinDef kExecBuiltins[] = {
    {"compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1)", builtin_compile},
    {"exec(source, globals=None, locals=None, /, *, closure=None)", builtin_exec},
    {"eval(source, globals=None, locals=None, /)", builtin_eval},
    {"globals()", builtin_globals},
    {"locals()", builtin_locals},
    {"vars(object=<unrepresentable>, /)", builtin_vars},
    {"dir(arg=<unrepresentable>, /)", builtin_dir},
};

}  // namespace

CodeObject* compile_source(Thread& thread, std::string_view source, std::string_view filename, frontend::ParseMode mode,
                           bool future_annotations) {
  Interpreter& interp = thread.interp();
  Arena arena;
  frontend::ParseRequest request;
  request.source = source;
  request.filename = filename;
  request.mode = mode;
  request.from_file = false;
  frontend::SyntaxErrorInfo error;
  const ast::mod_t* tree = frontend::parse(arena, request, &error);
  if (tree == nullptr || !compiler::check_compile_errors(tree, source, filename, &error)) {
    raise_syntax_error(thread, error);
    return nullptr;
  }
  // Like CPython, tracebacks show no source lines for code compiled from strings.
  compiler::FutureFeatures future;
  compiler::CompileError compile_error;
  compiler::SymbolTable table;
  if (!compiler::parse_future_features(tree, &future, &compile_error)) {
    thread.raise_format(interp.types().SyntaxError, "%s", compile_error.msg.c_str());
    return nullptr;
  }
  future.annotations |= future_annotations;
  if (!compiler::build_symbol_table(tree, future, &table, &compile_error)) {
    thread.raise_format(interp.types().SyntaxError, "%s", compile_error.msg.c_str());
    return nullptr;
  }
  return compiler::generate_module_code(thread, tree, table, filename);
}

Value mapping_load_name(Thread& thread, Value mapping, Value name) {
  Value found = get_item(thread, mapping, name);
  if (found.is_error() && thread.pending_is(thread.types().KeyError)) {
    thread.take_pending();
    return Value();
  }
  return found;
}

int mapping_delete_name(Thread& thread, Value mapping, Value name) {
  if (del_item(thread, mapping, name)) return 1;
  if (!thread.pending_is(thread.types().KeyError)) return -1;
  thread.take_pending();
  return 0;
}

Value frame_locals(Thread& thread, Frame& frame) {
  CodeObject* code = frame.code;
  if (frame.locals_dict == nullptr && !frame.locals_mapping.is_empty()) return frame.locals_mapping;
  uint32_t pc = frame.pc;
  bool in_comprehension = false;
  for (const CodeObject::HiddenLocal& hidden : code->hidden_locals)
    in_comprehension |= pc >= hidden.start && pc <= hidden.end;
  DictObject* dict;
  if (frame.locals_dict != nullptr) {
    if (!in_comprehension) return to_value(frame.locals_dict);
    // Inside an inlined comprehension: a copy of the namespace plus the iteration variables.
    dict = dict_new(thread);
    for (const DictEntry& entry : frame.locals_dict->entries)
      if (!entry.key.is_empty() && !dict_set(thread, dict, entry.key, entry.value)) return Value::error();
  } else {
    // As CPython 3.12: one dict per frame, refreshed from the registers at each call (keys
    // exec() added stay).
    if (frame.locals_cache == nullptr) frame.locals_cache = dict_new(thread);
    dict = frame.locals_cache;
    for (const CodeObject::HiddenLocal& hidden : code->hidden_locals)
      if (dict_delete(thread, dict, hidden.name) < 0) return Value::error();
    auto is_cell = [&](uint32_t reg) {
      return std::find(code->cell_registers.begin(), code->cell_registers.end(), reg) != code->cell_registers.end() ||
             std::find(code->free_registers.begin(), code->free_registers.end(), reg) != code->free_registers.end();
    };
    for (uint32_t reg = 0; reg < code->local_names.size(); ++reg) {
      Value value = frame.registers[reg];
      if (is_cell(reg) && value.is_object() && value.as_object()->type == thread.types().cell)
        value = static_cast<CellObject*>(value.as_object())->value;
      if (value.is_empty() || value.is_unbound()) {
        if (dict_delete(thread, dict, code->local_names[reg]) < 0) return Value::error();
        continue;
      }
      if (!dict_set(thread, dict, code->local_names[reg], value)) return Value::error();
    }
  }
  for (const CodeObject::HiddenLocal& hidden : code->hidden_locals) {
    Value value = frame.registers[hidden.reg];
    if (value.is_object() && value.as_object()->type == thread.types().cell) value = static_cast<CellObject*>(value.as_object())->value;
    if (pc < hidden.start || pc > hidden.end || value.is_empty() || value.is_unbound()) continue;
    if (!dict_set(thread, dict, hidden.name, value)) return Value::error();
  }
  return to_value(dict);
}

void install_exec_builtins(Interpreter& interp) {
  Thread& thread = interp.main_thread();
  for (const ExecBuiltinDef& def : kExecBuiltins) {
    interp.signatures.push_back(std::make_unique<ParsedSignature>(parse_signature(def.signature)));
    const ParsedSignature* signature = interp.signatures.back().get();
    BuiltinFunctionObject* function = thread.heap().make<BuiltinFunctionObject>(interp.types().builtin_function);
    function->name = signature->name.c_str();
    function->function = def.function;
    function->signature = signature;
    function->owner = nullptr;
    dict_set(thread, interp.builtins(), interp.intern(signature->name), to_value(function));
  }
}

}  // namespace pyxis
