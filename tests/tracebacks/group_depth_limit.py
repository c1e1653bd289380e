def d(n):
    if n == 0: return ValueError("leaf")
    return ExceptionGroup(f"level {n}", [d(n-1)])
raise d(12)
