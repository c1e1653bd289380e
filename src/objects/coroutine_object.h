// The awaitable helper objects of coroutines and async generators: coroutine_wrapper
// (coroutine.__await__()), async_generator_asend / _athrow (the steps of an async generator)
// and anext_awaitable (anext() with a default). Coroutines and async generators themselves
// are GeneratorObjects (function_object.h) of the types coroutine / async_generator.
#pragma once

#include <cstdint>

#include "objects/object.h"

namespace pyxis {

struct GeneratorObject;

struct AwaitableObject : Object {
  enum State : uint8_t { Init, Iterating, Closed };
  GeneratorObject* generator;  // the coroutine or async generator driven (null for anext_awaitable)
  Value value;     // asend: the value to send; athrow: the exception (empty for aclose); anext_awaitable: the default
  Value iterator;  // anext_awaitable: the iterator of the awaitable __anext__ returned, once started
  Value source;    // anext_awaitable: the async iterator
  State state;
  bool is_close;   // athrow made by aclose()
};

void trace_awaitable(Object* object, gc::Tracer& tracer);

}  // namespace pyxis
