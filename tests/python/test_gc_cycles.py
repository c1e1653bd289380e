# Garbage: objects that form cycles and are dropped are collected (a loop creating many
# cyclic structures runs in bounded memory); live objects survive collections.
class Node:
    def __init__(self, value):
        self.value = value
        self.partner = None

keep = [Node(i) for i in range(100)]
for i in range(200000):
    a = Node(i)
    b = Node(-i)
    a.partner = b
    b.partner = a
    cycle = [a, b]
    cycle.append(cycle)
    d = {"self": None}
    d["self"] = d
assert a.partner.partner is a
assert [n.value for n in keep] == list(range(100))
total = 0
for i in range(100000):
    s = str(i) + "-" + str(i)
    total += len(s)
assert total > 0
big = []
for i in range(50000):
    big.append((i, [i]))
assert big[49999][1][0] == 49999 and len(big) == 50000
