// Unit tests for the collector (src/gc/heap.cpp): unreachable cycles are freed, objects
// reachable from roots or from the native stack survive, interior pointers count, memory
// is reused, and an interpreter under allocation pressure keeps a bounded heap.
#include "gc/heap.h"

#include <gtest/gtest.h>

#include "objects/dict_object.h"
#include "objects/list_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/type_object.h"
#include "vm/interpreter.h"
#include "vm/run.h"

namespace pyxis {
namespace {

// A bare heap with one test type whose objects hold two Values.
struct Pair : Object {
  Value first;
  Value second;
};

void trace_pair(Object* object, gc::Tracer& tracer) {
  tracer.visit(static_cast<Pair*>(object)->first);
  tracer.visit(static_cast<Pair*>(object)->second);
}

struct TestHeap {
  gc::Heap heap;
  Type* pair_type;
  std::vector<Object*> roots;  // precise roots
  bool scan_stack = false;
  const void* stack_base = nullptr;

  TestHeap() {
    heap.set_enabled(false);
    // A type needs a type: a self-describing metatype, as `type` is in an interpreter.
    Type* meta = heap.make<Type>(nullptr);
    meta->type = meta;
    meta->trace = trace_type;      // how to trace and destroy the metatype's instances (types)
    meta->destroy = destroy_type;
    pair_type = heap.make<Type>(meta);
    pair_type->trace = trace_pair;  // pairs need no destroy hook
    heap.set_enabled(true);
    heap.set_root_enumerator([this](gc::Tracer& tracer, const void* stack_top) {
      tracer.visit(pair_type);
      for (Object* root : roots) tracer.visit(root);
      if (scan_stack) tracer.scan_conservatively(stack_top, stack_base);
    });
  }
  Pair* pair(Value a = Value(), Value b = Value()) {
    Pair* p = heap.make<Pair>(pair_type);
    p->first = a;
    p->second = b;
    return p;
  }
};

__attribute__((noinline)) void make_dropped_cycles(TestHeap& t, int count) {
  for (int i = 0; i < count; ++i) {
    Pair* a = t.pair();
    Pair* b = t.pair(to_value(a));
    a->first = to_value(b);  // a two-object cycle, dropped
  }
}

TEST(Heap, UnreachableCyclesAreFreedAndRootsSurvive) {
  TestHeap t;
  Pair* kept = t.pair(Value::small_int(1));
  Pair* kept_child = t.pair(Value::from_double(2.5));
  kept->second = to_value(kept_child);
  t.roots.push_back(kept);
  make_dropped_cycles(t, 1000);
  uint64_t before = t.heap.stats().objects_freed;
  t.heap.collect();
  // The native stack is scanned conservatively: a stale register may pin a pair or two.
  EXPECT_GE(t.heap.stats().objects_freed - before, 1990u);
  EXPECT_TRUE(t.heap.contains(kept));
  EXPECT_TRUE(t.heap.contains(kept_child));
  EXPECT_EQ(kept->first.as_small_int(), 1);
  EXPECT_EQ(static_cast<Pair*>(kept->second.as_object())->first.as_double(), 2.5);
}

TEST(Heap, FreedMemoryIsReusedAndPagesReturned) {
  TestHeap t;
  for (int round = 0; round < 20; ++round) {
    for (int i = 0; i < 20000; ++i) t.pair();
    t.heap.collect();
  }
  // 20000 pairs of 32 bytes fit in 3 pages; empty pages go back after each collection.
  EXPECT_LE(t.heap.stats().pages, 2u);
  // Only the two type objects are left.
  EXPECT_LE(t.heap.stats().live_bytes, 2 * sizeof(Type) + 4 * sizeof(Pair));
}

__attribute__((noinline)) Pair* make_stack_only_pair(TestHeap& t) { return t.pair(Value::small_int(42)); }

TEST(Heap, NativeStackReferencesKeepObjectsAlive) {
  TestHeap t;
  int marker = 0;
  // Generously above this frame (computed on the address: the stack is one region here).
  t.stack_base = reinterpret_cast<const void*>(reinterpret_cast<uintptr_t>(&marker) + 1024 * sizeof(int));
  t.scan_stack = true;
  Pair* volatile on_stack = make_stack_only_pair(t);
  // An interior pointer (to the second field) also counts.
  Pair* interior_target = make_stack_only_pair(t);
  volatile uintptr_t interior = reinterpret_cast<uintptr_t>(&interior_target->second);
  interior_target = nullptr;
  t.heap.collect();
  EXPECT_TRUE(t.heap.contains(on_stack));
  EXPECT_EQ(on_stack->first.as_small_int(), 42);
  EXPECT_NE(t.heap.find_object(interior), nullptr);
}

// Returns the address of a new large object, disguised so no register or stack slot of the
// caller holds the pointer itself.
constexpr uintptr_t kDisguise = 0x5a5a'5a5a'5a5a'5a5aull;
__attribute__((noinline)) uintptr_t make_large(TestHeap& t) {
  void* memory = t.heap.allocate(100000);
  static_cast<Object*>(memory)->type = t.pair_type;
  return reinterpret_cast<uintptr_t>(memory) ^ kDisguise;
}

__attribute__((noinline)) bool large_found(TestHeap& t, uintptr_t disguised) {
  return t.heap.find_object((disguised ^ kDisguise) + 5000) != nullptr;
}

__attribute__((noinline)) void make_unreferenced_large_objects(TestHeap& t, int count) {
  for (int i = 0; i < count; ++i) EXPECT_TRUE(large_found(t, make_large(t)));
}

TEST(Heap, LargeObjectsAreFoundAndFreed) {
  TestHeap t;
  make_unreferenced_large_objects(t, 8);
  EXPECT_EQ(t.heap.stats().large_objects, 8u);
  t.heap.collect();
  // The registers are scanned conservatively: an optimised build may leave the last
  // address in a callee-saved register, which keeps that one object alive, and no more.
  EXPECT_LE(t.heap.stats().large_objects, 1u);
}

// The owner's hook sees unreachable objects unmarked between marking and sweeping, and what
// it marks then (with what that reaches) survives the sweep, as finalizers need.
TEST(Heap, AfterMarkHookCanKeepUnreachableObjects) {
  TestHeap t;
  struct Keep : gc::CollectionHooks {
    Object* keep = nullptr;
    Object* live = nullptr;
    bool keep_was_marked = true;
    bool live_was_marked = false;
    int calls = 0;
    void after_mark(gc::Heap&, gc::Tracer& tracer) override {
      ++calls;
      keep_was_marked = gc::Heap::is_marked(keep);
      live_was_marked = gc::Heap::is_marked(live);
      tracer.visit(keep);
    }
  } hooks;
  Pair* live = t.pair();
  t.roots.push_back(live);
  Pair* child = t.pair();
  Pair* kept = t.pair(to_value(child));
  hooks.keep = kept;
  hooks.live = live;
  t.heap.set_hooks(&hooks);
  uint64_t freed = t.heap.stats().objects_freed;
  t.heap.collect();
  EXPECT_EQ(hooks.calls, 1);
  EXPECT_FALSE(hooks.keep_was_marked);
  EXPECT_TRUE(hooks.live_was_marked);
  EXPECT_TRUE(t.heap.contains(kept));
  EXPECT_TRUE(t.heap.contains(child));  // reached from what the hook marked
  EXPECT_EQ(t.heap.stats().objects_freed, freed);
  t.heap.set_hooks(nullptr);
}

TEST(Heap, InterpreterHeapStaysBoundedUnderChurn) {
  Interpreter interp;
  Thread& thread = interp.main_thread();
  GilScope gil(thread);
  DictObject* globals = new_module_namespace(thread, "__main__");
  Value result = exec_source(thread,
                             "keep = [[i] for i in range(1000)]\n"
                             "for i in range(300000):\n"
                             "    a = [i, None]\n"
                             "    a[1] = a\n"
                             "    d = {'x': a}\n"
                             "assert keep[999] == [999]\n",
                             "<churn>", globals);
  ASSERT_FALSE(result.is_error());
  EXPECT_GT(interp.heap().stats().collections, 0u);
  EXPECT_LT(interp.heap().stats().live_bytes, size_t(32) << 20);
}

}  // namespace
}  // namespace pyxis
