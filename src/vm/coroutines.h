// Delegation (yield from / await) and the async protocols: what the YIELD_FROM, GET_AWAITABLE,
// GET_AITER, GET_ANEXT and async-with instructions do, coroutine and async-generator methods,
// and the builtins aiter() / anext().
#pragma once

#include <cstddef>

#include "objects/value.h"

namespace pyxis {

class Interpreter;
class Thread;
struct CodeObject;
struct GeneratorObject;
struct Type;

// The type of the object calling a generator-flagged function makes: generator, coroutine
// or async_generator.
Type* generator_type_for(Thread& thread, const CodeObject* code);
// One step of a delegate (`sent` empty or None: next(), else send(); or throw `thrown`):
// the value it yielded; empty when it finished (its return value in *returned); error().
Value delegate_step(Thread& thread, Value delegate, Value sent, Value thrown, Value* returned);
// PEP 479 inside a generator frame being unwound: StopIteration (and StopAsyncIteration in
// async generators) pending becomes RuntimeError("... raised StopIteration").
void convert_generator_stop(Thread& thread, GeneratorObject* generator);

// yield from x: x itself for generators, else iter(x) (coroutines refused).
Value get_yield_from_iter(Thread& thread, Value iterable);
// await x: the iterator that drives it. `context` picks the error message when x has no
// __await__: 0 await, 1 the result of __aenter__, 2 of __aexit__, 3 of __anext__.
Value get_awaitable(Thread& thread, Value object, int context);
Value get_aiter(Thread& thread, Value iterable);   // async for: type(x).__aiter__(x), checked
Value get_anext(Thread& thread, Value iterator);   // async for: the awaitable of __anext__
// async with: bound __aexit__ in out[0], the awaitable of __aenter__() in out[1].
bool before_async_with(Thread& thread, Value manager, Value* out);

// coroutine_wrapper, async_generator_asend/athrow, anext_awaitable: next(x) as a Python call
// does it (StopIteration carries the return value).
bool is_awaitable_iterator(Thread& thread, Value value);
Value awaitable_next_step(Thread& thread, Value awaitable);

void install_coroutine_types(Interpreter& interp);

}  // namespace pyxis
