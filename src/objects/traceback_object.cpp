// Traceback objects (tb_next, tb_frame, tb_lineno, tb_lasti) and the minimal frame objects
// they refer to (f_code, f_lineno, f_globals, f_locals of module frames), as getsets.
#include "gc/heap.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/function_object.h"
#include "objects/native_method.h"
#include "objects/str_object.h"
#include "objects/type_object.h"
#include "vm/interpreter.h"
#include "vm/operations.h"

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

TracebackObject* as_traceback(Value v) { return static_cast<TracebackObject*>(v.as_object()); }
FrameObject* as_frame(Value v) { return static_cast<FrameObject*>(v.as_object()); }

Value frame_of(Thread& thread, Value self) {
  TracebackObject* traceback = as_traceback(self);
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

bool set_next(Thread& thread, Value self, Value value) {
  if (value.is_empty()) {
    thread.raise(thread.types().TypeError, "can't delete tb_next attribute");
    return false;
  }
  if (!value.is_none() && !(value.is_object() && value.as_object()->type == thread.types().traceback)) {
    thread.raise_format(thread.types().TypeError, "expected traceback object, got '%s'", type_name(thread, value));
    return false;
  }
  for (Value at = value; at.is_object(); at = as_traceback(at)->next) {
    if (at.bits() == self.bits()) {
      thread.raise(thread.types().ValueError, "traceback loop detected");
      return false;
    }
  }
  as_traceback(self)->next = value.is_none() ? Value() : value;
  return true;
}

const GetSetDef kTracebackGetSets[] = {
    {"tb_next", [](Thread&, Value self) { Value next = as_traceback(self)->next; return next.is_empty() ? Value::none() : next; },
     set_next},
    {"tb_lineno", [](Thread&, Value self) { return Value::small_int(traceback_line(as_traceback(self))); }},
    {"tb_lasti", [](Thread&, Value self) { return Value::small_int(int64_t(as_traceback(self)->pc) * 2); }},
    {"tb_frame", frame_of},
};

const GetSetDef kFrameGetSets[] = {
    {"f_code", [](Thread&, Value self) { return to_value(as_frame(self)->code); }},
    {"f_globals", [](Thread&, Value self) { return to_value(as_frame(self)->globals); }},
    {"f_locals",
     [](Thread& thread, Value self) {
       FrameObject* frame = as_frame(self);
       if (frame->locals != nullptr) return to_value(frame->locals);
       return thread.raise(thread.types().AttributeError, "f_locals of a function frame is not available yet");
     }},
    {"f_lasti", [](Thread&, Value self) { return Value::small_int(int64_t(as_frame(self)->pc) * 2); }},
    {"f_back", [](Thread&, Value) { return Value::none(); }},
    {"f_lineno",
     [](Thread&, Value self) {
       const CodeObject* code = as_frame(self)->code;
       uint32_t pc = as_frame(self)->pc;
       return Value::small_int(pc < code->locations.size() ? code->locations[pc].line : code->first_line);
     }},
};

}  // namespace

void install_traceback_types(Interpreter& interp) {
  define_getsets(interp, interp.types().traceback, kTracebackGetSets);
  define_getsets(interp, interp.types().frame, kFrameGetSets);
}

}  // namespace pyxis
