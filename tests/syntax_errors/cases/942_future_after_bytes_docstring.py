b"doc"
from __future__ import annotations
