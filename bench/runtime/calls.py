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

assert run(10000000) == 49999995000000
assert fib(30) == 832040
