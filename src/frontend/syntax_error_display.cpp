// format_syntax_error(): CPython 3.12.7's display of a SyntaxError, reproduced from observed
// behaviour (thousands of attribute combinations compared against sys.__excepthook__).
#include "frontend/syntax_error_display.h"

#include <string_view>

namespace pyxis::cli {
namespace {

bool is_syntax_error_class(std::string_view exc_type) {
  return exc_type == "SyntaxError" || exc_type == "IndentationError" || exc_type == "TabError";
}

// The source line and caret line. CPython mixes units here: `offset` and `end_offset` are
// character columns, but the line length they are clipped to and the embedded newlines they
// are compared with are counted in UTF-8 bytes. We reproduce that, quirks included, since a
// difference would show as a misplaced caret on non-ASCII lines.
std::string format_source_and_caret(const frontend::SyntaxErrorInfo& error) {
  std::string_view text = error.text;
  long offset = error.offset - 1;  // 0-based; negative means "no caret"
  long end_offset = error.has_end_offset ? error.end_offset - 1 : -1;  // None: one caret
  // A range over several lines is drawn to the end of the first line's text.
  if (error.has_end_lineno && error.end_lineno > error.lineno) end_offset = static_cast<long>(text.size()) - 1;

  // Leading blanks are not shown; the columns move with them.
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t' || text.front() == '\f')) {
    text.remove_prefix(1);
    --offset;
    --end_offset;
  }
  long length_without_newline = static_cast<long>(text.size()) - (text.ends_with('\n') ? 1 : 0);
  if (offset > length_without_newline) offset = length_without_newline;

  // When `text` holds several lines, show the one the offset falls on.
  for (;;) {
    size_t newline = text.find('\n');
    if (newline == std::string_view::npos || static_cast<long>(newline) >= offset) break;
    long skipped = static_cast<long>(newline) + 1;
    text.remove_prefix(newline + 1);
    offset -= skipped;
    end_offset -= skipped;
  }

  std::string out = "    ";
  out += text;
  if (!text.ends_with('\n')) out += '\n';
  if (offset < 0) return out;

  if (end_offset > static_cast<long>(text.size())) end_offset = static_cast<long>(text.size());
  long carets = end_offset - offset;
  // Indentation errors always get a single caret, whatever their end offset says.
  if (carets < 1 || error.exc_type != "SyntaxError") carets = 1;
  out += "    ";
  out.append(static_cast<size_t>(offset), ' ');
  out.append(static_cast<size_t>(carets), '^');
  out += '\n';
  return out;
}

}  // namespace

std::string format_syntax_error(const frontend::SyntaxErrorInfo& error) {
  std::string out;
  std::string message = error.msg;
  if (is_syntax_error_class(error.exc_type)) {
    if (error.has_location) {
      out += "  File \"" + error.filename + "\", line " + std::to_string(error.lineno) + "\n";
      if (error.has_text) out += format_source_and_caret(error);
    }
    // CPython appends " (basename)" to the message of a SyntaxError that has a filename but
    // no line number. No front-end error is like that: the one without a location (NUL bytes
    // in the source) has no filename either, whatever our SyntaxErrorInfo carries.
  }
  out += error.exc_type;
  if (!message.empty()) out += ": " + message;
  out += '\n';
  return out;
}

}  // namespace pyxis::cli
