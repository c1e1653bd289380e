// Traceback objects (tb_next, tb_frame, tb_lineno, tb_lasti) and the minimal frame objects
// they refer to (f_code, f_lineno, f_globals, f_locals of module frames).
#include "gc/heap.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/function_object.h"
#include "objects/str_object.h"
#include "objects/type_object.h"
#include "vm/interpreter.h"

namespace pyxis {

void trace_traceback(Object* object, gc::Tracer& tracer) {
  auto* traceback = static_cast<TracebackObject*>(object);
  tracer.visit(traceback->next);
  tracer.visit(traceback->frame);
  tracer.visit(traceback->code);
  tracer.visit(traceback->globals);
  tracer.visit(traceback->locals);
}

void trace_frame(Object* object, gc::Tracer& tracer) {
  auto* frame = static_cast<FrameObject*>(object);
  tracer.visit(frame->code);
  tracer.visit(frame->globals);
  tracer.visit(frame->locals);
}

void add_traceback_entry(Thread& thread, Value exception, CodeObject* code, DictObject* globals, DictObject* locals,
                         uint32_t pc) {
  if (!exception.is_object() || exception.as_object()->type->layout != Layout::Exception) return;
  TracebackObject* traceback = thread.heap().make<TracebackObject>(thread.types().traceback);
  ExceptionObject* object = as_exception(exception);
  traceback->next = object->traceback;
  traceback->frame = nullptr;
  traceback->code = code;
  traceback->globals = globals;
  traceback->locals = locals;
  traceback->pc = pc;
  object->traceback = to_value(traceback);
}

int traceback_line(const TracebackObject* traceback) {
  const CodeObject* code = traceback->code;
  if (traceback->pc < code->locations.size()) return code->locations[traceback->pc].line;
  return code->first_line;
}

namespace {

Value code_attribute(CodeObject* code, std::string_view name) {
  if (name == "co_name") return code->name;
  if (name == "co_qualname") return code->qualname;
  if (name == "co_filename") return code->filename;
  if (name == "co_firstlineno") return Value::small_int(code->first_line);
  return Value();
}

}  // namespace

Value traceback_get_attribute(Thread& thread, Value value, std::string_view name) {
  auto* traceback = static_cast<TracebackObject*>(value.as_object());
  if (name == "tb_next") return traceback->next.is_empty() ? Value::none() : traceback->next;
  if (name == "tb_lineno") return Value::small_int(traceback_line(traceback));
  if (name == "tb_lasti") return Value::small_int(int64_t(traceback->pc) * 2);
  if (name == "tb_frame") {
    if (traceback->frame == nullptr) {
      FrameObject* frame = thread.heap().make<FrameObject>(thread.types().frame);
      frame->code = traceback->code;
      frame->globals = traceback->globals;
      frame->locals = traceback->locals;
      frame->pc = traceback->pc;
      traceback->frame = frame;
    }
    return to_value(traceback->frame);
  }
  return Value();
}

Value frame_get_attribute(Thread&, Value value, std::string_view name) {
  auto* frame = static_cast<FrameObject*>(value.as_object());
  if (name == "f_code") return to_value(frame->code);
  if (name == "f_globals") return to_value(frame->globals);
  if (name == "f_locals" && frame->locals != nullptr) return to_value(frame->locals);
  if (name == "f_lasti") return Value::small_int(int64_t(frame->pc) * 2);
  if (name == "f_back") return Value::none();
  if (name == "f_lineno") {
    const CodeObject* code = frame->code;
    return Value::small_int(frame->pc < code->locations.size() ? code->locations[frame->pc].line : code->first_line);
  }
  return Value();
}

// Attributes of code objects that tracebacks need (co_name, co_filename ...).
Value code_get_attribute(Thread&, Value value, std::string_view name) {
  return code_attribute(static_cast<CodeObject*>(value.as_object()), name);
}

}  // namespace pyxis
