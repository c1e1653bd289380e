// The _io module: its types (FileIO over POSIX descriptors and the Buffered* classes here,
// TextIOWrapper in io_text.cpp, StringIO/BytesIO in io_memory.cpp), open() and the shared helpers.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <vector>

#include "modules/io_objects.h"
#include "objects/arg_parser.h"
#include "objects/builtin_subclass.h"
#include "objects/bytes_object.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/type_slots.h"
#include "vm/gc_runtime.h"
#include "vm/interpreter.h"
#include "vm/native_modules.h"
#include "vm/operations.h"

namespace pyxis {

IOTypes io_types(Thread& thread) {
  IOTypes types;
  Interpreter& interp = thread.interp();
  Object* state = interp.gc_runtime->io_state;
  if (state == nullptr) return types;
  auto get = [&](const char* name) {
    Value value = dict_get_str(static_cast<DictObject*>(state), interp.intern(name));
    return value.is_object() ? static_cast<Type*>(value.as_object()) : nullptr;
  };
  types.file_io = get("FileIO");
  types.buffered_reader = get("BufferedReader");
  types.buffered_writer = get("BufferedWriter");
  types.buffered_random = get("BufferedRandom");
  types.text_io_wrapper = get("TextIOWrapper");
  types.bytes_io = get("BytesIO");
  types.string_io = get("StringIO");
  types.unsupported_operation = get("UnsupportedOperation");
  return types;
}

void trace_io_object(Object* object, gc::Tracer& tracer) {
  auto* io = static_cast<IOObject*>(object);
  tracer.visit(io->name);
  tracer.visit(io->mode);
  tracer.visit(io->inner);
  tracer.visit(io->encoding);
  tracer.visit(io->errors);
  tracer.visit(io->newline);
}

void destroy_io_object(Object* object) {
  auto* io = static_cast<IOObject*>(object);
  if (io->kind == IOKind::FileIO && io->fd >= 0 && !io->closed && io->closefd) ::close(io->fd);
  io->~IOObject();
}

IOObject* io_make(Thread& thread, Type* type, IOKind kind) {
  IOObject* io = thread.heap().make<IOObject>(type);
  io->kind = kind;
  io->inner = Value::none();  // an object not yet initialised (a subclass's __new__) has no stream
  return io;
}

void io_adopt(IOObject* target, IOObject* fresh) {
  if (target->kind == IOKind::FileIO && target->fd >= 0 && !target->closed && target->closefd) ::close(target->fd);
  target->kind = fresh->kind;
  target->fd = fresh->fd;
  target->closefd = fresh->closefd;
  target->readable = fresh->readable;
  target->writable = fresh->writable;
  target->appending = fresh->appending;
  target->created = fresh->created;
  target->closed = fresh->closed;
  target->eof = fresh->eof;
  target->line_buffering = fresh->line_buffering;
  target->has_read = false;
  target->no_tell = false;
  target->pending_cr = false;
  target->seen_newlines = 0;
  target->name = fresh->name;
  target->mode = fresh->mode;
  target->inner = fresh->inner;
  target->encoding = fresh->encoding;
  target->errors = fresh->errors;
  target->newline = fresh->newline;
  target->buffer_size = fresh->buffer_size;
  target->data = std::move(fresh->data);
  target->pos = fresh->pos;
  target->overshoot = fresh->overshoot;
  // The fresh object gives up its descriptor (its destructor must not close it).
  fresh->fd = -1;
  fresh->closed = true;
}

Value io_call_method(Thread& thread, Value object, const char* name, const Value* args, size_t nargs) {
  Value method = get_attr(thread, object, thread.interp().intern(name));
  if (method.is_error()) return method;
  return call(thread, method, args, nargs);
}

Value io_unsupported(Thread& thread, const char* message) {
  return thread.raise(io_types(thread).unsupported_operation, message);
}

Value io_closed_error(Thread& thread, bool with_dot) {
  return thread.raise(thread.types().ValueError, with_dot ? "I/O operation on closed file." : "I/O operation on closed file");
}

bool io_is_str(Thread& thread, Value value) {
  return value.is_object() && is_subtype(value.as_object()->type, thread.types().str);
}

bool io_bytes_view(Thread& thread, Value value, std::string_view* out) {
  if (bytes_like_view(thread, value, out)) return true;
  if (!thread.has_pending())
    thread.raise_format(thread.types().TypeError, "a bytes-like object is required, not '%s'", type_name(thread, value));
  return false;
}

bool io_size_argument(Thread& thread, Value value, int64_t fallback, int64_t* out) {
  if (value.is_empty() || value.is_none()) {
    *out = fallback;
    return true;
  }
  if (!is_int(thread, value)) {
    thread.raise_format(thread.types().TypeError, "argument should be integer or None, not '%s'", type_name(thread, value));
    return false;
  }
  if (!int_fits_i64(value, out)) {
    thread.raise(thread.types().OverflowError, "Python int too large to convert to C ssize_t");
    return false;
  }
  return true;
}

// Raises CPython's "I/O operation on closed file." when self.closed is true.
bool io_check_not_closed(Thread& thread, Value self) {
  Value closed = get_attr(thread, self, thread.interp().intern("closed"));
  if (closed.is_error()) return false;
  int t = truthy(thread, closed);
  if (t < 0) return false;
  if (t) {
    io_closed_error(thread, true);
    return false;
  }
  return true;
}

Value io_iter_method(Thread& thread, Value self, const Value*, size_t) {
  Type* type = self.as_object()->type;
  return type->slots->iter(thread, self);
}

Value io_next_method(Thread& thread, Value self, const Value*, size_t) {
  Type* type = self.as_object()->type;
  Value line = type->slots->next(thread, self);
  if (line.is_empty() && !thread.has_pending()) return thread.raise(thread.types().StopIteration, "");
  return line;
}

Value io_readlines(Thread& thread, Value self, const Value* args, size_t) {
  if (!io_check_not_closed(thread, self)) return Value::error();
  int64_t hint;
  if (!io_size_argument(thread, args[0], -1, &hint)) return Value::error();
  ListObject* list = list_new(thread);
  Value list_value = to_value(list);
  int64_t total = 0;
  for (;;) {
    Value line = io_call_method(thread, self, "readline");
    if (line.is_error()) return line;
    int64_t n;
    if (!length(thread, line, &n)) return Value::error();
    if (n == 0) break;
    list_append(thread, list, line);
    total += n;
    if (hint > 0 && total >= hint) break;
  }
  return list_value;
}

Value io_writelines(Thread& thread, Value self, const Value* args, size_t) {
  if (!io_check_not_closed(thread, self)) return Value::error();
  Value iterator = get_iter(thread, args[0]);
  if (iterator.is_error()) return iterator;
  for (;;) {
    Value item = iter_next(thread, iterator);
    if (item.is_error()) return item;
    if (item.is_empty()) break;
    if (io_call_method(thread, self, "write", &item, 1).is_error()) return Value::error();
  }
  return Value::none();
}

Value io_enter(Thread& thread, Value self, const Value*, size_t) {
  Value closed = get_attr(thread, self, thread.interp().intern("closed"));
  if (closed.is_error()) return closed;
  int t = truthy(thread, closed);
  if (t < 0) return Value::error();
  if (t) return io_closed_error(thread, true);
  return self;
}

Value io_exit(Thread& thread, Value self, const Value*, size_t) {
  Value result = io_call_method(thread, self, "close");
  return result.is_error() ? result : Value::none();
}

Value io_iter(Thread& thread, Value self) {
  Value closed = get_attr(thread, self, thread.interp().intern("closed"));
  if (closed.is_error()) return closed;
  int t = truthy(thread, closed);
  if (t < 0) return Value::error();
  if (t) return io_closed_error(thread, true);
  return self;
}

Value io_next(Thread& thread, Value self) {
  Value line = io_call_method(thread, self, "readline");
  if (line.is_error()) return line;
  int64_t n;
  if (!length(thread, line, &n)) return Value::error();
  return n == 0 ? Value() : line;
}

namespace {

const char kFileIOModeError[] = "Must have exactly one of create/read/write/append mode and at most one plus";

Value raise_errno(Thread& thread, int error, Value filename) {
  Value args[3] = {Value::small_int(error), str_value(thread, std::strerror(error)), filename};
  Value exception = call(thread, to_value(thread.types().OSError), args, filename.is_empty() ? 2 : 3);
  if (exception.is_error()) return exception;
  return thread.raise_value(exception);
}

// ---------------------------------------------------------------- FileIO

bool fileio_check_open(Thread& thread, IOObject* io) {
  if (io->closed) {
    io_closed_error(thread, false);
    return false;
  }
  return true;
}

Value fileio_read_n(Thread& thread, IOObject* io, int64_t n) {
  if (n > (int64_t(1) << 24)) n = int64_t(1) << 24;  // a raw read may return less than asked
  std::string buffer(size_t(n), '\0');
  ssize_t got;
  do got = ::read(io->fd, buffer.data(), size_t(n));
  while (got < 0 && errno == EINTR);
  if (got < 0) return raise_errno(thread, errno, Value());
  buffer.resize(size_t(got));
  return bytes_value(thread, buffer);
}

Value fileio_readall_impl(Thread& thread, IOObject* io) {
  std::string result;
  char chunk[65536];
  for (;;) {
    ssize_t got = ::read(io->fd, chunk, sizeof chunk);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) return raise_errno(thread, errno, Value());
    if (got == 0) break;
    result.append(chunk, size_t(got));
  }
  return bytes_value(thread, result);
}

Value fileio_read(Thread& thread, Value self, const Value* args, size_t) {
  IOObject* io = as_io(self);
  if (!fileio_check_open(thread, io)) return Value::error();
  if (!io->readable) return io_unsupported(thread, "File not open for reading");
  int64_t n;
  if (!io_size_argument(thread, args[0], -1, &n)) return Value::error();
  return n < 0 ? fileio_readall_impl(thread, io) : fileio_read_n(thread, io, n);
}

Value fileio_readall(Thread& thread, Value self, const Value*, size_t) {
  IOObject* io = as_io(self);
  if (!fileio_check_open(thread, io)) return Value::error();
  if (!io->readable) return io_unsupported(thread, "File not open for reading");
  return fileio_readall_impl(thread, io);
}

Value fileio_readline(Thread& thread, Value self, const Value* args, size_t) {
  IOObject* io = as_io(self);
  if (!fileio_check_open(thread, io)) return Value::error();
  if (!io->readable) return io_unsupported(thread, "File not open for reading");
  int64_t limit;
  if (!io_size_argument(thread, args[0], -1, &limit)) return Value::error();
  std::string line;
  while (limit < 0 || int64_t(line.size()) < limit) {
    char c;
    ssize_t got = ::read(io->fd, &c, 1);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) return raise_errno(thread, errno, Value());
    if (got == 0) break;
    line.push_back(c);
    if (c == '\n') break;
  }
  return bytes_value(thread, line);
}

Value fileio_readinto(Thread& thread, Value self, const Value* args, size_t) {
  IOObject* io = as_io(self);
  if (!fileio_check_open(thread, io)) return Value::error();
  if (!io->readable) return io_unsupported(thread, "File not open for reading");
  if (!is_bytearray(thread, args[0]))
    return thread.raise_format(thread.types().TypeError, "readinto() argument 1 must be read-write bytes-like object, not %s",
                               type_name(thread, args[0]));
  auto* target = static_cast<ByteArrayObject*>(args[0].as_object());
  ssize_t got;
  do got = ::read(io->fd, target->data.data(), target->data.size());
  while (got < 0 && errno == EINTR);
  if (got < 0) return raise_errno(thread, errno, Value());
  return Value::small_int(got);
}

Value fileio_write(Thread& thread, Value self, const Value* args, size_t) {
  IOObject* io = as_io(self);
  if (!fileio_check_open(thread, io)) return Value::error();
  if (!io->writable) return io_unsupported(thread, "File not open for writing");
  std::string_view data;
  if (!io_bytes_view(thread, args[0], &data)) return Value::error();
  ssize_t written;
  do written = ::write(io->fd, data.data(), data.size());
  while (written < 0 && errno == EINTR);
  if (written < 0) return raise_errno(thread, errno, Value());
  return Value::small_int(written);
}

bool whence_argument(Thread& thread, Value value, int* out) {
  int64_t whence = 0;
  if (!value.is_empty() && !io_size_argument(thread, value, 0, &whence)) return false;
  *out = int(whence);
  return true;
}

Value fileio_seek(Thread& thread, Value self, const Value* args, size_t) {
  IOObject* io = as_io(self);
  if (!fileio_check_open(thread, io)) return Value::error();
  int64_t offset;
  int whence;
  if (!is_int(thread, args[0]))
    return thread.raise_format(thread.types().TypeError, "an integer is required");
  if (!io_size_argument(thread, args[0], 0, &offset) || !whence_argument(thread, args[1], &whence)) return Value::error();
  off_t result = ::lseek(io->fd, off_t(offset), whence);
  if (result < 0) return raise_errno(thread, errno, Value());
  return int_from_i64(thread, int64_t(result));
}

Value fileio_tell(Thread& thread, Value self, const Value*, size_t) {
  IOObject* io = as_io(self);
  if (!fileio_check_open(thread, io)) return Value::error();
  off_t result = ::lseek(io->fd, 0, SEEK_CUR);
  if (result < 0) return raise_errno(thread, errno, Value());
  return int_from_i64(thread, int64_t(result));
}

Value fileio_truncate(Thread& thread, Value self, const Value* args, size_t) {
  IOObject* io = as_io(self);
  if (!fileio_check_open(thread, io)) return Value::error();
  if (!io->writable) return io_unsupported(thread, "File not open for writing");
  int64_t size;
  if (args[0].is_empty() || args[0].is_none()) {
    off_t here = ::lseek(io->fd, 0, SEEK_CUR);
    if (here < 0) return raise_errno(thread, errno, Value());
    size = here;
  } else if (!io_size_argument(thread, args[0], 0, &size)) {
    return Value::error();
  }
  if (::ftruncate(io->fd, off_t(size)) < 0) return raise_errno(thread, errno, Value());
  return int_from_i64(thread, size);
}

Value fileio_close(Thread& thread, Value self, const Value*, size_t) {
  IOObject* io = as_io(self);
  if (io->closed) return Value::none();
  io->closed = true;
  if (io->closefd && io->fd >= 0 && ::close(io->fd) < 0) return raise_errno(thread, errno, Value());
  return Value::none();
}

Value fileio_fileno(Thread& thread, Value self, const Value*, size_t) {
  IOObject* io = as_io(self);
  if (!fileio_check_open(thread, io)) return Value::error();
  return Value::small_int(io->fd);
}

Value fileio_isatty(Thread& thread, Value self, const Value*, size_t) {
  IOObject* io = as_io(self);
  if (!fileio_check_open(thread, io)) return Value::error();
  return Value::boolean(::isatty(io->fd) == 1);
}

Value fileio_readable(Thread& thread, Value self, const Value*, size_t) {
  IOObject* io = as_io(self);
  if (!fileio_check_open(thread, io)) return Value::error();
  return Value::boolean(io->readable);
}

Value fileio_writable(Thread& thread, Value self, const Value*, size_t) {
  IOObject* io = as_io(self);
  if (!fileio_check_open(thread, io)) return Value::error();
  return Value::boolean(io->writable);
}

Value fileio_seekable(Thread& thread, Value self, const Value*, size_t) {
  IOObject* io = as_io(self);
  if (!fileio_check_open(thread, io)) return Value::error();
  return Value::boolean(::lseek(io->fd, 0, SEEK_CUR) >= 0);
}

Value fileio_flush(Thread& thread, Value self, const Value*, size_t) {
  IOObject* io = as_io(self);
  if (io->closed) return io_closed_error(thread, true);
  return Value::none();
}

Value fileio_closed_get(Thread&, Value self) { return Value::boolean(as_io(self)->closed); }
Value fileio_name_get(Thread& thread, Value self) {
  IOObject* io = as_io(self);
  if (io->name.is_empty()) return thread.raise(thread.types().AttributeError, "'_io.FileIO' object has no attribute 'name'");
  return io->name;
}
Value fileio_mode_get(Thread& thread, Value self) {
  IOObject* io = as_io(self);
  const char* mode = io->created ? (io->readable ? "xb+" : "xb")
                     : io->appending ? (io->readable ? "ab+" : "ab")
                     : io->readable ? (io->writable ? "rb+" : "rb")
                                    : "wb";
  return str_value(thread, mode);
}
Value fileio_closefd_get(Thread&, Value self) { return Value::boolean(as_io(self)->closefd); }

bool fileio_repr(Thread& thread, std::string& out, Value self) {
  IOObject* io = as_io(self);
  if (io->closed) {
    out += "<_io.FileIO [closed]>";
    return true;
  }
  out += "<_io.FileIO ";
  if (!io->name.is_empty()) {
    out += "name=";
    if (!append_repr(thread, out, io->name)) return false;
    out += " ";
  } else {
    out += "fd=" + std::to_string(io->fd) + " ";
  }
  out += "mode='";
  Value mode = fileio_mode_get(thread, self);
  out += static_cast<StrObject*>(mode.as_object())->view();
  out += io->closefd ? "' closefd=True>" : "' closefd=False>";
  return true;
}

// Parses a FileIO mode ("r", "wb", "a+" ...) into flags; false with ValueError pending.
bool parse_raw_mode(Thread& thread, std::string_view mode, IOObject* io, int* flags) {
  int kinds = 0, plus = 0;
  for (char c : mode) {
    switch (c) {
      case 'r': ++kinds; io->readable = true; break;
      case 'w': ++kinds; io->writable = true; break;
      case 'a': ++kinds; io->writable = true; io->appending = true; break;
      case 'x': ++kinds; io->writable = true; io->created = true; break;
      case '+': ++plus; break;
      case 'b': break;
      default:
        thread.raise_format(thread.types().ValueError, "invalid mode: %.*s", int(mode.size()), mode.data());
        return false;
    }
  }
  if (kinds != 1 || plus > 1) {
    thread.raise(thread.types().ValueError, kFileIOModeError);
    return false;
  }
  if (plus) io->readable = io->writable = true;
  int f = io->readable && io->writable ? O_RDWR : io->readable ? O_RDONLY : O_WRONLY;
  if (mode.find('w') != std::string_view::npos) f |= O_CREAT | O_TRUNC;
  if (io->appending) f |= O_CREAT | O_APPEND;
  if (io->created) f |= O_CREAT | O_EXCL;
  *flags = f | O_CLOEXEC;
  return true;
}

// The path of `file` (str, bytes, or os.PathLike) as bytes for open(2).
bool path_argument(Thread& thread, Value file, std::string* out) {
  if (io_is_str(thread, file)) {
    *out = std::string(static_cast<StrObject*>(file.as_object())->view());
  } else if (is_bytes(thread, file)) {
    *out = std::string(static_cast<BytesObject*>(file.as_object())->view());
  } else {
    Value fspath = lookup_attr(thread, file, thread.interp().intern("__fspath__"));
    if (fspath.is_error()) return false;
    if (fspath.is_empty() || (file.is_object() && file.as_object()->type == thread.types().type)) {
      thread.raise_format(thread.types().TypeError, "expected str, bytes or os.PathLike object, not %s",
                          type_name(thread, file));
      return false;
    }
    Value path = call(thread, fspath, nullptr, 0);
    if (path.is_error()) return false;
    if (!io_is_str(thread, path) && !is_bytes(thread, path)) {
      thread.raise_format(thread.types().TypeError, "expected %s.__fspath__() to return str or bytes, not %s",
                          type_name(thread, file), type_name(thread, path));
      return false;
    }
    return path_argument(thread, path, out);
  }
  if (out->find('\0') != std::string::npos) {
    thread.raise(thread.types().ValueError, "embedded null byte");
    return false;
  }
  return true;
}

Value fileio_open(Thread& thread, Type* type, Value file, Value mode_value, Value closefd_value, Value opener) {
  IOObject* io = io_make(thread, type, IOKind::FileIO);
  Value result = to_value(io);
  io->closed = true;  // until a descriptor is held
  std::string_view mode = "r";
  if (!mode_value.is_empty()) {
    if (!io_is_str(thread, mode_value))
      return thread.raise_format(thread.types().TypeError, "FileIO() argument 'mode' must be str, not %s",
                                 type_name(thread, mode_value));
    mode = static_cast<StrObject*>(mode_value.as_object())->view();
  }
  int flags;
  if (!parse_raw_mode(thread, mode, io, &flags)) return Value::error();
  bool closefd = true;
  if (!closefd_value.is_empty()) {
    int t = truthy(thread, closefd_value);
    if (t < 0) return Value::error();
    closefd = t != 0;
  }
  if (is_int(thread, file) && !file.is_bool()) {
    int64_t fd;
    if (!int_fits_i64(file, &fd) || fd < 0 || fd > INT32_MAX) return thread.raise(thread.types().ValueError, "negative file descriptor");
    io->fd = int(fd);
    io->closefd = closefd;
    io->name = file;
  } else {
    if (!closefd) return thread.raise(thread.types().ValueError, "Cannot use closefd=False with file name");
    std::string path;
    if (!path_argument(thread, file, &path)) return Value::error();
    io->name = file;
    if (!opener.is_empty() && !opener.is_none()) {
      Value args[2] = {file, Value::small_int(flags)};
      Value fd_value = call(thread, opener, args, 2);
      if (fd_value.is_error()) return fd_value;
      int64_t fd;
      if (!is_int(thread, fd_value) || !int_fits_i64(fd_value, &fd))
        return thread.raise(thread.types().TypeError, "expected integer from opener");
      if (fd < 0) return thread.raise_format(thread.types().ValueError, "opener returned %lld", static_cast<long long>(fd));
      io->fd = int(fd);
    } else {
      int fd;
      do fd = ::open(path.c_str(), flags, 0666);
      while (fd < 0 && errno == EINTR);
      if (fd < 0) return raise_errno(thread, errno, file);
      io->fd = fd;
    }
  }
  io->closed = false;
  struct stat info;
  if (::fstat(io->fd, &info) < 0) {
    int error = errno;
    if (io->closefd) ::close(io->fd);
    io->closed = true;
    return raise_errno(thread, error, Value());
  }
  if (S_ISDIR(info.st_mode)) {
    if (io->closefd) ::close(io->fd);
    io->closed = true;
    return raise_errno(thread, EISDIR, file);
  }
  if (io->appending) ::lseek(io->fd, 0, SEEK_END);
  return result;
}

ParsedSignature& fileio_signature() {
  static ParsedSignature signature = parse_signature("FileIO(file, mode='r', closefd=True, opener=None)");
  return signature;
}

Value fileio_construct(Thread& thread, Type* type, const Value* args, size_t nargs, TupleObject* kwnames) {
  std::vector<Value> slots;
  if (!bind_native_arguments(thread, fileio_signature(), args, nargs, kwnames, &slots)) return Value::error();
  return fileio_open(thread, type, slots[0], slots[1], slots[2], slots[3]);
}

Value fileio_init(Thread& thread, Value self, const Value* args, size_t) {
  Value fresh = fileio_open(thread, as_io(self)->type, args[0], args[1], args[2], args[3]);
  if (fresh.is_error()) return fresh;
  io_adopt(as_io(self), as_io(fresh));
  return Value::none();
}

const TypeSlots kFileIOSlots = [] {
  TypeSlots slots;
  slots.repr = fileio_repr;
  slots.iter = io_iter;
  slots.next = io_next;
  slots.construct = fileio_construct;
  return slots;
}();

const NativeFunctionDef kFileIOMethods[] = {
    {"__init__(file, mode='r', closefd=True, opener=None)", fileio_init},
    {"read(size=-1, /)", fileio_read},
    {"readall()", fileio_readall},
    {"readline(size=-1, /)", fileio_readline},
    {"readlines(hint=-1, /)", io_readlines},
    {"readinto(buffer, /)", fileio_readinto},
    {"write(b, /)", fileio_write},
    {"writelines(lines, /)", io_writelines},
    {"seek(pos, whence=0, /)", fileio_seek},
    {"tell()", fileio_tell},
    {"truncate(size=None, /)", fileio_truncate},
    {"close()", fileio_close},
    {"flush()", fileio_flush},
    {"fileno()", fileio_fileno},
    {"isatty()", fileio_isatty},
    {"readable()", fileio_readable},
    {"writable()", fileio_writable},
    {"seekable()", fileio_seekable},
    {"__enter__()", io_enter},
    {"__exit__(*args)", io_exit},
    {"__iter__()", io_iter_method},
    {"__next__()", io_next_method},
};

const GetSetDef kFileIOGetSets[] = {
    {"closed", fileio_closed_get},
    {"name", fileio_name_get},
    {"mode", fileio_mode_get},
    {"closefd", fileio_closefd_get},
};

// ---------------------------------------------------------------- Buffered*

// Buffered* use `closed` to mean detached (whether they are closed is the raw stream's answer).
bool buffered_check_attached(Thread& thread, IOObject* io) {
  if (!io->closed && io->inner.is_none()) {
    thread.raise(thread.types().ValueError, "I/O operation on uninitialized object");
    return false;
  }
  if (!io->closed) return true;
  thread.raise(thread.types().ValueError, "raw stream has been detached");
  return false;
}

bool buffered_check_open(Thread& thread, IOObject* io, const char* message = "I/O operation on closed file.") {
  if (!buffered_check_attached(thread, io)) return false;
  Value closed = get_attr(thread, io->inner, thread.interp().intern("closed"));
  if (closed.is_error()) return false;
  int t = truthy(thread, closed);
  if (t < 0) return false;
  if (t) {
    thread.raise(thread.types().ValueError, message);
    return false;
  }
  return true;
}

bool buffered_can_read(Thread& thread, IOObject* io, const char* message) {
  if (io->kind == IOKind::BufferedWriter) {
    io_unsupported(thread, "read");
    return false;
  }
  return buffered_check_open(thread, io, message);
}

// Reads one chunk of the raw stream into the read-ahead; 0 at end of file, -1 on error.
int buffered_fill(Thread& thread, IOObject* io, int64_t want) {
  Value size = int_from_i64(thread, want > io->buffer_size ? want : io->buffer_size);
  Value chunk = io_call_method(thread, io->inner, "read", &size, 1);
  if (chunk.is_error()) return -1;
  if (chunk.is_none()) return 0;
  std::string_view view;
  if (!io_bytes_view(thread, chunk, &view)) return -1;
  io->data.append(view);
  return view.empty() ? 0 : 1;
}

Value buffered_take(Thread& thread, IOObject* io, size_t n) {
  if (n > io->data.size()) n = io->data.size();
  Value result = bytes_value(thread, std::string_view(io->data).substr(0, n));
  io->data.erase(0, n);
  return result;
}

Value buffered_read(Thread& thread, Value self, const Value* args, size_t) {
  IOObject* io = as_io(self);
  if (!buffered_can_read(thread, io, "read of closed file")) return Value::error();
  int64_t n;
  if (!io_size_argument(thread, args[0], -1, &n)) return Value::error();
  if (n < -1) return thread.raise(thread.types().ValueError, "read length must be non-negative or -1");
  if (n < 0) {
    Value readall = lookup_attr(thread, io->inner, thread.interp().intern("readall"));
    if (readall.is_error()) return readall;
    if (readall.is_empty()) {  // a raw stream without readall: chunks until the end
      for (;;) {
        int got = buffered_fill(thread, io, 0);
        if (got < 0) return Value::error();
        if (got == 0) break;
      }
      return buffered_take(thread, io, io->data.size());
    }
    Value rest = call(thread, readall, nullptr, 0);
    if (rest.is_error()) return rest;
    std::string_view view;
    if (!rest.is_none() && !io_bytes_view(thread, rest, &view)) return Value::error();
    io->data.append(view);
    return buffered_take(thread, io, io->data.size());
  }
  while (int64_t(io->data.size()) < n) {
    int got = buffered_fill(thread, io, n - int64_t(io->data.size()));
    if (got < 0) return Value::error();
    if (got == 0) break;
  }
  return buffered_take(thread, io, size_t(n));
}

Value buffered_read1(Thread& thread, Value self, const Value* args, size_t) {
  IOObject* io = as_io(self);
  if (io->kind == IOKind::BufferedWriter) return io_unsupported(thread, "read1");
  if (!buffered_can_read(thread, io, "read of closed file")) return Value::error();
  int64_t n;
  if (!io_size_argument(thread, args[0], -1, &n)) return Value::error();
  if (n == 0) return bytes_value(thread, "");
  if (io->data.empty() && buffered_fill(thread, io, n) < 0) return Value::error();
  return buffered_take(thread, io, n < 0 ? io->data.size() : size_t(n));
}

Value buffered_peek(Thread& thread, Value self, const Value*, size_t) {
  IOObject* io = as_io(self);
  if (!buffered_can_read(thread, io, "peek of closed file")) return Value::error();
  if (io->data.empty() && buffered_fill(thread, io, 0) < 0) return Value::error();
  return bytes_value(thread, io->data);
}

Value buffered_readline(Thread& thread, Value self, const Value* args, size_t) {
  IOObject* io = as_io(self);
  if (!buffered_can_read(thread, io, "readline of closed file")) return Value::error();
  int64_t limit;
  if (!io_size_argument(thread, args[0], -1, &limit)) return Value::error();
  size_t searched = 0;
  for (;;) {
    size_t newline = io->data.find('\n', searched);
    if (newline != std::string::npos) {
      size_t n = newline + 1;
      if (limit >= 0 && int64_t(n) > limit) n = size_t(limit);
      return buffered_take(thread, io, n);
    }
    if (limit >= 0 && int64_t(io->data.size()) >= limit) return buffered_take(thread, io, size_t(limit));
    searched = io->data.size();
    int got = buffered_fill(thread, io, 0);
    if (got < 0) return Value::error();
    if (got == 0) return buffered_take(thread, io, io->data.size());
  }
}

Value buffered_readinto(Thread& thread, Value self, const Value* args, size_t) {
  IOObject* io = as_io(self);
  if (!is_bytearray(thread, args[0]))
    return thread.raise_format(thread.types().TypeError, "readinto() argument must be read-write bytes-like object, not %s",
                               type_name(thread, args[0]));
  auto* target = static_cast<ByteArrayObject*>(args[0].as_object());
  Value size = int_from_i64(thread, int64_t(target->data.size()));
  Value data = buffered_read(thread, self, &size, 1);
  if (data.is_error()) return data;
  (void)io;
  std::string_view view = static_cast<BytesObject*>(data.as_object())->view();
  target->data.replace(0, view.size(), view);
  return Value::small_int(int64_t(view.size()));
}

// Puts the raw stream's position back where the caller thinks it is (drops the read-ahead).
bool buffered_rewind(Thread& thread, IOObject* io) {
  if (io->data.empty()) return true;
  Value args[2] = {int_from_i64(thread, -int64_t(io->data.size())), Value::small_int(1)};
  io->data.clear();
  return !io_call_method(thread, io->inner, "seek", args, 2).is_error();
}

Value buffered_write(Thread& thread, Value self, const Value* args, size_t) {
  IOObject* io = as_io(self);
  if (io->kind == IOKind::BufferedReader) return io_unsupported(thread, "write");
  if (!buffered_check_open(thread, io, "write to closed file")) return Value::error();
  std::string_view view;
  if (!io_bytes_view(thread, args[0], &view)) return Value::error();
  std::string data(view);
  if (!buffered_rewind(thread, io)) return Value::error();
  size_t done = 0;
  while (done < data.size()) {
    Value chunk = bytes_value(thread, std::string_view(data).substr(done));
    Value written = io_call_method(thread, io->inner, "write", &chunk, 1);
    if (written.is_error()) return written;
    int64_t n;
    if (written.is_none() || !int_fits_i64(written, &n) || n <= 0) break;
    done += size_t(n);
  }
  return int_from_i64(thread, int64_t(data.size()));
}

Value buffered_flush(Thread& thread, Value self, const Value*, size_t) {
  IOObject* io = as_io(self);
  if (!buffered_check_open(thread, io,
                           io->kind == IOKind::BufferedReader ? "I/O operation on closed file." : "flush of closed file"))
    return Value::error();
  return Value::none();
}

Value buffered_seek(Thread& thread, Value self, const Value* args, size_t) {
  IOObject* io = as_io(self);
  if (!buffered_check_open(thread, io, "seek of closed file")) return Value::error();
  int64_t offset, whence = 0;
  if (!is_int(thread, args[0]))
    return thread.raise_format(thread.types().TypeError, "'%s' object cannot be interpreted as an integer",
                               type_name(thread, args[0]));
  if (!io_size_argument(thread, args[0], 0, &offset) || !io_size_argument(thread, args[1], 0, &whence))
    return Value::error();
  if (whence < 0 || whence > 2)
    return thread.raise_format(thread.types().ValueError, "whence value %lld unsupported", static_cast<long long>(whence));
  if (whence == 1) offset -= int64_t(io->data.size());
  io->data.clear();
  Value seek_args[2] = {int_from_i64(thread, offset), int_from_i64(thread, whence)};
  return io_call_method(thread, io->inner, "seek", seek_args, 2);
}

Value buffered_tell(Thread& thread, Value self, const Value*, size_t) {
  IOObject* io = as_io(self);
  if (!buffered_check_attached(thread, io)) return Value::error();
  Value raw = io_call_method(thread, io->inner, "tell");
  if (raw.is_error()) return raw;
  int64_t position;
  if (!int_fits_i64(raw, &position)) return raw;
  position -= int64_t(io->data.size());
  return int_from_i64(thread, position < 0 ? 0 : position);
}

Value buffered_truncate(Thread& thread, Value self, const Value* args, size_t) {
  IOObject* io = as_io(self);
  if (!buffered_check_open(thread, io, "truncate of closed file")) return Value::error();
  if (io->kind == IOKind::BufferedReader) return io_unsupported(thread, "truncate");
  if (!buffered_rewind(thread, io)) return Value::error();
  Value size = args[0].is_empty() ? Value::none() : args[0];
  return io_call_method(thread, io->inner, "truncate", &size, 1);
}

Value buffered_close(Thread& thread, Value self, const Value*, size_t) {
  IOObject* io = as_io(self);
  if (!buffered_check_attached(thread, io)) return Value::error();
  Value closed = get_attr(thread, io->inner, thread.interp().intern("closed"));
  if (closed.is_error()) return closed;
  int t = truthy(thread, closed);
  if (t < 0) return Value::error();
  if (t) return Value::none();
  io->data.clear();
  Value result = io_call_method(thread, io->inner, "close");
  return result.is_error() ? result : Value::none();
}

Value buffered_detach(Thread& thread, Value self, const Value*, size_t) {
  IOObject* io = as_io(self);
  if (!buffered_check_open(thread, io)) return Value::error();
  // As CPython's: BufferedRandom puts the raw stream back where its reader is; a
  // BufferedReader leaves it after what was read ahead.
  if (io->kind == IOKind::BufferedRandom && !buffered_rewind(thread, io)) return Value::error();
  io->data.clear();
  Value raw = io->inner;
  io->inner = Value::none();
  io->closed = true;
  return raw;
}

Value buffered_forward(Thread& thread, Value self, const char* name) {
  IOObject* io = as_io(self);
  return io_call_method(thread, io->inner, name);
}

Value buffered_fileno(Thread& thread, Value self, const Value*, size_t) { return buffered_forward(thread, self, "fileno"); }
Value buffered_isatty(Thread& thread, Value self, const Value*, size_t) { return buffered_forward(thread, self, "isatty"); }
Value buffered_seekable(Thread& thread, Value self, const Value*, size_t) {
  return buffered_forward(thread, self, "seekable");
}
Value buffered_readable(Thread& thread, Value self, const Value*, size_t) {
  if (as_io(self)->kind == IOKind::BufferedWriter) return Value::false_();
  return buffered_forward(thread, self, "readable");
}
Value buffered_writable(Thread& thread, Value self, const Value*, size_t) {
  if (as_io(self)->kind == IOKind::BufferedReader) return Value::false_();
  return buffered_forward(thread, self, "writable");
}

Value buffered_raw_get(Thread&, Value self) { return as_io(self)->inner; }
Value buffered_closed_get(Thread& thread, Value self) {
  if (!buffered_check_attached(thread, as_io(self))) return Value::error();
  return get_attr(thread, as_io(self)->inner, thread.interp().intern("closed"));
}
Value buffered_name_get(Thread& thread, Value self) {
  return get_attr(thread, as_io(self)->inner, thread.interp().intern("name"));
}
Value buffered_mode_get(Thread& thread, Value self) {
  return get_attr(thread, as_io(self)->inner, thread.interp().intern("mode"));
}

bool buffered_repr(Thread& thread, std::string& out, Value self) {
  IOObject* io = as_io(self);
  out += "<_io.";
  out += io->type->name;
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
  out += ">";
  return true;
}

ParsedSignature& buffered_signature() {
  static ParsedSignature signature = parse_signature("BufferedReader(raw, buffer_size=8192)");
  return signature;
}

Value buffered_make(Thread& thread, Type* type, Value raw, int64_t buffer_size) {
  IOTypes types = io_types(thread);
  IOKind kind = type == types.buffered_reader   ? IOKind::BufferedReader
                : type == types.buffered_writer ? IOKind::BufferedWriter
                                                : IOKind::BufferedRandom;
  auto check = [&](const char* method, const char* message) {
    Value answer = io_call_method(thread, raw, method);
    if (answer.is_error()) return false;
    int t = truthy(thread, answer);
    if (t < 0) return false;
    if (t == 0) io_unsupported(thread, message);
    return t == 1;
  };
  if (kind != IOKind::BufferedWriter && !check("readable", "File or stream is not readable.")) return Value::error();
  if (kind != IOKind::BufferedReader && !check("writable", "File or stream is not writable.")) return Value::error();
  if (buffer_size <= 0) return thread.raise(thread.types().ValueError, "buffer size must be strictly positive");
  IOObject* io = io_make(thread, type, kind);
  io->inner = raw;
  io->buffer_size = buffer_size;
  return to_value(io);
}

Value buffered_init(Thread& thread, Value self, const Value* args, size_t) {
  int64_t size;
  if (!io_size_argument(thread, args[1], 8192, &size)) return Value::error();
  Value fresh = buffered_make(thread, as_io(self)->type, args[0], size);
  if (fresh.is_error()) return fresh;
  io_adopt(as_io(self), as_io(fresh));
  return Value::none();
}

Value buffered_construct(Thread& thread, Type* type, const Value* args, size_t nargs, TupleObject* kwnames) {
  std::vector<Value> slots;
  if (!bind_native_arguments(thread, buffered_signature(), args, nargs, kwnames, &slots)) return Value::error();
  int64_t size;
  if (!io_size_argument(thread, slots[1], 8192, &size)) return Value::error();
  return buffered_make(thread, type, slots[0], size);
}

const TypeSlots kBufferedSlots = [] {
  TypeSlots slots;
  slots.repr = buffered_repr;
  slots.iter = io_iter;
  slots.next = io_next;
  slots.construct = buffered_construct;
  return slots;
}();

const NativeFunctionDef kBufferedMethods[] = {
    {"__init__(raw, buffer_size=8192)", buffered_init},
    {"read(size=-1, /)", buffered_read},
    {"read1(size=-1, /)", buffered_read1},
    {"peek(size=0, /)", buffered_peek},
    {"readline(size=-1, /)", buffered_readline},
    {"readlines(hint=-1, /)", io_readlines},
    {"readinto(buffer, /)", buffered_readinto},
    {"write(buffer, /)", buffered_write},
    {"writelines(lines, /)", io_writelines},
    {"flush()", buffered_flush},
    {"seek(target, whence=0, /)", buffered_seek},
    {"tell()", buffered_tell},
    {"truncate(pos=None, /)", buffered_truncate},
    {"close()", buffered_close},
    {"detach()", buffered_detach},
    {"fileno()", buffered_fileno},
    {"isatty()", buffered_isatty},
    {"readable()", buffered_readable},
    {"writable()", buffered_writable},
    {"seekable()", buffered_seekable},
    {"__enter__()", io_enter},
    {"__exit__(*args)", io_exit},
    {"__iter__()", io_iter_method},
    {"__next__()", io_next_method},
};

const GetSetDef kBufferedGetSets[] = {
    {"raw", buffered_raw_get},
    {"closed", buffered_closed_get},
    {"name", buffered_name_get},
    {"mode", buffered_mode_get},
};

// ---------------------------------------------------------------- open()

Value io_open(Thread& thread, Value, const Value* args, size_t) {
  Value file = args[0];
  Value mode_value = args[1], buffering_value = args[2], encoding = args[3], errors = args[4], newline = args[5];
  Value closefd = args[6], opener = args[7];
  const BuiltinTypes& types = thread.types();
  if (io_types(thread).file_io == nullptr && import_native_module(thread, "_io").is_error()) return Value::error();
  std::string_view mode = "r";
  if (!mode_value.is_empty()) {
    if (!io_is_str(thread, mode_value))
      return thread.raise_format(types.TypeError, "open() argument 'mode' must be str, not %s", type_name(thread, mode_value));
    mode = static_cast<StrObject*>(mode_value.as_object())->view();
  }
  auto check_optional_str = [&](Value value, const char* what) {
    if (value.is_empty() || value.is_none() || io_is_str(thread, value)) return true;
    thread.raise_format(types.TypeError, "open() argument '%s' must be str or None, not %s", what, type_name(thread, value));
    return false;
  };
  if (!check_optional_str(encoding, "encoding") || !check_optional_str(errors, "errors") ||
      !check_optional_str(newline, "newline"))
    return Value::error();
  int64_t buffering = -1;
  if (!buffering_value.is_empty()) {
    if (!is_int(thread, buffering_value))
      return thread.raise_format(types.TypeError, "'%s' object cannot be interpreted as an integer",
                                 type_name(thread, buffering_value));
    if (!int_fits_i64(buffering_value, &buffering))
      return thread.raise(types.OverflowError, "Python int too large to convert to C int");
  }
  bool reading = false, writing = false, appending = false, creating = false, updating = false, text = false,
       binary = false;
  std::string seen;
  for (char c : mode) {
    if (std::string_view("rwxabt+").find(c) == std::string_view::npos || seen.find(c) != std::string::npos)
      return thread.raise_format(types.ValueError, "invalid mode: '%.*s'", int(mode.size()), mode.data());
    seen.push_back(c);
    switch (c) {
      case 'r': reading = true; break;
      case 'w': writing = true; break;
      case 'a': appending = true; break;
      case 'x': creating = true; break;
      case '+': updating = true; break;
      case 't': text = true; break;
      case 'b': binary = true; break;
      default: break;
    }
  }
  if (text && binary) return thread.raise(types.ValueError, "can't have text and binary mode at once");
  if (int(reading) + int(writing) + int(appending) + int(creating) > 1)
    return thread.raise(types.ValueError, "must have exactly one of create/read/write/append mode");
  if (!(reading || writing || appending || creating)) return thread.raise(types.ValueError, kFileIOModeError);
  bool has_encoding = !encoding.is_empty() && !encoding.is_none();
  if (binary && has_encoding) return thread.raise(types.ValueError, "binary mode doesn't take an encoding argument");
  if (binary && !errors.is_empty() && !errors.is_none())
    return thread.raise(types.ValueError, "binary mode doesn't take an errors argument");
  if (binary && !newline.is_empty() && !newline.is_none())
    return thread.raise(types.ValueError, "binary mode doesn't take a newline argument");
  if (!binary && buffering == 0) return thread.raise(types.ValueError, "can't have unbuffered text I/O");
  std::string raw_mode;
  raw_mode.push_back(reading ? 'r' : writing ? 'w' : appending ? 'a' : 'x');
  if (updating) raw_mode.push_back('+');
  Value raw = fileio_open(thread, io_types(thread).file_io, file, str_value(thread, raw_mode), closefd, opener);
  if (raw.is_error()) return raw;
  auto fail = [&]() {
    Value pending = thread.take_pending();
    fileio_close(thread, raw, nullptr, 0);
    return thread.raise_value(pending);
  };
  bool line_buffering = buffering == 1 && !binary;
  if (buffering == 0) return raw;
  Type* buffered_type = updating ? io_types(thread).buffered_random
                        : reading ? io_types(thread).buffered_reader
                                  : io_types(thread).buffered_writer;
  Value buffered = buffered_make(thread, buffered_type, raw, buffering > 1 ? buffering : 8192);
  if (buffered.is_error()) return fail();
  if (binary) return buffered;
  Value wrapper = text_io_wrapper_new(thread, buffered, encoding, errors, newline, line_buffering, "open");
  if (wrapper.is_error()) return fail();
  as_io(wrapper)->mode = mode_value.is_empty() ? str_value(thread, "r") : mode_value;
  return wrapper;
}

const NativeFunctionDef kOpenFunction[] = {
    {"open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)", io_open},
};

// __new__(cls, /, *args, **kwargs) of the file classes: an object not yet initialised (its
// stream is closed / absent), of the Python subclass `cls` (wrapping it); __init__ fills it.
Value io_new(Thread& thread, Value, const Value* slots, size_t) {
  Value cls_value = slots[0];
  if (!cls_value.is_object() || !is_subtype(type_of(thread.interp(), cls_value), thread.types().type))
    return thread.raise_format(thread.types().TypeError, "__new__(X): X is not a type object (%s)",
                               type_name(thread, cls_value));
  auto* cls = static_cast<Type*>(cls_value.as_object());
  Type* base = cls->layout == Layout::BuiltinSubclass ? cls->builtin_base : cls;
  if (base == nullptr || base->layout != Layout::Builtin || base->trace != trace_io_object ||
      base->name == "StringIO" || base->name == "BytesIO")
    return thread.raise_format(thread.types().TypeError, "__new__(%s): %s is not an _io file type", cls->name.c_str(),
                               cls->name.c_str());
  IOTypes types = io_types(thread);
  IOKind kind = base == types.file_io           ? IOKind::FileIO
                : base == types.buffered_reader ? IOKind::BufferedReader
                : base == types.buffered_writer ? IOKind::BufferedWriter
                : base == types.buffered_random ? IOKind::BufferedRandom
                                                : IOKind::TextIOWrapper;
  IOObject* io = io_make(thread, base, kind);
  Value value = to_value(io);
  io->closed = kind == IOKind::FileIO;
  if (kind == IOKind::TextIOWrapper) {
    io->encoding = str_value(thread, "UTF-8");
    io->errors = str_value(thread, "strict");
    io->newline = Value::none();
  }
  if (cls == base) return value;
  return wrap_builtin_value(thread, cls, value);
}

const NativeFunctionDef kIONew[] = {{"__new__(cls, /, *args, **kwargs)", io_new}};

Type* make_io_type(Thread& thread, const char* name, const TypeSlots* slots) {
  Type* type = make_native_type(thread, name, "_io", thread.types().object, trace_io_object, Layout::Builtin, false);
  type->basic_size = sizeof(IOObject);
  type->destroy = destroy_io_object;
  type->slots = slots;
  if (std::string_view(name) != "StringIO" && std::string_view(name) != "BytesIO") {
    type->allow_subclassing = true;
    define_native_functions(thread, type->dict, kIONew, nullptr);
  }
  return type;
}

}  // namespace


bool init_io_module(Thread& thread, DictObject* module_dict) {
  Interpreter& interp = thread.interp();
  GcRuntime& gc = *interp.gc_runtime;
  if (gc.io_state == nullptr) {
    // The types live in a private dict of the interpreter (every _io module object shares them).
    DictObject* state = dict_new(thread);
    gc.io_state = state;
    auto keep = [&](const char* name, Type* type) {
      dict_set(thread, state, interp.intern(name), to_value(type));
      return type;
    };
    // UnsupportedOperation(OSError, ValueError), made as a class statement would make it.
    Value bases[2] = {to_value(thread.types().OSError), to_value(thread.types().ValueError)};
    DictObject* namespace_dict = dict_new(thread);
    if (!dict_set(thread, namespace_dict, interp.intern("__module__"), str_value(thread, "io"))) return false;
    Value type_args[3] = {str_value(thread, "UnsupportedOperation"), to_value(tuple_from(thread, bases, 2)),
                          to_value(namespace_dict)};
    Value unsupported = call(thread, to_value(thread.types().type), type_args, 3);
    if (unsupported.is_error()) {
      gc.io_state = nullptr;
      return false;
    }
    keep("UnsupportedOperation", static_cast<Type*>(unsupported.as_object()));

    Type* file_io = keep("FileIO", make_io_type(thread, "FileIO", &kFileIOSlots));
    define_native_functions(thread, file_io->dict, kFileIOMethods, file_io);
    define_getsets(interp, file_io, kFileIOGetSets);
    for (const char* name : {"BufferedReader", "BufferedWriter", "BufferedRandom"}) {
      Type* type = keep(name, make_io_type(thread, name, &kBufferedSlots));
      define_native_functions(thread, type->dict, kBufferedMethods, type);
      define_getsets(interp, type, kBufferedGetSets);
    }
    install_text_io_wrapper(thread, keep("TextIOWrapper", make_io_type(thread, "TextIOWrapper", nullptr)));
    install_string_io(thread, keep("StringIO", make_io_type(thread, "StringIO", nullptr)));
    install_bytes_io(thread, keep("BytesIO", make_io_type(thread, "BytesIO", nullptr)));
  }
  IOTypes types = io_types(thread);
  auto set = [&](const char* name, Value value) { return dict_set(thread, module_dict, interp.intern(name), value); };
  Value open = dict_get_str(interp.builtins(), interp.intern("open"));
  if (open.is_empty()) {
    define_native_functions(thread, module_dict, kOpenFunction, nullptr, "_io");
  } else if (!set("open", open)) {
    return false;
  }
  return set("DEFAULT_BUFFER_SIZE", Value::small_int(8192)) &&
         set("UnsupportedOperation", to_value(types.unsupported_operation)) && set("FileIO", to_value(types.file_io)) &&
         set("BufferedReader", to_value(types.buffered_reader)) &&
         set("BufferedWriter", to_value(types.buffered_writer)) &&
         set("BufferedRandom", to_value(types.buffered_random)) &&
         set("TextIOWrapper", to_value(types.text_io_wrapper)) && set("StringIO", to_value(types.string_io)) &&
         set("BytesIO", to_value(types.bytes_io)) && set("BlockingIOError", to_value(thread.types().BlockingIOError)) &&
         install_io_base_classes(thread, module_dict);
}

void install_io_builtins(Thread& thread, DictObject* builtins) {
  define_native_functions(thread, builtins, kOpenFunction, nullptr);
}

}  // namespace pyxis
