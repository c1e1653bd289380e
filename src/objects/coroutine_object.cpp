// The collector's view of the awaitable helper objects (coroutine_object.h).
#include "objects/coroutine_object.h"

#include "gc/heap.h"
#include "objects/function_object.h"

namespace pyxis {

void trace_awaitable(Object* object, gc::Tracer& tracer) {
  auto* awaitable = static_cast<AwaitableObject*>(object);
  tracer.visit(awaitable->generator);
  tracer.visit(awaitable->value);
  tracer.visit(awaitable->iterator);
  tracer.visit(awaitable->source);
}

}  // namespace pyxis
