try:
    raise KeyError("k")
except KeyError:
    raise TypeError("t") from None
