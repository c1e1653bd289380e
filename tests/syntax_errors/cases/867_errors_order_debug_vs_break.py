break
__debug__ = 1
