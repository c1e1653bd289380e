ab = 1
