# Sequence patterns: list and tuple forms, exact length and starred sub-patterns, nesting,
# which subjects count as sequences (never str; range does), and what a star captures.
def shape(s):
    match s:
        case []:
            return "empty"
        case [x]:
            return ("one", x)
        case (x, y):
            return ("two", x, y)
        case [x, y, *rest]:
            return ("many", x, y, rest)
        case _:
            return "not a sequence"

assert shape([]) == "empty"
assert shape(()) == "empty"
assert shape([1]) == ("one", 1)
assert shape((1,)) == ("one", 1)
assert shape([1, 2]) == ("two", 1, 2)      # list and tuple patterns are the same
assert shape((1, 2, 3)) == ("many", 1, 2, [3])
assert shape([1, 2, 3, 4]) == ("many", 1, 2, [3, 4])
assert shape(range(3)) == ("many", 0, 1, [2])
assert shape("ab") == "not a sequence"      # str never matches a sequence pattern
assert shape("") == "not a sequence"
assert shape({1: 2}) == "not a sequence"
assert shape({1, 2}) == "not a sequence"
assert shape(iter([1, 2])) == "not a sequence"
assert shape(5) == "not a sequence"

# The star captures a list, whatever the subject's type, possibly empty.
match (1, 2):
    case [a, *b, c]:
        assert (a, b, c) == (1, [], 2)
        assert type(b) is list
match "x", "y", "z":
    case *init, last:
        assert init == ["x", "y"] and last == "z"
match [1, 2, 3]:
    case [*everything]:
        assert everything == [1, 2, 3]
match range(10):
    case [first, *_, last]:
        assert (first, last) == (0, 9)
    case _:
        assert False
match range(1):
    case [first, *_, last]:
        assert False
    case [only, *_]:
        assert only == 0

# Sub-patterns can be any pattern.
def parse(cmd):
    match cmd:
        case ["go", ("north" | "south") as direction]:
            return ("move", direction)
        case ["drop", *objects] if objects:
            return ("drop", objects)
        case ["drop"]:
            return "drop what?"
        case [["nested", n], [m, *_]]:
            return ("nested", n, m)
        case [1, 2.0, "three", None, True]:
            return "literals"
        case _:
            return "unknown"

assert parse(["go", "north"]) == ("move", "north")
assert parse(["go", "east"]) == "unknown"
assert parse(["drop", "a", "b"]) == ("drop", ["a", "b"])
assert parse(["drop"]) == "drop what?"
assert parse([["nested", 1], [2, 3, 4]]) == ("nested", 1, 2)
assert parse([["nested", 1], []]) == "unknown"
assert parse((1, 2, "three", None, True)) == "literals"
assert parse([1, 2, "three", None, 1]) == "unknown"   # True is matched with `is`

# Length checks use len(); elements are fetched only when a sub-pattern needs them.
match [1, 2, 3]:
    case [_, _]:
        assert False
    case [_, _, _, _, *_]:
        assert False
    case [_, _, _]:
        pass

# Sequence patterns of patterns that bind the same name in alternatives.
def pair(p):
    match p:
        case [x, 0] | [0, x]:
            return x
        case _:
            return None
assert pair([5, 0]) == 5 and pair([0, 7]) == 7 and pair([1, 1]) is None

# Tuples of tuples.
points = [(0, 0), (0, 3), (4, 0), (1, 2)]
kinds = []
for point in points:
    match point:
        case (0, 0):
            kinds.append("origin")
        case (0, y):
            kinds.append(f"y={y}")
        case (x, 0):
            kinds.append(f"x={x}")
        case (x, y):
            kinds.append(f"{x},{y}")
assert kinds == ["origin", "y=3", "x=4", "1,2"]

# A user class is not a sequence, even with __len__ and __getitem__.
class Seqish:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return i
match Seqish():
    case [a, b]:
        assert False
    case _:
        pass

# Dict views, sets and generators are not sequences either.
for subject in ({}.keys(), frozenset(), (i for i in range(2))):
    match subject:
        case [*_]:
            assert False, subject
        case _:
            pass
