# Integer arithmetic in a loop: small-int adds, multiplies, modulo and comparisons.
def run(n):
    total = 0
    i = 0
    while i < n:
        total = total + i * 3 % 7
        i += 1
    return total

result = run(30000000)
assert result == 89999997, result
