def fail(i):
    try:
        raise OSError(i, "boom")
    except OSError as e:
        err = TypeError(f"wrapped {i}")
        err.add_note(f"attempt {i}")
        raise err from e
errors = []
for i in range(3):
    try:
        fail(i)
    except TypeError as e:
        errors.append(e)
raise ExceptionGroup("all attempts failed", errors)
