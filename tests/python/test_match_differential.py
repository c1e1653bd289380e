# A differential check of the match statement: a classifier with every pattern kind (or,
# as, guards, sequences with stars, mappings with **rest, class patterns with positional and
# keyword sub-patterns) over pseudo-random nested subjects; the checksum of its results and
# the count of each outcome are CPython 3.12's.
class Rng:
    def __init__(self, seed): self.state = seed
    def random(self):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return self.state / 2147483648
    def randint(self, a, b): return a + int(self.random() * (b - a + 1))
    def choice(self, seq): return seq[int(self.random() * len(seq))]
random = Rng(12345)
class P:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"P({self.x!r}, {self.y!r})"
def rnd(depth=0):
    r = random.random()
    if depth > 2 or r < 0.3:
        return random.choice([0, 1, 2, -1, 1.0, True, False, None, "a", "b", ""])
    if r < 0.5:
        return [rnd(depth + 1) for _ in range(random.randint(0, 3))]
    if r < 0.65:
        return tuple(rnd(depth + 1) for _ in range(random.randint(0, 3)))
    if r < 0.85:
        return {random.choice(["a", "b", 1, 0]): rnd(depth + 1) for _ in range(random.randint(0, 3))}
    return P(rnd(depth + 1), rnd(depth + 1))
def classify(v):
    match v:
        case 0 | 1 as small if small is not True: return ("small", small)
        case True | False: return ("bool", v)
        case None: return "none"
        case "a" | "b" as s: return ("ab", s)
        case float(f): return ("float", f)
        case []: return "empty list/tuple"
        case [x]: return ("one", x)
        case [0 | 1, *rest] if len(rest) < 2: return ("starts01", rest)
        case [*init, [y, *_]]: return ("last seq", len(init), y)
        case (a, b, c): return ("three", a, b, c)
        case {"a": [*_] as seq, **kw}: return ("a-seq", seq, sorted(map(str, kw)))
        case {"a": _, "b": b}: return ("ab-keys", b)
        case {1: {"a": inner}}: return ("nested", inner)
        case {}: return ("mapping", len(v))
        case P(0, y) | P(y, 0): return ("P0", y)
        case P(x=[_, *_] as xs, y=P() as py): return ("Pseq", xs, py)
        case P(x, y=str() as s): return ("Pstr", x, s)
        case P(): return "P"
        case str() as s: return ("str", s)
        case int(n) if n < 0: return ("neg", n)
        case _: return ("other", type(v).__name__)
# The results of 1500 pseudo-random subjects, folded into a checksum and per-kind counts
# (values computed by CPython 3.12).
checksum = 0
counts = {}
for i in range(1500):
    result = classify(rnd())
    text = repr(result)
    for ch in text:
        checksum = (checksum * 31 + ord(ch)) % 1000000007
    kind = result if isinstance(result, str) else result[0]
    counts[kind] = counts.get(kind, 0) + 1
assert checksum == 996278323, checksum
assert sorted(counts.items()) == [
    ("P", 183), ("P0", 28), ("Pseq", 8), ("Pstr", 16), ("a-seq", 33), ("ab", 95), ("ab-keys", 15), ("bool", 42),
    ("empty list/tuple", 132), ("last seq", 68), ("mapping", 248), ("neg", 41), ("nested", 10), ("none", 35),
    ("one", 121), ("other", 109), ("small", 169), ("starts01", 16), ("str", 41), ("three", 90)], counts
