# The match statement: literal and value patterns, singletons, captures, wildcards, guards,
# when captured names are bound, and that the subject is evaluated once.
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2:
            return "small"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case "hello":
            return "greeting"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case _:
            return "other"

assert describe(0) == "zero"
assert describe(0.0) == "zero"          # literals compare with ==
assert describe(1) == "small" and describe(2) == "small"
assert describe(-1) == "minus one"
assert describe(2.5) == "two and a half"
assert describe("hello") == "greeting"
assert describe(None) == "none"
assert describe(True) == "small"        # True == 1 matches the literal 1 first
assert describe(False) == "zero"        # False == 0
assert describe("x") == "other"
assert describe([]) == "other"

def singleton(x):
    match x:
        case True:
            return "T"
        case False:
            return "F"
        case None:
            return "N"
    return "no match"

assert singleton(True) == "T"
assert singleton(1) == "no match"       # True/False/None patterns compare with `is`
assert singleton(0) == "no match"
assert singleton(None) == "N"

# Value patterns: dotted names are looked up, not bound.
class Color:
    RED = "red"
    GREEN = "green"

class Namespace:
    colors = Color

def color(c):
    match c:
        case Color.RED:
            return 1
        case Namespace.colors.GREEN:
            return 2
        case other:
            return other

assert color("red") == 1
assert color("green") == 2
assert color("blue") == "blue"
assert Color.RED == "red"

# Equality is asked of the subject: subject == value.
calls = []
class Eq:
    def __eq__(self, other):
        calls.append(other)
        return other == 42
m = Eq()
match m:
    case 41:
        assert False
    case 42:
        pass
    case _:
        assert False
assert calls == [41, 42]

# A capture binds the subject; a failed case binds nothing; a case whose guard fails
# keeps its captures.
match [5, 2]:
    case [x, 1]:
        assert False
    case _:
        pass
try:
    x
    assert False
except NameError as e:
    assert str(e) == "name 'x' is not defined"

match [5, 2]:
    case [y, 2] if y > 10:
        assert False
    case _:
        pass
assert y == 5

def guard_order(value):
    log = []
    match value:
        case int(n) if log.append(("guard1", n)) or n > 10:
            log.append("big")
        case int(n) if log.append(("guard2", n)) or n < 0:
            log.append("negative")
        case n:
            log.append(("other", n))
    return log

assert guard_order(50) == [("guard1", 50), "big"]
assert guard_order(-3) == [("guard1", -3), ("guard2", -3), "negative"]
assert guard_order(3) == [("guard1", 3), ("guard2", 3), ("other", 3)]

# The subject is evaluated once; a wildcard never binds `_`.
evaluations = []
def subject():
    evaluations.append(1)
    return 7
match subject():
    case 1:
        pass
    case 2:
        pass
    case _:
        pass
assert evaluations == [1]
try:
    _
    assert False
except NameError:
    pass

# No case matching: nothing happens.
match 3:
    case 1:
        assert False
result = "after"
assert result == "after"

# Captures in functions are locals; the body can rebind the subject name safely.
def rebinding(v):
    match v:
        case [v, w] if v == 0:
            return "first"
        case [_, _]:
            return ("second", v)
    return None

assert rebinding([0, 1]) == "first"
# The first pattern matched and bound v = 5 before its guard failed: v stays rebound.
assert rebinding([5, 1]) == ("second", 5)

# break/continue/return inside case bodies.
out = []
for i in range(6):
    match i:
        case 1:
            continue
        case 4:
            break
        case _:
            out.append(i)
assert out == [0, 2, 3]

# Negative numbers and strings with the same value in different cases.
def sign(n):
    match n:
        case -1:
            return "neg"
        case 0:
            return "zero"
        case 1:
            return "pos"
assert [sign(i) for i in (-1, 0, 1, 2)] == ["neg", "zero", "pos", None]

# Nested match statements.
def nested(a, b):
    match a:
        case 0:
            match b:
                case 0:
                    return "both"
                case _:
                    return "a only"
        case _:
            return "not a"
assert nested(0, 0) == "both" and nested(0, 1) == "a only" and nested(1, 0) == "not a"
