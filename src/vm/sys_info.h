// sys.version_info, flags, float_info, int_info, hash_info, implementation and the other
// descriptive attributes of sys (vm/sys_info.cpp).
#pragma once

namespace pyxis {

class Interpreter;
struct DictObject;

// Adds them to the sys namespace; false if the start-up code failed (a bug, reported).
bool install_sys_info(Interpreter& interp, DictObject* sys);

}  // namespace pyxis
