x = 1
break
from __future__ import annotations
