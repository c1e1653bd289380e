# Or-patterns and as-patterns: alternatives tried left to right, names bound by whichever
# alternative matched, as-patterns capturing at every nesting level, and match statements
# inside functions, loops, generators and class bodies.
def classify(v):
    match v:
        case 1 | 2 | 3 as small:
            return ("small", small)
        case [1 | 2 as a, (3 | 4) as b] as whole:
            return ("pair", a, b, whole)
        case (str() | tuple()) as text:
            return ("text", text)
        case {"k": (1 | 2) as inner} as outer:
            return ("dict", inner, outer)
        case [[_, _] | [_] as sub]:
            return ("sub", sub)
        case _:
            return None

assert classify(2) == ("small", 2)
assert classify(4) is None
assert classify([2, 4]) == ("pair", 2, 4, [2, 4])
assert classify((1, 3)) == ("pair", 1, 3, (1, 3))
assert classify([2, 5]) is None
assert classify("t") == ("text", "t")
assert classify(()) == ("text", ())
assert classify({"k": 2}) == ("dict", 2, {"k": 2})
assert classify({"k": 3}) is None
assert classify([[1]]) == ("sub", [1])
assert classify([[1, 2]]) == ("sub", [1, 2])
assert classify([[1, 2, 3]]) is None

# Alternatives that bind names in different orders.
def swap(p):
    match p:
        case (x, y, 0) | (y, x, 1):
            return (x, y)
    return None
assert swap((1, 2, 0)) == (1, 2)
assert swap((1, 2, 1)) == (2, 1)
assert swap((1, 2, 2)) is None

# Evaluation order of alternatives (each compares the subject once).
seen = []
class Probe:
    def __eq__(self, other):
        seen.append(other)
        return other == "c"
match Probe():
    case "a" | "b" | "c" | "d":
        pass
assert seen == ["a", "b", "c"]

# Or-patterns in a loop with continue/break.
collected = []
for item in [1, "x", 2.0, None, [1], (2,), 3]:
    match item:
        case None:
            break
        case int() | float():
            collected.append(item)
        case str():
            continue
assert collected == [1, 2.0]

# Match in a generator and in a class body.
def tokens(items):
    for item in items:
        match item:
            case int(n) if n % 2 == 0:
                yield ("even", n)
            case int(n):
                yield ("odd", n)
            case _:
                yield ("skip",)
assert list(tokens([1, 2, "a"])) == [("odd", 1), ("even", 2), ("skip",)]

class Config:
    mode = "fast"
    match mode:
        case "fast":
            level = 3
        case _:
            level = 0
assert Config.level == 3

# Closures see captured names.
def make(value):
    match value:
        case [head, *tail]:
            return lambda: (head, tail)
    return None
f = make([1, 2, 3])
assert f() == (1, [2, 3])

# Deeply nested as-patterns.
match [[[5]]]:
    case [[[int() as a] as b] as c] as d:
        assert (a, b, c, d) == (5, [5], [[5]], [[[5]]])
    case _:
        assert False

# A global captured at module level is an ordinary global.
match 10:
    case ten:
        pass
def read_ten():
    return ten
assert read_ten() == 10
