def g(n):
    if n == 0:
        raise ValueError("deep")
    g(n - 1)
g(5)
