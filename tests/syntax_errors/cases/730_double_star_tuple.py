x = **a, b
