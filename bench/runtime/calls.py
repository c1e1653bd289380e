# Python-to-Python calls: a small function called in a loop, and recursion.
def add(a, b):
    return a + b

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def run(n):
    total = 0
    for i in range(n):
        total = add(total, i)
    return total

assert run(1000000) == 499999500000
assert fib(25) == 75025
