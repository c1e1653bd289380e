try:
    raise ValueError("v")
except* ValueError:
    raise
