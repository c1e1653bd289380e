// The bytecode loop: one function dispatching with computed goto over the table generated
// from opcodes.def. Python-to-Python calls push a frame and continue in the same loop;
// exceptions unwind through each code object's handler table, recording the traceback.
#include <algorithm>
#include <cstring>

#include "compiler/bytecode.h"
#include "objects/dict_object.h"
#include "objects/format_spec.h"
#include "objects/function_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/exception_object.h"
#include "objects/module_object.h"
#include "objects/set_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/builtins.h"
#include "vm/coroutines.h"
#include "vm/match_operations.h"
#include "vm/eval.h"
#include "vm/imports.h"
#include "vm/builtins_exec.h"
#include "vm/annotations.h"
#include "vm/attributes.h"
#include "vm/call_arguments.h"
#include "vm/interpreter.h"
#include "vm/operations.h"
#include "vm/gc_runtime.h"

namespace pyxis {

namespace {

using bytecode::Opcode;

StrObject* as_str(Value v) { return static_cast<StrObject*>(v.as_object()); }
bool has_type(Value v, const Type* type) { return v.is_object() && v.as_object()->type == type; }

// Pushes a frame for `code` with fresh registers (all unbound, and inside the traced part of
// the value stack before anything can allocate). Binds the arguments when `function` is set.
bool push_frame(Thread& thread, FunctionObject* function, CodeObject* code, DictObject* globals,
                DictObject* locals_dict, const Value* args, size_t nargs, TupleObject* kwnames,
                uint32_t return_register, bool returns_to_native) {
  if (thread.recursion_depth >= thread.interp().recursion_limit) {
    thread.raise(thread.types().RecursionError, "maximum recursion depth exceeded");
    return false;
  }
  Value* registers = thread.value_stack_top;
  if (registers + code->register_count > thread.value_stack() + Thread::kValueStackSize) {
    thread.raise(thread.types().RecursionError, "maximum recursion depth exceeded");
    return false;
  }
  for (uint32_t i = 0; i < code->register_count; ++i) registers[i] = Value::unbound();
  thread.value_stack_top = registers + code->register_count;
  if (function != nullptr && !bind_arguments(thread, function, args, nargs, kwnames, registers)) {
    thread.value_stack_top = registers;
    return false;
  }
  for (uint32_t reg : code->cell_registers) {
    CellObject* cell = thread.heap().make<CellObject>(thread.types().cell);
    cell->value = registers[reg].is_unbound() ? Value() : registers[reg];
    registers[reg] = to_value(cell);
  }
  if (function != nullptr)
    for (size_t i = 0; i < code->free_registers.size(); ++i)
      registers[code->free_registers[i]] = function->closure->items[i];
  thread.frames.push_back(Frame{code, function, globals, locals_dict, registers, 0, return_register, returns_to_native});
  ++thread.recursion_depth;
  return true;
}

void pop_frame(Thread& thread) {
  Frame& frame = thread.frames.back();
  if (frame.generator != nullptr && !thread.generator_yielded) {
    // Returned or raised: the generator is done for good.
    frame.generator->finished = true;
    frame.generator->registers.clear();
  }
  thread.value_stack_top = frame.registers;
  thread.frames.pop_back();
  --thread.recursion_depth;
}

// Calling a generator function: bind the arguments in a frame that is popped at once, keeping
// its registers in the new generator.
Value make_generator(Thread& thread, FunctionObject* function, const Value* args, size_t nargs, TupleObject* kwnames) {
  CodeObject* code = function->code;
  GeneratorObject* generator = thread.heap().make<GeneratorObject>(generator_type_for(thread, code));
  generator->function = function;
  if (!push_frame(thread, function, code, function->globals, nullptr, args, nargs, kwnames, 0, true))
    return Value::error();
  Frame& frame = thread.frames.back();
  generator->registers.assign(frame.registers, frame.registers + code->register_count);
  thread.heap().note_external_bytes(code->register_count * sizeof(Value));
  thread.generator_yielded = true;  // keep it unfinished while popping
  pop_frame(thread);
  thread.generator_yielded = false;
  return to_value(generator);
}

Value name_error(Thread& thread, Value name) {
  std::string_view text = as_str(name)->view();
  thread.raise_format(thread.types().NameError, "name '%.*s' is not defined", int(text.size()), text.data());
  if (has_type(thread.pending(), thread.types().NameError)) as_exception(thread.pending())->fields[0] = name;  // .name
  return Value::error();
}

Value unbound_local(Thread& thread, CodeObject* code, uint32_t reg) {
  std::string_view text = as_str(code->local_names[reg])->view();
  return thread.raise_format(thread.types().UnboundLocalError,
                             "cannot access local variable '%.*s' where it is not associated with a value",
                             int(text.size()), text.data());
}

// `raise X from Y`: Y (None, an exception, or a class instantiated) becomes X.__cause__.
bool set_raise_cause(Thread& thread, Value exception, Value cause) {
  auto* object = as_exception(exception);
  if (cause.is_none()) {
    object->cause = Value();
  } else {
    const BuiltinTypes& types = thread.types();
    if (has_type(cause, types.type) && is_subtype(static_cast<Type*>(cause.as_object()), types.BaseException)) {
      cause = call_type(thread, static_cast<Type*>(cause.as_object()), nullptr, 0, nullptr);
      if (cause.is_error()) return false;
    } else if (!is_exception(thread, cause)) {
      thread.raise(types.TypeError, "exception causes must derive from BaseException");
      return false;
    }
    object->cause = cause;
  }
  object->suppress_context = true;
  return true;
}

// The exception a `raise X` statement raises: an instance, or a class instantiated.
Value exception_to_raise(Thread& thread, Value value) {
  const BuiltinTypes& types = thread.types();
  if (has_type(value, types.type) && is_subtype(static_cast<Type*>(value.as_object()), types.BaseException))
    return call_type(thread, static_cast<Type*>(value.as_object()), nullptr, 0, nullptr);
  if (value.is_object() && is_subtype(value.as_object()->type, types.BaseException)) return value;
  return thread.raise(types.TypeError, "exceptions must derive from BaseException");
}

int exception_matches(Thread& thread, Value exception, Value type) {
  const BuiltinTypes& types = thread.types();
  auto one = [&](Value candidate) -> int {
    if (!has_type(candidate, types.type) || !is_subtype(static_cast<Type*>(candidate.as_object()), types.BaseException)) {
      thread.raise(types.TypeError, "catching classes that do not inherit from BaseException is not allowed");
      return -1;
    }
    return is_subtype(type_of(thread.interp(), exception), static_cast<Type*>(candidate.as_object()));
  };
  if (has_type(type, types.tuple)) {
    auto* tuple = static_cast<TupleObject*>(type.as_object());
    for (size_t i = 0; i < tuple->size; ++i) {
      int r = one(tuple->items[i]);
      if (r != 0) return r;
    }
    return 0;
  }
  return one(type);
}

bool unpack(Thread& thread, Value source, Value* out, uint32_t count) {
  const BuiltinTypes& types = thread.types();
  const Value* items = nullptr;
  size_t size = 0;
  ListObject* collected = nullptr;
  if (has_type(source, types.tuple)) {
    items = static_cast<TupleObject*>(source.as_object())->items;
    size = static_cast<TupleObject*>(source.as_object())->size;
  } else if (has_type(source, types.list)) {
    items = static_cast<ListObject*>(source.as_object())->items.data();
    size = static_cast<ListObject*>(source.as_object())->items.size();
  } else {
    Value iterator = get_iter(thread, source);
    if (iterator.is_error()) {
      if (thread.pending_is(types.TypeError)) {
        thread.take_pending();
        thread.raise_format(types.TypeError, "cannot unpack non-iterable %s object", type_name(thread, source));
      }
      return false;
    }
    collected = list_new(thread);
    for (;;) {
      Value item = iter_next(thread, iterator);
      if (item.is_error()) return false;
      if (item.is_empty()) break;
      list_append(thread, collected, item);
      if (collected->items.size() > count) break;
    }
    items = collected->items.data();
    size = collected->items.size();
    if (size > count) {
      thread.raise_format(types.ValueError, "too many values to unpack (expected %u)", count);
      return false;
    }
  }
  if (size > count) {
    thread.raise_format(types.ValueError, "too many values to unpack (expected %u)", count);
    return false;
  }
  if (size < count) {
    thread.raise_format(types.ValueError, "not enough values to unpack (expected %u, got %zu)", count, size);
    return false;
  }
  // Copy first: the targets may overlap nothing, but the source list must not change meanwhile.
  for (uint32_t i = 0; i < count; ++i) out[i] = items[i];
  return true;
}

// LOAD_GLOBAL's slow path: looks the name up and fills the instruction's cache.
Value lookup_global(Thread& thread, DictObject* globals, Value name, uint32_t* cache) {
  cache[0] = cache[2] = 0;
  int64_t index = dict_entry_index_str(globals, name);
  if (index >= 0) {
    // Cached only when the stored key is this very str (hits compare pointers).
    if (globals->entries[size_t(index)].key == name) cache[0] = uint32_t(index + 1);
    return globals->entries[size_t(index)].value;
  }
  DictObject* builtins = thread.interp().builtins();
  index = dict_entry_index_str(builtins, name);
  if (index < 0) return Value();
  if (builtins->entries[size_t(index)].key == name) {
    cache[1] = globals->keys_version;
    cache[2] = uint32_t(index + 1);
    set_cache_word_pair(cache + 3, reinterpret_cast<uint64_t>(globals));
  }
  return builtins->entries[size_t(index)].value;
}

Value make_function(Thread& thread, Frame& frame, CodeObject* code, const Value* extras, uint32_t flags) {
  FunctionObject* function = thread.heap().make<FunctionObject>(thread.types().function);
  function->code = code;
  function->globals = frame.globals;
  function->name = code->name;
  function->qualname = code->qualname;
  function->doc = code->doc.is_empty() ? Value::none() : code->doc;
  Value module = dict_get_str(frame.globals, thread.interp().intern("__name__"));
  function->module = module.is_empty() ? Value::none() : module;
  if (flags & 1) function->defaults = static_cast<TupleObject*>(extras[0].as_object());
  if (flags & 2) function->keyword_defaults = static_cast<DictObject*>(extras[1].as_object());
  if (flags & 4) function->closure = static_cast<TupleObject*>(extras[2].as_object());
  return to_value(function);
}

// Quickening of BINARY_OP: the specialised form for these operands, or BINARY_OP itself.
Opcode specialise_binary_op(BinaryOp op, Value x, Value y) {
  if (Value::both_small_ints(x, y) && (op == BinaryOp::FloorDiv || op == BinaryOp::Mod || op == BinaryOp::And ||
                                        op == BinaryOp::Or || op == BinaryOp::Xor || op == BinaryOp::RShift))
    return Opcode::BINARY_OP_INT;
  if (x.is_float() && y.is_float() && op == BinaryOp::TrueDiv) return Opcode::BINARY_OP_FLOAT;
  return Opcode::BINARY_OP;
}

// The cache word of a quickening instruction: the countdown in the low 16 bits, the number
// of failed attempts in the high 16 (each failure doubles the next wait).
uint32_t next_backoff(uint32_t cache) {
  uint32_t failures = (cache >> 16) + 1;
  uint32_t wait = bytecode::kBackoffCount << (failures < 6 ? failures : 6);
  if (wait > bytecode::kMaxBackoffCount) wait = bytecode::kMaxBackoffCount;
  return (failures << 16) | wait;
}

// Runs frames from the top of the thread's frame stack until the frame marked
// returns_to_native returns (its result) or an exception escapes it (error()).
Value execute(Thread& thread, bool start_with_error) {
  static const void* const kLabels[] = {
#define OPCODE(name, operands, extra, cache, family) &&op_##name,
#include "vm/opcodes.def"
#undef OPCODE
  };
  static_assert(sizeof(kLabels) / sizeof(kLabels[0]) == bytecode::kOpcodeCount);

  const BuiltinTypes& types = thread.types();
  gc::Heap& heap = thread.heap();
  Frame* frame;
  CodeObject* code;
  const uint32_t* code_start;
  const uint32_t* ip;
  Value* R;
  uint32_t word;
  bool reraising = false;

#define LOAD_FRAME()                              \
  do {                                            \
    frame = &thread.frames.back();                \
    code = frame->code;                           \
    code_start = code->instructions.data();       \
    ip = code_start + frame->pc;                  \
    R = frame->registers;                         \
  } while (0)
#define SAVE_PC() (frame->pc = uint32_t(ip - code_start))
#define DISPATCH()                 \
  do {                             \
    word = *ip++;                  \
    goto* kLabels[word & 0xFF];    \
  } while (0)
#define A (bytecode::operand_a(word))
#define B (bytecode::operand_b(word))
#define C (bytecode::operand_c(word))
#define EXTRA() (*ip++)
  // Safe point (loop back edges, Python calls): finalizers and weakref callbacks a collection
  // queued run here, outside the collector.
#define GC_SAFE_POINT()                            \
  do {                                             \
    if (__builtin_expect(heap.deferred_work(), 0)) \
      run_deferred_gc_work(thread);                \
  } while (0)
#define CHECK(value)                    \
  do {                                  \
    if ((value).is_error()) goto error; \
  } while (0)

  LOAD_FRAME();
  if (start_with_error) goto error;
  DISPATCH();

op_NOP:
  DISPATCH();
op_MOVE:
  R[A] = R[B];
  DISPATCH();
op_LOAD_CONST:
  R[A] = code->constants[EXTRA()];
  DISPATCH();
op_CHECK_LOCAL:
  if (R[A].is_unbound()) {
    unbound_local(thread, code, A);
    goto error;
  }
  DISPATCH();
op_DELETE_LOCAL:
  if (R[A].is_unbound()) {
    unbound_local(thread, code, A);
    goto error;
  }
  R[A] = Value::unbound();
  DISPATCH();
op_LOAD_DEREF: {
  Value value = static_cast<CellObject*>(R[B].as_object())->value;
  if (value.is_empty()) {
    SAVE_PC();
    std::string_view name = as_str(code->local_names[B])->view();
    bool is_free = false;
    for (uint32_t reg : code->free_registers) is_free |= reg == B;
    if (is_free)
      thread.raise_format(types.NameError,
                          "cannot access free variable '%.*s' where it is not associated with a value in enclosing scope",
                          int(name.size()), name.data());
    else
      unbound_local(thread, code, B);
    goto error;
  }
  R[A] = value;
  DISPATCH();
}
op_STORE_DEREF:
  static_cast<CellObject*>(R[A].as_object())->value = R[B];
  DISPATCH();
op_LOAD_GLOBAL: {
  // Cache: [0] globals entry index + 1 (0: not a global); for builtins, [1] the globals'
  // keys_version when the name was missing there, [2] builtins entry index + 1, [3..4] the
  // globals dict. A hit compares the entry's key, so replaced values are always fresh.
  uint32_t dst = A;
  Value name = code->names[EXTRA()];
  uint32_t* cache = const_cast<uint32_t*>(ip);
  ip += 5;
  DictObject* globals = frame->globals;
  if (cache[0] != 0) {
    uint32_t index = cache[0] - 1;
    if (index < globals->entries.size() && globals->entries[index].key == name) {
      R[dst] = globals->entries[index].value;
      DISPATCH();
    }
  } else if (cache[2] != 0 && cache[1] == globals->keys_version &&
             cache_word_pair(cache + 3) == reinterpret_cast<uint64_t>(globals)) {
    DictObject* builtins = thread.interp().builtins();
    uint32_t index = cache[2] - 1;
    if (index < builtins->entries.size() && builtins->entries[index].key == name) {
      R[dst] = builtins->entries[index].value;
      DISPATCH();
    }
  }
  Value found = lookup_global(thread, globals, name, cache);
  if (found.is_empty()) {
    name_error(thread, name);
    goto error;
  }
  R[dst] = found;
  DISPATCH();
}
op_STORE_GLOBAL: {
  uint32_t src = A;
  Value name = code->names[EXTRA()];
  if (!dict_set(thread, frame->globals, name, R[src])) goto error;
  DISPATCH();
}
op_DELETE_GLOBAL: {
  Value name = code->names[EXTRA()];
  int deleted = dict_delete(thread, frame->globals, name);
  if (deleted < 0) goto error;
  if (deleted == 0) {
    name_error(thread, name);
    goto error;
  }
  DISPATCH();
}
op_LOAD_NAME: {
  uint32_t dst = A;
  Value name = code->names[EXTRA()];
  Value found;
  if (frame->locals_dict != nullptr) {
    found = dict_get_str(frame->locals_dict, name);
  } else {  // exec/eval with a locals mapping that is not a dict
    SAVE_PC();
    found = mapping_load_name(thread, frame->locals_mapping, name);
    CHECK(found);
  }
  if (found.is_empty() && frame->locals_dict != frame->globals) found = dict_get_str(frame->globals, name);
  if (found.is_empty()) found = dict_get_str(thread.interp().builtins(), name);
  if (found.is_empty()) {
    name_error(thread, name);
    goto error;
  }
  R[dst] = found;
  DISPATCH();
}
op_MAKE_CELL:
  R[A] = to_value(thread.heap().make<CellObject>(types.cell));
  DISPATCH();
op_LOAD_LOCALS:
  R[A] = frame->locals_dict != nullptr ? to_value(frame->locals_dict) : frame->locals_mapping;
  DISPATCH();
op_LOAD_FROM_DICT_OR_GLOBALS: {
  uint32_t dst = A;
  Value name = code->names[EXTRA()];
  Value namespace_dict = static_cast<CellObject*>(R[B].as_object())->value;
  Value found;
  if (has_type(namespace_dict, types.dict)) found = dict_get_str(static_cast<DictObject*>(namespace_dict.as_object()), name);
  if (found.is_empty()) found = dict_get_str(frame->globals, name);
  if (found.is_empty()) found = dict_get_str(thread.interp().builtins(), name);
  if (found.is_empty()) {
    SAVE_PC();
    name_error(thread, name);
    goto error;
  }
  R[dst] = found;
  DISPATCH();
}
op_LOAD_CLASSDEREF: {
  // A class body reading a free variable: its namespace first, then the enclosing cell.
  uint32_t dst = A;
  Value name = code->names[EXTRA()];
  Value found;
  if (frame->locals_dict != nullptr) {
    found = dict_get_str(frame->locals_dict, name);
  } else {
    SAVE_PC();
    found = mapping_load_name(thread, frame->locals_mapping, name);
    CHECK(found);
  }
  if (found.is_empty()) found = static_cast<CellObject*>(R[B].as_object())->value;
  if (found.is_empty()) {
    SAVE_PC();
    std::string_view text = as_str(name)->view();
    thread.raise_format(types.NameError,
                        "cannot access free variable '%.*s' where it is not associated with a value in enclosing scope",
                        int(text.size()), text.data());
    goto error;
  }
  R[dst] = found;
  DISPATCH();
}
op_STORE_NAME: {
  uint32_t src = A;
  Value name = code->names[EXTRA()];
  if (frame->locals_dict == nullptr) {
    SAVE_PC();
    if (!set_item(thread, frame->locals_mapping, name, R[src])) goto error;
    DISPATCH();
  }
  if (!dict_set(thread, frame->locals_dict, name, R[src])) goto error;
  DISPATCH();
}
op_DELETE_NAME: {
  Value name = code->names[EXTRA()];
  SAVE_PC();
  int deleted = frame->locals_dict != nullptr ? dict_delete(thread, frame->locals_dict, name)
                                              : mapping_delete_name(thread, frame->locals_mapping, name);
  if (deleted < 0) goto error;
  if (deleted == 0) {
    name_error(thread, name);
    goto error;
  }
  DISPATCH();
}
op_LOAD_ATTR: {
  uint32_t dst = A, object = B;
  Value name = code->names[EXTRA()];
  uint32_t* cache = const_cast<uint32_t*>(ip);
  ip += 4;
  Value target = R[object];
  if (DictEntry* entry = cached_attribute_entry(target, name, cache, thread.interp().attribute_epoch)) {
    R[dst] = entry->value;
    DISPATCH();
  }
  SAVE_PC();
  Value result = get_attr(thread, target, name);
  CHECK(result);
  R[dst] = result;
  fill_attribute_cache(thread, target, name, cache);
  DISPATCH();
}
op_STORE_ATTR: {
  uint32_t object = A, value = B;
  Value name = code->names[EXTRA()];
  uint32_t* cache = const_cast<uint32_t*>(ip);
  ip += 4;
  Value target = R[object];
  if (DictEntry* entry = cached_attribute_entry(target, name, cache, thread.interp().attribute_epoch)) {
    entry->value = R[value];
    DISPATCH();
  }
  SAVE_PC();
  if (!set_attr(thread, target, name, R[value])) goto error;
  fill_attribute_cache(thread, target, name, cache);
  DISPATCH();
}
op_DELETE_ATTR: {
  uint32_t object = A;
  Value name = code->names[EXTRA()];
  SAVE_PC();
  if (!del_attr(thread, R[object], name)) goto error;
  DISPATCH();
}
op_LOAD_METHOD: {
  uint32_t base = A, object = B;
  Value name = code->names[EXTRA()];
  uint32_t* cache = const_cast<uint32_t*>(ip);
  ip += 5;
  Value target = R[object];
  if (target.is_object() && cache[2] == uint32_t(thread.interp().attribute_epoch) &&
      reinterpret_cast<uint64_t>(target.as_object()->type) == cache_word_pair(cache)) {
    // The class's function, unless the instance dict shadows it.
    uint32_t offset = target.as_object()->type->dict_offset;
    DictObject* dict = offset == 0 ? nullptr : *dict_slot_at(target.as_object(), offset);
    if (dict == nullptr || dict->used == 0 || dict_get_str(dict, name).is_empty()) {
      R[base] = Value::from_bits(cache_word_pair(cache + 3));
      R[base + 1] = target;
      DISPATCH();
    }
  }
  SAVE_PC();
  Value callable, self;
  if (!get_method(thread, target, name, &callable, &self)) goto error;
  R[base] = callable;
  R[base + 1] = self;
  if (!self.is_empty()) fill_method_cache(thread, target, name, cache);
  DISPATCH();
}
op_GET_ITEM: {
  Value container = R[B], key = R[C];
  if (has_type(container, types.list) && key.is_small_int()) {
    auto& items = static_cast<ListObject*>(container.as_object())->items;
    int64_t index = key.as_small_int();
    if (index < 0) index += int64_t(items.size());
    if (index >= 0 && index < int64_t(items.size())) {
      R[A] = items[size_t(index)];
      DISPATCH();
    }
  }
  SAVE_PC();
  Value result = get_item(thread, container, key);
  CHECK(result);
  R[A] = result;
  DISPATCH();
}
op_SET_ITEM:
  SAVE_PC();
  if (!set_item(thread, R[A], R[B], R[C])) goto error;
  DISPATCH();
op_DEL_ITEM:
  SAVE_PC();
  if (!del_item(thread, R[A], R[B])) goto error;
  DISPATCH();
op_BINARY_OP: {
  uint32_t dst = A, left = B, right = C;
  auto* instruction = const_cast<uint32_t*>(ip - 1);
  BinaryOp op = BinaryOp(instruction[1]);
  uint32_t& counter = instruction[2];
  ip += 2;
  if ((counter & 0xFFFF) > 0) {
    --counter;
  } else {
    Opcode specialised = specialise_binary_op(op, R[left], R[right]);
    if (specialised != Opcode::BINARY_OP) {
      instruction[0] = (instruction[0] & ~0xFFu) | uint32_t(specialised);
    } else {
      counter = next_backoff(instruction[2]);
    }
  }
  SAVE_PC();
  Value result = binary_op(thread, op, R[left], R[right]);
  CHECK(result);
  R[dst] = result;
  DISPATCH();
}
op_BINARY_OP_INT: {
  Value x = R[B], y = R[C];
  BinaryOp op = BinaryOp(ip[0]);
  if (Value::both_small_ints(x, y)) {
    int64_t a = x.as_small_int(), b = y.as_small_int(), r = 0;
    bool done = true;
    switch (op) {
      case BinaryOp::FloorDiv:
      case BinaryOp::Mod:
        if (b == 0) {
          done = false;
          break;
        }
        r = a / b;
        if ((a % b != 0) && ((a < 0) != (b < 0))) --r;
        if (op == BinaryOp::Mod) r = a - r * b;
        break;
      case BinaryOp::And: r = a & b; break;
      case BinaryOp::Or: r = a | b; break;
      case BinaryOp::Xor: r = a ^ b; break;
      case BinaryOp::RShift:
        if (b < 0) done = false;
        else r = b >= 63 ? (a < 0 ? -1 : 0) : a >> b;
        break;
      default: done = false;
    }
    if (done && Value::fits_small_int(r)) {
      R[A] = Value::small_int(r);
      ip += 2;
      DISPATCH();
    }
    if (done || (op != BinaryOp::FloorDiv && op != BinaryOp::Mod)) goto deoptimise_binary_op;
    // Division by zero: the generic path raises, the specialisation stays.
    goto generic_binary_op;
  }
  goto deoptimise_binary_op;
}
op_BINARY_OP_FLOAT: {
  Value x = R[B], y = R[C];
  BinaryOp op = BinaryOp(ip[0]);
  if (x.is_float() && y.is_float() && op == BinaryOp::TrueDiv && y.as_double() != 0.0) {
    R[A] = Value::from_double(x.as_double() / y.as_double());
    ip += 2;
    DISPATCH();
  }
  if (x.is_float() && y.is_float()) goto generic_binary_op;
  goto deoptimise_binary_op;
}
deoptimise_binary_op : {
  auto* instruction = const_cast<uint32_t*>(ip - 1);
  instruction[0] = (instruction[0] & ~0xFFu) | uint32_t(Opcode::BINARY_OP);
  instruction[2] = next_backoff(instruction[2] & 0xFFFF0000u);
}
generic_binary_op : {
  uint32_t dst = A, left = B, right = C;
  BinaryOp op = BinaryOp(ip[0]);
  ip += 2;
  SAVE_PC();
  Value result = binary_op(thread, op, R[left], R[right]);
  CHECK(result);
  R[dst] = result;
  DISPATCH();
}
op_INPLACE_OP: {
  uint32_t dst = A, left = B, right = C;
  BinaryOp op = BinaryOp(EXTRA());
  Value x = R[left], y = R[right];
  if (op == BinaryOp::Add && Value::both_small_ints(x, y)) {
    int64_t sum = x.as_small_int() + y.as_small_int();
    if (Value::fits_small_int(sum)) {
      R[dst] = Value::small_int(sum);
      DISPATCH();
    }
  }
  SAVE_PC();
  Value result = inplace_op(thread, op, x, y);
  CHECK(result);
  R[dst] = result;
  DISPATCH();
}
op_ADD: {
  Value x = R[B], y = R[C];
  if (Value::both_small_ints(x, y)) {
    int64_t sum = x.as_small_int() + y.as_small_int();
    if (Value::fits_small_int(sum)) {
      R[A] = Value::small_int(sum);
      DISPATCH();
    }
  } else if (x.is_float() && y.is_float()) {
    R[A] = Value::from_double(x.as_double() + y.as_double());
    DISPATCH();
  }
  SAVE_PC();
  Value result = binary_op(thread, BinaryOp::Add, x, y);
  CHECK(result);
  R[A] = result;
  DISPATCH();
}
op_SUB: {
  Value x = R[B], y = R[C];
  if (Value::both_small_ints(x, y)) {
    int64_t difference = x.as_small_int() - y.as_small_int();
    if (Value::fits_small_int(difference)) {
      R[A] = Value::small_int(difference);
      DISPATCH();
    }
  } else if (x.is_float() && y.is_float()) {
    R[A] = Value::from_double(x.as_double() - y.as_double());
    DISPATCH();
  }
  SAVE_PC();
  Value result = binary_op(thread, BinaryOp::Sub, x, y);
  CHECK(result);
  R[A] = result;
  DISPATCH();
}
op_MUL: {
  Value x = R[B], y = R[C];
  if (Value::both_small_ints(x, y)) {
    int64_t product;
    if (!__builtin_mul_overflow(x.as_small_int(), y.as_small_int(), &product) && Value::fits_small_int(product)) {
      R[A] = Value::small_int(product);
      DISPATCH();
    }
  } else if (x.is_float() && y.is_float()) {
    R[A] = Value::from_double(x.as_double() * y.as_double());
    DISPATCH();
  }
  SAVE_PC();
  Value result = binary_op(thread, BinaryOp::Mul, x, y);
  CHECK(result);
  R[A] = result;
  DISPATCH();
}
op_UNARY_NEGATIVE: {
  SAVE_PC();
  Value result = unary_op(thread, UnaryOp::Negative, R[B]);
  CHECK(result);
  R[A] = result;
  DISPATCH();
}
op_UNARY_POSITIVE: {
  SAVE_PC();
  Value result = unary_op(thread, UnaryOp::Positive, R[B]);
  CHECK(result);
  R[A] = result;
  DISPATCH();
}
op_UNARY_INVERT: {
  SAVE_PC();
  Value result = unary_op(thread, UnaryOp::Invert, R[B]);
  CHECK(result);
  R[A] = result;
  DISPATCH();
}
op_UNARY_NOT: {
  Value v = R[B];
  if (v.is_bool()) {
    R[A] = Value::boolean(v.is_false());
    DISPATCH();
  }
  SAVE_PC();
  int t = truthy(thread, v);
  if (t < 0) goto error;
  R[A] = Value::boolean(!t);
  DISPATCH();
}
op_COMPARE: {
  uint32_t dst = A, left = B, right = C;
  CompareOp op = CompareOp(EXTRA());
  Value x = R[left], y = R[right];
  if (Value::both_small_ints(x, y)) {
    int64_t a = x.as_small_int(), b = y.as_small_int();
    bool r = op == CompareOp::Lt ? a < b : op == CompareOp::Le ? a <= b : op == CompareOp::Eq ? a == b
             : op == CompareOp::Ne ? a != b : op == CompareOp::Gt ? a > b : a >= b;
    R[dst] = Value::boolean(r);
    DISPATCH();
  }
  SAVE_PC();
  Value result = compare(thread, op, x, y);
  CHECK(result);
  R[dst] = result;
  DISPATCH();
}
op_LESS: {
  Value x = R[B], y = R[C];
  if (Value::both_small_ints(x, y)) {
    R[A] = Value::boolean(x.as_small_int() < y.as_small_int());
    DISPATCH();
  }
  if (x.is_float() && y.is_float()) {
    R[A] = Value::boolean(x.as_double() < y.as_double());
    DISPATCH();
  }
  SAVE_PC();
  Value result = compare(thread, CompareOp::Lt, x, y);
  CHECK(result);
  R[A] = result;
  DISPATCH();
}
op_IS:
  R[A] = Value::boolean(R[B] == R[C]);
  DISPATCH();
op_IS_NOT:
  R[A] = Value::boolean(R[B] != R[C]);
  DISPATCH();
op_CONTAINS:
op_NOT_CONTAINS: {
  SAVE_PC();
  int r = contains(thread, R[C], R[B]);
  if (r < 0) goto error;
  R[A] = Value::boolean(bytecode::opcode_of(word) == Opcode::CONTAINS ? r : !r);
  DISPATCH();
}
op_TO_BOOL: {
  SAVE_PC();
  int t = truthy(thread, R[B]);
  if (t < 0) goto error;
  R[A] = Value::boolean(t);
  DISPATCH();
}
op_JUMP: {
  const uint32_t* target = code_start + *ip;
  // Loops jump backwards: the place to notice an asynchronous interrupt (Ctrl-C).
  if (target < ip && thread.interp().interrupt_requested.load(std::memory_order_relaxed)) {
    SAVE_PC();
    thread.interp().interrupt_requested.store(false, std::memory_order_relaxed);
    Value interrupt = make_exception(thread, thread.types().KeyboardInterrupt, Value());
    if (!interrupt.is_error()) thread.raise_value(interrupt);
    goto error;
  }
  ip = target;
  GC_SAFE_POINT();
  DISPATCH();
}
op_JUMP_IF_FALSE:
op_JUMP_IF_TRUE: {
  Value v = R[A];
  bool jump_when = bytecode::opcode_of(word) == Opcode::JUMP_IF_TRUE;
  int t;
  if (v.is_bool()) t = v.is_true();
  else {
    SAVE_PC();
    t = truthy(thread, v);
    if (t < 0) goto error;
  }
  if (bool(t) == jump_when) ip = code_start + *ip;
  else ++ip;
  DISPATCH();
}
op_GET_ITER: {
  SAVE_PC();
  Value result = get_iter(thread, R[B]);
  CHECK(result);
  R[A] = result;
  DISPATCH();
}
op_FOR_ITER: {
  Value iterator = R[B];
  if (has_type(iterator, types.range_iterator)) {
    auto* range = static_cast<SequenceIteratorObject*>(iterator.as_object());
    if (range->remaining > 0 && Value::fits_small_int(range->index)) {
      --range->remaining;
      R[A] = Value::small_int(range->index);
      range->index += range->step;
      ++ip;
      DISPATCH();
    }
  }
  SAVE_PC();
  Value item = iter_next(thread, iterator);
  CHECK(item);
  if (item.is_empty()) {
    ip = code_start + *ip;
  } else {
    R[A] = item;
    ++ip;
  }
  DISPATCH();
}
op_BUILD_LIST:
  R[A] = to_value(list_from(thread, R + B, C));
  DISPATCH();
op_BUILD_TUPLE:
  R[A] = to_value(tuple_from(thread, R + B, C));
  DISPATCH();
op_BUILD_SLICE: {
  SliceObject* slice = thread.heap().make<SliceObject>(types.slice);
  slice->start = R[B];
  slice->stop = R[B + 1];
  slice->step = R[B + 2];
  R[A] = to_value(slice);
  DISPATCH();
}
op_BUILD_DICT: {
  uint32_t dst = A, first = B, pairs = C;
  SAVE_PC();
  DictObject* dict = dict_new(thread);
  Value keep = to_value(dict);
  for (uint32_t i = 0; i < pairs; ++i)
    if (!dict_set(thread, dict, R[first + 2 * i], R[first + 2 * i + 1])) goto error;
  R[dst] = keep;
  DISPATCH();
}
op_BUILD_SET: {
  uint32_t dst = A, first = B, count = C;
  SAVE_PC();
  SetObject* set = set_new(thread, types.set);
  Value keep = to_value(set);
  for (uint32_t i = 0; i < count; ++i)
    if (!set_add(thread, set, R[first + i])) goto error;
  R[dst] = keep;
  DISPATCH();
}
op_SET_ADD:
  SAVE_PC();
  if (!set_add(thread, static_cast<SetObject*>(R[A].as_object()), R[B])) goto error;
  DISPATCH();
op_SET_UPDATE:
  SAVE_PC();
  if (!set_update(thread, static_cast<SetObject*>(R[A].as_object()), R[B])) goto error;
  DISPATCH();
op_LIST_APPEND:
  list_append(thread, static_cast<ListObject*>(R[A].as_object()), R[B]);
  DISPATCH();
op_DICT_SET:
  SAVE_PC();
  if (!dict_set(thread, static_cast<DictObject*>(R[A].as_object()), R[B], R[C])) goto error;
  DISPATCH();
op_UNPACK_STARRED: {
  // a, *b, c = src: `before` items, a list of the middle, `after` items into first...
  uint32_t first = A, before = C;
  uint32_t after = EXTRA();
  SAVE_PC();
  Value iterator = get_iter(thread, R[B]);
  if (iterator.is_error()) {
    if (thread.pending_is(types.TypeError)) {
      thread.take_pending();
      thread.raise_format(types.TypeError, "cannot unpack non-iterable %s object", type_name(thread, R[B]));
    }
    goto error;
  }
  ListObject* items = list_new(thread);
  Value keep = to_value(items);
  for (;;) {
    Value item = iter_next(thread, iterator);
    CHECK(item);
    if (item.is_empty()) break;
    list_append(thread, items, item);
  }
  size_t size = items->items.size();
  if (size < before + after) {
    thread.raise_format(types.ValueError, "not enough values to unpack (expected at least %u, got %zu)", before + after, size);
    goto error;
  }
  for (uint32_t i = 0; i < before; ++i) R[first + i] = items->items[i];
  ListObject* middle = list_from(thread, items->items.data() + before, size - before - after);
  R[first + before] = to_value(middle);
  for (uint32_t i = 0; i < after; ++i) R[first + before + 1 + i] = items->items[size - after + i];
  (void)keep;
  DISPATCH();
}
op_LIST_TO_TUPLE: {
  auto* list = static_cast<ListObject*>(R[B].as_object());
  R[A] = to_value(tuple_from(thread, list->items.data(), list->items.size()));
  DISPATCH();
}
op_UNPACK_SEQUENCE:
  SAVE_PC();
  if (!unpack(thread, R[B], R + A, C)) goto error;
  DISPATCH();
op_FORMAT_VALUE: {
  SAVE_PC();
  Value result = C == 1 ? repr(thread, R[B]) : to_str(thread, R[B]);
  CHECK(result);
  R[A] = result;
  DISPATCH();
}
op_FORMAT_SPEC: {
  SAVE_PC();
  Value result = format_value(thread, R[B], as_str(R[C])->view());
  CHECK(result);
  R[A] = result;
  DISPATCH();
}
op_BUILD_STRING: {
  {  // `text` must be destroyed before DISPATCH: a computed goto runs no destructors.
    std::string text;
    for (uint32_t i = 0; i < C; ++i) text += as_str(R[B + i])->view();
    R[A] = str_value(thread, text);
  }
  DISPATCH();
}
op_CALL:
op_CALL_KW:
op_CALL_METHOD:
op_CALL_METHOD_KW: {
  Opcode op = bytecode::opcode_of(word);
  uint32_t dst = A, base = B, nargs = C;
  // The call's registers (callable, self, arguments) are dead once the call is made: cleared,
  // so that they keep nothing alive for the collector (CPython pops them).
  uint32_t span = nargs + (op == Opcode::CALL_METHOD || op == Opcode::CALL_METHOD_KW ? 2 : 1);
  TupleObject* kwnames = nullptr;
  if (op == Opcode::CALL_KW || op == Opcode::CALL_METHOD_KW)
    kwnames = static_cast<TupleObject*>(code->constants[EXTRA()].as_object());
  Value callable = R[base];
  Value* args = R + base + 1;
  if (op == Opcode::CALL_METHOD || op == Opcode::CALL_METHOD_KW) {
    if (R[base + 1].is_empty()) {
      args = R + base + 2;
    } else {
      ++nargs;  // self is the first argument
    }
  }
  SAVE_PC();
  if (has_type(callable, types.method)) {
    // A bound method: the function with self prepended, using the register before the
    // arguments when it is free (it is, for CALL: it held the method itself).
    auto* method = static_cast<BoundMethodObject*>(callable.as_object());
    if (args == R + base + 1) {
      R[base] = method->self;
      callable = method->function;
      args = R + base;
      ++nargs;
    } else if (args == R + base + 2) {
      R[base + 1] = method->self;
      callable = method->function;
      args = R + base + 1;
      ++nargs;
    }
  }
  if (has_type(callable, types.function)) {
    auto* function = static_cast<FunctionObject*>(callable.as_object());
    if (function->code->flags & code_flag::kGenerator) {
      Value generator = make_generator(thread, function, args, nargs, kwnames);
      CHECK(generator);
      std::fill(R + base, R + base + span, Value::unbound());
      R[dst] = generator;
      DISPATCH();
    }
    if (!push_frame(thread, function, function->code, function->globals, nullptr, args, nargs, kwnames, dst, false))
      goto error;
    std::fill(R + base, R + base + span, Value::unbound());
    LOAD_FRAME();
    GC_SAFE_POINT();
    DISPATCH();
  }
  thread.native_call_frame = __builtin_frame_address(0);
  thread.native_call_callable = callable;
  Value result = call(thread, callable, args, nargs, kwnames);
  CHECK(result);
  std::fill(R + base, R + base + span, Value::unbound());
  R[dst] = result;
  DISPATCH();
}
op_LIST_EXTEND: {
  SAVE_PC();
  auto* list = static_cast<ListObject*>(R[A].as_object());
  Value iterable = R[B];
  if (C != 0) {
    // f(*iterable): the callable is the register below the argument list.
    if (!extend_call_arguments(thread, list, iterable, R[A - 1])) goto error;
    DISPATCH();
  }
  Value iterator = get_iter(thread, iterable);
  if (iterator.is_error()) {
    if (thread.pending_is(types.TypeError) && !has_type(iterable, types.type)) {
      thread.take_pending();
      thread.raise_format(types.TypeError, "Value after * must be an iterable, not %s", type_name(thread, iterable));
    }
    goto error;
  }
  for (;;) {
    Value item = iter_next(thread, iterator);
    CHECK(item);
    if (item.is_empty()) break;
    list_append(thread, list, item);
  }
  DISPATCH();
}
op_DICT_UPDATE: {
  SAVE_PC();
  auto* dict = static_cast<DictObject*>(R[A].as_object());
  Value mapping = R[B];
  if (!has_type(mapping, types.dict)) {
    thread.raise_format(types.TypeError, "'%s' object is not a mapping", type_name(thread, mapping));
    goto error;
  }
  auto* source = static_cast<DictObject*>(mapping.as_object());
  for (size_t i = 0; i < source->entries.size(); ++i) {
    DictEntry entry = source->entries[i];
    if (entry.key.is_empty()) continue;
    if (!dict_set(thread, dict, entry.key, entry.value)) goto error;
  }
  DISPATCH();
}
op_DICT_MERGE: {
  // f(**mapping): the callable is two registers below the keyword dict (see call_ex).
  SAVE_PC();
  if (!merge_call_keywords(thread, static_cast<DictObject*>(R[A].as_object()), R[B], R[A - 2])) goto error;
  DISPATCH();
}
op_CALL_EX: {
  uint32_t dst = A, base = B;
  SAVE_PC();
  // The argument vector lives in an inner scope that ends before any DISPATCH: a computed
  // goto leaves a scope without running destructors.
  enum class Outcome { Error, PushedFrame, Returned } outcome;
  {
    auto* positional = static_cast<ListObject*>(R[base + 1].as_object());
    std::vector<Value> args(positional->items.begin(), positional->items.end());
    TupleObject* kwnames = nullptr;
    if (C != 0) {
      auto* keywords = static_cast<DictObject*>(R[base + 2].as_object());
      kwnames = tuple_new(thread, keywords->used);
      size_t k = 0;
      for (size_t i = 0; i < keywords->entries.size(); ++i) {
        DictEntry entry = keywords->entries[i];
        if (entry.key.is_empty()) continue;
        kwnames->items[k++] = entry.key;
        args.push_back(entry.value);
      }
    }
    // `args` lives outside the heap; every value in it is also held by the list and dict in
    // this frame's registers, and kwnames by the C++ stack (scanned conservatively).
    Value callable = R[base];
    if (has_type(callable, types.function) &&
        !(static_cast<FunctionObject*>(callable.as_object())->code->flags & code_flag::kGenerator)) {
      auto* function = static_cast<FunctionObject*>(callable.as_object());
      outcome = push_frame(thread, function, function->code, function->globals, nullptr, args.data(), args.size(),
                           kwnames, dst, false)
                    ? Outcome::PushedFrame
                    : Outcome::Error;
    } else {
      Value result = call(thread, callable, args.data(), args.size(), kwnames);
      if (result.is_error()) {
        outcome = Outcome::Error;
      } else {
        R[dst] = result;
        outcome = Outcome::Returned;
      }
    }
  }
  if (outcome == Outcome::Error) goto error;
  if (outcome == Outcome::PushedFrame) LOAD_FRAME();
  DISPATCH();
}
op_MAKE_FUNCTION: {
  uint32_t dst = A, extras = B, flags = C;
  auto* body = static_cast<CodeObject*>(code->constants[EXTRA()].as_object());
  R[dst] = make_function(thread, *frame, body, R + extras, flags);
  DISPATCH();
}
op_SET_FUNCTION_ATTRIBUTE:
  set_function_attribute(static_cast<FunctionObject*>(R[A].as_object()), R[B], C);
  DISPATCH();
op_SETUP_ANNOTATIONS: {
  Value key = thread.interp().intern("__annotations__");
  SAVE_PC();
  if (frame->locals_dict == nullptr) {
    Value present = mapping_load_name(thread, frame->locals_mapping, key);
    CHECK(present);
    if (present.is_empty() && !set_item(thread, frame->locals_mapping, key, to_value(dict_new(thread)))) goto error;
    DISPATCH();
  }
  if (dict_get_str(frame->locals_dict, key).is_empty()) {
    if (!dict_set(thread, frame->locals_dict, key, to_value(dict_new(thread)))) goto error;
  }
  DISPATCH();
}
op_LOAD_BUILD_CLASS: {
  Value found = dict_get_str(thread.interp().builtins(), thread.interp().intern("__build_class__"));
  if (found.is_empty()) {
    SAVE_PC();
    thread.raise(types.NameError, "__build_class__ not found");
    goto error;
  }
  R[A] = found;
  DISPATCH();
}
op_LOAD_ASSERTION_ERROR:
  R[A] = to_value(types.AssertionError);
  DISPATCH();
op_BEFORE_WITH: {
  uint32_t first = A;
  Value manager = R[B];
  SAVE_PC();
  Type* type = type_of(thread.interp(), manager);
  Value enter = type_lookup(type, thread.interp().intern("__enter__"));
  Value exit = type_lookup(type, thread.interp().intern("__exit__"));
  if (enter.is_empty() || exit.is_empty()) {
    thread.raise_format(types.TypeError,
                        enter.is_empty() ? "'%s' object does not support the context manager protocol"
                                         : "'%s' object does not support the context manager protocol (missed __exit__ method)",
                        type->name.c_str());
    goto error;
  }
  Value bound_exit = get_attr(thread, manager, thread.interp().intern("__exit__"));
  CHECK(bound_exit);
  R[first] = bound_exit;
  Value entered = call(thread, enter, &manager, 1);
  CHECK(entered);
  R[first + 1] = entered;
  DISPATCH();
}
op_WITH_EXIT: {
  SAVE_PC();
  Value nones[3] = {Value::none(), Value::none(), Value::none()};
  Value result = call(thread, R[A], nones, 3);
  CHECK(result);
  DISPATCH();
}
op_WITH_EXCEPT: {
  uint32_t dst = A;
  SAVE_PC();
  Value exception = R[C];
  Value traceback = is_exception(thread, exception) ? as_exception(exception)->traceback : Value();
  Value details[3] = {to_value(type_of(thread.interp(), exception)), exception,
                      traceback.is_empty() ? Value::none() : traceback};
  Value result = call(thread, R[B], details, 3);
  CHECK(result);
  int suppress = truthy(thread, result);
  if (suppress < 0) goto error;
  R[dst] = Value::boolean(suppress);
  DISPATCH();
}
op_IMPORT_NAME: {
  uint32_t dst = A, top_level = B, level = C;
  Value dotted = code->constants[EXTRA()];
  SAVE_PC();
  Value module = import_for_statement(thread, dotted, frame->globals, top_level != 0, int(level));
  CHECK(module);
  R[dst] = module;
  DISPATCH();
}
op_IMPORT_FROM: {
  uint32_t dst = A, module = B;
  Value name = code->names[EXTRA()];
  SAVE_PC();
  Value found = import_from(thread, R[module], name);
  CHECK(found);
  R[dst] = found;
  DISPATCH();
}
op_IMPORT_STAR:
  SAVE_PC();
  if (!import_star(thread, R[A], frame->locals_dict != nullptr ? to_value(frame->locals_dict) : frame->locals_mapping))
    goto error;
  DISPATCH();
op_YIELD: {
  Value value = R[B];
  GeneratorObject* generator = frame->generator;
  generator->resume_register = A;
  generator->yielded_value = true;
  SAVE_PC();
  generator->pc = frame->pc;
  std::copy(R, R + code->register_count, generator->registers.begin());
  thread.generator_yielded = true;
  pop_frame(thread);
  return value;  // generator frames are always entered from native code
}
op_RETURN: {
  Value result = R[A];
  bool to_native = frame->returns_to_native;
  uint32_t return_register = frame->return_register;
  pop_frame(thread);
  if (to_native) return result;
  LOAD_FRAME();
  R[return_register] = result;
  DISPATCH();
}
op_RAISE: {
  SAVE_PC();
  if (C == 0) {
    if (thread.handled_exception.is_empty()) {
      thread.raise(types.RuntimeError, "No active exception to reraise");
      goto error;
    }
    thread.restore_pending(thread.handled_exception);
    reraising = true;
    goto error;
  }
  Value exception = exception_to_raise(thread, R[A]);
  CHECK(exception);
  if (C == 2 && !set_raise_cause(thread, exception, R[B])) goto error;
  thread.raise_value(exception);
  goto error;
}
op_RERAISE:
  SAVE_PC();
  thread.restore_pending(R[A]);
  reraising = true;
  goto error;
op_CHECK_EXC_MATCH: {
  SAVE_PC();
  int r = exception_matches(thread, R[B], R[C]);
  if (r < 0) goto error;
  R[A] = Value::boolean(r);
  DISPATCH();
}
op_ENTER_HANDLER:
  // In a generator, "what the caller was handling" is saved as a marker: the generator may be
  // resumed by another caller before the handler ends (CPython chains the exception states).
  R[A] = frame->generator != nullptr && thread.handled_exception == frame->generator->caller_handled
             ? Value::unbound()
             : thread.handled_exception;
  thread.handled_exception = R[B];
  DISPATCH();
op_EXIT_HANDLER:
  thread.handled_exception = R[A].is_unbound() && frame->generator != nullptr ? frame->generator->caller_handled : R[A];
  DISPATCH();
op_CHECK_EG_MATCH:
  SAVE_PC();
  if (!exception_group_match(thread, R[B], R[C], &R[A], &R[A + 1])) goto error;
  DISPATCH();
op_PREP_RERAISE_STAR: {
  SAVE_PC();
  Value result = prepare_reraise_star(thread, R[B], R[C]);
  CHECK(result);
  R[A] = result;
  DISPATCH();
}

#include "vm/interpreter_loop_async_match.inc"

error : {
  SAVE_PC();
  Value exception = thread.pending();
  uint32_t at = frame->pc - 1;
  if (!reraising && frame->pc > 0) add_traceback_entry(thread, exception, code, frame->globals, frame->locals_dict, at);
  reraising = false;
  for (const ExceptionHandler& handler : code->handlers) {
    if (at >= handler.start && at < handler.end) {
      R[handler.exception_register] = thread.take_pending();
      ip = code_start + handler.target;
      DISPATCH();
    }
  }
  bool to_native = frame->returns_to_native;
  // PEP 479: a StopIteration escaping a generator becomes a RuntimeError.
  if (frame->generator != nullptr) convert_generator_stop(thread, frame->generator);
  pop_frame(thread);
  if (to_native) return Value::error();
  LOAD_FRAME();
  goto error;
}
#undef LOAD_FRAME
#undef SAVE_PC
#undef DISPATCH
#undef A
#undef B
#undef C
#undef EXTRA
#undef CHECK
#undef GC_SAFE_POINT
}

}  // namespace

// Native code calling back into Python nests a C++ loop: refuse before the native stack runs out.
bool native_stack_exhausted(Thread& thread) {
  if (thread.native_stack_limit == nullptr || __builtin_frame_address(0) > thread.native_stack_limit) return false;
  thread.raise(thread.types().RecursionError, "maximum recursion depth exceeded");
  return true;
}

Value call_function(Thread& thread, FunctionObject* function, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (function->code->flags & code_flag::kGenerator) return make_generator(thread, function, args, nargs, kwnames);
  if (native_stack_exhausted(thread)) return Value::error();
  if (!push_frame(thread, function, function->code, function->globals, nullptr, args, nargs, kwnames, 0, true))
    return Value::error();
  return execute(thread, false);
}

// Resumes the generator's own frame (vm/coroutines.cpp's resume_generator forwards to a
// yield-from delegate first).
Value resume_generator_frame(Thread& thread, GeneratorObject* generator, Value sent, Value thrown, Value* returned) {
  const BuiltinTypes& types = thread.types();
  if (generator->finished || (!generator->started && !thrown.is_empty())) {
    generator->finished = true;
    generator->registers.clear();
    if (!thrown.is_empty()) return thread.restore_pending(thrown);
    return Value();
  }
  if (!generator->started && !sent.is_empty() && !sent.is_none())
    return thread.raise(types.TypeError, "can't send non-None value to a just-started generator");
  if (native_stack_exhausted(thread)) return Value::error();
  if (thread.recursion_depth >= thread.interp().recursion_limit)
    return thread.raise(types.RecursionError, "maximum recursion depth exceeded");
  FunctionObject* function = generator->function;
  CodeObject* code = function->code;
  Value* registers = thread.value_stack_top;
  if (registers + code->register_count > thread.value_stack() + Thread::kValueStackSize)
    return thread.raise(types.RecursionError, "maximum recursion depth exceeded");
  std::copy(generator->registers.begin(), generator->registers.end(), registers);
  thread.value_stack_top = registers + code->register_count;
  if (generator->started && thrown.is_empty()) registers[generator->resume_register] = sent.is_empty() ? Value::none() : sent;
  thread.frames.push_back(Frame{code, function, function->globals, nullptr, registers, generator->pc, 0, true, generator});
  ++thread.recursion_depth;
  generator->started = true;
  generator->running = true;
  thread.generator_yielded = false;
  bool with_error = false;
  if (!thrown.is_empty()) {
    thread.restore_pending(thrown);
    with_error = true;
  }
  // What the generator handles while it runs is its own: the caller's is back after a yield,
  // and the generator's (when it yielded inside an except block) is back when it resumes.
  Value caller_handled = thread.handled_exception;
  generator->caller_handled = caller_handled;
  if (!generator->handled.is_empty()) thread.handled_exception = generator->handled;
  Value result = execute(thread, with_error);
  bool suspended = !result.is_error() && thread.generator_yielded;
  generator->handled = suspended && !(thread.handled_exception == caller_handled) ? thread.handled_exception : Value();
  thread.handled_exception = caller_handled;
  generator->caller_handled = Value();
  generator->running = false;
  if (result.is_error()) return result;
  if (thread.generator_yielded) {
    thread.generator_yielded = false;
    return result;
  }
  if (returned != nullptr) *returned = result;
  return Value();
}

Value run_code(Thread& thread, CodeObject* code, DictObject* globals, DictObject* locals) {
  if (native_stack_exhausted(thread)) return Value::error();
  if (!push_frame(thread, nullptr, code, globals, locals, nullptr, 0, nullptr, 0, true)) return Value::error();
  return execute(thread, false);
}

Value run_code_with_mapping(Thread& thread, CodeObject* code, DictObject* globals, Value locals) {
  if (native_stack_exhausted(thread)) return Value::error();
  if (!push_frame(thread, nullptr, code, globals, nullptr, nullptr, 0, nullptr, 0, true)) return Value::error();
  thread.frames.back().locals_mapping = locals;
  return execute(thread, false);
}

Value run_class_body(Thread& thread, FunctionObject* body, Value namespace_value) {
  if (native_stack_exhausted(thread)) return Value::error();
  // A dict runs as the frame's locals dict; anything else from __prepare__ (a dict subclass
  // overriding __setitem__, as enum's) goes through the mapping protocol.
  bool exact_dict = has_type(namespace_value, thread.types().dict);
  DictObject* namespace_dict = exact_dict ? static_cast<DictObject*>(namespace_value.as_object()) : nullptr;
  if (!push_frame(thread, body, body->code, body->globals, namespace_dict, nullptr, 0, nullptr, 0, true))
    return Value::error();
  if (!exact_dict) thread.frames.back().locals_mapping = namespace_value;
  return execute(thread, false);
}

}  // namespace pyxis
