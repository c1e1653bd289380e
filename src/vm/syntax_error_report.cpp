// The traceback tail of a SyntaxError object (CPython's traceback module format): location
// line, source text with '^' under the error's range, then the message.
#include "vm/syntax_error_report.h"

#include <string_view>

#include "objects/int_object.h"
#include "objects/str_object.h"
#include "vm/interpreter.h"
#include "vm/operations.h"

namespace pyxis {

namespace {

Value attribute(Thread& thread, Value object, const char* name) {
  Value found = lookup_attr(thread, object, thread.interp().intern(name));
  if (found.is_error() || thread.has_pending()) {
    thread.take_pending();
    return Value();
  }
  return found;
}

bool as_int(Value v, int64_t* out) { return v.is_small_int() && (*out = v.as_small_int(), true); }

std::string_view str_of(Thread& thread, Value v) {
  if (!v.is_object() || !is_instance_of(thread, v, thread.types().str)) return {};
  return static_cast<StrObject*>(v.as_object())->view();
}

}  // namespace

bool append_syntax_error_report(Thread& thread, std::string& out, Value exception, const std::string& type_name) {
  if (!is_instance_of(thread, exception, thread.types().SyntaxError)) return false;
  Value msg = attribute(thread, exception, "msg");
  if (!msg.is_object() || str_of(thread, msg).data() == nullptr) return false;
  Value filename = attribute(thread, exception, "filename");
  std::string_view file = str_of(thread, filename);
  int64_t lineno = 0;
  std::string suffix;
  if (as_int(attribute(thread, exception, "lineno"), &lineno)) {
    out += "  File \"" + std::string(file.data() != nullptr ? file : std::string_view("<string>")) + "\", line " +
           std::to_string(lineno) + "\n";
  } else if (file.data() != nullptr) {
    suffix = " (" + std::string(file) + ")";
  }
  std::string_view text = str_of(thread, attribute(thread, exception, "text"));
  if (text.data() != nullptr) {
    std::string_view rtext = text;
    while (!rtext.empty() && rtext.back() == '\n') rtext.remove_suffix(1);
    std::string_view ltext = rtext;
    while (!ltext.empty() && (ltext.front() == ' ' || ltext.front() == '\n' || ltext.front() == '\f')) ltext.remove_prefix(1);
    int64_t spaces = int64_t(rtext.size() - ltext.size());
    out += "    " + std::string(ltext) + "\n";
    int64_t offset = 0, end_offset = 0;
    if (as_int(attribute(thread, exception, "offset"), &offset)) {
      if (!as_int(attribute(thread, exception, "end_offset"), &end_offset) || end_offset == 0) end_offset = offset;
      if (offset == end_offset || end_offset == -1) end_offset = offset + 1;
      int64_t colno = offset - 1 - spaces, end_colno = end_offset - 1 - spaces;
      if (colno >= 0) {
        std::string carets;
        int64_t seen = 0;
        for (size_t i = 0; i < ltext.size() && seen < colno; ++i) {
          unsigned char c = static_cast<unsigned char>(ltext[i]);
          if ((c & 0xC0) == 0x80) continue;
          carets += (c == ' ' || c == '\t' || c == '\f') ? char(c) : ' ';
          ++seen;
        }
        for (; seen < colno; ++seen) carets += ' ';
        carets += std::string(size_t(end_colno > colno ? end_colno - colno : 1), '^');
        out += "    " + carets + "\n";
      }
    }
  }
  out += type_name + ": " + std::string(str_of(thread, msg)) + suffix + "\n";
  return true;
}

}  // namespace pyxis
