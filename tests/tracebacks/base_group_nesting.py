try:
    raise ExceptionGroup("a", [ValueError(1)])
except ExceptionGroup as eg:
    raise BaseExceptionGroup("b", [KeyboardInterrupt(), eg])
