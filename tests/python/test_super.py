# super() with and without arguments, the __class__ cell, exceptions calling
# super().__init__.
class Base:
    def __init__(self, x):
        self.x = x
    def describe(self):
        return "Base(%s)" % "x" if False else "Base"
    def total(self):
        return self.x
class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def describe(self):
        return "Child<" + super().describe() + ">"
    def total(self):
        return super().total() + self.y
class Grand(Child):
    def total(self):
        return super().total() * 10
g = Grand(1, 2)
assert g.total() == 30 and g.describe() == "Child<Base>"
assert super(Child, g).total() == 1
class MyError(ValueError):
    def __init__(self, code):
        super().__init__("code %s" % code if False else "failed")
        self.code = code
try:
    raise MyError(4)
except ValueError as e:
    assert str(e) == "failed" and e.code == 4 and e.args == ("failed",)
class Plain:
    def __init__(self):
        super().__init__()
        self.ok = True
assert Plain().ok
class UsesClass:
    def who(self):
        return __class__
assert UsesClass().who() is UsesClass
