def f():
    try:
        raise ExceptionGroup("top", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise KeyError("from handler") from e
f()
