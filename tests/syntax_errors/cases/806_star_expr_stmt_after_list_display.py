x = [*a]
*a
