from __future__ import annotations
"doc"
from __future__ import generator_stop
