def step(n):
    try:
        if n == 0:
            raise KeyError("start")
        step(n - 1)
    except LookupError as e:
        raise ValueError(f"level {n}")
step(2)
