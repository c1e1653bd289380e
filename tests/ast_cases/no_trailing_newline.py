# The last line has no newline: end positions at EOF.
if x:
    y = (1 +
         2)
z = """a
b"""