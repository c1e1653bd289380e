a = {x: y, f(a=1, b)}
