[[(x := 1) for y in x] for x in z]
