# CRLF line endings everywhere, including continuation lines and multi-line strings.
x = 1
if x:
    y = [1,
         2]
    z = 3 + \
        4
s = """line one
line two"""
def f(a,
      b):
    return a + b
t = f"{x}\
"
