x = f(*a), *b
y = *b
