// Interpreter (one isolated Python world: heap, GIL, types, builtins, modules, interned
// strings) and Thread (frames, registers, pending exception). No mutable state lives outside
// an Interpreter; every function that can raise takes the Thread first (docs/runtime.md 5).
#pragma once

#include <atomic>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "gc/heap.h"
#include "objects/exception_object.h"
#include "objects/type_object.h"

namespace pyxis {

struct CodeObject;
struct DictObject;
struct ExceptionObject;
class GcRuntime;
struct FunctionObject;
struct GeneratorObject;
struct ModuleObject;
struct StrObject;
struct ParsedSignature;

// Every builtin type the interpreter creates at start-up (one per line: add new ones at the end).
#define PYXIS_BUILTIN_TYPES(X) \
  X(object) \
  X(type) \
  X(int_) \
  X(bool_) \
  X(float_) \
  X(str) \
  X(tuple) \
  X(list) \
  X(dict) \
  X(none_type) \
  X(ellipsis_type) \
  X(not_implemented_type) \
  X(function) \
  X(builtin_function) \
  X(method) \
  X(code) \
  X(module) \
  X(range) \
  X(range_iterator) \
  X(list_iterator) \
  X(tuple_iterator) \
  X(str_iterator) \
  X(dict_keyiterator) \
  X(big_int_storage) \
  X(slice) \
  X(cell) \
  X(super) \
  X(enumerate) \
  X(zip) \
  X(map) \
  X(filter) \
  X(reversed) \
  X(generator) \
  X(set) \
  X(frozenset) \
  X(text_stream) \
  X(dict_keys) \
  X(dict_values) \
  X(dict_items) \
  X(dict_valueiterator) \
  X(dict_itemiterator) \
  X(property) \
  X(classmethod) \
  X(staticmethod) \
  X(member_descriptor) \
  X(getset_descriptor) \
  X(seq_iterator) \
  X(coroutine) \
  X(coroutine_wrapper) \
  X(async_generator) \
  X(async_generator_asend) \
  X(async_generator_athrow) \
  X(anext_awaitable) \
  X(bytes) X(bytearray) X(bytes_iterator) X(bytearray_iterator) X(complex) X(longrange_iterator) X(memoryview) \
  /* end */

struct BuiltinTypes {
#define PYXIS_DECLARE_TYPE(name) Type* name = nullptr;
  PYXIS_BUILTIN_TYPES(PYXIS_DECLARE_TYPE)
#undef PYXIS_DECLARE_TYPE
#define PYXIS_DECLARE_EXCEPTION(name, base) Type* name = nullptr;
  PYXIS_EXCEPTION_TYPES(PYXIS_DECLARE_EXCEPTION)
#undef PYXIS_DECLARE_EXCEPTION
  Type* traceback = nullptr;  // made with the exception types (objects/exception_object.cpp)
  Type* frame = nullptr;
};

// One activation of a code object: its registers live on the thread's value stack.
struct Frame {
  CodeObject* code;
  FunctionObject* function;  // null for module code run directly
  DictObject* globals;
  DictObject* locals_dict;   // module and class bodies, else null
  Value* registers;
  uint32_t pc = 0;           // index of the next instruction word
  uint32_t return_register = 0;  // where the caller wants the result
  bool returns_to_native = false;  // the loop that runs this frame returns when it pops it
  GeneratorObject* generator = nullptr;  // the generator this frame runs, if any
  DictObject* locals_cache = nullptr;    // functions: the dict locals() returns (refreshed per call)
  Value locals_mapping = Value();        // exec/eval code whose locals are not a dict (locals_dict null)
};

// The thread's frame stack: chunks of frames that never move once pushed (code holds Frame*
// across calls), reused after pops, so a call costs no allocation. Cheaper than std::deque,
// whose push/pop bookkeeping showed in call-heavy profiles.
class FrameStack {
 public:
  static constexpr size_t kChunk = 256;

  bool empty() const { return size_ == 0; }
  size_t size() const { return size_; }
  Frame& back() { return at(size_ - 1); }
  const Frame& back() const { return chunks_[(size_ - 1) / kChunk][(size_ - 1) % kChunk]; }
  Frame& operator[](size_t i) { return at(i); }
  void push_back(const Frame& frame) {
    if (size_ == chunks_.size() * kChunk) chunks_.push_back(std::make_unique<Frame[]>(kChunk));
    at(size_) = frame;
    ++size_;
  }
  void pop_back() { --size_; }

  class iterator {
   public:
    iterator(FrameStack* stack, size_t index) : stack_(stack), index_(index) {}
    Frame& operator*() const { return stack_->at(index_); }
    Frame* operator->() const { return &stack_->at(index_); }
    iterator& operator++() {
      ++index_;
      return *this;
    }
    bool operator==(const iterator& other) const { return index_ == other.index_; }
    bool operator!=(const iterator& other) const { return index_ != other.index_; }

   private:
    FrameStack* stack_;
    size_t index_;
  };
  iterator begin() { return iterator(this, 0); }
  iterator end() { return iterator(this, size_); }

 private:
  Frame& at(size_t i) { return chunks_[i / kChunk][i % kChunk]; }
  std::vector<std::unique_ptr<Frame[]>> chunks_;
  size_t size_ = 0;
};

class Interpreter;

class Thread {
 public:
  static constexpr size_t kValueStackSize = 1 << 20;

  explicit Thread(Interpreter& interp);
  ~Thread();
  Thread(const Thread&) = delete;
  Thread& operator=(const Thread&) = delete;

  Interpreter& interp() { return interp_; }
  gc::Heap& heap();
  const BuiltinTypes& types() const;

  // --- exceptions: raising sets the pending exception and returns the error marker.
  Value raise(Type* type, std::string_view message);
  Value raise_format(Type* type, const char* format, ...) __attribute__((format(printf, 3, 4)));
  Value raise_value(Value exception);  // an instance: its __context__ becomes handled_exception
  // Makes `exception` pending again as it is (a re-raise: no context, no new traceback entry).
  Value restore_pending(Value exception) {
    pending_ = exception;
    return Value::error();
  }
  bool has_pending() const { return !pending_.is_empty(); }
  Value pending() const { return pending_; }
  Value take_pending() {
    Value e = pending_;
    pending_ = Value();
    return e;
  }
  bool pending_is(Type* type) const;
  Value handled_exception = Value();  // what a bare `raise` re-raises (sys.exception())

  // --- frames (Python-to-Python calls push here instead of recursing in C++)
  FrameStack frames;  // pushing never moves the frames below
  Value* value_stack() { return value_stack_.get(); }
  Value* value_stack_top = nullptr;  // first free register
  int recursion_depth = 0;
  bool generator_yielded = false;  // set when a generator frame returned by yielding
  std::vector<Object*> repr_in_progress;
  // Values native code holds only in C++ containers during a call (traced as roots).
  std::vector<Value> native_roots;  // containers being repr()'d: a cycle prints as [...]

  // The base of this thread's native stack region that runs Python (conservatively scanned).
  const void* native_stack_base = nullptr;
  // Native code re-entering Python stops with RecursionError below this address (the low end
  // of the OS thread's stack plus a safety margin), whatever the recursion limit says.
  const void* native_stack_limit = nullptr;
  // The bytecode loop's latest call of a native callable: its frame address and the callable.
  // gc.collect() called that way holds no values in the native frames below that loop frame,
  // so its collection scans the native stack from there (fewer stale words; gc_runtime.cpp).
  const void* native_call_frame = nullptr;
  Value native_call_callable;

  void trace_roots(gc::Tracer& tracer);

 private:
  Interpreter& interp_;
  Value pending_;
  std::unique_ptr<Value[]> value_stack_;
};

class Interpreter {
 public:
  Interpreter();
  ~Interpreter();
  Interpreter(const Interpreter&) = delete;
  Interpreter& operator=(const Interpreter&) = delete;

  gc::Heap& heap() { return heap_; }
  const BuiltinTypes& types() const { return types_; }
  Thread& main_thread() { return *main_thread_; }
  std::mutex& gil() { return gil_; }

  // The unique str with this text (identifiers, attribute names, keys of namespaces).
  Value intern(std::string_view text);
  DictObject* builtins() const { return builtins_; }
  DictObject* modules() const { return modules_; }
  // The sys module's namespace (sys.path, sys.argv ...), made with the interpreter.
  DictObject* sys_dict = nullptr;
  // The types and helpers of PEP 695 objects (objects/typevar_object.cpp), by name.
  DictObject* typing_internals = nullptr;
  int recursion_limit = 1000;
  int64_t int_max_str_digits = 4300;  // sys.set_int_max_str_digits (0: unlimited)
  // Weak references, finalizers and the gc module's state (vm/gc_runtime.h).
  std::unique_ptr<GcRuntime> gc_runtime;
  // Bumped whenever a dunder attribute of any class changes (Type::hooks caches).
  uint64_t class_epoch = 1;
  // The attribute cache (vm/attributes.cpp): (type, name) -> what the MRO lookup found, valid
  // while the type's version and the epoch (bumped by every change to any class) are unchanged.
  struct AttributeCacheEntry {
    const Type* type = nullptr;
    uint32_t version = 0;
    uint64_t epoch = 0;
    Value name;
    Value found;
  };
  uint64_t attribute_epoch = 1;
  // Types whose `subclasses` list is not empty (weak; pruned by the collector).
  std::vector<Type*> subclassed_types;
  // Set asynchronously (a SIGINT handler the embedder or the CLI installs); the evaluation loop
  // checks it at backward jumps and raises KeyboardInterrupt in the running thread.
  std::atomic<bool> interrupt_requested{false};
  uint32_t next_type_version = 1;
  std::vector<AttributeCacheEntry> attribute_cache = std::vector<AttributeCacheEntry>(4096);

  // Source text of every file compiled here, for tracebacks.
  std::unordered_map<std::string, std::string> sources;
  // Argument specs of builtin functions, parsed once per interpreter.
  std::vector<std::unique_ptr<ParsedSignature>> signatures;

  void trace_roots(gc::Tracer& tracer, const void* stack_top);

 private:
  friend class Thread;
  void create_types();

  gc::Heap heap_;
  std::mutex gil_;
  BuiltinTypes types_;
  std::unordered_map<std::string_view, StrObject*> interned_;
  DictObject* builtins_ = nullptr;
  DictObject* modules_ = nullptr;
  std::unique_ptr<Thread> main_thread_;
};

// Values pushed on thread.native_roots inside a scope are dropped when it ends.
class NativeRootsScope {
 public:
  explicit NativeRootsScope(Thread& thread) : thread_(thread), mark_(thread.native_roots.size()) {}
  ~NativeRootsScope() { thread_.native_roots.resize(mark_); }
  NativeRootsScope(const NativeRootsScope&) = delete;
  NativeRootsScope& operator=(const NativeRootsScope&) = delete;

 private:
  Thread& thread_;
  size_t mark_;
};

// Holds the interpreter's GIL for a scope and records where this OS thread's Python stack begins.
class GilScope {
 public:
  explicit GilScope(Thread& thread);
  ~GilScope();

 private:
  Thread& thread_;
  const void* saved_base_;
};

}  // namespace pyxis
