a.__debug__ = 1
