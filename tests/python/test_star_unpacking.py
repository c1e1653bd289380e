# Star unpacking: starred assignment targets, * in list/tuple displays, ** in dict displays.
first, *rest = [1, 2, 3]
assert first == 1 and rest == [2, 3]
*init, last = "abc"
assert init == ["a", "b"] and last == "c"
a, *middle, z = range(5)
assert (a, middle, z) == (0, [1, 2, 3], 4)
x, *empty, y = (1, 2)
assert empty == []
for head, *tail in [(1, 2, 3), (4,)]:
    assert head in (1, 4) and (tail == [2, 3] or tail == [])
try:
    p, *q, r = [1]
except ValueError as e:
    assert str(e) == "not enough values to unpack (expected at least 2, got 1)"
assert [*range(3), 3, *"ab"] == [0, 1, 2, 3, "a", "b"] and (*[1], 2) == (1, 2)
base = {"a": 1, "b": 2}
assert {**base, "b": 3, **{"c": 4}} == {"a": 1, "b": 3, "c": 4}
assert {"b": 0, **base} == {"b": 2, "a": 1}
