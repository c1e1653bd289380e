[(y := 1) for x in z]
nonlocal y, a
print(a)
