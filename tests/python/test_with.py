# The with statement: __enter__/__exit__, the value bound by `as`, exceptions passed to
# __exit__ (suppressed when it returns true), exits on return/break/continue, nesting.
log = []
class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        log.append("enter " + self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        log.append("exit %s %s" % (self.name, exc_type.__name__ if exc_type else None) if False else "exit " + self.name + " " + (exc_type.__name__ if exc_type is not None else "None"))
        return self.suppress

with Manager("a") as value:
    log.append("body " + value)
assert log == ["enter a", "body A", "exit a None"]

log.clear()
try:
    with Manager("b"):
        raise KeyError("k")
except KeyError:
    log.append("caught")
assert log == ["enter b", "exit b KeyError", "caught"]

log.clear()
with Manager("c", suppress=True):
    1 / 0
log.append("after")
assert log == ["enter c", "exit c ZeroDivisionError", "after"]

def returns_inside():
    with Manager("d"):
        return "value"
log.clear()
assert returns_inside() == "value" and log == ["enter d", "exit d None"]

log.clear()
for i in range(3):
    with Manager(str(i)):
        if i == 0:
            continue
        if i == 1:
            break
assert log == ["enter 0", "exit 0 None", "enter 1", "exit 1 None"]

log.clear()
with Manager("x") as x, Manager("y") as y:
    log.append(x + y)
assert log == ["enter x", "enter y", "XY", "exit y None", "exit x None"]

try:
    with 42:
        pass
except TypeError as e:
    assert str(e) == "'int' object does not support the context manager protocol", str(e)
