x: int = *a, b
x: int = *a
