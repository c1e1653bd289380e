// Delegation and the async protocols: resuming a generator that is inside `yield from` /
// `await` (send, throw and close are forwarded to the delegate), coroutines and their
// __await__ wrapper, async generators with their asend/athrow awaitables, anext_awaitable,
// and the checks and messages of await, async for and async with.
#include "vm/coroutines.h"

#include <memory>
#include <string>

#include "objects/arg_parser.h"
#include "objects/coroutine_object.h"
#include "objects/dict_object.h"
#include "objects/function_object.h"
#include "objects/module_object.h"
#include "objects/native_method.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/type_slots.h"
#include "vm/eval.h"
#include "vm/interpreter.h"
#include "vm/operations.h"

namespace pyxis {

// The frame-level resume (interpreter_loop.cpp): no delegation.
Value resume_generator_frame(Thread& thread, GeneratorObject* generator, Value sent, Value thrown, Value* returned);

namespace {

bool has_type(Value v, const Type* type) { return v.is_object() && v.as_object()->type == type; }

GeneratorObject* as_generator(Value v) { return static_cast<GeneratorObject*>(v.as_object()); }
AwaitableObject* as_awaitable(Value v) { return static_cast<AwaitableObject*>(v.as_object()); }

// Generators and coroutines: resumed directly, without a method call.
bool is_generator_like(Thread& thread, Value v) {
  return has_type(v, thread.types().generator) || has_type(v, thread.types().coroutine);
}

const char* kind_name(Thread& thread, const GeneratorObject* generator) {
  if (generator->type == thread.types().coroutine) return "coroutine";
  if (generator->type == thread.types().async_generator) return "async generator";
  return "generator";
}

// StopIteration(value) pending; None gives StopIteration() as CPython does.
Value raise_stop_iteration(Thread& thread, Value value) {
  Value exception = make_exception(thread, thread.types().StopIteration, value.is_empty() || value.is_none() ? Value() : value);
  return exception.is_error() ? exception : thread.raise_value(exception);
}

// The value a StopIteration carries (its first argument, else None).
Value stop_iteration_value(Value exception) {
  if (!exception.is_object() || exception.as_object()->type->layout != Layout::Exception) return Value::none();
  TupleObject* args = static_cast<ExceptionObject*>(exception.as_object())->args;
  return args != nullptr && args->size > 0 ? args->items[0] : Value::none();
}

// obj.name(args...): error() when missing (AttributeError) or raising.
Value call_method_named(Thread& thread, Value object, const char* name, const Value* args, size_t nargs) {
  Value callable, self;
  if (!get_method(thread, object, thread.interp().intern(name), &callable, &self)) return Value::error();
  Value buffer[4];
  size_t count = 0;
  if (!self.is_empty()) buffer[count++] = self;
  for (size_t i = 0; i < nargs; ++i) buffer[count++] = args[i];
  return call(thread, callable, buffer, count);
}

// type(x).name, empty when the type has no such attribute.
Value special_method(Thread& thread, Value object, const char* name) {
  return type_lookup(type_of(thread.interp(), object), thread.interp().intern(name));
}

bool is_iterator(Thread& thread, Value v) {
  const BuiltinTypes& types = thread.types();
  Type* type = type_of(thread.interp(), v);
  for (Type* known : {types.generator, types.list_iterator, types.tuple_iterator, types.str_iterator, types.range_iterator,
                      types.dict_keyiterator, types.dict_valueiterator, types.dict_itemiterator, types.enumerate,
                      types.zip, types.map, types.filter, types.reversed, types.coroutine_wrapper,
                      types.async_generator_asend, types.async_generator_athrow, types.anext_awaitable})
    if (type == known) return true;
  return !special_method(thread, v, "__next__").is_empty();
}

// close() of a delegate when GeneratorExit is thrown into the delegating generator.
bool close_delegate(Thread& thread, Value delegate);

Value awaitable_step(Thread& thread, AwaitableObject* self, Value sent, Value thrown, Value* returned);

// An exception to throw from throw()'s arguments: (type[, value[, traceback]]) or an instance.
Value exception_from_throw_args(Thread& thread, Value type, Value value) {
  const BuiltinTypes& types = thread.types();
  if (is_subtype(type_of(thread.interp(), type), types.type) &&
      is_subtype(static_cast<Type*>(type.as_object()), types.BaseException)) {
    if (!value.is_empty() && !value.is_none() && is_instance_of(thread, value, static_cast<Type*>(type.as_object())))
      return value;
    if (has_type(value, types.tuple)) {  // the constructor's arguments
      auto* arguments = static_cast<TupleObject*>(value.as_object());
      return call(thread, type, arguments->items, arguments->size);
    }
    Value arg = value;
    size_t nargs = value.is_empty() || value.is_none() ? 0 : 1;
    return call(thread, type, &arg, nargs);
  }
  if (is_instance_of(thread, type, types.BaseException)) {
    if (!value.is_empty() && !value.is_none())
      return thread.raise(types.TypeError, "instance exception may not have a separate value");
    return type;
  }
  return thread.raise_format(types.TypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
                             type_name(thread, type));
}

// throw()'s (type[, value[, traceback]]) as a list of arguments, counted the way CPython
// unpacks them ("athrow expected at least 1 argument, got 0").
Value exception_from_arg_list(Thread& thread, const char* name, const Value* args, size_t nargs) {
  if (nargs < 1) return thread.raise_format(thread.types().TypeError, "%s expected at least 1 argument, got 0", name);
  if (nargs > 3)
    return thread.raise_format(thread.types().TypeError, "%s expected at most 3 arguments, got %zu", name, nargs);
  return exception_from_throw_args(thread, args[0], nargs > 1 ? args[1] : Value());
}

}  // namespace

Type* generator_type_for(Thread& thread, const CodeObject* code) {
  if (code->flags & code_flag::kAsyncGenerator) return thread.types().async_generator;
  if (code->flags & code_flag::kCoroutine) return thread.types().coroutine;
  return thread.types().generator;
}

Value delegate_step(Thread& thread, Value delegate, Value sent, Value thrown, Value* returned) {
  const BuiltinTypes& types = thread.types();
  *returned = Value();
  if (is_generator_like(thread, delegate)) {
    Value result = resume_generator(thread, as_generator(delegate), sent.is_empty() ? Value::none() : sent, thrown, returned);
    if (result.is_empty() && returned->is_empty()) *returned = Value::none();
    return result;
  }
  Type* type = type_of(thread.interp(), delegate);
  if (type == types.coroutine_wrapper || type == types.async_generator_asend || type == types.async_generator_athrow ||
      type == types.anext_awaitable)
    return awaitable_step(thread, as_awaitable(delegate), sent, thrown, returned);
  Value result;
  if (!thrown.is_empty()) {
    result = call_method_named(thread, delegate, "throw", &thrown, 1);
  } else if (sent.is_empty() || sent.is_none()) {
    if (type->is_heap_type) {
      Value next = special_method(thread, delegate, "__next__");
      if (next.is_empty()) return thread.raise_format(types.TypeError, "'%s' object is not an iterator", type->name.c_str());
      result = call(thread, next, &delegate, 1);
    } else {
      result = iter_next(thread, delegate);
      if (result.is_empty()) {
        *returned = Value::none();
        return Value();
      }
    }
  } else {
    result = call_method_named(thread, delegate, "send", &sent, 1);
  }
  if (result.is_error() && thread.pending_is(types.StopIteration)) {
    *returned = stop_iteration_value(thread.take_pending());
    return Value();
  }
  return result;
}

namespace {

bool close_delegate(Thread& thread, Value delegate) {
  Value result;
  if (is_generator_like(thread, delegate) || has_type(delegate, thread.types().async_generator_asend) ||
      has_type(delegate, thread.types().async_generator_athrow) || has_type(delegate, thread.types().coroutine_wrapper) ||
      has_type(delegate, thread.types().anext_awaitable)) {
    result = call_method_named(thread, delegate, "close", nullptr, 0);
  } else {
    Value close = lookup_attr(thread, delegate, thread.interp().intern("close"));
    if (close.is_error()) return false;
    if (close.is_empty()) return true;
    result = call(thread, close, nullptr, 0);
  }
  return !result.is_error();
}

}  // namespace

Value resume_generator(Thread& thread, GeneratorObject* generator, Value sent, Value thrown, Value* returned) {
  const BuiltinTypes& types = thread.types();
  if (generator->running) return thread.raise_format(types.ValueError, "%s already executing", kind_name(thread, generator));
  if (generator->finished && generator->type == types.coroutine)
    return thread.raise(types.RuntimeError, "cannot reuse already awaited coroutine");
  if (!generator->started && !generator->finished && thrown.is_empty() && !sent.is_empty() && !sent.is_none())
    return thread.raise_format(types.TypeError, "can't send non-None value to a just-started %s", kind_name(thread, generator));
  if (generator->delegate.is_empty() || generator->finished)
    return resume_generator_frame(thread, generator, sent, thrown, returned);
  // Suspended inside yield from / await: the step goes to the delegate first.
  Value delegate = generator->delegate;
  if (!thrown.is_empty() && is_instance_of(thread, thrown, types.GeneratorExit)) {
    generator->running = true;
    bool closed = close_delegate(thread, delegate);
    generator->running = false;
    generator->delegate = Value();
    if (!closed) thrown = thread.take_pending();
    return resume_generator_frame(thread, generator, Value::none(), thrown, returned);
  }
  if (!thrown.is_empty() && !is_generator_like(thread, delegate) && !has_type(delegate, types.coroutine_wrapper) &&
      !has_type(delegate, types.async_generator_asend) && !has_type(delegate, types.async_generator_athrow) &&
      !has_type(delegate, types.anext_awaitable)) {
    Value throw_method = lookup_attr(thread, delegate, thread.interp().intern("throw"));
    if (throw_method.is_error()) {
      generator->delegate = Value();
      return resume_generator_frame(thread, generator, Value::none(), thread.take_pending(), returned);
    }
    if (throw_method.is_empty()) {
      generator->delegate = Value();
      return resume_generator_frame(thread, generator, Value::none(), thrown, returned);
    }
  }
  generator->running = true;
  Value inner_returned;
  Value result = delegate_step(thread, delegate, sent, thrown, &inner_returned);
  generator->running = false;
  if (result.is_error()) {
    generator->delegate = Value();
    return resume_generator_frame(thread, generator, Value::none(), thread.take_pending(), returned);
  }
  if (result.is_empty()) {
    generator->delegate = Value();
    return resume_generator_frame(thread, generator, inner_returned.is_empty() ? Value::none() : inner_returned, Value(),
                                  returned);
  }
  generator->yielded_value = false;
  return result;
}

void convert_generator_stop(Thread& thread, GeneratorObject* generator) {
  const BuiltinTypes& types = thread.types();
  bool async_generator = generator->type == types.async_generator;
  const char* what;
  if (thread.pending_is(types.StopIteration)) what = "StopIteration";
  else if (async_generator && thread.pending_is(types.StopAsyncIteration)) what = "StopAsyncIteration";
  else return;
  Value stop = thread.take_pending();
  std::string message = std::string(kind_name(thread, generator)) + " raised " + what;
  Value replacement = make_exception(thread, types.RuntimeError, str_value(thread, message));
  if (replacement.is_error()) return;
  auto* object = static_cast<ExceptionObject*>(replacement.as_object());
  object->cause = stop;
  object->context = stop;
  object->suppress_context = true;
  thread.restore_pending(replacement);
}

Value get_yield_from_iter(Thread& thread, Value iterable) {
  if (has_type(iterable, thread.types().coroutine))
    return thread.raise(thread.types().TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
  if (has_type(iterable, thread.types().generator)) return iterable;
  return get_iter(thread, iterable);
}

Value get_awaitable(Thread& thread, Value object, int context) {
  const BuiltinTypes& types = thread.types();
  if (has_type(object, types.coroutine)) {
    GeneratorObject* coroutine = as_generator(object);
    if (!coroutine->delegate.is_empty() && !coroutine->finished)
      return thread.raise(types.RuntimeError, "coroutine is being awaited already");
    return object;
  }
  Value await = special_method(thread, object, "__await__");
  if (await.is_empty()) {
    const char* name = type_name(thread, object);
    switch (context) {
      case 1:
        return thread.raise_format(types.TypeError,
                                   "'async with' received an object from __aenter__ that does not implement __await__: %s", name);
      case 2:
        return thread.raise_format(types.TypeError,
                                   "'async with' received an object from __aexit__ that does not implement __await__: %s", name);
      case 3:
        return thread.raise_format(types.TypeError, "'async for' received an invalid object from __anext__: %s", name);
      default: return thread.raise_format(types.TypeError, "object %s can't be used in 'await' expression", name);
    }
  }
  Value iterator = call(thread, await, &object, 1);
  if (iterator.is_error()) return iterator;
  if (has_type(iterator, types.coroutine)) return thread.raise(types.TypeError, "__await__() returned a coroutine");
  if (!is_iterator(thread, iterator))
    return thread.raise_format(types.TypeError, "__await__() returned non-iterator of type '%s'", type_name(thread, iterator));
  return iterator;
}

Value get_aiter(Thread& thread, Value iterable) {
  const BuiltinTypes& types = thread.types();
  Value aiter = special_method(thread, iterable, "__aiter__");
  if (aiter.is_empty())
    return thread.raise_format(types.TypeError, "'async for' requires an object with __aiter__ method, got %s",
                               type_name(thread, iterable));
  Value iterator = call(thread, aiter, &iterable, 1);
  if (iterator.is_error()) return iterator;
  if (special_method(thread, iterator, "__anext__").is_empty())
    return thread.raise_format(types.TypeError,
                               "'async for' received an object from __aiter__ that does not implement __anext__: %s",
                               type_name(thread, iterator));
  return iterator;
}

Value get_anext(Thread& thread, Value iterator) {
  const BuiltinTypes& types = thread.types();
  Value anext = special_method(thread, iterator, "__anext__");
  if (anext.is_empty())
    return thread.raise_format(types.TypeError, "'async for' requires an iterator with __anext__ method, got %s",
                               type_name(thread, iterator));
  Value awaitable = call(thread, anext, &iterator, 1);
  if (awaitable.is_error()) return awaitable;
  return get_awaitable(thread, awaitable, 3);
}

bool before_async_with(Thread& thread, Value manager, Value* out) {
  const BuiltinTypes& types = thread.types();
  Value enter = special_method(thread, manager, "__aenter__");
  Value exit = special_method(thread, manager, "__aexit__");
  if (enter.is_empty() || exit.is_empty()) {
    thread.raise_format(types.TypeError,
                        enter.is_empty() ? "'%s' object does not support the asynchronous context manager protocol"
                                         : "'%s' object does not support the asynchronous context manager protocol "
                                           "(missed __aexit__ method)",
                        type_name(thread, manager));
    return false;
  }
  Value bound_exit = get_attr(thread, manager, thread.interp().intern("__aexit__"));
  if (bound_exit.is_error()) return false;
  out[0] = bound_exit;
  Value entered = call(thread, enter, &manager, 1);
  if (entered.is_error()) return false;
  out[1] = entered;
  return true;
}

// ---------------------------------------------------------------- the awaitable objects

namespace {

AwaitableObject* new_awaitable(Thread& thread, Type* type, GeneratorObject* generator, Value value) {
  AwaitableObject* awaitable = thread.heap().make<AwaitableObject>(type);
  awaitable->generator = generator;
  awaitable->value = value;
  awaitable->iterator = Value();
  awaitable->source = Value();
  awaitable->state = AwaitableObject::Init;
  awaitable->is_close = false;
  return awaitable;
}

// What a step of the async generator means for the asend/athrow awaiting it: a value it
// yielded ends the awaitable with StopIteration(value); a value an inner await yielded
// passes through to whoever drives the awaitable.
Value unwrap_async_step(Thread& thread, AwaitableObject* self, Value result, Value returned) {
  const BuiltinTypes& types = thread.types();
  GeneratorObject* generator = self->generator;
  if (result.is_error()) {
    if (thread.pending_is(types.StopAsyncIteration) || thread.pending_is(types.GeneratorExit)) generator->async_closed = true;
    generator->running_async = false;
    self->state = AwaitableObject::Closed;
    return result;
  }
  if (result.is_empty()) {
    (void)returned;
    generator->async_closed = true;
    generator->running_async = false;
    self->state = AwaitableObject::Closed;
    return thread.raise(types.StopAsyncIteration, "");
  }
  if (generator->yielded_value) {
    generator->running_async = false;
    self->state = AwaitableObject::Closed;
    return raise_stop_iteration(thread, result);
  }
  return result;
}

Value asend_step(Thread& thread, AwaitableObject* self, Value sent, Value thrown) {
  const BuiltinTypes& types = thread.types();
  GeneratorObject* generator = self->generator;
  if (self->state == AwaitableObject::Closed)
    return thread.raise(types.RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  if (self->state == AwaitableObject::Init) {
    if (generator->running_async) {
      self->state = AwaitableObject::Closed;
      return thread.raise(types.RuntimeError, "anext(): asynchronous generator is already running");
    }
    if (sent.is_empty() || sent.is_none()) sent = self->value;
    self->state = AwaitableObject::Iterating;
    generator->running_async = true;
  }
  Value returned;
  Value result = resume_generator(thread, generator, sent.is_empty() ? Value::none() : sent, thrown, &returned);
  return unwrap_async_step(thread, self, result, returned);
}

Value athrow_step(Thread& thread, AwaitableObject* self, Value sent, Value thrown) {
  const BuiltinTypes& types = thread.types();
  GeneratorObject* generator = self->generator;
  if (self->state == AwaitableObject::Closed)
    return thread.raise(types.RuntimeError, "cannot reuse already awaited aclose()/athrow()");
  if (thrown.is_empty() && generator->finished) {
    self->state = AwaitableObject::Closed;
    return thread.raise(types.StopIteration, "");
  }
  Value returned;
  Value result;
  if (self->state == AwaitableObject::Init && thrown.is_empty()) {
    if (generator->running_async) {
      self->state = AwaitableObject::Closed;
      return thread.raise(types.RuntimeError, self->is_close ? "aclose(): asynchronous generator is already running"
                                                             : "athrow(): asynchronous generator is already running");
    }
    if (generator->async_closed) {
      self->state = AwaitableObject::Closed;
      return thread.raise(types.StopAsyncIteration, "");
    }
    if (!sent.is_empty() && !sent.is_none())
      return thread.raise(types.RuntimeError, "can't send non-None value to a just-started coroutine");
    self->state = AwaitableObject::Iterating;
    generator->running_async = true;
    Value exception;
    if (!self->is_close) {
      // Too few or too many arguments leave the generator marked running, as in CPython.
      auto* arguments = static_cast<TupleObject*>(self->value.as_object());
      if (arguments->size < 1 || arguments->size > 3)
        return exception_from_arg_list(thread, "athrow", arguments->items, arguments->size);
      exception = exception_from_arg_list(thread, "athrow", arguments->items, arguments->size);
      if (exception.is_error()) {
        generator->running_async = false;
        self->state = AwaitableObject::Closed;
        return exception;
      }
    } else {
      generator->async_closed = true;
      exception = make_exception(thread, types.GeneratorExit, Value());
      if (exception.is_error()) return exception;
    }
    result = resume_generator(thread, generator, Value::none(), exception, &returned);
  } else {
    result = resume_generator(thread, generator, sent.is_empty() ? Value::none() : sent, thrown, &returned);
  }
  if (!self->is_close) return unwrap_async_step(thread, self, result, returned);
  if (result.is_error() || result.is_empty()) {
    generator->running_async = false;
    self->state = AwaitableObject::Closed;
    if (result.is_empty() || thread.pending_is(types.StopAsyncIteration) || thread.pending_is(types.GeneratorExit)) {
      thread.take_pending();
      return thread.raise(types.StopIteration, "");
    }
    return result;
  }
  if (generator->yielded_value) {
    generator->running_async = false;
    self->state = AwaitableObject::Closed;
    return thread.raise(types.RuntimeError, "async generator ignored GeneratorExit");
  }
  return result;
}

// anext(iterator, default): proxies the awaitable __anext__() returned (in `source`), with
// StopAsyncIteration turned into StopIteration(default).
Value anext_awaitable_iterator(Thread& thread, AwaitableObject* self) {
  if (self->iterator.is_empty()) {
    Value iterator = get_awaitable(thread, self->source, 0);
    if (iterator.is_error()) return iterator;
    self->iterator = iterator;
  }
  return self->iterator;
}

Value anext_awaitable_step(Thread& thread, AwaitableObject* self, Value sent, Value thrown, Value* returned) {
  Value iterator = anext_awaitable_iterator(thread, self);
  if (iterator.is_error()) return iterator;
  Value result = delegate_step(thread, iterator, sent, thrown, returned);
  if (result.is_error() && thread.pending_is(thread.types().StopAsyncIteration)) {
    thread.take_pending();
    *returned = self->value;
    return Value();
  }
  return result;
}

Value awaitable_step(Thread& thread, AwaitableObject* self, Value sent, Value thrown, Value* returned) {
  const BuiltinTypes& types = thread.types();
  *returned = Value();
  Value result;
  if (self->type == types.coroutine_wrapper) {
    result = resume_generator(thread, self->generator, sent.is_empty() ? Value::none() : sent, thrown, returned);
    if (result.is_empty() && returned->is_empty()) *returned = Value::none();
    return result;
  }
  if (self->type == types.anext_awaitable) return anext_awaitable_step(thread, self, sent, thrown, returned);
  result = self->type == types.async_generator_asend ? asend_step(thread, self, sent, thrown)
                                                     : athrow_step(thread, self, sent, thrown);
  if (result.is_error() && thread.pending_is(types.StopIteration)) {
    *returned = stop_iteration_value(thread.take_pending());
    return Value();
  }
  return result;
}

// A step as a Python-visible method: the yielded value, or StopIteration(returned).
Value step_to_python(Thread& thread, Value result, Value returned) {
  if (result.is_empty()) return raise_stop_iteration(thread, returned);
  return result;
}

// ---------------------------------------------------------------- methods

Value generator_like_send(Thread& thread, Value self, const Value* args, size_t) {
  Value returned;
  Value result = resume_generator(thread, as_generator(self), args[0], Value(), &returned);
  return step_to_python(thread, result, returned);
}

Value generator_like_throw(Thread& thread, Value self, const Value* args, size_t) {
  Value exception = exception_from_throw_args(thread, args[0], args[1]);
  if (exception.is_error()) return exception;
  Value returned;
  Value result = resume_generator(thread, as_generator(self), Value::none(), exception, &returned);
  return step_to_python(thread, result, returned);
}

Value generator_like_close(Thread& thread, Value self, const Value*, size_t) {
  GeneratorObject* generator = as_generator(self);
  if (generator->finished || !generator->started) {
    generator->finished = true;
    generator->registers.clear();
    generator->delegate = Value();
    return Value::none();
  }
  Value exit = make_exception(thread, thread.types().GeneratorExit, Value());
  if (exit.is_error()) return exit;
  Value result = resume_generator(thread, generator, Value::none(), exit);
  if (result.is_error()) {
    if (thread.pending_is(thread.types().GeneratorExit) || thread.pending_is(thread.types().StopIteration)) {
      thread.take_pending();
      return Value::none();
    }
    return result;
  }
  if (result.is_empty()) return Value::none();
  std::string message = std::string(kind_name(thread, generator)) + " ignored GeneratorExit";
  return thread.raise(thread.types().RuntimeError, message);
}

Value coroutine_await(Thread& thread, Value self, const Value*, size_t) {
  return to_value(new_awaitable(thread, thread.types().coroutine_wrapper, as_generator(self), Value()));
}

Value return_self(Thread&, Value self, const Value*, size_t) { return self; }

Value awaitable_send(Thread& thread, Value self, const Value* args, size_t) {
  Value returned;
  Value result = awaitable_step(thread, as_awaitable(self), args[0], Value(), &returned);
  if (result.is_error()) return result;
  return step_to_python(thread, result, returned);
}

Value generator_like_next(Thread& thread, Value self, const Value*, size_t) {
  Value returned;
  Value result = resume_generator(thread, as_generator(self), Value::none(), Value(), &returned);
  return step_to_python(thread, result, returned);
}

Value awaitable_next(Thread& thread, Value self, const Value*, size_t) {
  Value none = Value::none();
  return awaitable_send(thread, self, &none, 1);
}

Value awaitable_throw(Thread& thread, Value self, const Value* args, size_t nargs) {
  const BuiltinTypes& types = thread.types();
  AwaitableObject* awaitable = as_awaitable(self);
  if (awaitable->type == types.anext_awaitable) {
    Value iterator = anext_awaitable_iterator(thread, awaitable);
    if (iterator.is_error()) return iterator;
    Value result;
    if (is_awaitable_iterator(thread, iterator)) {
      result = awaitable_throw(thread, iterator, args, nargs);
    } else {
      Value exception = exception_from_arg_list(thread, "throw", args, nargs);
      if (exception.is_error()) return exception;
      result = call_method_named(thread, iterator, "throw", &exception, 1);
    }
    if (result.is_error() && thread.pending_is(types.StopAsyncIteration)) {
      thread.take_pending();
      return raise_stop_iteration(thread, awaitable->value);
    }
    return result;
  }
  if (awaitable->state == AwaitableObject::Closed && awaitable->type == types.async_generator_asend)
    return thread.raise(types.RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  if (awaitable->state == AwaitableObject::Closed && awaitable->type == types.async_generator_athrow)
    return thread.raise(types.RuntimeError, "cannot reuse already awaited aclose()/athrow()");
  Value exception = exception_from_arg_list(thread, "throw", args, nargs);
  if (exception.is_error()) return exception;
  Value returned;
  Value result = awaitable_step(thread, awaitable, Value::none(), exception, &returned);
  if (result.is_error()) return result;
  return step_to_python(thread, result, returned);
}

Value awaitable_close(Thread& thread, Value self, const Value*, size_t) {
  AwaitableObject* awaitable = as_awaitable(self);
  if (awaitable->type == thread.types().coroutine_wrapper)
    return generator_like_close(thread, to_value(awaitable->generator), nullptr, 0);
  if (awaitable->type == thread.types().anext_awaitable) {
    Value iterator = anext_awaitable_iterator(thread, awaitable);
    if (iterator.is_error()) return iterator;
    if (!close_delegate(thread, iterator)) return Value::error();
    return Value::none();
  }
  if (awaitable->state == AwaitableObject::Iterating && awaitable->generator != nullptr)
    awaitable->generator->running_async = false;
  awaitable->state = AwaitableObject::Closed;
  return Value::none();
}

Value async_generator_anext(Thread& thread, Value self, const Value*, size_t) {
  return to_value(new_awaitable(thread, thread.types().async_generator_asend, as_generator(self), Value::none()));
}

Value async_generator_asend(Thread& thread, Value self, const Value* args, size_t) {
  return to_value(new_awaitable(thread, thread.types().async_generator_asend, as_generator(self), args[0]));
}

// The arguments are checked when the awaitable first runs, as CPython does.
Value async_generator_athrow(Thread& thread, Value self, const Value* args, size_t nargs) {
  TupleObject* arguments = tuple_from(thread, args, nargs);
  return to_value(new_awaitable(thread, thread.types().async_generator_athrow, as_generator(self), to_value(arguments)));
}

Value async_generator_aclose(Thread& thread, Value self, const Value*, size_t) {
  AwaitableObject* awaitable = new_awaitable(thread, thread.types().async_generator_athrow, as_generator(self), Value());
  awaitable->is_close = true;
  return to_value(awaitable);
}

Value builtin_aiter(Thread& thread, Value, const Value* args, size_t) {
  const BuiltinTypes& types = thread.types();
  Value aiter = special_method(thread, args[0], "__aiter__");
  if (aiter.is_empty())
    return thread.raise_format(types.TypeError, "'%s' object is not an async iterable", type_name(thread, args[0]));
  Value iterator = call(thread, aiter, &args[0], 1);
  if (iterator.is_error()) return iterator;
  if (special_method(thread, iterator, "__anext__").is_empty())
    return thread.raise_format(types.TypeError, "aiter() returned not an async iterator of type '%s'",
                               type_name(thread, iterator));
  return iterator;
}

Value builtin_anext(Thread& thread, Value, const Value* args, size_t) {
  const BuiltinTypes& types = thread.types();
  Value anext = special_method(thread, args[0], "__anext__");
  if (anext.is_empty())
    return thread.raise_format(types.TypeError, "'%s' object is not an async iterator", type_name(thread, args[0]));
  Value awaitable = call(thread, anext, &args[0], 1);
  if (awaitable.is_error() || args[1].is_empty()) return awaitable;
  AwaitableObject* wrapper = new_awaitable(thread, types.anext_awaitable, nullptr, args[1]);
  wrapper->source = awaitable;
  return to_value(wrapper);
}

const NativeMethodDef kCoroutineMethods[] = {
    {"send(value, /)", generator_like_send},
    {"throw(typ, val=None, tb=None, /)", generator_like_throw},
    {"close()", generator_like_close},
    {"__await__()", coroutine_await},
};

const NativeMethodDef kGeneratorIteration[] = {
    {"__next__()", generator_like_next},
    {"__iter__()", return_self},
};

const NativeMethodDef kAwaitableMethods[] = {
    {"send(value, /)", awaitable_send},
    {"throw(*args)", awaitable_throw},
    {"close()", awaitable_close},
    {"__next__()", awaitable_next},
    {"__iter__()", return_self},
    {"__await__()", return_self},
};

const NativeMethodDef kAsyncGeneratorMethods[] = {
    {"__aiter__()", return_self},
    {"__anext__()", async_generator_anext},
    {"asend(value, /)", async_generator_asend},
    {"athrow(*args)", async_generator_athrow},
    {"aclose()", async_generator_aclose},
};

const NativeMethodDef kAsyncBuiltins[] = {
    {"aiter(async_iterable, /)", builtin_aiter},
    {"anext(aiterator, default=None, /)", builtin_anext},
};

}  // namespace

bool is_awaitable_iterator(Thread& thread, Value value) {
  const BuiltinTypes& types = thread.types();
  return has_type(value, types.coroutine_wrapper) || has_type(value, types.async_generator_asend) ||
         has_type(value, types.async_generator_athrow) || has_type(value, types.anext_awaitable);
}

Value awaitable_next_step(Thread& thread, Value awaitable) { return awaitable_next(thread, awaitable, nullptr, 0); }

namespace {

// ---------------------------------------------------------------- attributes and slots

Value generator_name(Thread&, Value self) { return as_generator(self)->function->name; }
Value generator_qualname(Thread&, Value self) { return as_generator(self)->function->qualname; }
Value generator_code(Thread&, Value self) { return to_value(as_generator(self)->function->code); }
Value generator_running(Thread&, Value self) { return Value::boolean(as_generator(self)->running); }
Value generator_suspended(Thread&, Value self) {
  GeneratorObject* generator = as_generator(self);
  return Value::boolean(generator->started && !generator->finished && !generator->running);
}
// gi_yieldfrom / cr_await / ag_await: the iterator a yield from or await is delegating to.
Value generator_delegate(Thread&, Value self) {
  GeneratorObject* generator = as_generator(self);
  return !generator->delegate.is_empty() && !generator->finished ? generator->delegate : Value::none();
}
Value async_generator_running(Thread&, Value self) { return Value::boolean(as_generator(self)->running_async); }
Value no_origin(Thread&, Value) { return Value::none(); }

const GetSetDef kGeneratorGetSets[] = {
    {"__name__", generator_name},           {"__qualname__", generator_qualname}, {"gi_code", generator_code},
    {"gi_running", generator_running},      {"gi_suspended", generator_suspended},
    {"gi_yieldfrom", generator_delegate},
};
const GetSetDef kCoroutineGetSets[] = {
    {"__name__", generator_name},      {"__qualname__", generator_qualname}, {"cr_code", generator_code},
    {"cr_running", generator_running}, {"cr_suspended", generator_suspended}, {"cr_await", generator_delegate},
    {"cr_origin", no_origin},
};
const GetSetDef kAsyncGeneratorGetSets[] = {
    {"__name__", generator_name},  {"__qualname__", generator_qualname}, {"ag_code", generator_code},
    {"ag_running", async_generator_running}, {"ag_await", generator_delegate},
};

// <coroutine object f at 0x...>
bool generator_repr(Thread& thread, std::string& out, Value self) {
  GeneratorObject* generator = as_generator(self);
  char address[32];
  std::snprintf(address, sizeof address, "%p", static_cast<void*>(generator));
  out += "<";
  out += generator->type->name;
  out += " object ";
  if (!append_str(thread, out, generator->function->qualname)) return false;
  out += " at ";
  out += address;
  out += ">";
  return true;
}

Value awaitable_iter(Thread&, Value self) { return self; }
// next() through the iteration protocol: empty when the awaitable finished.
Value awaitable_iter_next(Thread& thread, Value self) {
  Value returned;
  return delegate_step(thread, self, Value::none(), Value(), &returned);
}

const TypeSlots kGeneratorLikeSlots = {.repr = generator_repr};
const TypeSlots kAwaitableSlots = {.iter = awaitable_iter, .next = awaitable_iter_next};

}  // namespace

void install_coroutine_types(Interpreter& interp) {
  const BuiltinTypes& types = interp.types();
  auto define = [&](DictObject* where, const NativeMethodDef& def, Type* owner) {
    define_native_methods(interp, where, owner, &def, 1);
  };
  for (const NativeMethodDef& def : kCoroutineMethods) define(types.coroutine->dict, def, types.coroutine);
  for (const NativeMethodDef& def : kCoroutineMethods)
    if (std::string_view(def.signature) != "__await__()") define(types.generator->dict, def, types.generator);
  for (const NativeMethodDef& def : kGeneratorIteration) define(types.generator->dict, def, types.generator);
  for (Type* type : {types.coroutine_wrapper, types.async_generator_asend, types.async_generator_athrow, types.anext_awaitable})
    for (const NativeMethodDef& def : kAwaitableMethods)
      if (type != types.coroutine_wrapper || std::string_view(def.signature) != "__await__()") define(type->dict, def, type);
  for (const NativeMethodDef& def : kAsyncGeneratorMethods) define(types.async_generator->dict, def, types.async_generator);
  for (const NativeMethodDef& def : kAsyncBuiltins) define(interp.builtins(), def, nullptr);
  define_getsets(interp, types.generator, kGeneratorGetSets);
  define_getsets(interp, types.coroutine, kCoroutineGetSets);
  define_getsets(interp, types.async_generator, kAsyncGeneratorGetSets);
  types.coroutine->slots = &kGeneratorLikeSlots;
  types.async_generator->slots = &kGeneratorLikeSlots;
  for (Type* type : {types.coroutine_wrapper, types.async_generator_asend, types.async_generator_athrow, types.anext_awaitable})
    type->slots = &kAwaitableSlots;
}

}  // namespace pyxis
