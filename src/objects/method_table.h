// Installing a const table of native methods (signature string + function) into a builtin
// type's namespace, from the type's own file; class-level methods are bound to the type.
#pragma once

#include <cstddef>

#include "objects/function_object.h"

namespace pyxis {

class Interpreter;
struct Type;

struct NativeMethodSpec {
  const char* signature;
  NativeFunction function;
  // Bound to the type itself (classmethods such as bytes.fromhex, and staticmethods that
  // ignore their receiver such as bytes.maketrans).
  bool on_type = false;
};

void install_native_methods(Interpreter& interp, Type* owner, const NativeMethodSpec* specs, size_t count);

template <size_t N>
void install_native_methods(Interpreter& interp, Type* owner, const NativeMethodSpec (&specs)[N]) {
  install_native_methods(interp, owner, specs, N);
}

}  // namespace pyxis
