// The objects of the _io module (FileIO, Buffered*, TextIOWrapper, StringIO, BytesIO share one
// struct, told apart by `kind`) and the helpers its files share (io_module.cpp, io_text.cpp, io_memory.cpp).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "objects/native_method.h"
#include "objects/object.h"
#include "objects/type_object.h"

namespace pyxis {

class Thread;
struct DictObject;

enum class IOKind : uint8_t { FileIO, BufferedReader, BufferedWriter, BufferedRandom, TextIOWrapper, BytesIO, StringIO };

struct IOObject : Object {
  IOKind kind = IOKind::FileIO;
  int fd = -1;                 // FileIO
  bool closefd = true;
  bool readable = false, writable = false, appending = false, created = false;
  bool closed = false;         // FileIO, BytesIO, StringIO (the others ask their inner stream)
  bool eof = false;            // TextIOWrapper: the buffer returned b''
  bool line_buffering = false;
  bool has_read = false;       // TextIOWrapper: read from (reconfigure then keeps the decoding)
  bool no_tell = false;        // TextIOWrapper: iterating with next() (tell() refuses)
  bool pending_cr = false;     // TextIOWrapper: the last chunk read ended in '\r'
  uint8_t seen_newlines = 0;   // TextIOWrapper: 1 '\n', 2 '\r', 4 '\r\n' seen in what was read
  Value name, mode;            // FileIO name/mode; TextIOWrapper's mode (set by open)
  Value inner;                 // Buffered*: raw; TextIOWrapper: buffer
  Value encoding, errors, newline;  // TextIOWrapper, StringIO (newline: None or str)
  int64_t buffer_size = 8192;
  std::string data;            // Buffered/Text: bytes read ahead; BytesIO bytes; StringIO text as UTF-8
  size_t pos = 0;              // BytesIO / StringIO: byte offset into data
  int64_t overshoot = 0;       // StringIO: characters the position lies past the end
};

struct IOTypes {
  Type* file_io = nullptr;
  Type* buffered_reader = nullptr;
  Type* buffered_writer = nullptr;
  Type* buffered_random = nullptr;
  Type* text_io_wrapper = nullptr;
  Type* bytes_io = nullptr;
  Type* string_io = nullptr;
  Type* unsupported_operation = nullptr;
};

// The interpreter's _io types (all null before the module is first imported).
IOTypes io_types(Thread& thread);
void trace_io_object(Object* object, gc::Tracer& tracer);
void destroy_io_object(Object* object);
IOObject* io_make(Thread& thread, Type* type, IOKind kind);
// __init__ on an existing object: takes over the state of a freshly made one.
void io_adopt(IOObject* target, IOObject* fresh);
inline IOObject* as_io(Value value) { return static_cast<IOObject*>(value.as_object()); }

// Shared helpers.
Value io_call_method(Thread& thread, Value object, const char* name, const Value* args = nullptr, size_t nargs = 0);
Value io_unsupported(Thread& thread, const char* message);
Value io_closed_error(Thread& thread, bool with_dot);
bool io_is_str(Thread& thread, Value value);
// The bytes of a bytes-like object; TypeError ("a bytes-like object is required") otherwise.
bool io_bytes_view(Thread& thread, Value value, std::string_view* out);
// An int argument, or `fallback` when absent or None (allow_none).
bool io_size_argument(Thread& thread, Value value, int64_t fallback, int64_t* out);
// readlines(hint) / writelines(lines) / __iter__ / __next__ / __enter__ / __exit__ through
// the object's own readline/write/close methods.
Value io_readlines(Thread& thread, Value self, const Value* args, size_t nargs);
Value io_writelines(Thread& thread, Value self, const Value* args, size_t nargs);
Value io_enter(Thread& thread, Value self, const Value* args, size_t nargs);
Value io_exit(Thread& thread, Value self, const Value* args, size_t nargs);
Value io_iter(Thread& thread, Value self);
Value io_next(Thread& thread, Value self);
// __iter__ / __next__ as methods (through the type's iter/next slots; StopIteration at the end).
Value io_iter_method(Thread& thread, Value self, const Value* args, size_t nargs);
Value io_next_method(Thread& thread, Value self, const Value* args, size_t nargs);

// Each file installs its types' methods.
void install_text_io_wrapper(Thread& thread, Type* type);
void install_string_io(Thread& thread, Type* type);
void install_bytes_io(Thread& thread, Type* type);
// _IOBase, _RawIOBase, _BufferedIOBase, _TextIOBase, text_encoding, open_code (io_base.cpp).
bool install_io_base_classes(Thread& thread, DictObject* module_dict);
Value text_io_wrapper_new(Thread& thread, Value buffer, Value encoding, Value errors, Value newline, bool line_buffering,
                          const char* who);

}  // namespace pyxis
