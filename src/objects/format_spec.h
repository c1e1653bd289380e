// The format-specification mini-language (format(), f-string `{x:spec}`, str.format) for
// int, float and str, and printf-style `%` formatting of strings.
#pragma once

#include <string>
#include <string_view>

#include "objects/value.h"

namespace pyxis {

class Thread;

// format(value, spec) for builtin values and classes defining __format__; a str or error().
Value format_value(Thread& thread, Value value, std::string_view spec);
// `template % args` for str templates.
Value percent_format(Thread& thread, std::string_view text, Value args);

}  // namespace pyxis
