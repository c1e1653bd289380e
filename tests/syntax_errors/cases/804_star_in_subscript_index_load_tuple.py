x[*a]
y = *a
