try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
except* ValueError:
    raise RuntimeError("in handler")
except* TypeError as e:
    pass
