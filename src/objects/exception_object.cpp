// The builtin exception classes: creation from the table, construction (__new__/__init__ per
// class), str()/repr(), the attributes (args, chaining, errno ...) and BaseException's methods.
#include "objects/exception_object.h"

#include <cstdio>
#include <vector>

#include "frontend/syntax_error.h"
#include "gc/heap.h"
#include "objects/arg_parser.h"
#include "objects/dict_object.h"
#include "objects/function_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/native_method.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/type_object.h"
#include "support/unicode.h"
#include "vm/attributes.h"
#include "vm/builtins.h"
#include "vm/interpreter.h"
#include "vm/operations.h"

namespace pyxis {

namespace {

const BuiltinTypes& T(Thread& thread) { return thread.types(); }
bool has_type(Value v, const Type* type) { return v.is_object() && v.as_object()->type == type; }
std::string_view str_view(Value v) { return static_cast<StrObject*>(v.as_object())->view(); }
Value or_none(Value v) { return v.is_empty() ? Value::none() : v; }

// The attribute names of each kind's fields (null-terminated lists).
const char* const kNoFields[] = {nullptr};
const char* const kStopIterationFields[] = {"value", nullptr};
const char* const kSystemExitFields[] = {"code", nullptr};
const char* const kOSErrorFields[] = {"errno", "strerror", "filename", "filename2", "characters_written", nullptr};
const char* const kSyntaxErrorFields[] = {"msg",    "filename",   "lineno",     "offset",
                                          "text",   "end_lineno", "end_offset", "print_file_and_line", nullptr};
const char* const kImportErrorFields[] = {"msg", "name", "path", "name_from", nullptr};
const char* const kAttributeErrorFields[] = {"name", "obj", nullptr};
const char* const kNameErrorFields[] = {"name", nullptr};
const char* const kUnicodeFields[] = {"encoding", "object", "start", "end", "reason", nullptr};
const char* const kGroupFields[] = {"message", "exceptions", nullptr};

const char* const* fields_of(ExceptionKind kind) {
  switch (kind) {
    case ExceptionKind::StopIteration: return kStopIterationFields;
    case ExceptionKind::SystemExit: return kSystemExitFields;
    case ExceptionKind::OSError: return kOSErrorFields;
    case ExceptionKind::SyntaxError: return kSyntaxErrorFields;
    case ExceptionKind::ImportError: return kImportErrorFields;
    case ExceptionKind::AttributeError: return kAttributeErrorFields;
    case ExceptionKind::NameError: return kNameErrorFields;
    case ExceptionKind::UnicodeEncode:
    case ExceptionKind::UnicodeDecode:
    case ExceptionKind::UnicodeTranslate: return kUnicodeFields;
    case ExceptionKind::Group: return kGroupFields;
    default: return kNoFields;
  }
}

int field_index(ExceptionKind kind, std::string_view name) {
  const char* const* fields = fields_of(kind);
  for (int i = 0; fields[i] != nullptr; ++i)
    if (name == fields[i]) return i;
  return -1;
}

namespace os_field {
constexpr int kErrno = 0, kStrerror = 1, kFilename = 2, kFilename2 = 3, kCharactersWritten = 4;
}

TupleObject* tuple_of_args(Thread& thread, const Value* args, size_t nargs) { return tuple_from(thread, args, nargs); }

// tuple(iterable), or null with the error pending.
TupleObject* to_tuple(Thread& thread, Value iterable) {
  if (has_type(iterable, T(thread).tuple)) return static_cast<TupleObject*>(iterable.as_object());
  if (has_type(iterable, T(thread).list)) {
    auto* list = static_cast<ListObject*>(iterable.as_object());
    return tuple_from(thread, list->items.data(), list->items.size());
  }
  Value iterator = get_iter(thread, iterable);
  if (iterator.is_error()) return nullptr;
  ListObject* items = list_new(thread);
  Value keep = to_value(items);
  for (;;) {
    Value item = iter_next(thread, iterator);
    if (item.is_error()) return nullptr;
    if (item.is_empty()) break;
    list_append(thread, items, item);
  }
  (void)keep;
  return tuple_from(thread, items->items.data(), items->items.size());
}

// Keyword arguments passed to a native __init__ declared "(*args, **kwargs)": the dict or null.
DictObject* keywords_of(Value slot) { return slot.is_object() ? static_cast<DictObject*>(slot.as_object()) : nullptr; }

bool no_keywords(Thread& thread, Value self, DictObject* keywords) {
  if (keywords == nullptr || keywords->used == 0) return true;
  thread.raise_format(T(thread).TypeError, "%s() takes no keyword arguments", type_name(thread, self));
  return false;
}

// Copies allowed keywords into fields; false with TypeError for any other keyword.
bool keyword_fields(Thread& thread, ExceptionObject* exception, DictObject* keywords, const char* owner,
                    std::initializer_list<const char*> allowed) {
  if (keywords == nullptr) return true;
  for (size_t i = 0; i < keywords->entries.size(); ++i) {
    DictEntry entry = keywords->entries[i];
    if (entry.key.is_empty()) continue;
    std::string_view key = str_view(entry.key);
    bool known = false;
    for (const char* name : allowed) {
      if (key != name) continue;
      exception->fields[field_index(exception->kind, key)] = entry.value;
      known = true;
    }
    if (!known) {
      thread.raise_format(T(thread).TypeError, "'%.*s' is an invalid keyword argument for %s()", int(key.size()),
                          key.data(), owner);
      return false;
    }
  }
  return true;
}

bool is_index(Thread& thread, Value value) { return is_int(thread, value); }

// OSError(errno, strerror[, filename[, winerror[, filename2]]]): fills the fields, and trims
// args to (errno, strerror) when a filename was given (as CPython does).
void parse_os_error(Thread& thread, ExceptionObject* exception, const Value* args, size_t nargs) {
  using namespace os_field;
  for (int i = 0; i < 4; ++i) exception->fields[i] = Value();
  if (nargs < 2 || nargs > 5) return;
  exception->fields[kErrno] = args[0];
  exception->fields[kStrerror] = args[1];
  if (nargs < 3) return;
  Value filename = args[2];
  if (is_subtype(exception->type, T(thread).BlockingIOError) && is_index(thread, filename)) {
    exception->fields[kCharactersWritten] = filename;
    return;
  }
  if (filename.is_none()) return;
  exception->fields[kFilename] = filename;
  if (nargs == 5 && !args[4].is_none()) exception->fields[kFilename2] = args[4];
  exception->args = tuple_of_args(thread, args, 2);
}

Type* os_error_subclass(Thread& thread, Value code) {
  int64_t n;
  if (!is_int(thread, code) || !int_fits_i64(code, &n)) return nullptr;
  const BuiltinTypes& t = T(thread);
  switch (n) {
    case 1: case 13: return t.PermissionError;           // EPERM, EACCES
    case 2: return t.FileNotFoundError;                  // ENOENT
    case 3: return t.ProcessLookupError;                 // ESRCH
    case 4: return t.InterruptedError;                   // EINTR
    case 10: return t.ChildProcessError;                 // ECHILD
    case 11: case 114: case 115: return t.BlockingIOError;  // EAGAIN, EALREADY, EINPROGRESS
    case 17: return t.FileExistsError;                   // EEXIST
    case 20: return t.NotADirectoryError;                // ENOTDIR
    case 21: return t.IsADirectoryError;                 // EISDIR
    case 32: case 108: return t.BrokenPipeError;         // EPIPE, ESHUTDOWN
    case 103: return t.ConnectionAbortedError;           // ECONNABORTED
    case 104: return t.ConnectionResetError;             // ECONNRESET
    case 110: return t.TimeoutError;                     // ETIMEDOUT
    case 111: return t.ConnectionRefusedError;           // ECONNREFUSED
    default: return nullptr;
  }
}

// True when a Python subclass overrides __init__: OSError then parses its arguments in
// __init__ rather than in __new__.
bool os_error_uses_init(Thread& thread, Type* type) {
  Value init = type_lookup(type, thread.interp().intern("__init__"));
  Value os_init = dict_get_str(T(thread).OSError->dict, thread.interp().intern("__init__"));
  return init.bits() != os_init.bits();
}

// --------------------------------------------------------------- __init__ of each class

ExceptionObject* self_exception(Value self) { return static_cast<ExceptionObject*>(self.as_object()); }

// Native __init__s are declared "(*args, **kwargs)": slot 0 is the keywords dict (or empty),
// the positionals follow.
Value base_init(Thread& thread, Value self, const Value* slots, size_t nslots) {
  if (!no_keywords(thread, self, keywords_of(slots[0]))) return Value::error();
  self_exception(self)->args = tuple_of_args(thread, slots + 1, nslots - 1);
  return Value::none();
}

Value stop_iteration_init(Thread& thread, Value self, const Value* slots, size_t nslots) {
  if (base_init(thread, self, slots, nslots).is_error()) return Value::error();
  self_exception(self)->fields[0] = nslots > 1 ? slots[1] : Value::none();
  return Value::none();
}

Value system_exit_init(Thread& thread, Value self, const Value* slots, size_t nslots) {
  if (base_init(thread, self, slots, nslots).is_error()) return Value::error();
  ExceptionObject* exception = self_exception(self);
  size_t n = nslots - 1;
  exception->fields[0] = n == 0 ? Value::none() : n == 1 ? slots[1] : to_value(exception->args);
  return Value::none();
}

Value import_error_init(Thread& thread, Value self, const Value* slots, size_t nslots) {
  ExceptionObject* exception = self_exception(self);
  exception->args = tuple_of_args(thread, slots + 1, nslots - 1);
  exception->fields[1] = Value::none();
  exception->fields[2] = Value::none();
  if (!keyword_fields(thread, exception, keywords_of(slots[0]), "ImportError", {"name", "path"})) return Value::error();
  exception->fields[0] = nslots == 2 ? slots[1] : Value::none();
  return Value::none();
}

Value attribute_error_init(Thread& thread, Value self, const Value* slots, size_t nslots) {
  ExceptionObject* exception = self_exception(self);
  exception->args = tuple_of_args(thread, slots + 1, nslots - 1);
  exception->fields[0] = Value::none();
  exception->fields[1] = Value::none();
  if (!keyword_fields(thread, exception, keywords_of(slots[0]), "AttributeError", {"name", "obj"}))
    return Value::error();
  return Value::none();
}

Value name_error_init(Thread& thread, Value self, const Value* slots, size_t nslots) {
  ExceptionObject* exception = self_exception(self);
  exception->args = tuple_of_args(thread, slots + 1, nslots - 1);
  exception->fields[0] = Value::none();
  if (!keyword_fields(thread, exception, keywords_of(slots[0]), "NameError", {"name"})) return Value::error();
  return Value::none();
}

Value os_error_init(Thread& thread, Value self, const Value* slots, size_t nslots) {
  ExceptionObject* exception = self_exception(self);
  if (!os_error_uses_init(thread, exception->type)) return Value::none();
  if (!no_keywords(thread, self, keywords_of(slots[0]))) return Value::error();
  exception->args = tuple_of_args(thread, slots + 1, nslots - 1);
  parse_os_error(thread, exception, slots + 1, nslots - 1);
  return Value::none();
}

Value syntax_error_init(Thread& thread, Value self, const Value* slots, size_t nslots) {
  if (base_init(thread, self, slots, nslots).is_error()) return Value::error();
  ExceptionObject* exception = self_exception(self);
  size_t n = nslots - 1;
  if (n >= 1) exception->fields[0] = slots[1];
  if (n == 2) {
    TupleObject* info = to_tuple(thread, slots[2]);
    if (info == nullptr) return Value::error();
    Value keep = to_value(info);
    if (info->size < 4 || info->size > 6)
      return thread.raise_format(T(thread).TypeError, "function takes %s %d arguments (%zu given)",
                                 info->size < 4 ? "at least" : "at most", info->size < 4 ? 4 : 6, info->size);
    for (size_t i = 0; i < info->size; ++i) exception->fields[1 + i] = info->items[i];
    (void)keep;
  }
  return Value::none();
}

bool check_str_argument(Thread& thread, Value value, int position) {
  if (has_type(value, T(thread).str) || (value.is_object() && is_subtype(value.as_object()->type, T(thread).str)))
    return true;
  thread.raise_format(T(thread).TypeError, "argument %d must be str, not %s", position, type_name(thread, value));
  return false;
}

bool check_index_argument(Thread& thread, Value value, int position) {
  if (is_int(thread, value)) return true;
  thread.raise_format(T(thread).TypeError, "'%s' object cannot be interpreted as an integer", type_name(thread, value));
  (void)position;
  return false;
}

bool is_bytes_like(Thread& thread, Value value) {
  if (!value.is_object()) return false;
  for (Type* type : type_of(thread.interp(), value)->mro)
    if (type->name == "bytes" || type->name == "bytearray" || type->name == "memoryview") return true;
  return false;
}

Value unicode_error_init(Thread& thread, Value self, const Value* slots, size_t nslots) {
  if (base_init(thread, self, slots, nslots).is_error()) return Value::error();
  ExceptionObject* exception = self_exception(self);
  const Value* args = slots + 1;
  size_t n = nslots - 1;
  bool translate = exception->kind == ExceptionKind::UnicodeTranslate;
  size_t expected = translate ? 4 : 5;
  if (n != expected)
    return thread.raise_format(T(thread).TypeError, "function takes exactly %zu arguments (%zu given)", expected, n);
  int at = 0;
  if (!translate) {
    if (!check_str_argument(thread, args[0], 1)) return Value::error();
    exception->fields[0] = args[0];
    at = 1;
  } else {
    exception->fields[0] = Value::none();
  }
  Value object = args[at];
  if (exception->kind == ExceptionKind::UnicodeDecode) {
    if (!is_bytes_like(thread, object))
      return thread.raise_format(T(thread).TypeError, "a bytes-like object is required, not '%s'",
                                 type_name(thread, object));
  } else if (!check_str_argument(thread, object, at + 1)) {
    return Value::error();
  }
  if (!check_index_argument(thread, args[at + 1], at + 2) || !check_index_argument(thread, args[at + 2], at + 3) ||
      !check_str_argument(thread, args[at + 3], at + 4))
    return Value::error();
  exception->fields[1] = object;
  exception->fields[2] = args[at + 1];
  exception->fields[3] = args[at + 2];
  exception->fields[4] = args[at + 3];
  return Value::none();
}

// --------------------------------------------------------------- str()

bool append_base_str(Thread& thread, std::string& out, ExceptionObject* exception) {
  size_t count = exception->args != nullptr ? exception->args->size : 0;
  if (count == 0) return true;
  if (count == 1) return append_str(thread, out, exception->args->items[0]);
  return append_repr(thread, out, to_value(exception->args));
}

void append_char_escape(std::string& out, uint32_t c) {
  char buffer[16];
  if (c <= 0xFF) std::snprintf(buffer, sizeof buffer, "\\x%02x", c);
  else if (c <= 0xFFFF) std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
  else std::snprintf(buffer, sizeof buffer, "\\U%08x", c);
  out += buffer;
}

// The code point at `index` of a str value (or -1).
int64_t code_point_at(Thread& thread, Value str, int64_t index) {
  Value item = get_item(thread, str, Value::small_int(index));
  if (item.is_error()) {
    thread.take_pending();
    return -1;
  }
  std::string_view text = str_view(item);
  size_t at = 0;
  char32_t c = 0;
  if (!unicode::decode_utf8(text, &at, &c)) return -1;
  return int64_t(c);
}

bool append_unicode_error_str(Thread& thread, std::string& out, ExceptionObject* exception) {
  int64_t start, end;
  Value reason = exception->fields[4], encoding = exception->fields[0];
  if (!exception->fields[2].is_small_int() || !exception->fields[3].is_small_int() || !has_type(reason, T(thread).str))
    return true;
  start = exception->fields[2].as_small_int();
  end = exception->fields[3].as_small_int();
  std::string enc = has_type(encoding, T(thread).str) ? std::string(str_view(encoding)) : "";
  char buffer[128];
  if (exception->kind == ExceptionKind::UnicodeDecode) {
    if (end == start + 1) {
      Value byte = get_item(thread, exception->fields[1], Value::small_int(start));
      if (byte.is_error() || !byte.is_small_int()) {
        thread.take_pending();
        return true;
      }
      std::snprintf(buffer, sizeof buffer, "' codec can't decode byte 0x%02x in position %lld: ",
                    unsigned(byte.as_small_int() & 0xFF), static_cast<long long>(start));
    } else {
      std::snprintf(buffer, sizeof buffer, "' codec can't decode bytes in position %lld-%lld: ",
                    static_cast<long long>(start), static_cast<long long>(end - 1));
    }
    out += "'" + enc + buffer;
  } else {
    bool encode = exception->kind == ExceptionKind::UnicodeEncode;
    if (encode) out += "'" + enc + "' codec ";
    out += encode ? "can't encode " : "can't translate ";
    if (end == start + 1) {
      int64_t c = code_point_at(thread, exception->fields[1], start);
      out += "character '";
      append_char_escape(out, uint32_t(c < 0 ? 0 : c));
      std::snprintf(buffer, sizeof buffer, "' in position %lld: ", static_cast<long long>(start));
    } else {
      std::snprintf(buffer, sizeof buffer, "characters in position %lld-%lld: ", static_cast<long long>(start),
                    static_cast<long long>(end - 1));
    }
    out += buffer;
  }
  out += str_view(reason);
  return true;
}

bool append_syntax_error_str(Thread& thread, std::string& out, ExceptionObject* exception) {
  if (!append_str(thread, out, or_none(exception->fields[0]))) return false;
  Value filename = exception->fields[1], lineno = exception->fields[2];
  bool have_file = has_type(filename, T(thread).str);
  bool have_line = lineno.is_small_int() || (is_int(thread, lineno) && !lineno.is_bool());
  std::string base;
  if (have_file) {
    std::string_view path = str_view(filename);
    size_t slash = path.rfind('/');
    base = std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
  }
  if (have_file && have_line) {
    out += " (" + base + ", line ";
    append_str(thread, out, lineno);
    out += ")";
  } else if (have_file) {
    out += " (" + base + ")";
  } else if (have_line) {
    out += " (line ";
    append_str(thread, out, lineno);
    out += ")";
  }
  return true;
}

bool append_os_error_str(Thread& thread, std::string& out, ExceptionObject* exception) {
  using namespace os_field;
  Value filename = exception->fields[kFilename], filename2 = exception->fields[kFilename2];
  Value code = exception->fields[kErrno], message = exception->fields[kStrerror];
  if (!filename.is_empty() || (!code.is_empty() && !message.is_empty())) {
    out += "[Errno ";
    if (!append_str(thread, out, or_none(code))) return false;
    out += "] ";
    if (!append_str(thread, out, or_none(message))) return false;
    if (!filename.is_empty()) {
      out += ": ";
      if (!append_repr(thread, out, filename)) return false;
      if (!filename2.is_empty()) {
        out += " -> ";
        if (!append_repr(thread, out, filename2)) return false;
      }
    }
    return true;
  }
  return append_base_str(thread, out, exception);
}

// The builtin str() of an exception (what BaseException.__str__ and the subclasses' give).
bool builtin_exception_str(Thread& thread, std::string& out, ExceptionObject* exception) {
  switch (exception->kind) {
    case ExceptionKind::KeyError:
      if (exception->args != nullptr && exception->args->size == 1)
        return append_repr(thread, out, exception->args->items[0]);
      return append_base_str(thread, out, exception);
    case ExceptionKind::OSError: return append_os_error_str(thread, out, exception);
    case ExceptionKind::SyntaxError: return append_syntax_error_str(thread, out, exception);
    case ExceptionKind::ImportError:
      if (!exception->fields[0].is_empty() && !exception->fields[0].is_none())
        return append_str(thread, out, exception->fields[0]);
      return append_base_str(thread, out, exception);
    case ExceptionKind::UnicodeEncode:
    case ExceptionKind::UnicodeDecode:
    case ExceptionKind::UnicodeTranslate: return append_unicode_error_str(thread, out, exception);
    case ExceptionKind::Group: {
      if (!append_str(thread, out, or_none(exception->fields[0]))) return false;
      Value excs = exception->fields[1];
      size_t count = has_type(excs, T(thread).tuple) ? static_cast<TupleObject*>(excs.as_object())->size : 0;
      out += " (" + std::to_string(count) + " sub-exception" + (count == 1 ? ")" : "s)");
      return true;
    }
    default: return append_base_str(thread, out, exception);
  }
}

bool builtin_exception_repr(Thread& thread, std::string& out, ExceptionObject* exception) {
  out += exception->type->name;
  out += '(';
  if (exception->args != nullptr && exception->args->size == 1) {
    if (!append_repr(thread, out, exception->args->items[0])) return false;
  } else {
    for (size_t i = 0; exception->args != nullptr && i < exception->args->size; ++i) {
      if (i != 0) out += ", ";
      if (!append_repr(thread, out, exception->args->items[i])) return false;
    }
  }
  out += ')';
  return true;
}

// --------------------------------------------------------------- methods

// BaseException.__str__, and the classes with their own __str__ (KeyError, OSError ...).
Value base_str_method(Thread& thread, Value self, const Value*, size_t) {
  std::string out;
  if (!append_base_str(thread, out, self_exception(self))) return Value::error();
  return str_value(thread, out);
}

Value exception_str_method(Thread& thread, Value self, const Value*, size_t) {
  std::string out;
  if (!builtin_exception_str(thread, out, self_exception(self))) return Value::error();
  return str_value(thread, out);
}

Value exception_repr_method(Thread& thread, Value self, const Value*, size_t) {
  std::string out;
  if (!builtin_exception_repr(thread, out, self_exception(self))) return Value::error();
  return str_value(thread, out);
}

bool valid_traceback(Thread& thread, Value value) { return value.is_none() || has_type(value, T(thread).traceback); }

Value with_traceback_method(Thread& thread, Value self, const Value* args, size_t) {
  if (!valid_traceback(thread, args[0]))
    return thread.raise(T(thread).TypeError, "__traceback__ must be a traceback or None");
  self_exception(self)->traceback = args[0].is_none() ? Value() : args[0];
  return self;
}

Value add_note_method(Thread& thread, Value self, const Value* args, size_t) {
  Value note = args[0];
  if (!note.is_object() || !is_subtype(note.as_object()->type, T(thread).str))
    return thread.raise_format(T(thread).TypeError, "note must be a str, not '%s'", type_name(thread, note));
  Value name = thread.interp().intern("__notes__");
  Value notes = lookup_attr(thread, self, name);
  if (notes.is_error()) return notes;
  if (notes.is_empty()) {
    ListObject* list = list_new(thread);
    notes = to_value(list);
    if (!set_attr(thread, self, name, notes)) return Value::error();
  }
  if (!has_type(notes, T(thread).list) && !(notes.is_object() && is_subtype(notes.as_object()->type, T(thread).list)))
    return thread.raise(T(thread).TypeError, "Cannot add note: __notes__ is not a list");
  list_append(thread, static_cast<ListObject*>(notes.as_object()), note);
  return Value::none();
}

Value reduce_method(Thread& thread, Value self, const Value*, size_t) {
  ExceptionObject* exception = self_exception(self);
  Value args = exception->args != nullptr ? to_value(exception->args) : to_value(tuple_new(thread, 0));
  if (exception->kind == ExceptionKind::OSError && !exception->fields[os_field::kFilename].is_empty()) {
    auto* tuple = static_cast<TupleObject*>(args.as_object());
    std::vector<Value> items(tuple->items, tuple->items + tuple->size);
    items.push_back(exception->fields[os_field::kFilename]);
    if (!exception->fields[os_field::kFilename2].is_empty()) {
      items.push_back(Value::none());
      items.push_back(exception->fields[os_field::kFilename2]);
    }
    args = to_value(tuple_from(thread, items.data(), items.size()));
  }
  DictObject* dict = exception->dict;
  Value parts[3] = {to_value(type_of(thread.interp(), self)), args, dict != nullptr ? to_value(dict) : Value()};
  return to_value(tuple_from(thread, parts, dict != nullptr && dict->used != 0 ? 3 : 2));
}

Value setstate_method(Thread& thread, Value self, const Value* args, size_t) {
  Value state = args[0];
  if (state.is_none()) return Value::none();
  if (!has_type(state, T(thread).dict)) return thread.raise(T(thread).TypeError, "state is not a dictionary");
  auto* dict = static_cast<DictObject*>(state.as_object());
  for (size_t i = 0; i < dict->entries.size(); ++i) {
    DictEntry entry = dict->entries[i];
    if (entry.key.is_empty()) continue;
    if (!has_type(entry.key, T(thread).str)) continue;
    if (!set_attr(thread, self, thread.interp().intern(str_view(entry.key)), entry.value)) return Value::error();
  }
  return Value::none();
}

// --------------------------------------------------------------- attributes (getsets)

Value args_get(Thread& thread, Value self) {
  TupleObject* args = self_exception(self)->args;
  return args != nullptr ? to_value(args) : to_value(tuple_new(thread, 0));
}

bool args_set(Thread& thread, Value self, Value value) {
  if (value.is_empty()) {
    thread.raise(T(thread).TypeError, "args may not be deleted");
    return false;
  }
  TupleObject* tuple = to_tuple(thread, value);
  if (tuple == nullptr) return false;
  self_exception(self)->args = tuple;
  return true;
}

bool chain_set(Thread& thread, Value self, Value value, bool cause) {
  const char* which = cause ? "__cause__" : "__context__";
  if (value.is_empty()) {
    thread.raise_format(T(thread).TypeError, "%s may not be deleted", which);
    return false;
  }
  if (!value.is_none() && !is_exception(thread, value)) {
    thread.raise_format(T(thread).TypeError, "exception %s must be None or derive from BaseException",
                        cause ? "cause" : "context");
    return false;
  }
  ExceptionObject* exception = self_exception(self);
  Value stored = value.is_none() ? Value() : value;
  if (cause) {
    exception->cause = stored;
    exception->suppress_context = true;
  } else {
    exception->context = stored;
  }
  return true;
}

bool suppress_context_set(Thread& thread, Value self, Value value) {
  if (value.is_empty()) {
    thread.raise(T(thread).TypeError, "can't delete numeric/char attribute");
    return false;
  }
  if (!value.is_bool()) {
    thread.raise(T(thread).TypeError, "attribute value type must be bool");
    return false;
  }
  self_exception(self)->suppress_context = value.is_true();
  return true;
}

bool traceback_set(Thread& thread, Value self, Value value) {
  if (value.is_empty()) {
    thread.raise(T(thread).TypeError, "__traceback__ may not be deleted");
    return false;
  }
  if (!valid_traceback(thread, value)) {
    thread.raise(T(thread).TypeError, "__traceback__ must be a traceback or None");
    return false;
  }
  self_exception(self)->traceback = value.is_none() ? Value() : value;
  return true;
}

Value dict_get(Thread& thread, Value self) {
  DictObject* dict = instance_dict(thread, self, true);
  return dict != nullptr ? to_value(dict) : Value::error();
}

bool dict_assign(Thread& thread, Value self, Value value) {
  if (value.is_empty() || !value.is_object() || !is_subtype(value.as_object()->type, T(thread).dict)) {
    thread.raise(T(thread).TypeError, "__dict__ must be set to a dictionary");
    return false;
  }
  self_exception(self)->dict = static_cast<DictObject*>(value.as_object());
  return true;
}

const GetSetDef kBaseExceptionGetSets[] = {
    {"args", args_get, args_set},
    {"__cause__", [](Thread&, Value self) { return or_none(self_exception(self)->cause); },
     [](Thread& thread, Value self, Value value) { return chain_set(thread, self, value, true); }},
    {"__context__", [](Thread&, Value self) { return or_none(self_exception(self)->context); },
     [](Thread& thread, Value self, Value value) { return chain_set(thread, self, value, false); }},
    {"__suppress_context__", [](Thread&, Value self) { return Value::boolean(self_exception(self)->suppress_context); },
     suppress_context_set},
    {"__traceback__", [](Thread&, Value self) { return or_none(self_exception(self)->traceback); }, traceback_set},
    {"__dict__", dict_get, dict_assign},
};

// The per-class fields (errno, msg, name ...): member-like attributes, None while unset;
// deleting one makes it None again.
template <int Index>
Value field_get(Thread&, Value self) {
  return or_none(self_exception(self)->fields[Index]);
}

template <int Index>
bool field_set(Thread&, Value self, Value value) {
  self_exception(self)->fields[Index] = value;
  return true;
}

#define PYXIS_FIELD(name, index) {name, field_get<index>, field_set<index>}

const GetSetDef kStopIterationGetSets[] = {PYXIS_FIELD("value", 0)};
const GetSetDef kSystemExitGetSets[] = {PYXIS_FIELD("code", 0)};
const GetSetDef kOSErrorGetSets[] = {
    PYXIS_FIELD("errno", 0), PYXIS_FIELD("strerror", 1), PYXIS_FIELD("filename", 2), PYXIS_FIELD("filename2", 3),
    {"characters_written",
     [](Thread& thread, Value self) {
       Value written = self_exception(self)->fields[os_field::kCharactersWritten];
       return written.is_empty() ? thread.raise(T(thread).AttributeError, "characters_written") : written;
     },
     [](Thread& thread, Value self, Value value) {
       Value& written = self_exception(self)->fields[os_field::kCharactersWritten];
       if (value.is_empty() && written.is_empty()) {
         thread.raise(T(thread).AttributeError, "characters_written");
         return false;
       }
       written = value;
       return true;
     }},
};
const GetSetDef kSyntaxErrorGetSets[] = {
    PYXIS_FIELD("msg", 0),  PYXIS_FIELD("filename", 1),   PYXIS_FIELD("lineno", 2),     PYXIS_FIELD("offset", 3),
    PYXIS_FIELD("text", 4), PYXIS_FIELD("end_lineno", 5), PYXIS_FIELD("end_offset", 6), PYXIS_FIELD("print_file_and_line", 7),
};
const GetSetDef kImportErrorGetSets[] = {
    PYXIS_FIELD("msg", 0), PYXIS_FIELD("name", 1), PYXIS_FIELD("path", 2), PYXIS_FIELD("name_from", 3),
};
const GetSetDef kAttributeErrorGetSets[] = {PYXIS_FIELD("name", 0), PYXIS_FIELD("obj", 1)};
const GetSetDef kNameErrorGetSets[] = {PYXIS_FIELD("name", 0)};
const GetSetDef kUnicodeErrorGetSets[] = {
    PYXIS_FIELD("encoding", 0), PYXIS_FIELD("object", 1), PYXIS_FIELD("start", 2), PYXIS_FIELD("end", 3),
    PYXIS_FIELD("reason", 4),
};
// BaseExceptionGroup's message and exceptions are read-only.
const GetSetDef kGroupGetSets[] = {
    {"message", field_get<0>},
    {"exceptions", field_get<1>},
};

#undef PYXIS_FIELD

struct MethodDef {
  const char* signature;
  NativeFunction function;
};

// BaseException.__new__(cls, /, *args, **kwargs), a static method: slots are cls, the
// keywords (dict or empty), then the positionals.
Value exception_new_method(Thread& thread, Value, const Value* slots, size_t nslots) {
  Value cls = slots[0];
  const BuiltinTypes& t = T(thread);
  if (!cls.is_object() || !is_subtype(cls.as_object()->type, t.type))
    return thread.raise_format(t.TypeError, "BaseException.__new__(X): X is not a type object (%s)",
                               type_name(thread, cls));
  auto* type = static_cast<Type*>(cls.as_object());
  if (!is_subtype(type, t.BaseException))
    return thread.raise_format(t.TypeError, "BaseException.__new__(%s): %s is not a subtype of BaseException",
                               type->name.c_str(), type->name.c_str());
  // Keywords are left to __init__ (only OSError looks at them here).
  std::vector<Value> values(slots + 2, slots + nslots);
  TupleObject* kwnames = nullptr;
  if (slots[1].is_object()) {
    auto* keywords = static_cast<DictObject*>(slots[1].as_object());
    std::vector<Value> names;
    for (const DictEntry& entry : keywords->entries) {
      if (entry.key.is_empty()) continue;
      names.push_back(entry.key);
      values.push_back(entry.value);
    }
    if (!names.empty()) kwnames = tuple_from(thread, names.data(), names.size());
  }
  Value keep = kwnames != nullptr ? to_value(kwnames) : Value();
  (void)keep;
  return exception_new(thread, type, values.data(), values.size(), kwnames);
}

const MethodDef kBaseExceptionMethods[] = {
    {"__init__(*args, **kwargs)", base_init},   {"__str__()", base_str_method},
    {"__repr__()", exception_repr_method},      {"with_traceback(tb, /)", with_traceback_method},
    {"add_note(note, /)", add_note_method},     {"__reduce__()", reduce_method},
    {"__setstate__(state, /)", setstate_method},
};

}  // namespace

// --------------------------------------------------------------- public entry points

void trace_exception(Object* object, gc::Tracer& tracer) {
  auto* exception = static_cast<ExceptionObject*>(object);
  tracer.visit(exception->dict);
  tracer.visit(exception->args);
  tracer.visit(exception->cause);
  tracer.visit(exception->context);
  tracer.visit(exception->traceback);
  for (Value field : exception->fields) tracer.visit(field);
  trace_slot_values(object, sizeof(ExceptionObject), tracer);
}

void destroy_exception(Object*) {}

bool is_exception(Thread& thread, Value value) {
  return value.is_object() && is_subtype(value.as_object()->type, T(thread).BaseException);
}

ExceptionKind exception_kind(const BuiltinTypes& t, const Type* type) {
  for (const Type* m : type->mro) {
    if (m == t.StopIteration) return ExceptionKind::StopIteration;
    if (m == t.SystemExit) return ExceptionKind::SystemExit;
    if (m == t.OSError) return ExceptionKind::OSError;
    if (m == t.SyntaxError) return ExceptionKind::SyntaxError;
    if (m == t.ImportError) return ExceptionKind::ImportError;
    if (m == t.AttributeError) return ExceptionKind::AttributeError;
    if (m == t.NameError) return ExceptionKind::NameError;
    if (m == t.KeyError) return ExceptionKind::KeyError;
    if (m == t.UnicodeEncodeError) return ExceptionKind::UnicodeEncode;
    if (m == t.UnicodeDecodeError) return ExceptionKind::UnicodeDecode;
    if (m == t.UnicodeTranslateError) return ExceptionKind::UnicodeTranslate;
    if (m == t.BaseExceptionGroup) return ExceptionKind::Group;
  }
  return ExceptionKind::Base;
}

ExceptionObject* new_exception(Thread& thread, Type* type, const Value* args, size_t nargs) {
  TupleObject* tuple = tuple_of_args(thread, args, nargs);
  Value keep = to_value(tuple);
  size_t extra = type->basic_size > sizeof(ExceptionObject) ? type->basic_size - sizeof(ExceptionObject) : 0;
  ExceptionObject* exception = thread.heap().make_sized<ExceptionObject>(type, extra);  // + __slots__ values
  (void)keep;
  exception->args = tuple;
  exception->kind = exception_kind(T(thread), type);
  const char* const* fields = fields_of(exception->kind);
  for (int i = 0; fields[i] != nullptr; ++i) exception->fields[i] = Value::none();
  if (exception->kind == ExceptionKind::OSError) {
    for (int i = 0; i < 5; ++i) exception->fields[i] = Value();
  }
  return exception;
}

// BaseException.__new__ for a class: the instance with its args (OSError picks its subclass
// from errno and parses its arguments here unless a Python __init__ will; groups check theirs).
Value exception_new(Thread& thread, Type* type, const Value* args, size_t nargs, TupleObject* kwnames) {
  const BuiltinTypes& t = T(thread);
  size_t nkw = kwnames != nullptr ? kwnames->size : 0;
  size_t npositional = nargs - nkw;
  if (is_subtype(type, t.BaseExceptionGroup)) return new_exception_group(thread, type, args, npositional);
  if (type == t.OSError && npositional >= 2 && npositional <= 5) {
    if (Type* subclass = os_error_subclass(thread, args[0])) type = subclass;
  }
  ExceptionObject* exception = new_exception(thread, type, args, npositional);
  if (exception->kind == ExceptionKind::OSError) {
    if (os_error_uses_init(thread, type)) {
      exception->args = tuple_new(thread, 0);
    } else {
      if (nkw != 0) return thread.raise_format(t.TypeError, "%s() takes no keyword arguments", type->name.c_str());
      parse_os_error(thread, exception, args, npositional);
    }
  }
  return to_value(exception);
}

Value construct_exception(Thread& thread, Type* type, const Value* args, size_t nargs, TupleObject* kwnames) {
  const BuiltinTypes& t = T(thread);
  Value instance = exception_new(thread, type, args, nargs, kwnames);
  if (instance.is_error()) return instance;
  Type* instance_type = instance.as_object()->type;
  Value init = type_lookup(instance_type, thread.interp().intern("__init__"));
  if (init.is_empty()) return instance;
  std::vector<Value> with_self(nargs + 1);
  with_self[0] = instance;
  for (size_t i = 0; i < nargs; ++i) with_self[i + 1] = args[i];
  size_t roots = thread.native_roots.size();
  thread.native_roots.insert(thread.native_roots.end(), with_self.begin(), with_self.end());
  Value result = call(thread, init, with_self.data(), nargs + 1, kwnames);
  thread.native_roots.resize(roots);
  if (result.is_error()) return result;
  if (!result.is_none())
    return thread.raise_format(t.TypeError, "__init__() should return None, not '%s'", type_name(thread, result));
  return instance;
}

bool exception_append_str(Thread& thread, std::string& out, Value value) {
  return builtin_exception_str(thread, out, as_exception(value));
}

bool exception_append_repr(Thread& thread, std::string& out, Value value) {
  return builtin_exception_repr(thread, out, as_exception(value));
}

void note_attribute_error(Thread& thread, Value object, Value name) {
  Value pending = thread.pending();
  if (!pending.is_object() || !is_subtype(pending.as_object()->type, T(thread).AttributeError)) return;
  ExceptionObject* exception = as_exception(pending);
  if (exception->kind != ExceptionKind::AttributeError) return;
  auto unset = [](Value v) { return v.is_empty() || v.is_none(); };
  if (!unset(exception->fields[0]) || !unset(exception->fields[1])) return;
  exception->fields[0] = name;
  exception->fields[1] = object;
}

void set_exception_context(Thread&, Value exception, Value context) {
  if (context.is_empty() || context.bits() == exception.bits()) return;
  // Break a cycle: if `exception` is already in the context chain, cut the chain there.
  // The slow pointer (advancing every other step) stops an already cyclic chain.
  Value slow = context;
  bool advance = false;
  for (Value at = context;;) {
    Value next = as_exception(at)->context;
    if (next.is_empty()) break;
    if (next.bits() == exception.bits()) {
      as_exception(at)->context = Value();
      break;
    }
    at = next;
    if (advance) slow = as_exception(slow)->context;
    advance = !advance;
    if (at.bits() == slow.bits()) break;
  }
  as_exception(exception)->context = context;
}

Value make_syntax_error(Thread& thread, const frontend::SyntaxErrorInfo& error) {
  const BuiltinTypes& t = T(thread);
  Type* type = t.SyntaxError;
  if (error.exc_type == "IndentationError") type = t.IndentationError;
  else if (error.exc_type == "TabError") type = t.TabError;
  Value message = str_value(thread, error.msg);
  if (error.exc_type != "SyntaxError" && type == t.SyntaxError) {
    Value other = dict_get_str(thread.interp().builtins(), thread.interp().intern(error.exc_type));
    Type* other_type = has_type(other, t.type) ? static_cast<Type*>(other.as_object()) : t.SystemError;
    return construct_exception(thread, other_type, &message, 1, nullptr);
  }
  if (!error.has_location) return construct_exception(thread, type, &message, 1, nullptr);
  auto number = [](bool present, int value) { return present ? Value::small_int(value) : Value::none(); };
  Value info[6] = {str_value(thread, error.filename), Value::small_int(error.lineno), Value::small_int(error.offset),
                   error.has_text ? str_value(thread, error.text) : Value::none(),
                   number(error.has_end_lineno, error.end_lineno), number(error.has_end_offset, error.end_offset)};
  Value args[2] = {message, to_value(tuple_from(thread, info, 6))};
  return construct_exception(thread, type, args, 2, nullptr);
}

void syntax_error_info(Thread& thread, Value exception, frontend::SyntaxErrorInfo* info) {
  ExceptionObject* object = as_exception(exception);
  info->exc_type = object->type->name;
  info->msg.clear();
  Value msg = object->fields[0];
  if (!msg.is_empty() && !msg.is_none() && !append_str(thread, info->msg, msg)) {
    thread.take_pending();
    info->msg = "<exception str() failed>";
  }
  auto as_int = [](Value v, bool* present) {
    *present = v.is_small_int();
    return v.is_small_int() ? int(v.as_small_int()) : 0;
  };
  Value filename = object->fields[1];
  info->filename = has_type(filename, T(thread).str) ? std::string(str_view(filename)) : "<string>";
  bool has_lineno;
  info->lineno = as_int(object->fields[2], &has_lineno);
  info->has_location = has_lineno;
  bool has_offset;
  info->offset = as_int(object->fields[3], &has_offset);
  if (!has_offset) info->offset = 0;
  Value text = object->fields[4];
  info->has_text = has_type(text, T(thread).str);
  info->text = info->has_text ? std::string(str_view(text)) : "";
  info->end_lineno = as_int(object->fields[5], &info->has_end_lineno);
  info->end_offset = as_int(object->fields[6], &info->has_end_offset);
}

Value sys_exception(Thread& thread, Value, const Value*, size_t) { return or_none(thread.handled_exception); }

Value sys_exc_info(Thread& thread, Value, const Value*, size_t) {
  Value handled = thread.handled_exception;
  Value parts[3] = {Value::none(), Value::none(), Value::none()};
  if (!handled.is_empty() && !handled.is_none()) {
    parts[0] = to_value(type_of(thread.interp(), handled));
    parts[1] = handled;
    if (handled.as_object()->type->layout == Layout::Exception) parts[2] = or_none(as_exception(handled)->traceback);
  }
  return to_value(tuple_from(thread, parts, 3));
}

void create_exception_types(Thread& thread, BuiltinTypes& types) {
  auto make = [&](const char* name, Type* base) {
    Type* type = thread.heap().make<Type>(types.type);
    type->name = name;
    type->base = base;
    type->bases.push_back(base);
    type->trace = trace_exception;
    type->destroy = destroy_exception;
    type->layout = Layout::Exception;
    return type;
  };
  types.BaseException = make("BaseException", types.object);
#define PYXIS_MAKE_EXCEPTION(name, base_name) \
  if (types.name == nullptr) types.name = make(#name, types.base_name);
  PYXIS_EXCEPTION_TYPES(PYXIS_MAKE_EXCEPTION)
#undef PYXIS_MAKE_EXCEPTION
  types.ExceptionGroup->bases.push_back(types.Exception);
  auto support = [&](const char* name, TraceFn trace) {
    Type* type = thread.heap().make<Type>(types.type);
    type->name = name;
    type->base = types.object;
    type->bases.push_back(types.object);
    type->trace = trace;
    type->allow_subclassing = false;
    return type;
  };
  types.traceback = support("traceback", trace_traceback);
  types.frame = support("frame", trace_frame);
}

void install_exception_types(Interpreter& interp) {
  Thread& thread = interp.main_thread();
  const BuiltinTypes& types = interp.types();
  auto define = [&](Type* owner, const char* text, NativeFunction function) {
    interp.signatures.push_back(std::make_unique<ParsedSignature>(parse_signature(text)));
    ParsedSignature* signature = interp.signatures.back().get();
    signature->qualified_name = owner->name + "." + signature->name;
    BuiltinFunctionObject* native = thread.heap().make<BuiltinFunctionObject>(types.builtin_function);
    native->name = signature->name.c_str();
    native->function = function;
    native->signature = signature;
    native->owner = owner;
    dict_set(thread, owner->dict, interp.intern(signature->name), to_value(native));
  };
  for (const MethodDef& def : kBaseExceptionMethods) define(types.BaseException, def.signature, def.function);
  define(types.BaseException, "__new__(cls, /, *args, **kwargs)", exception_new_method);
  static_cast<BuiltinFunctionObject*>(
      dict_get_str(types.BaseException->dict, interp.intern("__new__")).as_object())->owner = nullptr;  // static
  const char* init = "__init__(*args, **kwargs)";
  define(types.StopIteration, init, stop_iteration_init);
  define(types.SystemExit, init, system_exit_init);
  define(types.ImportError, init, import_error_init);
  define(types.AttributeError, init, attribute_error_init);
  define(types.NameError, init, name_error_init);
  define(types.OSError, init, os_error_init);
  define(types.SyntaxError, init, syntax_error_init);
  for (Type* unicode : {types.UnicodeEncodeError, types.UnicodeDecodeError, types.UnicodeTranslateError})
    define(unicode, init, unicode_error_init);
  for (Type* own_str : {types.KeyError, types.OSError, types.SyntaxError, types.ImportError, types.UnicodeEncodeError,
                        types.UnicodeDecodeError, types.UnicodeTranslateError, types.BaseExceptionGroup})
    define(own_str, "__str__()", exception_str_method);
  define_getsets(interp, types.BaseException, kBaseExceptionGetSets);
  define_getsets(interp, types.StopIteration, kStopIterationGetSets);
  define_getsets(interp, types.SystemExit, kSystemExitGetSets);
  define_getsets(interp, types.OSError, kOSErrorGetSets);
  define_getsets(interp, types.SyntaxError, kSyntaxErrorGetSets);
  define_getsets(interp, types.ImportError, kImportErrorGetSets);
  define_getsets(interp, types.AttributeError, kAttributeErrorGetSets);
  define_getsets(interp, types.NameError, kNameErrorGetSets);
  for (Type* unicode : {types.UnicodeEncodeError, types.UnicodeDecodeError, types.UnicodeTranslateError})
    define_getsets(interp, unicode, kUnicodeErrorGetSets);
  define_getsets(interp, types.BaseExceptionGroup, kGroupGetSets);
  install_traceback_types(interp);
  install_exception_group_methods(interp);
  DictObject* builtins = interp.builtins();
#define PYXIS_NAME_EXCEPTION(name, base) dict_set(thread, builtins, interp.intern(#name), to_value(types.name));
  PYXIS_EXCEPTION_TYPES(PYXIS_NAME_EXCEPTION)
#undef PYXIS_NAME_EXCEPTION
  dict_set(thread, builtins, interp.intern("EnvironmentError"), to_value(types.OSError));
  dict_set(thread, builtins, interp.intern("IOError"), to_value(types.OSError));
}

}  // namespace pyxis
