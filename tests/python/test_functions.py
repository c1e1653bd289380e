# def with positional, default, keyword-only, *args and **kwargs parameters; keyword calls,
# lambdas, recursion, and CPython's TypeError messages for bad calls.
def add(a, b=10, *, scale=1):
    return (a + b) * scale

assert add(1) == 11 and add(1, 2) == 3 and add(1, b=5) == 6 and add(a=2, b=3, scale=2) == 10

def collect(first, *rest, **options):
    return first, rest, options

assert collect(1) == (1, (), {})
assert collect(1, 2, 3, x=4) == (1, (2, 3), {"x": 4})

def positional_only(a, b, /, c):
    return a - b + c

assert positional_only(5, 3, c=1) == 3

square = lambda v: v * v
assert square(7) == 49 and (lambda: 3)() == 3

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
assert fib(20) == 6765

def counter():
    total = 0
    for i in range(100):
        total = total + i
    return total
assert counter() == 4950

def no_return():
    pass
assert no_return() is None
assert add.__name__ == "add" and square.__name__ == "<lambda>"

def message(function):
    try:
        function()
    except TypeError as e:
        return str(e)
    return None

def f(a, b=2, *, c): pass
def g(a, b): pass
def h(): pass
assert message(lambda: f()) == "f() missing 1 required positional argument: 'a'"
assert message(lambda: f(1, 2, 3)) == "f() takes from 1 to 2 positional arguments but 3 were given"
assert message(lambda: f(1, c=1, d=2)) == "f() got an unexpected keyword argument 'd'"
assert message(lambda: f(1, a=3, c=1)) == "f() got multiple values for argument 'a'"
assert message(lambda: g(1)) == "g() missing 1 required positional argument: 'b'"
assert message(lambda: g()) == "g() missing 2 required positional arguments: 'a' and 'b'"
assert message(lambda: g(1, 2, 3)) == "g() takes 2 positional arguments but 3 were given"
assert message(lambda: h(1)) == "h() takes 0 positional arguments but 1 was given"
assert message(lambda: len(1, 2)) == "len() takes exactly one argument (2 given)"
assert message(lambda: len(5)) == "object of type 'int' has no len()"
assert message(lambda: isinstance(1)) == "isinstance expected 2 arguments, got 1"
assert message(lambda: None()) == "'NoneType' object is not callable"
assert message(lambda: print(sepp=1)) == "'sepp' is an invalid keyword argument for print()"

def uses_before_assignment():
    if False:
        value = 1
    return value
try:
    uses_before_assignment()
    raise AssertionError("no UnboundLocalError")
except UnboundLocalError as e:
    assert str(e) == "cannot access local variable 'value' where it is not associated with a value"

counter_global = 0
def bump():
    global counter_global
    counter_global += 1
bump(); bump()
assert counter_global == 2

assert max(3, 9, 2) == 9 and min([4, 1, 8]) == 1 and max([], default=7) == 7
assert max(["aa", "b", "cccc"], key=len) == "cccc" and sum([1, 2, 3]) == 6 and sum([0.5, 0.25], 1) == 1.75
assert sorted([3, 1, 2]) == [1, 2, 3] and sorted("cba", reverse=True) == ["c", "b", "a"]
assert sorted([(2, "b"), (1, "z"), (2, "a")]) == [(1, "z"), (2, "a"), (2, "b")]
assert sorted(["bb", "a", "ccc"], key=len) == ["a", "bb", "ccc"]
