# dict views: keys(), values(), items() are live, iterable, sized, with membership and repr.
d = {"a": 1, "b": 2}
keys, values, items = d.keys(), d.values(), d.items()
assert list(keys) == ["a", "b"] and list(values) == [1, 2] and list(items) == [("a", 1), ("b", 2)]
d["c"] = 3
assert len(keys) == 3 and "c" in keys and 3 in values and ("c", 3) in items and ("c", 4) not in items
assert repr(keys) == "dict_keys(['a', 'b', 'c'])" and repr(values) == "dict_values([1, 2, 3])"
assert repr(items) == "dict_items([('a', 1), ('b', 2), ('c', 3)])"
total = 0
for k, v in d.items():
    total += v
assert total == 6 and sorted(d.values(), reverse=True) == [3, 2, 1] and bool({}.keys()) is False
try:
    for k in d.keys():
        d[k + k] = 0
except RuntimeError as e:
    assert str(e) == "dictionary changed size during iteration"
