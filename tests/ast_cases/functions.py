# Function definitions: every parameter kind, defaults, annotations, decorators, returns,
# yield, lambdas, global and nonlocal.
def no_args():
    pass

def positional(a, b, c=1, d=2):
    return a

def posonly(a, b, /, c, d=4, *, e, f=6, **g):
    return

def all_kinds(p1, p2=1, /, n1=2, *args, k1, k2=3, **kwargs) -> None:
    ...

def only_star(*, key):
    pass

def only_varargs(*args, **kwargs):
    pass

def annotated(a: int, b: 'str' = 'x', *args: int, c: float = 1.0, **kw: dict) -> list[int]:
    return [a]

def posonly_defaults(a=1, b=2, /):
    pass

def kwonly_mixed(*, a, b=2, c, d=4):
    pass

def star_annotated(*args: *Ts):
    pass

@decorator
def decorated():
    pass

@decorator(with_args=True)
@another.attribute
@items[0]
@(lambda f: f)
@a if b else c
def many_decorators():
    pass

def generator():
    yield
    yield 1
    x = yield 2
    yield from range(3)
    y = yield from other()
    yield 1, 2
    yield *a, b
    await_result = (yield)

def nested():
    counter = 0
    def inner():
        nonlocal counter
        counter += 1
        def innermost():
            nonlocal counter, nested_name
            return counter
        nested_name = 1
        return innermost
    return inner

def uses_global():
    global GLOBAL_A
    global GLOBAL_B, GLOBAL_C
    GLOBAL_A = 1

def returns_tuple():
    return 1, 2
def returns_starred():
    return *a, *b

lambdas = [
    lambda: 0,
    lambda x: x,
    lambda x, y=1: x + y,
    lambda *args: args,
    lambda **kw: kw,
    lambda a, /, b, *, c: (a, b, c),
    lambda a=1, /, b=2, *args, c, d=4, **kw: None,
    lambda *, k=1: k,
    lambda x: (yield),
    lambda: (lambda: (lambda: 1)),
]

def one_liner(): return 42
def with_docstring():
    """A docstring."""
    return None
