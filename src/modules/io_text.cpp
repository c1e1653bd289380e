// _io.TextIOWrapper: str over a binary buffer, through the native codecs (utf-8, latin-1,
// ascii), with errors= and newline= translation on read and write. Reads keep the undecoded
// bytes read ahead, so tell() is the buffer's position minus what is still unread.
#include <string>
#include <vector>

#include "modules/io_objects.h"
#include "objects/arg_parser.h"
#include "objects/bytes_object.h"
#include "objects/codecs.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/type_slots.h"
#include "vm/interpreter.h"
#include "vm/native_modules.h"
#include "vm/operations.h"

namespace pyxis {

namespace {

std::string_view str_view_of(Value value) { return static_cast<StrObject*>(value.as_object())->view(); }

bool is_utf8(IOObject* io) {
  std::string name;
  for (char c : str_view_of(io->encoding))
    if (c != '-' && c != '_') name.push_back(char(c >= 'A' && c <= 'Z' ? c + 32 : c));
  return name == "utf8";
}

bool universal(IOObject* io) { return io->newline.is_none(); }
bool any_newline(IOObject* io) { return io->newline.is_none() || str_view_of(io->newline).empty(); }

// TextIOWrapper uses `closed` to mean detached (whether it is closed is its buffer's answer).
bool check_attached(Thread& thread, IOObject* io) {
  if (!io->closed && io->inner.is_none()) {
    thread.raise(thread.types().ValueError, "I/O operation on uninitialized object");
    return false;
  }
  if (!io->closed) return true;
  thread.raise(thread.types().ValueError, "underlying buffer has been detached");
  return false;
}

bool inner_closed(Thread& thread, IOObject* io, bool* out) {
  if (!check_attached(thread, io)) return false;
  Value closed = get_attr(thread, io->inner, thread.interp().intern("closed"));
  if (closed.is_error()) return false;
  int t = truthy(thread, closed);
  if (t < 0) return false;
  *out = t != 0;
  return true;
}

bool check_open(Thread& thread, IOObject* io) {
  bool closed;
  if (!inner_closed(thread, io, &closed)) return false;
  if (closed) {
    io_closed_error(thread, true);
    return false;
  }
  return true;
}

bool inner_is(IOObject* io, IOKind kind) {
  return io->inner.is_object() && io->inner.as_object()->type->trace == trace_io_object && as_io(io->inner)->kind == kind;
}

bool check_readable(Thread& thread, IOObject* io) {
  if (!check_open(thread, io)) return false;
  io->has_read = true;
  if (inner_is(io, IOKind::BufferedWriter)) {
    io_unsupported(thread, "not readable");
    return false;
  }
  return true;
}

// Notes the kinds of line ends in a chunk just read (universal newline modes report them).
void note_newlines(IOObject* io, std::string_view chunk, bool at_end) {
  if (!any_newline(io)) return;
  size_t i = 0;
  if (io->pending_cr) {
    io->pending_cr = false;
    if (!chunk.empty() && chunk[0] == '\n') {
      io->seen_newlines |= 4;
      i = 1;
    } else {
      io->seen_newlines |= 2;
    }
  }
  for (; i < chunk.size(); ++i) {
    if (chunk[i] == '\n') {
      io->seen_newlines |= 1;
    } else if (chunk[i] == '\r') {
      if (i + 1 < chunk.size()) {
        if (chunk[i + 1] == '\n') {
          io->seen_newlines |= 4;
          ++i;
        } else {
          io->seen_newlines |= 2;
        }
      } else if (at_end) {
        io->seen_newlines |= 2;
      } else {
        io->pending_cr = true;
      }
    }
  }
}

// One more chunk of bytes from the buffer: 1, 0 at end of file, -1 on error.
int text_fill(Thread& thread, IOObject* io) {
  if (io->eof) return 0;
  Value size = Value::small_int(8192);
  Value read1 = lookup_attr(thread, io->inner, thread.interp().intern("read1"));
  if (read1.is_error()) return -1;
  Value chunk = read1.is_empty() ? io_call_method(thread, io->inner, "read", &size, 1) : call(thread, read1, &size, 1);
  if (chunk.is_error()) return -1;
  std::string_view view;
  if (!chunk.is_none() && !io_bytes_view(thread, chunk, &view)) return -1;
  if (view.empty()) {
    io->eof = true;
    note_newlines(io, "", true);
    return 0;
  }
  io->data.append(view);
  note_newlines(io, view, false);
  return 1;
}

// The first `end` bytes of the read-ahead as str, newlines translated; dropped from it.
Value text_take(Thread& thread, IOObject* io, size_t end) {
  std::string bytes = io->data.substr(0, end);
  io->data.erase(0, end);
  if (universal(io) && bytes.find('\r') != std::string::npos) {
    std::string translated;
    for (size_t i = 0; i < bytes.size(); ++i) {
      if (bytes[i] == '\r') {
        translated.push_back('\n');
        if (i + 1 < bytes.size() && bytes[i + 1] == '\n') ++i;
      } else {
        translated.push_back(bytes[i]);
      }
    }
    bytes = std::move(translated);
  }
  return codec_decode(thread, bytes, io->encoding, io->errors);
}

size_t sequence_length(bool utf8, unsigned char lead) {
  if (!utf8 || lead < 0xC0) return 1;
  if (lead < 0xE0) return 2;
  if (lead < 0xF0) return 3;
  return 4;
}

// Bytes of the read-ahead (from 0, at most `limit_bytes`) holding `chars` characters; sets
// *need_more when the read-ahead ends inside one (a split sequence or a '\r' maybe before '\n').
size_t bytes_for_chars(IOObject* io, size_t limit_bytes, int64_t chars, bool* need_more, int64_t* counted = nullptr) {
  bool utf8 = is_utf8(io);
  bool translate = universal(io);
  size_t i = 0;
  int64_t count = 0;
  *need_more = false;
  while (count < chars && i < limit_bytes) {
    unsigned char c = static_cast<unsigned char>(io->data[i]);
    size_t n = c == '\r' && translate ? 1 : sequence_length(utf8, c);
    if (c == '\r' && translate) {
      if (i + 1 >= io->data.size() && !io->eof) {
        *need_more = true;
        return i;
      }
      if (i + 1 < io->data.size() && io->data[i + 1] == '\n') n = 2;
    }
    if (i + n > io->data.size()) {
      if (!io->eof) {
        *need_more = true;
        return i;
      }
      n = io->data.size() - i;
    }
    i += n;
    ++count;
  }
  if (counted != nullptr) *counted = count;
  return i;
}

Value text_read(Thread& thread, Value self, const Value* args, size_t) {
  IOObject* io = as_io(self);
  if (!check_readable(thread, io)) return Value::error();
  int64_t n;
  if (!io_size_argument(thread, args[0], -1, &n)) return Value::error();
  if (n < 0) {
    Value rest = io_call_method(thread, io->inner, "read");
    if (rest.is_error()) return rest;
    std::string_view view;
    if (!rest.is_none() && !io_bytes_view(thread, rest, &view)) return Value::error();
    io->data.append(view);
    note_newlines(io, view, true);
    io->eof = true;
    Value result = text_take(thread, io, io->data.size());
    io->eof = false;
    return result;
  }
  for (;;) {
    bool need_more;
    int64_t counted;
    size_t end = bytes_for_chars(io, io->data.size(), n, &need_more, &counted);
    // Enough characters already read ahead: no further read (a pipe would block on one).
    bool complete = !need_more && (counted == n || io->eof);
    if (!complete) {
      // Fewer than n characters read ahead so far (or one split): read more unless at the end.
      int got = text_fill(thread, io);
      if (got < 0) return Value::error();
      if (got > 0) continue;
      end = bytes_for_chars(io, io->data.size(), n, &need_more);
    }
    Value result = text_take(thread, io, end);
    if (io->data.empty()) io->eof = false;
    return result;
  }
}

// Where the first line of the read-ahead ends (after its terminator); npos when more is needed.
size_t line_end(IOObject* io) {
  const std::string& data = io->data;
  if (any_newline(io)) {
    size_t i = data.find_first_of("\r\n");
    if (i == std::string::npos) return std::string::npos;
    if (data[i] == '\n') return i + 1;
    if (i + 1 < data.size()) return data[i + 1] == '\n' ? i + 2 : i + 1;
    return io->eof ? i + 1 : std::string::npos;
  }
  std::string_view terminator = str_view_of(io->newline);
  size_t i = data.find(terminator);
  return i == std::string::npos ? i : i + terminator.size();
}

Value text_readline(Thread& thread, Value self, const Value* args, size_t) {
  IOObject* io = as_io(self);
  if (!check_readable(thread, io)) return Value::error();
  int64_t limit;
  if (!io_size_argument(thread, args[0], -1, &limit)) return Value::error();
  for (;;) {
    size_t end = line_end(io);
    if (end == std::string::npos && io->eof) end = io->data.size();
    if (end != std::string::npos) {
      if (limit >= 0) {
        bool need_more;
        size_t cut = bytes_for_chars(io, end, limit, &need_more);
        if (cut < end) end = cut;
      }
      Value line = text_take(thread, io, end);
      if (io->data.empty()) io->eof = false;
      return line;
    }
    if (limit >= 0) {
      bool need_more;
      size_t cut = bytes_for_chars(io, io->data.size(), limit, &need_more);
      if (!need_more && cut < io->data.size()) return text_take(thread, io, cut);
    }
    if (text_fill(thread, io) < 0) return Value::error();
  }
}

// Drops the read-ahead, moving the buffer back to where the reader is.
bool text_rewind(Thread& thread, IOObject* io) {
  io->eof = false;
  if (io->data.empty()) return true;
  Value args[2] = {int_from_i64(thread, -int64_t(io->data.size())), Value::small_int(1)};
  io->data.clear();
  return !io_call_method(thread, io->inner, "seek", args, 2).is_error();
}

Value text_write(Thread& thread, Value self, const Value* args, size_t) {
  IOObject* io = as_io(self);
  if (!check_open(thread, io)) return Value::error();
  if (!io_is_str(thread, args[0]))
    return thread.raise_format(thread.types().TypeError, "write() argument must be str, not %s", type_name(thread, args[0]));
  if (inner_is(io, IOKind::BufferedReader)) return io_unsupported(thread, "not writable");
  auto* text = static_cast<StrObject*>(args[0].as_object());
  Value to_encode = args[0];
  std::string_view view = text->view();
  bool has_newline = view.find('\n') != std::string_view::npos;
  if (has_newline && !io->newline.is_none() && str_view_of(io->newline).size() > 0 && str_view_of(io->newline) != "\n") {
    std::string translated;
    for (char c : view) {
      if (c == '\n') translated += str_view_of(io->newline);
      else translated.push_back(c);
    }
    to_encode = str_value(thread, translated);
  }
  Value encoded = codec_encode(thread, to_encode, io->encoding, io->errors);
  if (encoded.is_error()) return encoded;
  // As CPython does, what was read ahead is dropped: the text lands where the buffer is.
  io->data.clear();
  io->eof = false;
  if (io_call_method(thread, io->inner, "write", &encoded, 1).is_error()) return Value::error();
  if (io->line_buffering && (has_newline || view.find('\r') != std::string_view::npos) &&
      io_call_method(thread, io->inner, "flush").is_error())
    return Value::error();
  return int_from_i64(thread, int64_t(text->length));
}

Value text_flush(Thread& thread, Value self, const Value*, size_t) {
  IOObject* io = as_io(self);
  if (!check_open(thread, io)) return Value::error();
  Value result = io_call_method(thread, io->inner, "flush");
  return result.is_error() ? result : Value::none();
}

Value text_tell(Thread& thread, Value self, const Value*, size_t) {
  IOObject* io = as_io(self);
  if (!check_open(thread, io)) return Value::error();
  if (io->no_tell) return thread.raise(thread.types().OSError, "telling position disabled by next() call");
  if (io_call_method(thread, io->inner, "flush").is_error()) return Value::error();
  Value position = io_call_method(thread, io->inner, "tell");
  if (position.is_error()) return position;
  int64_t at;
  if (!int_fits_i64(position, &at)) return position;
  return int_from_i64(thread, at - int64_t(io->data.size()));
}

Value text_seek(Thread& thread, Value self, const Value* args, size_t) {
  IOObject* io = as_io(self);
  if (!check_open(thread, io)) return Value::error();
  if (!is_int(thread, args[0]))
    return thread.raise_format(thread.types().TypeError, "an integer is required");
  int64_t cookie, whence;
  if (!io_size_argument(thread, args[0], 0, &cookie) || !io_size_argument(thread, args[1], 0, &whence))
    return Value::error();
  if (whence == 1) {
    if (cookie != 0) return io_unsupported(thread, "can't do nonzero cur-relative seeks");
    return text_tell(thread, self, nullptr, 0);
  }
  if (whence == 2) {
    if (cookie != 0) return io_unsupported(thread, "can't do nonzero end-relative seeks");
    if (io_call_method(thread, io->inner, "flush").is_error()) return Value::error();
    io->data.clear();
    io->eof = false;
    io->pending_cr = false;
    io->no_tell = false;
    Value seek_args[2] = {Value::small_int(0), Value::small_int(2)};
    return io_call_method(thread, io->inner, "seek", seek_args, 2);
  }
  if (whence != 0)
    return thread.raise_format(thread.types().ValueError, "invalid whence (%lld, should be 0, 1 or 2)",
                               static_cast<long long>(whence));
  if (cookie < 0)
    return thread.raise_format(thread.types().ValueError, "negative seek position %lld", static_cast<long long>(cookie));
  if (io_call_method(thread, io->inner, "flush").is_error()) return Value::error();
  io->data.clear();
  io->eof = false;
  io->pending_cr = false;
  io->no_tell = false;
  if (cookie == 0) io->seen_newlines = 0;  // back at the start: the decoder is reset
  Value position = int_from_i64(thread, cookie);
  if (io_call_method(thread, io->inner, "seek", &position, 1).is_error()) return Value::error();
  return position;
}

Value text_truncate(Thread& thread, Value self, const Value* args, size_t) {
  IOObject* io = as_io(self);
  if (!check_open(thread, io)) return Value::error();
  if (!text_rewind(thread, io)) return Value::error();
  Value size = args[0].is_empty() ? Value::none() : args[0];
  return io_call_method(thread, io->inner, "truncate", &size, 1);
}

Value text_close(Thread& thread, Value self, const Value*, size_t) {
  IOObject* io = as_io(self);
  bool closed;
  if (!inner_closed(thread, io, &closed)) return Value::error();
  if (closed) return Value::none();
  Value flushed = io_call_method(thread, io->inner, "flush");
  if (flushed.is_error()) {
    Value pending = thread.take_pending();
    io_call_method(thread, io->inner, "close");
    return thread.raise_value(pending);
  }
  Value result = io_call_method(thread, io->inner, "close");
  return result.is_error() ? result : Value::none();
}

// Asks the buffer (which raises for a closed file in its own words).
Value forward(Thread& thread, Value self, const char* name) {
  IOObject* io = as_io(self);
  if (!check_attached(thread, io)) return Value::error();
  return io_call_method(thread, io->inner, name);
}

Value text_detach(Thread& thread, Value self, const Value*, size_t) {
  IOObject* io = as_io(self);
  if (!check_open(thread, io)) return Value::error();
  if (io_call_method(thread, io->inner, "flush").is_error()) return Value::error();
  Value buffer = io->inner;
  io->inner = Value::none();
  io->data.clear();
  io->closed = true;
  return buffer;
}

// reconfigure(*, encoding=None, errors=None, newline=<unchanged>, line_buffering=None, write_through=None)
Value text_reconfigure(Thread& thread, Value self, const Value* args, size_t) {
  IOObject* io = as_io(self);
  Value encoding = args[0], errors = args[1], newline = args[2], line_buffering = args[3];
  const BuiltinTypes& types = thread.types();
  const char* names[3] = {"encoding", "errors", "newline"};
  for (int i = 0; i < 3; ++i)
    if (!args[i].is_empty() && !args[i].is_none() && !io_is_str(thread, args[i]))
      return thread.raise_format(types.TypeError, "reconfigure() argument '%s' must be str or None, not %s", names[i],
                                 type_name(thread, args[i]));
  if (!newline.is_empty() && !newline.is_none()) {
    std::string_view n = str_view_of(newline);
    if (n != "" && n != "\n" && n != "\r" && n != "\r\n")
      return thread.raise_format(types.ValueError, "illegal newline value: %.*s", int(n.size()), n.data());
  }
  bool has_encoding = !encoding.is_empty() && !encoding.is_none();
  bool has_errors = !errors.is_empty() && !errors.is_none();
  if ((has_encoding || has_errors || !newline.is_empty()) && io->has_read)
    return io_unsupported(thread, "It is not possible to set the encoding or newline of stream after the first read");
  if (has_encoding) {
    if (str_view_of(encoding) == "locale") encoding = str_value(thread, "UTF-8");
    Value new_errors = has_errors ? errors : str_value(thread, "strict");
    if (codec_encode(thread, str_value(thread, ""), encoding, new_errors).is_error()) return Value::error();
    io->encoding = encoding;
    io->errors = new_errors;
  } else if (has_errors) {
    io->errors = errors;
  }
  if (!newline.is_empty()) io->newline = newline;
  if (!line_buffering.is_empty() && !line_buffering.is_none()) {
    int t = truthy(thread, line_buffering);
    if (t < 0) return Value::error();
    io->line_buffering = t != 0;
  }
  if (!check_open(thread, io)) return Value::error();
  Value flushed = io_call_method(thread, io->inner, "flush");
  return flushed.is_error() ? flushed : Value::none();
}

Value text_fileno(Thread& thread, Value self, const Value*, size_t) { return forward(thread, self, "fileno"); }
Value text_isatty(Thread& thread, Value self, const Value*, size_t) { return forward(thread, self, "isatty"); }
Value text_readable(Thread& thread, Value self, const Value*, size_t) { return forward(thread, self, "readable"); }
Value text_writable(Thread& thread, Value self, const Value*, size_t) { return forward(thread, self, "writable"); }
Value text_seekable(Thread& thread, Value self, const Value*, size_t) { return forward(thread, self, "seekable"); }

Value text_buffer_get(Thread&, Value self) { return as_io(self)->inner; }
Value text_encoding_get(Thread&, Value self) { return as_io(self)->encoding; }
Value text_errors_get(Thread&, Value self) { return as_io(self)->errors; }
Value text_line_buffering_get(Thread&, Value self) { return Value::boolean(as_io(self)->line_buffering); }
Value text_newlines_get(Thread& thread, Value self) {
  static const char* const kKinds[8][3] = {{},           {"\n"},       {"\r"},         {"\r", "\n"},
                                           {"\r\n"},     {"\n", "\r\n"}, {"\r", "\r\n"}, {"\r", "\n", "\r\n"}};
  static const int kCounts[8] = {0, 1, 1, 2, 1, 2, 2, 3};
  int seen = as_io(self)->seen_newlines & 7;
  if (kCounts[seen] == 0) return Value::none();
  if (kCounts[seen] == 1) return str_value(thread, kKinds[seen][0]);
  Value items[3];
  for (int i = 0; i < kCounts[seen]; ++i) items[i] = str_value(thread, kKinds[seen][i]);
  return to_value(tuple_from(thread, items, size_t(kCounts[seen])));
}
Value text_closed_get(Thread& thread, Value self) {
  if (!check_attached(thread, as_io(self))) return Value::error();
  return get_attr(thread, as_io(self)->inner, thread.interp().intern("closed"));
}
Value text_name_get(Thread& thread, Value self) {
  if (!check_attached(thread, as_io(self))) return Value::error();
  return get_attr(thread, as_io(self)->inner, thread.interp().intern("name"));
}
Value text_mode_get(Thread& thread, Value self) {
  IOObject* io = as_io(self);
  if (io->mode.is_empty())
    return thread.raise(thread.types().AttributeError, "'_io.TextIOWrapper' object has no attribute 'mode'");
  return io->mode;
}
bool text_mode_set(Thread&, Value self, Value value) {
  as_io(self)->mode = value;
  return true;
}

bool text_repr(Thread& thread, std::string& out, Value self) {
  IOObject* io = as_io(self);
  out += "<_io.TextIOWrapper";
  Value name = lookup_attr(thread, io->inner, thread.interp().intern("name"));
  if (name.is_error()) {
    if (!thread.pending_is(thread.types().ValueError)) return false;
    thread.take_pending();
    name = Value();
  }
  if (!name.is_empty()) {
    out += " name=";
    if (!append_repr(thread, out, name)) return false;
  }
  if (!io->mode.is_empty()) {
    out += " mode=";
    if (!append_repr(thread, out, io->mode)) return false;
  }
  out += " encoding=";
  if (!append_repr(thread, out, io->encoding)) return false;
  out += ">";
  return true;
}

ParsedSignature& text_signature() {
  static ParsedSignature signature = parse_signature(
      "TextIOWrapper(buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False)");
  return signature;
}

Value text_construct(Thread& thread, Type*, const Value* args, size_t nargs, TupleObject* kwnames) {
  std::vector<Value> slots;
  if (!bind_native_arguments(thread, text_signature(), args, nargs, kwnames, &slots)) return Value::error();
  bool line_buffering = false;
  if (!slots[4].is_empty()) {
    int t = truthy(thread, slots[4]);
    if (t < 0) return Value::error();
    line_buffering = t != 0;
  }
  return text_io_wrapper_new(thread, slots[0], slots[1], slots[2], slots[3], line_buffering, "TextIOWrapper");
}

// next(): while lines come this way tell() refuses (CPython's decoder snapshots are off).
Value text_next(Thread& thread, Value self) {
  IOObject* io = as_io(self);
  io->no_tell = true;
  Value line = io_next(thread, self);
  if (line.is_empty()) io->no_tell = false;
  return line;
}

Value text_init(Thread& thread, Value self, const Value* args, size_t) {
  bool line_buffering = false;
  if (!args[4].is_empty()) {
    int t = truthy(thread, args[4]);
    if (t < 0) return Value::error();
    line_buffering = t != 0;
  }
  Value fresh = text_io_wrapper_new(thread, args[0], args[1], args[2], args[3], line_buffering, "TextIOWrapper");
  if (fresh.is_error()) return fresh;
  io_adopt(as_io(self), as_io(fresh));
  return Value::none();
}

const TypeSlots kTextSlots = [] {
  TypeSlots slots;
  slots.repr = text_repr;
  slots.iter = io_iter;
  slots.next = text_next;
  slots.construct = text_construct;
  return slots;
}();

const NativeFunctionDef kTextMethods[] = {
    {"__init__(buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False)", text_init},
    {"read(size=-1, /)", text_read},
    {"readline(size=-1, /)", text_readline},
    {"readlines(hint=-1, /)", io_readlines},
    {"write(text, /)", text_write},
    {"writelines(lines, /)", io_writelines},
    {"flush()", text_flush},
    {"seek(cookie, whence=0, /)", text_seek},
    {"tell()", text_tell},
    {"truncate(pos=None, /)", text_truncate},
    {"close()", text_close},
    {"detach()", text_detach},
    {"reconfigure(*, encoding=None, errors=None, newline=None, line_buffering=None, write_through=None)", text_reconfigure},
    {"fileno()", text_fileno},
    {"isatty()", text_isatty},
    {"readable()", text_readable},
    {"writable()", text_writable},
    {"seekable()", text_seekable},
    {"__enter__()", io_enter},
    {"__exit__(*args)", io_exit},
    {"__iter__()", io_iter_method},
    {"__next__()", io_next_method},
};

const GetSetDef kTextGetSets[] = {
    {"buffer", text_buffer_get},
    {"encoding", text_encoding_get},
    {"errors", text_errors_get},
    {"line_buffering", text_line_buffering_get},
    {"newlines", text_newlines_get},
    {"closed", text_closed_get},
    {"name", text_name_get},
    {"mode", text_mode_get, text_mode_set},
};

}  // namespace

Value text_io_wrapper_new(Thread& thread, Value buffer, Value encoding, Value errors, Value newline, bool line_buffering,
                          const char* who) {
  const BuiltinTypes& types = thread.types();
  auto check_optional_str = [&](Value value, const char* what) {
    if (value.is_empty() || value.is_none() || io_is_str(thread, value)) return true;
    thread.raise_format(types.TypeError, "%s() argument '%s' must be str or None, not %s", who, what,
                        type_name(thread, value));
    return false;
  };
  if (!check_optional_str(encoding, "encoding") || !check_optional_str(errors, "errors") ||
      !check_optional_str(newline, "newline"))
    return Value::error();
  // CPython asks the buffer what it can do first (an object without these methods fails here).
  for (const char* method : {"readable", "writable", "seekable"})
    if (io_call_method(thread, buffer, method).is_error()) return Value::error();
  if (newline.is_empty()) newline = Value::none();
  if (!newline.is_none()) {
    std::string_view n = str_view_of(newline);
    if (n != "" && n != "\n" && n != "\r" && n != "\r\n")
      return thread.raise_format(types.ValueError, "illegal newline value: %.*s", int(n.size()), n.data());
  }
  if (encoding.is_empty() || encoding.is_none() || str_view_of(encoding) == "locale") encoding = str_value(thread, "UTF-8");
  if (errors.is_empty() || errors.is_none()) errors = str_value(thread, "strict");
  // Unknown encodings fail here, as CPython's codec lookup does.
  if (codec_encode(thread, str_value(thread, ""), encoding, errors).is_error()) return Value::error();
  IOObject* io = io_make(thread, io_types(thread).text_io_wrapper, IOKind::TextIOWrapper);
  io->inner = buffer;
  io->encoding = encoding;
  io->errors = errors;
  io->newline = newline;
  io->line_buffering = line_buffering;
  return to_value(io);
}

void install_text_io_wrapper(Thread& thread, Type* type) {
  type->slots = &kTextSlots;
  define_native_functions(thread, type->dict, kTextMethods, type);
  define_getsets(thread.interp(), type, kTextGetSets);
}

}  // namespace pyxis
