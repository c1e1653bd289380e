# breakpoint() calls sys.breakpointhook with its arguments; a deleted hook is a RuntimeError.
import sys

assert sys.__breakpointhook__ is sys.breakpointhook
calls = []
sys.breakpointhook = lambda *args, **kwargs: calls.append((args, kwargs)) or 'result'
assert breakpoint(1, key='v') == 'result' and calls == [((1,), {'key': 'v'})]
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    assert str(e) == "lost sys.breakpointhook"
else:
    raise AssertionError("breakpoint() without a hook")
sys.breakpointhook = sys.__breakpointhook__
print("ok")
