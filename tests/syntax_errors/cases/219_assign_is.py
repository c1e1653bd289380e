a is b = c
