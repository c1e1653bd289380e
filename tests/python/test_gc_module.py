# The gc module: enable/disable/isenabled, thresholds, collect()'s argument rules and result,
# get_count, is_tracked, is_finalized, get_objects, callbacks, garbage, freeze, get_stats,
# and that automatic collection runs (and respects disable()). Exact unreachable counts
# depend on CPython's refcounting and untracking: only what holds on both is asserted.
import gc


def message(fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
    return "no exception"


# --- enable / disable
assert gc.isenabled() is True
gc.disable()
assert gc.isenabled() is False
gc.enable()
assert gc.isenabled() is True
assert message(gc.enable, 1) == "TypeError: gc.enable() takes no arguments (1 given)"
assert message(gc.isenabled, 1) == "TypeError: gc.isenabled() takes no arguments (1 given)"

# --- thresholds
saved = gc.get_threshold()
assert isinstance(saved, tuple) and len(saved) == 3
assert all(isinstance(t, int) for t in saved)
gc.set_threshold(500)
assert gc.get_threshold() == (500, saved[1], saved[2])
gc.set_threshold(800, 20, 30)
assert gc.get_threshold() == (800, 20, 30)
assert message(gc.set_threshold) == "TypeError: set_threshold() takes at least 1 argument (0 given)"
assert message(gc.set_threshold, 1, 2, 3, 4) == "TypeError: set_threshold() takes at most 3 arguments (4 given)"
assert message(gc.set_threshold, "x") == "TypeError: 'str' object cannot be interpreted as an integer"
gc.set_threshold(*saved)
assert gc.get_threshold() == saved

# --- collect
assert isinstance(gc.collect(), int) and gc.collect() >= 0
assert isinstance(gc.collect(0), int) and isinstance(gc.collect(generation=1), int)
assert message(gc.collect, 3) == "ValueError: invalid generation"
assert message(gc.collect, -1) == "ValueError: invalid generation"
assert message(gc.collect, "x") == "TypeError: 'str' object cannot be interpreted as an integer"
assert message(gc.collect, 1, 2) == "TypeError: collect() takes at most 1 argument (2 given)"

class Node:
    pass

def make_garbage():
    a, b = Node(), Node()
    a.other, b.other = b, a
    c = []
    c.append(c)

make_garbage()
assert gc.collect() >= 2

# --- get_count
count = gc.get_count()
assert isinstance(count, tuple) and len(count) == 3 and all(isinstance(n, int) for n in count)
assert message(gc.get_count, 1) == "TypeError: gc.get_count() takes no arguments (1 given)"

# --- is_tracked: atoms are not, containers and instances are
for atom in [1, 1.5, "text", None, True]:
    assert gc.is_tracked(atom) is False, atom
for container in [[], [1], {"a": []}, Node(), Node, lambda: 0, {1, 2}, ([],)]:
    assert gc.is_tracked(container) is True, container
assert message(gc.is_tracked) == "TypeError: gc.is_tracked() takes exactly one argument (0 given)"

# --- is_finalized
class WithDel:
    def __del__(self):
        pass
w = WithDel()
assert gc.is_finalized(w) is False
assert gc.is_finalized(1) is False
assert message(gc.is_finalized) == "TypeError: gc.is_finalized() takes exactly one argument (0 given)"

# --- get_objects
marker = [object()]
objects = gc.get_objects()
assert isinstance(objects, list)
assert any(o is marker for o in objects)
assert gc.get_objects(generation=0) is not None
assert message(gc.get_objects, 3) == "ValueError: generation parameter must be less than the number of available generations (3)"
del objects

# --- callbacks: called with "start" then "stop" around gc.collect()
calls = []
def on_gc(phase, info):
    calls.append((phase, sorted(info), info["generation"]))
assert isinstance(gc.callbacks, list)
gc.callbacks.append(on_gc)
gc.collect()
gc.callbacks.remove(on_gc)
assert calls[0] == ("start", ["collected", "generation", "uncollectable"], 2), calls
assert calls[-1][0] == "stop" and calls[-1][2] == 2
n = len(calls)
gc.collect()
assert len(calls) == n

stop_info = []
def record_stop(phase, info):
    if phase == "stop":
        stop_info.append(info)
gc.callbacks.append(record_stop)
make_garbage()
found = gc.collect()
gc.callbacks.remove(record_stop)
assert stop_info[-1]["collected"] == found and stop_info[-1]["uncollectable"] == 0

# --- garbage: nothing is uncollectable
gc.collect()
assert gc.garbage == []

# --- debug flags
assert gc.DEBUG_STATS == 1 and gc.DEBUG_COLLECTABLE == 2 and gc.DEBUG_UNCOLLECTABLE == 4
assert gc.DEBUG_SAVEALL == 32 and gc.DEBUG_LEAK == 38
assert gc.get_debug() == 0
assert gc.set_debug(0) is None

# --- freeze
before = gc.get_freeze_count()
assert isinstance(before, int)
gc.freeze()
assert gc.get_freeze_count() > 0
gc.unfreeze()
assert gc.get_freeze_count() == 0
assert message(gc.freeze, 1) == "TypeError: gc.freeze() takes no arguments (1 given)"

# --- get_stats
stats = gc.get_stats()
assert isinstance(stats, list) and len(stats) == 3
for entry in stats:
    assert sorted(entry) == ["collected", "collections", "uncollectable"]
    assert all(isinstance(v, int) and v >= 0 for v in entry.values())
assert sum(entry["collections"] for entry in stats) > 0

# --- automatic collection: runs without gc.collect(), and not while disabled
class Counted:
    finalized = 0
    def __del__(self):
        Counted.finalized += 1

def churn(n):
    for i in range(n):
        c = Counted()
        c.me = c
        c.payload = "x" * 1000 + str(i)

gc.collect()
gc.disable()
Counted.finalized = 0
churn(8000)
assert Counted.finalized == 0
gc.collect()
assert Counted.finalized == 8000, Counted.finalized
gc.enable()
Counted.finalized = 0
churn(8000)
assert Counted.finalized > 0
gc.collect()
assert Counted.finalized == 8000, Counted.finalized

# --- get_referents / get_referrers
inner = [1]
outer = [inner, "text"]
referents = gc.get_referents(outer)
assert any(o is inner for o in referents) and "text" in referents
assert gc.get_referents(1, "s") == []
holder = {"key": inner}
assert any(o is holder for o in gc.get_referrers(inner))
assert any(o is outer for o in gc.get_referrers(inner))
assert not any(o is holder for o in gc.get_referrers(outer))

# --- DEBUG_SAVEALL: unreachable objects are kept in gc.garbage instead of being freed
class Saved:
    pass
def make_saved_cycle():
    a, b = Saved(), Saved()
    a.other, b.other = b, a
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
assert gc.get_debug() == gc.DEBUG_SAVEALL
make_saved_cycle()
gc.collect()
gc.set_debug(0)
assert sum(isinstance(o, Saved) for o in gc.garbage) == 2
gc.garbage.clear()
gc.collect()
assert gc.garbage == []
