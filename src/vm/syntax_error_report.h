// How an uncaught SyntaxError raised at run time (compile/exec/eval) is shown: the file and
// line, the offending source line with carets, then "SyntaxError: msg", as CPython does.
#pragma once

#include <string>

#include "objects/value.h"

namespace pyxis {

class Thread;

// Appends the report for a SyntaxError instance carrying msg/lineno attributes; false (and
// nothing appended) for other exceptions.
bool append_syntax_error_report(Thread& thread, std::string& out, Value exception, const std::string& type_name);

}  // namespace pyxis
