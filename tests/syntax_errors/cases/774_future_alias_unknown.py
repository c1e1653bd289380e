from __future__ import nonsense as n
