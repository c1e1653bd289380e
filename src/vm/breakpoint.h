// breakpoint() and sys.breakpointhook (vm/breakpoint.cpp).
#pragma once

namespace pyxis {

class Interpreter;
struct DictObject;

void install_breakpoint(Interpreter& interp, DictObject* sys);

}  // namespace pyxis
