# Closures (cells shared with nested functions, nonlocal), decorators, and calls with
# *args / **kwargs unpacking.
def make_counter(start):
    count = start
    def bump(step=1):
        nonlocal count
        count += step
        return count
    return bump
c = make_counter(10)
assert c() == 11 and c(5) == 16
def outer():
    x = 1
    def middle():
        def inner():
            return x + 1
        return inner()
    return middle()
assert outer() == 2
def adders():
    return [lambda v, k=k: v + k for k in range(3)]
assert [f(10) for f in adders()] == [10, 11, 12]
def decorator(tag):
    def wrap(function):
        def wrapped(*args):
            return tag + str(function(*args))
        return wrapped
    return wrap
@decorator("result=")
def double(v):
    return v * 2
assert double(21) == "result=42"
def late():
    def get():
        return value
    try:
        get()
    except NameError as e:
        msg = str(e)
    value = 5
    return msg, get()
assert late() == ("cannot access free variable 'value' where it is not associated with a value in enclosing scope", 5), late()
def comp_uses_local():
    factor = 3
    return [factor * i for i in range(4)]
assert comp_uses_local() == [0, 3, 6, 9]
def show(*args, **kwargs):
    return args, kwargs
assert show(*[1, 2], 3, *(4,)) == ((1, 2, 3, 4), {})
assert show(a=1, **{"b": 2}) == ((), {"a": 1, "b": 2})
options = {"sep": "-"}
def join(*parts, sep=","):
    return sep.join(parts)
assert join(*"abc", **options) == "a-b-c"
try:
    show(**{"a": 1}, a=2)
except TypeError as e:
    assert "multiple values for keyword argument 'a'" in str(e), str(e)
try:
    show(*5)
except TypeError as e:
    assert str(e) == "__main__.show() argument after * must be an iterable, not int" or "must be an iterable" in str(e), str(e)
