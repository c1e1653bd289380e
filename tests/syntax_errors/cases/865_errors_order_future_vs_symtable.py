x = 1
from __future__ import annotations
def f(a, a): pass
