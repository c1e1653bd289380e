// _io.StringIO (text kept as UTF-8, positions counted in characters, newline= translation)
// and _io.BytesIO (a growable byte buffer): in-memory streams.
#include <string>
#include <vector>

#include "modules/io_objects.h"
#include "objects/arg_parser.h"
#include "objects/builtin_subclass.h"
#include "objects/bytes_object.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/str_object.h"
#include "objects/type_slots.h"
#include "vm/interpreter.h"
#include "vm/native_modules.h"
#include "vm/operations.h"

namespace pyxis {

namespace {

std::string_view str_view_of(Value value) { return static_cast<StrObject*>(value.as_object())->view(); }

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

int64_t count_chars(std::string_view text) {
  int64_t n = 0;
  for (char c : text)
    if (!is_continuation(c)) ++n;
  return n;
}

// Byte offset `chars` characters after `from` (clamped to the end).
size_t advance_chars(const std::string& text, size_t from, int64_t chars) {
  size_t i = from;
  while (chars > 0 && i < text.size()) {
    ++i;
    while (i < text.size() && is_continuation(text[i])) ++i;
    --chars;
  }
  return i;
}

bool check_memory_open(Thread& thread, IOObject* io) {
  if (io->closed) {
    io_closed_error(thread, io->kind == IOKind::BytesIO);
    return false;
  }
  return true;
}

bool position_argument(Thread& thread, Value value, int64_t* out) {
  if (!is_int(thread, value)) {
    thread.raise_format(thread.types().TypeError, "'%s' object cannot be interpreted as an integer", type_name(thread, value));
    return false;
  }
  return io_size_argument(thread, value, 0, out);
}

// ---------------------------------------------------------------- StringIO

bool string_io_write_text(Thread& thread, IOObject* io, std::string_view text) {
  std::string translated;
  if (io->newline.is_none()) {
    for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\r') {
        translated.push_back('\n');
        if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
      } else {
        translated.push_back(text[i]);
      }
    }
  } else if (str_view_of(io->newline) == "\r" || str_view_of(io->newline) == "\r\n") {
    for (char c : text) {
      if (c == '\n') translated += str_view_of(io->newline);
      else translated.push_back(c);
    }
  } else {
    translated = std::string(text);
  }
  if (io->overshoot > 0) {
    io->data.append(size_t(io->overshoot), '\0');
    io->pos = io->data.size();
    io->overshoot = 0;
  }
  size_t end = advance_chars(io->data, io->pos, count_chars(translated));
  io->data.replace(io->pos, end - io->pos, translated);
  io->pos += translated.size();
  (void)thread;
  return true;
}

Value string_io_write(Thread& thread, Value self, const Value* args, size_t) {
  IOObject* io = as_io(self);
  if (!check_memory_open(thread, io)) return Value::error();
  if (!io_is_str(thread, args[0]))
    return thread.raise_format(thread.types().TypeError, "string argument expected, got '%s'", type_name(thread, args[0]));
  auto* text = static_cast<StrObject*>(args[0].as_object());
  string_io_write_text(thread, io, text->view());
  return int_from_i64(thread, int64_t(text->length));
}

Value string_io_read(Thread& thread, Value self, const Value* args, size_t) {
  IOObject* io = as_io(self);
  if (!check_memory_open(thread, io)) return Value::error();
  int64_t n;
  if (!io_size_argument(thread, args[0], -1, &n)) return Value::error();
  if (io->overshoot > 0) return str_value(thread, "");
  size_t end = n < 0 ? io->data.size() : advance_chars(io->data, io->pos, n);
  Value result = str_value(thread, std::string_view(io->data).substr(io->pos, end - io->pos));
  io->pos = end;
  return result;
}

Value string_io_readline(Thread& thread, Value self, const Value* args, size_t) {
  IOObject* io = as_io(self);
  if (!check_memory_open(thread, io)) return Value::error();
  int64_t limit;
  if (!io_size_argument(thread, args[0], -1, &limit)) return Value::error();
  if (io->overshoot > 0) return str_value(thread, "");
  const std::string& data = io->data;
  size_t end;
  if (!io->newline.is_none() && str_view_of(io->newline).empty()) {
    size_t i = data.find_first_of("\r\n", io->pos);
    if (i == std::string::npos) end = data.size();
    else if (data[i] == '\r' && i + 1 < data.size() && data[i + 1] == '\n') end = i + 2;
    else end = i + 1;
  } else {
    std::string_view terminator = io->newline.is_none() ? std::string_view("\n") : str_view_of(io->newline);
    size_t i = data.find(terminator, io->pos);
    end = i == std::string::npos ? data.size() : i + terminator.size();
  }
  if (limit >= 0) {
    size_t cut = advance_chars(data, io->pos, limit);
    if (cut < end) end = cut;
  }
  Value result = str_value(thread, std::string_view(data).substr(io->pos, end - io->pos));
  io->pos = end;
  return result;
}

Value string_io_getvalue(Thread& thread, Value self, const Value*, size_t) {
  IOObject* io = as_io(self);
  if (!check_memory_open(thread, io)) return Value::error();
  return str_value(thread, io->data);
}

Value string_io_tell(Thread& thread, Value self, const Value*, size_t) {
  IOObject* io = as_io(self);
  if (!check_memory_open(thread, io)) return Value::error();
  return int_from_i64(thread, count_chars(std::string_view(io->data).substr(0, io->pos)) + io->overshoot);
}

Value string_io_seek(Thread& thread, Value self, const Value* args, size_t) {
  IOObject* io = as_io(self);
  if (!check_memory_open(thread, io)) return Value::error();
  int64_t position, whence = 0;
  if (!position_argument(thread, args[0], &position)) return Value::error();
  if (!args[1].is_empty() && !position_argument(thread, args[1], &whence)) return Value::error();
  if (whence < 0 || whence > 2)
    return thread.raise_format(thread.types().ValueError, "Invalid whence (%lld, should be 0, 1 or 2)",
                               static_cast<long long>(whence));
  if (whence == 0 && position < 0)
    return thread.raise_format(thread.types().ValueError, "Negative seek position %lld", static_cast<long long>(position));
  if (whence != 0 && position != 0)
    return thread.raise(thread.types().OSError, "Can't do nonzero cur-relative seeks");
  if (whence == 1) return string_io_tell(thread, self, nullptr, 0);
  if (whence == 2) {
    io->pos = io->data.size();
    io->overshoot = 0;
    return int_from_i64(thread, count_chars(io->data));
  }
  int64_t total = count_chars(io->data);
  if (position > total) {
    io->pos = io->data.size();
    io->overshoot = position - total;
  } else {
    io->pos = advance_chars(io->data, 0, position);
    io->overshoot = 0;
  }
  return int_from_i64(thread, position);
}

Value string_io_truncate(Thread& thread, Value self, const Value* args, size_t) {
  IOObject* io = as_io(self);
  if (!check_memory_open(thread, io)) return Value::error();
  int64_t size;
  if (args[0].is_empty() || args[0].is_none()) {
    size = count_chars(std::string_view(io->data).substr(0, io->pos)) + io->overshoot;
  } else {
    if (!position_argument(thread, args[0], &size)) return Value::error();
    if (size < 0)
      return thread.raise_format(thread.types().ValueError, "Negative size value %lld", static_cast<long long>(size));
  }
  int64_t position = count_chars(std::string_view(io->data).substr(0, io->pos)) + io->overshoot;
  io->data.resize(advance_chars(io->data, 0, size));
  if (position > size) {
    // The position stays where it was, now past the end.
    io->pos = io->data.size();
    io->overshoot = position - count_chars(io->data);
  }
  return int_from_i64(thread, size);
}

Value memory_close(Thread&, Value self, const Value*, size_t) {
  as_io(self)->closed = true;
  return Value::none();
}

Value memory_true(Thread& thread, Value self, const Value*, size_t) {
  if (!check_memory_open(thread, as_io(self))) return Value::error();
  return Value::true_();
}

Value memory_false(Thread& thread, Value self, const Value*, size_t) {
  if (as_io(self)->closed) return io_closed_error(thread, true);
  return Value::false_();
}

Value memory_fileno(Thread& thread, Value, const Value*, size_t) { return io_unsupported(thread, "fileno"); }

Value memory_flush(Thread& thread, Value self, const Value*, size_t) {
  // StringIO's flush does nothing even when closed; BytesIO's checks.
  if (as_io(self)->kind == IOKind::BytesIO && !check_memory_open(thread, as_io(self))) return Value::error();
  return Value::none();
}

Value memory_closed_get(Thread&, Value self) { return Value::boolean(as_io(self)->closed); }
Value string_io_newlines_get(Thread& thread, Value self) {
  if (!check_memory_open(thread, as_io(self))) return Value::error();
  return Value::none();
}
Value string_io_line_buffering_get(Thread& thread, Value self) {
  if (!check_memory_open(thread, as_io(self))) return Value::error();
  return Value::false_();
}

Value string_io_make(Thread& thread, Type* type, Value initial, Value newline) {
  const BuiltinTypes& types = thread.types();
  if (newline.is_empty()) newline = str_value(thread, "\n");
  if (!newline.is_none()) {
    if (!io_is_str(thread, newline))
      return thread.raise_format(types.TypeError, "newline must be str or None, not %s", type_name(thread, newline));
    std::string_view n = str_view_of(newline);
    if (n != "" && n != "\n" && n != "\r" && n != "\r\n") {
      Value shown = repr(thread, newline);
      if (shown.is_error()) return shown;
      std::string_view text = str_view_of(shown);
      return thread.raise_format(types.ValueError, "illegal newline value: %.*s", int(text.size()), text.data());
    }
  }
  if (!initial.is_empty() && !initial.is_none() && !io_is_str(thread, initial))
    return thread.raise_format(types.TypeError, "initial_value must be str or None, not %s", type_name(thread, initial));
  IOObject* io = io_make(thread, type, IOKind::StringIO);
  io->newline = newline;
  io->readable = io->writable = true;
  if (!initial.is_empty() && !initial.is_none()) {
    string_io_write_text(thread, io, str_view_of(initial));
    io->pos = 0;
  }
  return to_value(io);
}

Value string_io_construct(Thread& thread, Type* type, const Value* args, size_t nargs, TupleObject* kwnames) {
  static ParsedSignature signature = parse_signature("StringIO(initial_value='', newline='\\n')");
  std::vector<Value> slots;
  if (!bind_native_arguments(thread, signature, args, nargs, kwnames, &slots)) return Value::error();
  return string_io_make(thread, type, slots[0], slots[1]);
}

// Moves the state of a freshly made stream into `target` (its __init__ on an existing object).
void adopt_state(IOObject* target, IOObject* fresh) {
  target->readable = fresh->readable;
  target->writable = fresh->writable;
  target->closed = fresh->closed;
  target->newline = fresh->newline;
  target->data = std::move(fresh->data);
  target->pos = fresh->pos;
  target->overshoot = fresh->overshoot;
}

Value string_io_init(Thread& thread, Value self, const Value* args, size_t) {
  Value fresh = string_io_make(thread, io_types(thread).string_io, args[0], args[1]);
  if (fresh.is_error()) return fresh;
  adopt_state(as_io(self), as_io(fresh));
  return Value::none();
}

// __new__(cls, /, *args, **kwargs) of StringIO and BytesIO: an empty stream (of the Python
// subclass `cls`, wrapping it); __init__ fills it.
Value memory_new(Thread& thread, Value cls_value, Type* base) {
  const char* name = base->name.c_str();
  if (!cls_value.is_object() || !is_subtype(type_of(thread.interp(), cls_value), thread.types().type))
    return thread.raise_format(thread.types().TypeError, "_io.%s.__new__(X): X is not a type object (%s)", name,
                               type_name(thread, cls_value));
  auto* cls = static_cast<Type*>(cls_value.as_object());
  std::string shown = cls->module_name == "builtins" ? cls->name : cls->module_name + "." + cls->name;
  if (!is_subtype(cls, base))
    return thread.raise_format(thread.types().TypeError, "_io.%s.__new__(%s): %s is not a subtype of _io.%s", name,
                               shown.c_str(), shown.c_str(), name);
  bool text = base->name == "StringIO";
  IOObject* stream = io_make(thread, base, text ? IOKind::StringIO : IOKind::BytesIO);
  Value value = to_value(stream);
  stream->readable = stream->writable = true;
  if (text) stream->newline = str_value(thread, "\n");
  if (cls == base) return value;
  return wrap_builtin_value(thread, cls, value);
}

Value string_io_new(Thread& thread, Value, const Value* slots, size_t) {
  return memory_new(thread, slots[0], io_types(thread).string_io);
}

Value bytes_io_new(Thread& thread, Value, const Value* slots, size_t) {
  return memory_new(thread, slots[0], io_types(thread).bytes_io);
}

bool object_repr(Thread&, std::string& out, Value self) {
  char buffer[96];
  std::snprintf(buffer, sizeof buffer, "<_io.%s object at 0x%llx>", as_io(self)->type->name.c_str(),
                static_cast<unsigned long long>(self.bits() & 0x7FFF'FFFF'FFFF'FFFF));
  out += buffer;
  return true;
}

const TypeSlots kStringIOSlots = [] {
  TypeSlots slots;
  slots.repr = object_repr;
  slots.iter = io_iter;
  slots.next = io_next;
  slots.construct = string_io_construct;
  return slots;
}();

const NativeFunctionDef kStringIOMethods[] = {
    {"__init__(initial_value='', newline='\\n')", string_io_init},
    {"read(size=-1, /)", string_io_read},
    {"readline(size=-1, /)", string_io_readline},
    {"readlines(hint=-1, /)", io_readlines},
    {"write(s, /)", string_io_write},
    {"writelines(lines, /)", io_writelines},
    {"getvalue()", string_io_getvalue},
    {"seek(pos, whence=0, /)", string_io_seek},
    {"tell()", string_io_tell},
    {"truncate(pos=None, /)", string_io_truncate},
    {"close()", memory_close},
    {"flush()", memory_flush},
    {"readable()", memory_true},
    {"writable()", memory_true},
    {"seekable()", memory_true},
    {"isatty()", memory_false},
    {"fileno()", memory_fileno},
    {"__enter__()", io_enter},
    {"__exit__(*args)", io_exit},
    {"__iter__()", io_iter_method},
    {"__next__()", io_next_method},
};

const GetSetDef kStringIOGetSets[] = {
    {"closed", memory_closed_get},
    {"newlines", string_io_newlines_get},
    {"line_buffering", string_io_line_buffering_get},
};

// ---------------------------------------------------------------- BytesIO

Value bytes_io_take(Thread& thread, IOObject* io, int64_t n) {
  size_t start = io->pos < io->data.size() ? io->pos : io->data.size();
  size_t available = io->data.size() - start;
  size_t count = n < 0 || size_t(n) > available ? available : size_t(n);
  Value result = bytes_value(thread, std::string_view(io->data).substr(start, count));
  io->pos = start + count;
  return result;
}

Value bytes_io_read(Thread& thread, Value self, const Value* args, size_t) {
  IOObject* io = as_io(self);
  if (!check_memory_open(thread, io)) return Value::error();
  int64_t n;
  if (!io_size_argument(thread, args[0], -1, &n)) return Value::error();
  if (io->pos >= io->data.size()) return bytes_value(thread, "");
  return bytes_io_take(thread, io, n);
}

Value bytes_io_readline(Thread& thread, Value self, const Value* args, size_t) {
  IOObject* io = as_io(self);
  if (!check_memory_open(thread, io)) return Value::error();
  int64_t limit;
  if (!io_size_argument(thread, args[0], -1, &limit)) return Value::error();
  if (io->pos >= io->data.size()) return bytes_value(thread, "");
  size_t i = io->data.find('\n', io->pos);
  int64_t n = i == std::string::npos ? int64_t(io->data.size() - io->pos) : int64_t(i + 1 - io->pos);
  if (limit >= 0 && limit < n) n = limit;
  return bytes_io_take(thread, io, n);
}

Value bytes_io_readinto(Thread& thread, Value self, const Value* args, size_t) {
  IOObject* io = as_io(self);
  if (!check_memory_open(thread, io)) return Value::error();
  if (!is_bytearray(thread, args[0]))
    return thread.raise_format(thread.types().TypeError, "readinto() argument must be read-write bytes-like object, not %s",
                               type_name(thread, args[0]));
  auto* target = static_cast<ByteArrayObject*>(args[0].as_object());
  if (io->pos >= io->data.size()) return Value::small_int(0);
  size_t n = std::min(target->data.size(), io->data.size() - io->pos);
  target->data.replace(0, n, io->data, io->pos, n);
  io->pos += n;
  return Value::small_int(int64_t(n));
}

Value bytes_io_write(Thread& thread, Value self, const Value* args, size_t) {
  IOObject* io = as_io(self);
  if (!check_memory_open(thread, io)) return Value::error();
  std::string_view view;
  if (!io_bytes_view(thread, args[0], &view)) return Value::error();
  std::string data(view);
  if (io->pos > io->data.size()) io->data.resize(io->pos, '\0');
  size_t overlap = std::min(data.size(), io->data.size() - io->pos);
  io->data.replace(io->pos, overlap, data);
  io->pos += data.size();
  return int_from_i64(thread, int64_t(data.size()));
}

Value bytes_io_getvalue(Thread& thread, Value self, const Value*, size_t) {
  IOObject* io = as_io(self);
  if (!check_memory_open(thread, io)) return Value::error();
  return bytes_value(thread, io->data);
}

Value bytes_io_tell(Thread& thread, Value self, const Value*, size_t) {
  IOObject* io = as_io(self);
  if (!check_memory_open(thread, io)) return Value::error();
  return int_from_i64(thread, int64_t(io->pos));
}

Value bytes_io_seek(Thread& thread, Value self, const Value* args, size_t) {
  IOObject* io = as_io(self);
  if (!check_memory_open(thread, io)) return Value::error();
  int64_t position, whence = 0;
  if (!position_argument(thread, args[0], &position)) return Value::error();
  if (!args[1].is_empty() && !position_argument(thread, args[1], &whence)) return Value::error();
  if (whence < 0 || whence > 2)
    return thread.raise_format(thread.types().ValueError, "invalid whence (%lld, should be 0, 1 or 2)",
                               static_cast<long long>(whence));
  if (whence == 0 && position < 0)
    return thread.raise_format(thread.types().ValueError, "negative seek value %lld", static_cast<long long>(position));
  if (whence == 1) position += int64_t(io->pos);
  if (whence == 2) position += int64_t(io->data.size());
  if (position < 0) position = 0;
  io->pos = size_t(position);
  return int_from_i64(thread, position);
}

Value bytes_io_truncate(Thread& thread, Value self, const Value* args, size_t) {
  IOObject* io = as_io(self);
  if (!check_memory_open(thread, io)) return Value::error();
  int64_t size;
  if (args[0].is_empty() || args[0].is_none()) {
    size = int64_t(io->pos);
  } else {
    if (!position_argument(thread, args[0], &size)) return Value::error();
    if (size < 0)
      return thread.raise_format(thread.types().ValueError, "negative size value %lld", static_cast<long long>(size));
  }
  if (size_t(size) < io->data.size()) io->data.resize(size_t(size));
  return int_from_i64(thread, size);
}

Value bytes_io_construct(Thread& thread, Type* type, const Value* args, size_t nargs, TupleObject* kwnames) {
  static ParsedSignature signature = parse_signature("BytesIO(initial_bytes=b'')");
  std::vector<Value> slots;
  if (!bind_native_arguments(thread, signature, args, nargs, kwnames, &slots)) return Value::error();
  IOObject* io = io_make(thread, type, IOKind::BytesIO);
  Value result = to_value(io);
  io->readable = io->writable = true;
  if (!slots[0].is_empty() && !slots[0].is_none()) {
    std::string_view view;
    if (!io_bytes_view(thread, slots[0], &view)) return Value::error();
    io->data = std::string(view);
  }
  return result;
}

Value bytes_io_init(Thread& thread, Value self, const Value* args, size_t) {
  Value arguments[1] = {args[0]};
  Value fresh = bytes_io_construct(thread, io_types(thread).bytes_io, arguments, args[0].is_empty() ? 0 : 1, nullptr);
  if (fresh.is_error()) return fresh;
  adopt_state(as_io(self), as_io(fresh));
  return Value::none();
}

// BytesIO's __iter__ does not look at closed (its __next__ does).
Value bytes_io_iter(Thread&, Value self) { return self; }

const TypeSlots kBytesIOSlots = [] {
  TypeSlots slots;
  slots.repr = object_repr;
  slots.iter = bytes_io_iter;
  slots.next = io_next;
  slots.construct = bytes_io_construct;
  return slots;
}();

const NativeFunctionDef kBytesIOMethods[] = {
    {"__init__(initial_bytes=b'')", bytes_io_init},
    {"read(size=-1, /)", bytes_io_read},
    {"read1(size=-1, /)", bytes_io_read},
    {"readline(size=-1, /)", bytes_io_readline},
    {"readlines(size=None, /)", io_readlines},
    {"readinto(buffer, /)", bytes_io_readinto},
    {"write(b, /)", bytes_io_write},
    {"writelines(lines, /)", io_writelines},
    {"getvalue()", bytes_io_getvalue},
    {"seek(pos, whence=0, /)", bytes_io_seek},
    {"tell()", bytes_io_tell},
    {"truncate(size=None, /)", bytes_io_truncate},
    {"close()", memory_close},
    {"flush()", memory_flush},
    {"readable()", memory_true},
    {"writable()", memory_true},
    {"seekable()", memory_true},
    {"isatty()", memory_false},
    {"fileno()", memory_fileno},
    {"__enter__()", io_enter},
    {"__exit__(*args)", io_exit},
    {"__iter__()", io_iter_method},
    {"__next__()", io_next_method},
};

const GetSetDef kBytesIOGetSets[] = {
    {"closed", memory_closed_get},
};

}  // namespace

const NativeFunctionDef kStringIONew[] = {{"__new__(cls, /, *args, **kwargs)", string_io_new}};
const NativeFunctionDef kBytesIONew[] = {{"__new__(cls, /, *args, **kwargs)", bytes_io_new}};

void install_string_io(Thread& thread, Type* type) {
  type->slots = &kStringIOSlots;
  type->allow_subclassing = true;
  define_native_functions(thread, type->dict, kStringIONew, nullptr);
  define_native_functions(thread, type->dict, kStringIOMethods, type);
  define_getsets(thread.interp(), type, kStringIOGetSets);
}

void install_bytes_io(Thread& thread, Type* type) {
  type->slots = &kBytesIOSlots;
  type->allow_subclassing = true;
  define_native_functions(thread, type->dict, kBytesIONew, nullptr);
  define_native_functions(thread, type->dict, kBytesIOMethods, type);
  define_getsets(thread.interp(), type, kBytesIOGetSets);
}

}  // namespace pyxis
