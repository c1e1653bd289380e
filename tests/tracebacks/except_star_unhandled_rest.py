def work():
    raise ExceptionGroup("batch", [ValueError("v"), TypeError("t"), ExceptionGroup("sub", [KeyError("k"), ValueError("w")])])
try:
    work()
except* ValueError as e:
    print("handled", repr(e))
