// CPython 3.12's display of an uncaught exception: the chain of causes and contexts, each with
// its traceback and notes, and exception groups drawn as nested boxes with '| ' margins.
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "frontend/syntax_error.h"
#include "frontend/syntax_error_display.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/function_object.h"
#include "objects/list_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/interpreter.h"
#include "vm/operations.h"
#include "vm/run.h"

namespace pyxis {

namespace {

constexpr size_t kMaxGroupWidth = 15;
constexpr int kMaxGroupDepth = 10;

struct DisplayContext {
  Thread& thread;
  std::string out;
  std::unordered_set<uint64_t> seen;
  int group_depth = 0;
  bool need_close = false;
};

bool is_exception_object(Value value) {
  return value.is_object() && value.as_object()->type->layout == Layout::Exception;
}

// Writes `text` (whole lines), each line indented for the current group depth with a margin.
void emit(DisplayContext& context, const std::string& text, char margin = '|') {
  if (context.group_depth == 0) {
    context.out += text;
    return;
  }
  std::string prefix(size_t(2 * context.group_depth), ' ');
  prefix += margin;
  prefix += ' ';
  size_t start = 0;
  while (start < text.size()) {
    size_t newline = text.find('\n', start);
    size_t end = newline == std::string::npos ? text.size() : newline + 1;
    context.out += prefix;
    context.out.append(text, start, end - start);
    if (newline == std::string::npos) context.out += '\n';
    start = end;
  }
}

// The frames of a traceback, outermost first, with runs of more than three identical
// entries collapsed as CPython does.
std::string format_traceback(Thread& thread, Value traceback) {
  std::string out;
  const TracebackObject* last = nullptr;
  int repeats = 0;
  auto flush = [&]() {
    if (repeats > 3) {
      int more = repeats - 3;
      out += "  [Previous line repeated " + std::to_string(more) + " more time" + (more > 1 ? "s" : "") + "]\n";
    }
  };
  for (Value at = traceback; at.is_object();) {
    auto* entry = static_cast<TracebackObject*>(at.as_object());
    bool same = last != nullptr && last->code->filename.bits() == entry->code->filename.bits() &&
                traceback_line(last) == traceback_line(entry) && last->code->name.bits() == entry->code->name.bits();
    if (same) {
      ++repeats;
    } else {
      flush();
      repeats = 1;
    }
    last = entry;
    if (repeats <= 3) append_frame(thread, out, entry->code, entry->pc);
    at = entry->next;
  }
  flush();
  return out;
}

// "Type: message" and the notes.
std::string format_exception_only(Thread& thread, Value exception) {
  Type* type = type_of(thread.interp(), exception);
  std::string name = type->name;
  if (!type->qualname.empty()) name = type->qualname;  // Outer.Error
  if (type->module_name != "builtins" && type->module_name != "__main__") name = type->module_name + "." + name;
  std::string out;
  if (is_exception_object(exception) && as_exception(exception)->kind == ExceptionKind::SyntaxError) {
    // SyntaxErrors show where they are: file and line, the text and carets, then `Type: msg`.
    frontend::SyntaxErrorInfo info;
    syntax_error_info(thread, exception, &info);
    info.exc_type = name;
    out = cli::format_syntax_error(info);
  } else {
    out = name;
    std::string text;
    if (!append_str(thread, text, exception)) {
      thread.take_pending();
      text = "<exception str() failed>";
    }
    if (!text.empty()) out += ": " + text;
    out += "\n";
  }
  if (!is_exception_object(exception)) return out;
  DictObject* dict = as_exception(exception)->dict;
  Value notes = dict != nullptr ? dict_get_str(dict, thread.interp().intern("__notes__")) : Value();
  if (notes.is_empty()) return out;
  const BuiltinTypes& types = thread.types();
  const Value* items = nullptr;
  size_t count = 0;
  if (notes.is_object() && is_subtype(notes.as_object()->type, types.list)) {
    auto* list = static_cast<ListObject*>(notes.as_object());
    items = list->items.data();
    count = list->items.size();
  } else if (notes.is_object() && is_subtype(notes.as_object()->type, types.tuple)) {
    auto* tuple = static_cast<TupleObject*>(notes.as_object());
    items = tuple->items;
    count = tuple->size;
  } else {
    std::string shown;
    if (!append_repr(thread, shown, notes)) {
      thread.take_pending();
      shown = "<__notes__ repr() failed>";
    }
    return out + shown + "\n";
  }
  for (size_t i = 0; i < count; ++i) {
    std::string note;
    if (!append_str(thread, note, items[i])) {
      thread.take_pending();
      note = "<note str() failed>";
    }
    out += note + "\n";
  }
  return out;
}

void format_recursive(DisplayContext& context, Value exception);

void format_group(DisplayContext& context, Value exception) {
  Thread& thread = context.thread;
  ExceptionObject* group = as_exception(exception);
  bool top_level = context.group_depth == 0;
  if (top_level) ++context.group_depth;
  if (!group->traceback.is_empty()) {
    emit(context, "Exception Group Traceback (most recent call last):\n", top_level ? '+' : '|');
    emit(context, format_traceback(thread, group->traceback));
  }
  emit(context, format_exception_only(thread, exception));
  Value excs = group->fields[1];
  auto* tuple = excs.is_object() && excs.as_object()->type == thread.types().tuple
                    ? static_cast<TupleObject*>(excs.as_object())
                    : nullptr;
  size_t total = tuple != nullptr ? tuple->size : 0;
  size_t shown = total <= kMaxGroupWidth ? total : kMaxGroupWidth + 1;
  context.need_close = false;
  for (size_t i = 0; i < shown; ++i) {
    bool last = i == shown - 1;
    if (last) context.need_close = true;
    bool truncated = i >= kMaxGroupWidth;
    std::string title = truncated ? "..." : std::to_string(i + 1);
    context.out += std::string(size_t(2 * context.group_depth), ' ') + (i == 0 ? "+-" : "  ") +
                   "+---------------- " + title + " ----------------\n";
    ++context.group_depth;
    if (!truncated) {
      format_recursive(context, tuple->items[i]);
    } else {
      size_t remaining = total - kMaxGroupWidth;
      emit(context, "and " + std::to_string(remaining) + " more exception" + (remaining > 1 ? "s" : "") + "\n");
    }
    if (last && context.need_close) {
      context.out += std::string(size_t(2 * context.group_depth), ' ') + "+------------------------------------\n";
      context.need_close = false;
    }
    --context.group_depth;
  }
  if (top_level) context.group_depth = 0;
}

// One exception: its traceback and `Type: message`, or the group drawing.
void format_one(DisplayContext& context, Value exception) {
  Thread& thread = context.thread;
  if (!is_exception_object(exception)) {
    emit(context, format_exception_only(thread, exception));
    return;
  }
  ExceptionObject* object = as_exception(exception);
  if (object->kind != ExceptionKind::Group) {
    if (!object->traceback.is_empty()) {
      emit(context, "Traceback (most recent call last):\n");
      emit(context, format_traceback(thread, object->traceback));
    }
    emit(context, format_exception_only(thread, exception));
  } else if (context.group_depth > kMaxGroupDepth) {
    emit(context, "... (max_group_depth is " + std::to_string(kMaxGroupDepth) + ")\n");
  } else {
    format_group(context, exception);
  }
}

// An exception with the chain of causes/contexts before it, oldest first. The chain is
// collected first (it may be long), each exception shown once.
void format_recursive(DisplayContext& context, Value exception) {
  static const char kCause[] = "\nThe above exception was the direct cause of the following exception:\n\n";
  static const char kContext[] = "\nDuring handling of the above exception, another exception occurred:\n\n";
  std::vector<std::pair<Value, const char*>> chain;  // newest first; the text shown after each
  Value at = exception;
  const char* after = nullptr;
  for (;;) {
    context.seen.insert(at.bits());
    chain.emplace_back(at, after);
    if (!is_exception_object(at)) break;
    ExceptionObject* object = as_exception(at);
    if (!object->cause.is_empty() && !context.seen.count(object->cause.bits())) {
      at = object->cause;
      after = kCause;
    } else if (!object->suppress_context && !object->context.is_empty() && !context.seen.count(object->context.bits())) {
      at = object->context;
      after = kContext;
    } else {
      break;
    }
  }
  for (size_t i = chain.size(); i-- > 0;) {
    format_one(context, chain[i].first);
    if (chain[i].second != nullptr) emit(context, chain[i].second);
  }
}

}  // namespace

std::string format_exception(Thread& thread, Value exception) {
  DisplayContext context{thread, {}, {}, 0, false};
  size_t roots = thread.native_roots.size();
  thread.native_roots.push_back(exception);
  format_recursive(context, exception);
  thread.native_roots.resize(roots);
  return context.out;
}

}  // namespace pyxis
