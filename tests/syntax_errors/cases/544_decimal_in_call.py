f(3rd)
