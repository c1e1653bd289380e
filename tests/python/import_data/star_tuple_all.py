__all__ = ("first", "second")
first, second, third = 1, 2, 3
