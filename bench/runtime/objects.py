# Attribute access and method calls on instances, list and dict work.
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, other):
        return self.x * other.x + self.y * other.y

def run(n):
    v = Vector(1, 2)
    w = Vector(3, 4)
    total = 0
    items = []
    table = {}
    for i in range(n):
        total += v.dot(w)
        items.append(i)
        table[i % 1000] = i
    return total, len(items), len(table)

assert run(5000000) == (55000000, 5000000, 1000)
