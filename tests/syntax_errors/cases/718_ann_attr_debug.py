a.__debug__: int
