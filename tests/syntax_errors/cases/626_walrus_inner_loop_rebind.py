[(y := 1) for x in z for y in w]
