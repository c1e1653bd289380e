// Installing a const table of native methods (signature string + function) into a builtin
// type's namespace, from the type's own file; class-level methods are bound to the type.
#pragma once

#include <cstddef>
#include <cstdint>

#include "objects/function_object.h"

namespace pyxis {

class Interpreter;
struct Type;

enum class NativeKind : uint8_t {
  Method,       // called through an instance, the receiver arrives as `self`
  ClassMethod,  // a classmethod: the class arrives as `self`
  StaticMethod, // a staticmethod: no receiver
};

struct NativeMethodSpec {
  const char* signature;
  NativeFunction function;
  NativeKind kind = NativeKind::Method;
};

void install_native_methods(Interpreter& interp, Type* owner, const NativeMethodSpec* specs, size_t count);

template <size_t N>
void install_native_methods(Interpreter& interp, Type* owner, const NativeMethodSpec (&specs)[N]) {
  install_native_methods(interp, owner, specs, N);
}

}  // namespace pyxis
