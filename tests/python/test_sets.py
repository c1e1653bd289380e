# set and frozenset: displays, comprehensions, membership, algebra, methods, hashing.
s = {3, 1, 2, 3}
assert len(s) == 3 and 2 in s and 5 not in s and s == {1, 2, 3} and set() == set([]) and not set()
s.add(4)
s.discard(10)
s.remove(1)
assert s == {2, 3, 4}
try:
    s.remove(99)
except KeyError as e:
    assert e.args == (99,)
assert {1, 2} | {3} == {1, 2, 3} and {1, 2, 3} & {2, 3, 4} == {2, 3} and {1, 2, 3} - {1} == {2, 3}
assert {1, 2} ^ {2, 3} == {1, 3} and {1} <= {1, 2} and {1} < {1, 2} and not {1, 2} < {1, 2} and {1, 2} >= {2}
assert {x % 3 for x in range(10)} == {0, 1, 2}
assert sorted(set("hello")) == ["e", "h", "l", "o"] and set(range(3)).union([5], (6,)) == {0, 1, 2, 5, 6}
assert {1, 2}.intersection([2, 3]) == {2} and {1, 2}.difference({2}) == {1} and {1}.issubset([1, 2])
assert {1, 2}.isdisjoint({3}) and not {1}.isdisjoint([1])
t = s
t |= {10}
assert s is t and 10 in s
f = frozenset([1, 2])
assert hash(f) == hash(frozenset([2, 1])) and {f: "x"}[frozenset({1, 2})] == "x" and f | {3} == {1, 2, 3}
assert type(f | {3}) is frozenset and repr(set()) == "set()" and repr({1}) == "{1}" and repr(frozenset()) == "frozenset()"
assert repr(frozenset([5])) == "frozenset({5})"
try:
    hash({1})
except TypeError as e:
    assert str(e) == "unhashable type: 'set'"
popped = {7}.pop()
assert popped == 7
u = set()
for word in ["a", "b", "a"]:
    u.add(word)
assert len(u) == 2 and u.copy() == u and u.copy() is not u
u.clear()
assert len(u) == 0
