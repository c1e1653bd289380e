# Deep Python recursion raises RecursionError (never a native stack overflow), and the
# program continues normally afterwards.
def down(n):
    return 0 if n == 0 else 1 + down(n - 1)

assert down(500) == 500

def forever():
    forever()

try:
    forever()
    raise AssertionError("no RecursionError")
except RecursionError as e:
    assert str(e) == "maximum recursion depth exceeded"

def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError:
    caught = True
assert caught
assert down(100) == 100
