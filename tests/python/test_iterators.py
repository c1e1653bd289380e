# Iterator builtins: enumerate, zip (strict), map, filter, reversed, any, all.
assert list(enumerate("ab")) == [(0, "a"), (1, "b")] and list(enumerate([5], start=3)) == [(3, 5)]
assert list(zip([1, 2, 3], "ab")) == [(1, "a"), (2, "b")] and list(zip()) == []
assert list(map(lambda v: v * 2, [1, 2])) == [2, 4] and list(map(lambda a, b: a + b, [1, 2], [10, 20])) == [11, 22]
assert list(filter(None, [0, 1, "", "x"])) == [1, "x"] and list(filter(lambda v: v > 1, range(4))) == [2, 3]
assert list(reversed([1, 2, 3])) == [3, 2, 1] and "".join(reversed("abc")) == "cba"
assert list(reversed(range(3))) == [2, 1, 0] and list(reversed({"a": 1, "b": 2})) == ["b", "a"]
assert any([0, 0, 1]) and not any([]) and all([1, 2]) and all([]) and not all([1, 0])
total = 0
for i, (a, b) in enumerate(zip("xyz", range(10, 13))):
    total += i * b
assert total == 0 * 10 + 1 * 11 + 2 * 12
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    assert str(e) == "zip() argument 2 is shorter than argument 1", str(e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    assert str(e) == "zip() argument 2 is longer than argument 1", str(e)
squares = dict(zip("abc", map(lambda v: v * v, range(3))))
assert squares == {"a": 0, "b": 1, "c": 4}
it = enumerate([7])
assert iter(it) is it and next(it) == (0, 7)
