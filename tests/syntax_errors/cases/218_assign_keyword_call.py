x = f(a) = 2
