# if/elif/else, while and for loops over ranges, lists, tuples, strings and dicts, break,
# continue, loop else clauses, boolean operators and conditional expressions.
total = 0
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    total += i
assert total == 1 + 3 + 5 + 7

n = 0
while True:
    n += 1
    if n >= 5:
        break
assert n == 5

for x in []:
    raise AssertionError("empty loop body ran")
else:
    reached_else = True
assert reached_else

for x in [1, 2, 3]:
    if x == 2:
        break
else:
    raise AssertionError("else after break")

count = 0
while count < 3:
    count += 1
else:
    count = 100
assert count == 100

assert list(range(5)) == [0, 1, 2, 3, 4]
assert list(range(2, 10, 3)) == [2, 5, 8]
assert list(range(10, 0, -4)) == [10, 6, 2]
assert len(range(0, 100, 7)) == 15
chars = []
for c in "héllo":
    chars.append(c)
assert chars == ["h", "é", "l", "l", "o"]
keys = []
for k in {"b": 1, "a": 2}:
    keys.append(k)
assert keys == ["b", "a"]
pairs = []
for a, b in [(1, 2), (3, 4)]:
    pairs.append(a * b)
assert pairs == [2, 12]

def classify(v):
    if v < 0:
        return "negative"
    elif v == 0:
        return "zero"
    else:
        return "positive"
assert [classify(v) for v in (-2, 0, 3)] == ["negative", "zero", "positive"]

assert (0 or 5) == 5 and (3 and 4) == 4 and (0 and 1) == 0 and (None or []) == []
assert not 0 and not "" and not [] and not {} and not None and bool([0])
assert ("yes" if 1 < 2 else "no") == "yes"
x = 5
assert 1 < x < 10 and not (1 < x < 3) and 1 < x <= 5 != 6
assert x is not None and None is None
assert 3 in [1, 2, 3] and 4 not in (1, 2) and "ell" in "hello" and "k" in {"k": 1}

nested = []
for i in range(3):
    for j in range(3):
        if j > i:
            break
        nested.append((i, j))
assert nested == [(0, 0), (1, 0), (1, 1), (2, 0), (2, 1), (2, 2)]
squares = {k: k * k for k in range(4) if k != 2}
assert squares == {0: 0, 1: 1, 3: 9}
assert [a + b for a in "ab" for b in "xy"] == ["ax", "ay", "bx", "by"]
