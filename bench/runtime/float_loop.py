# Float arithmetic in a loop (floats are immediates in Pyxis: no allocation).
def run(n):
    x = 0.0
    step = 0.5
    for i in range(n):
        x = x * 0.999 + step
    return x

result = run(30000000)
assert 499.0 < result < 501.0, result
