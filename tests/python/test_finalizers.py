# __del__ (PEP 442): runs for unreachable objects, at most once per object, may resurrect
# the object (which then survives until unreachable again, without a second __del__), and an
# exception in it is reported on stderr, never propagated. CPython runs __del__ of
# non-cyclic garbage at once by refcounting, Pyxis at the next collection: after
# gc.collect() both have run it (docs/runtime.md section 3).
import gc
import _weakref

events = []


class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        events.append(self.name)


def make_cycle(name):
    t = Tracked(name)
    t.me = t
    return name


# --- unreachable cycles are finalized by a collection
make_cycle("a")
make_cycle("b")
gc.collect()
assert sorted(events) == ["a", "b"], events

# --- plain garbage too (CPython: at once; Pyxis: at the collection)
events.clear()
t = Tracked("plain")
del t
gc.collect()
assert events == ["plain"]

# --- a finalizer sees the objects its object refers to, intact
seen = []
class Holder:
    def __del__(self):
        seen.append((self.data[0], len(self.data), self.child.name))
h = Holder()
h.data = ["first"] + [str(i) for i in range(100)]
h.child = Tracked("child")
h.me = h
del h
gc.collect()
assert seen == [("first", 101, "child")], seen

# --- weak references to a cyclic object are already cleared when its __del__ runs
observed = []
class Observed:
    def __del__(self):
        observed.append(self.ref() is None)
o = Observed()
o.me = o
o.ref = _weakref.ref(o)
del o
gc.collect()
assert observed == [True]

# --- resurrection: the object survives, __del__ does not run again
saved = []
class Phoenix:
    count = 0
    def __del__(self):
        Phoenix.count += 1
        saved.append(self)
ph = Phoenix()
ph.me = ph
ph.payload = [1, 2, 3]
del ph
gc.collect()
assert Phoenix.count == 1 and len(saved) == 1
assert gc.is_finalized(saved[0])
assert saved[0].payload == [1, 2, 3] and saved[0].me is saved[0]
r = _weakref.ref(saved[0])
saved.clear()
gc.collect()
gc.collect()
assert Phoenix.count == 1
assert r() is None

# --- an exception in __del__ is reported, not propagated
class Raising:
    def __del__(self):
        raise ValueError("from __del__")
x = Raising()
x.me = x
del x
gc.collect()
after = "still running"
assert after == "still running"

# --- __del__ may allocate and run a lot of code
made = []
class Busy:
    def __del__(self):
        made.append({i: [i] * 3 for i in range(500)})
b = Busy()
b.me = b
del b
gc.collect()
assert len(made) == 1 and made[0][499] == [499, 499, 499]

# --- __del__ added to the class after the instance was made
class Late:
    pass
late = Late()
late.me = late
def late_del(self):
    events.append("late")
Late.__del__ = late_del
events.clear()
del late
gc.collect()
assert events == ["late"]

# --- many finalizable objects: each finalized exactly once
class Counted:
    total = 0
    def __del__(self):
        Counted.total += 1
def make_counted(n):
    for i in range(n):
        c = Counted()
        c.me = c
make_counted(5000)
gc.collect()
assert Counted.total == 5000, Counted.total
gc.collect()
assert Counted.total == 5000

# --- finalizers of objects reachable from each other all run, once
events.clear()
first = Tracked("first")
second = Tracked("second")
first.other = second
second.other = first
del first, second
gc.collect()
assert sorted(events) == ["first", "second"]

# --- is_finalized is false before, true after (for survivors)
keep = []
class Keeper:
    def __del__(self):
        keep.append(self)
k = Keeper()
assert not gc.is_finalized(k)
k.me = k
del k
gc.collect()
assert len(keep) == 1 and gc.is_finalized(keep[0])
keep.clear()
gc.collect()
