// Interpreter and Thread: creating the builtin types, interning, raising exceptions, the
// GIL, and the collector's roots (one place per owner: trace_roots here and in Thread).
#include "vm/interpreter.h"

#include <cstdarg>
#include <cstdio>
#include <pthread.h>

#include "objects/bytes_object.h"
#include "objects/coroutine_object.h"
#include "objects/descriptor_object.h"
#include "objects/dict_object.h"
#include "objects/function_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/memoryview_object.h"
#include "objects/module_object.h"
#include "objects/range_object.h"
#include "objects/set_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/arg_parser.h"
#include "vm/builtins.h"
#include "vm/gc_runtime.h"
#include "vm/operations.h"

namespace pyxis {

// ---------------------------------------------------------------- Thread

Thread::Thread(Interpreter& interp) : interp_(interp), value_stack_(new Value[kValueStackSize]) {
  value_stack_top = value_stack_.get();
}

Thread::~Thread() = default;

gc::Heap& Thread::heap() { return interp_.heap_; }
const BuiltinTypes& Thread::types() const { return interp_.types_; }

Value Thread::raise(Type* type, std::string_view message) {
  Value text = message.empty() && type == types().StopIteration ? Value() : str_value(*this, message);
  Value exception = make_exception(*this, type, text);
  if (exception.is_error()) return exception;
  return raise_value(exception);
}

Value Thread::raise_format(Type* type, const char* format, ...) {
  char buffer[1024];
  va_list args;
  va_start(args, format);
  std::vsnprintf(buffer, sizeof buffer, format, args);
  va_end(args);
  return raise(type, buffer);
}

Value Thread::raise_value(Value exception) {
  // The exception being handled becomes the new one's __context__ (implicit chaining).
  if (exception.is_object() && is_subtype(exception.as_object()->type, types().BaseException))
    set_exception_context(*this, exception, handled_exception);
  pending_ = exception;
  return Value::error();
}

bool Thread::pending_is(Type* type) const {
  return pending_.is_object() && is_subtype(pending_.as_object()->type, type);
}

void Thread::trace_roots(gc::Tracer& tracer) {
  tracer.visit(pending_);
  tracer.visit(handled_exception);
  for (Frame& frame : frames) {
    tracer.visit(frame.code);
    tracer.visit(frame.function);
    tracer.visit(frame.globals);
    tracer.visit(frame.locals_dict);
    tracer.visit(frame.generator);
    tracer.visit(frame.locals_cache);
    tracer.visit(frame.locals_mapping);
  }
  for (Value* at = value_stack_.get(); at < value_stack_top; ++at) tracer.visit(*at);
  for (Value root : native_roots) tracer.visit(root);
  for (Object* object : repr_in_progress) tracer.visit(object);
}

// ---------------------------------------------------------------- Interpreter

namespace {

void trace_big_int_storage(Object*, gc::Tracer&) {}

}  // namespace

Interpreter::Interpreter() {
  main_thread_ = std::make_unique<Thread>(*this);
  heap_.set_root_enumerator([this](gc::Tracer& tracer, const void* stack_top) { trace_roots(tracer, stack_top); });
  Thread& thread = *main_thread_;
  // Bootstrapping runs before any Python code; nothing can be collected meanwhile.
  heap_.set_enabled(false);
  create_types();
  builtins_ = dict_new(thread);
  modules_ = dict_new(thread);
  install_builtins(*this);
  install_exception_types(*this);
  install_sys_module(*this);
  gc_runtime = std::make_unique<GcRuntime>(*this);
  heap_.set_hooks(gc_runtime.get());
  heap_.set_enabled(true);
}

Interpreter::~Interpreter() { heap_.set_hooks(nullptr); }

void Interpreter::trace_roots(gc::Tracer& tracer, const void* stack_top) {
#define PYXIS_TRACE_TYPE(name) tracer.visit(types_.name);
  PYXIS_BUILTIN_TYPES(PYXIS_TRACE_TYPE)
#undef PYXIS_TRACE_TYPE
#define PYXIS_TRACE_EXCEPTION(name, base) tracer.visit(types_.name);
  PYXIS_EXCEPTION_TYPES(PYXIS_TRACE_EXCEPTION)
#undef PYXIS_TRACE_EXCEPTION
  tracer.visit(types_.traceback);
  tracer.visit(types_.frame);
  for (auto& [text, str] : interned_) tracer.visit(str);
  for (AttributeCacheEntry& entry : attribute_cache) {
    // Entries are weak: a collection may free what they point to, so they all go, and the
    // inline caches of the bytecode (which compare type pointers) are invalidated too.
    entry = AttributeCacheEntry();
  }
  ++attribute_epoch;
  tracer.visit(builtins_);
  tracer.visit(modules_);
  tracer.visit(sys_dict);
  tracer.visit(typing_internals);
  if (gc_runtime) gc_runtime->trace(tracer);
  main_thread_->trace_roots(tracer);
  // The collector runs on the thread holding the GIL: its native stack, from the collector's
  // frame up to where it entered the interpreter.
  if (main_thread_->native_stack_base != nullptr && stack_top < main_thread_->native_stack_base)
    tracer.scan_conservatively(stack_top, main_thread_->native_stack_base);
}

Value Interpreter::intern(std::string_view text) {
  auto it = interned_.find(text);
  if (it != interned_.end()) return to_value(it->second);
  StrObject* str = str_new(*main_thread_, text);
  str->interned = true;
  interned_.emplace(str->view(), str);
  return to_value(str);
}

void Interpreter::create_types() {
  Thread& thread = *main_thread_;
  auto make_type = [&](const char* name, Type* base, TraceFn trace, DestroyFn destroy, Layout layout) {
    Type* type = heap_.make<Type>(types_.type);
    type->name = name;
    type->base = base;
    if (base != nullptr) type->bases.push_back(base);
    type->trace = trace;
    type->destroy = destroy;
    type->layout = layout;
    return type;
  };
  types_.type = make_type("type", nullptr, trace_type, destroy_type, Layout::Type);
  types_.type->type = types_.type;
  types_.object = make_type("object", nullptr, trace_instance, nullptr, Layout::Object);
  types_.type->base = types_.object;
  types_.type->bases = {types_.object};
  types_.dict = make_type("dict", types_.object, trace_dict, destroy_dict, Layout::Builtin);
  types_.str = make_type("str", types_.object, nullptr, nullptr, Layout::Builtin);
  types_.int_ = make_type("int", types_.object, nullptr, destroy_big_int, Layout::Builtin);
  types_.bool_ = make_type("bool", types_.int_, nullptr, nullptr, Layout::Builtin);
  types_.bool_->allow_subclassing = false;
  types_.float_ = make_type("float", types_.object, nullptr, nullptr, Layout::Builtin);
  types_.tuple = make_type("tuple", types_.object, trace_tuple, nullptr, Layout::Builtin);
  types_.list = make_type("list", types_.object, trace_list, destroy_list, Layout::Builtin);
  types_.none_type = make_type("NoneType", types_.object, nullptr, nullptr, Layout::Builtin);
  types_.ellipsis_type = make_type("ellipsis", types_.object, nullptr, nullptr, Layout::Builtin);
  types_.not_implemented_type = make_type("NotImplementedType", types_.object, nullptr, nullptr, Layout::Builtin);
  types_.function = make_type("function", types_.object, trace_function, nullptr, Layout::Builtin);
  types_.builtin_function =
      make_type("builtin_function_or_method", types_.object, trace_builtin_function, nullptr, Layout::Builtin);
  types_.method = make_type("method", types_.object, trace_bound_method, nullptr, Layout::Builtin);
  types_.code = make_type("code", types_.object, trace_code, destroy_code, Layout::Builtin);
  types_.module = make_type("module", types_.object, trace_module, nullptr, Layout::Builtin);
  types_.range = make_type("range", types_.object, trace_range, nullptr, Layout::Builtin);
  types_.range_iterator = make_type("range_iterator", types_.object, nullptr, nullptr, Layout::Builtin);
  types_.list_iterator = make_type("list_iterator", types_.object, trace_sequence_iterator, nullptr, Layout::Builtin);
  types_.tuple_iterator = make_type("tuple_iterator", types_.object, trace_sequence_iterator, nullptr, Layout::Builtin);
  types_.str_iterator = make_type("str_ascii_iterator", types_.object, trace_sequence_iterator, nullptr, Layout::Builtin);
  types_.dict_keyiterator =
      make_type("dict_keyiterator", types_.object, trace_sequence_iterator, nullptr, Layout::Builtin);
  for (Type** adapter : {&types_.enumerate, &types_.zip, &types_.map, &types_.filter, &types_.reversed})
    *adapter = make_type("", types_.object, trace_adapter_iterator, nullptr, Layout::Builtin);
  types_.enumerate->name = "enumerate";
  types_.zip->name = "zip";
  types_.map->name = "map";
  types_.filter->name = "filter";
  types_.reversed->name = "reversed";
  types_.dict_keys = make_type("dict_keys", types_.object, trace_dict_view, nullptr, Layout::Builtin);
  types_.dict_values = make_type("dict_values", types_.object, trace_dict_view, nullptr, Layout::Builtin);
  types_.dict_items = make_type("dict_items", types_.object, trace_dict_view, nullptr, Layout::Builtin);
  types_.dict_valueiterator =
      make_type("dict_valueiterator", types_.object, trace_sequence_iterator, nullptr, Layout::Builtin);
  types_.dict_itemiterator =
      make_type("dict_itemiterator", types_.object, trace_sequence_iterator, nullptr, Layout::Builtin);
  types_.text_stream = make_type("TextIOWrapper", types_.object, nullptr, nullptr, Layout::Builtin);
  types_.text_stream->module_name = "_io";
  types_.set = make_type("set", types_.object, trace_set, nullptr, Layout::Builtin);
  types_.frozenset = make_type("frozenset", types_.object, trace_set, nullptr, Layout::Builtin);
  types_.generator = make_type("generator", types_.object, trace_generator, destroy_generator, Layout::Builtin);
  types_.coroutine = make_type("coroutine", types_.object, trace_generator, destroy_generator, Layout::Builtin);
  types_.async_generator = make_type("async_generator", types_.object, trace_generator, destroy_generator, Layout::Builtin);
  for (Type** awaitable : {&types_.coroutine_wrapper, &types_.async_generator_asend, &types_.async_generator_athrow,
                           &types_.anext_awaitable})
    *awaitable = make_type("", types_.object, trace_awaitable, nullptr, Layout::Builtin);
  types_.coroutine_wrapper->name = "coroutine_wrapper";
  types_.async_generator_asend->name = "async_generator_asend";
  types_.async_generator_athrow->name = "async_generator_athrow";
  types_.anext_awaitable->name = "anext_awaitable";
  types_.super = make_type("super", types_.object, trace_super, nullptr, Layout::Builtin);
  types_.cell = make_type("cell", types_.object, trace_cell, nullptr, Layout::Builtin);
  types_.slice = make_type("slice", types_.object, trace_slice, nullptr, Layout::Builtin);
  types_.property = make_type("property", types_.object, trace_property, nullptr, Layout::Builtin);
  types_.classmethod = make_type("classmethod", types_.object, trace_method_wrapper, nullptr, Layout::Builtin);
  types_.staticmethod = make_type("staticmethod", types_.object, trace_method_wrapper, nullptr, Layout::Builtin);
  types_.member_descriptor = make_type("member_descriptor", types_.object, trace_member_descriptor, nullptr, Layout::Builtin);
  types_.getset_descriptor = make_type("getset_descriptor", types_.object, trace_getset_descriptor, nullptr, Layout::Builtin);
  for (Type* sealed : {types_.member_descriptor, types_.getset_descriptor})
    sealed->allow_subclassing = false;
  types_.seq_iterator = make_type("iterator", types_.object, trace_sequence_iterator, nullptr, Layout::Builtin);
  types_.seq_iterator->allow_subclassing = false;
  types_.big_int_storage = make_type("big_int_storage", types_.object, trace_big_int_storage, nullptr, Layout::Builtin);
  // bytes, bytearray, complex: their slots and methods are installed by their own files.
  types_.bytes = make_type("bytes", types_.object, nullptr, nullptr, Layout::Builtin);
  types_.bytearray = make_type("bytearray", types_.object, nullptr, destroy_bytearray, Layout::Builtin);
  types_.bytes_iterator = make_type("bytes_iterator", types_.object, trace_sequence_iterator, nullptr, Layout::Builtin);
  types_.bytearray_iterator = make_type("bytearray_iterator", types_.object, trace_sequence_iterator, nullptr, Layout::Builtin);
  types_.complex = make_type("complex", types_.object, nullptr, nullptr, Layout::Builtin);
  types_.memoryview = make_type("memoryview", types_.object, trace_memoryview, nullptr, Layout::Builtin);
  types_.longrange_iterator = make_type("longrange_iterator", types_.object, trace_long_range_iterator, nullptr, Layout::Builtin);
  for (Type* sealed : {types_.bytes_iterator, types_.bytearray_iterator, types_.memoryview, types_.longrange_iterator})
    sealed->allow_subclassing = false;
  for (Type* sealed : {types_.generator, types_.coroutine, types_.async_generator, types_.coroutine_wrapper,
                       types_.async_generator_asend, types_.async_generator_athrow, types_.anext_awaitable, types_.cell, types_.slice, types_.none_type, types_.ellipsis_type, types_.not_implemented_type, types_.function,
                       types_.builtin_function, types_.method, types_.code, types_.range, types_.range_iterator,
                       types_.list_iterator, types_.tuple_iterator, types_.str_iterator, types_.dict_keyiterator})
    sealed->allow_subclassing = false;
  create_exception_types(thread, types_);
  // Instance layouts: where the attribute dict lives, and how big an instance is.
  types_.object->basic_size = sizeof(InstanceObject);
#define PYXIS_EXCEPTION_LAYOUT(name, base)                        \
  types_.name->basic_size = sizeof(ExceptionObject);              \
  types_.name->dict_offset = PYXIS_FIELD_OFFSET(InstanceObject, dict);
  PYXIS_EXCEPTION_TYPES(PYXIS_EXCEPTION_LAYOUT)
#undef PYXIS_EXCEPTION_LAYOUT
  types_.module->dict_offset = PYXIS_FIELD_OFFSET(ModuleObject, dict);
  types_.function->dict_offset = PYXIS_FIELD_OFFSET(FunctionObject, dict);
  // MROs and namespaces, now that dict and str exist.
  auto finish = [&](Type* type) {
    type->dict = dict_new(thread);
    compute_mro(thread, type);
  };
#define PYXIS_FINISH_TYPE(name) finish(types_.name);
  PYXIS_BUILTIN_TYPES(PYXIS_FINISH_TYPE)
#undef PYXIS_FINISH_TYPE
#define PYXIS_FINISH_EXCEPTION(name, base) finish(types_.name);
  PYXIS_EXCEPTION_TYPES(PYXIS_FINISH_EXCEPTION)
#undef PYXIS_FINISH_EXCEPTION
  finish(types_.traceback);
  finish(types_.frame);
}

// ---------------------------------------------------------------- GIL

namespace {

// The bounds of the calling OS thread's stack: scanning up to the high end covers every frame
// of the thread, including the embedder's frames that hold values.
bool native_stack_bounds(const void** low_end, const void** high_end) {
  pthread_attr_t attributes;
  void* low = nullptr;
  size_t size = 0;
  if (pthread_getattr_np(pthread_self(), &attributes) != 0) return false;
  pthread_attr_getstack(&attributes, &low, &size);
  pthread_attr_destroy(&attributes);
  *low_end = low;
  *high_end = static_cast<char*>(low) + size;
  return true;
}

}  // namespace

GilScope::GilScope(Thread& thread) : thread_(thread), saved_base_(thread.native_stack_base) {
  thread.interp().gil().lock();
  if (saved_base_ == nullptr) {
    const void* low = nullptr;
    const void* high = nullptr;
    if (native_stack_bounds(&low, &high)) {
      thread.native_stack_base = high;
      size_t size = size_t(static_cast<const char*>(high) - static_cast<const char*>(low));
      size_t margin = size / 8 > (size_t(256) << 10) ? size / 8 : (size_t(256) << 10);
      thread.native_stack_limit = static_cast<const char*>(low) + (margin < size ? margin : 0);
    } else {
      thread.native_stack_base = __builtin_frame_address(0);
    }
  }
}

GilScope::~GilScope() {
  thread_.native_stack_base = saved_base_;
  thread_.interp().gil().unlock();
}

}  // namespace pyxis
