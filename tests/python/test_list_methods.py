# list methods: append clear copy count extend index insert pop remove reverse sort, edge
# cases and CPython's error messages (sort stability, key/reverse, list modified during sort).

def raises(exc_type, message, f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except exc_type as e:
        assert type(e) is exc_type, (type(e), exc_type)
        assert str(e) == message, (str(e), message)
        return e
    raise AssertionError(f"{exc_type.__name__} not raised")

l = [1, 2]
assert l.append(3) is None and l == [1, 2, 3]
l.extend((4, 5)); l.extend(x for x in [6]); l.extend("ab")
assert l == [1, 2, 3, 4, 5, 6, "a", "b"]
l = [1, 2]; l.extend(l); assert l == [1, 2, 1, 2]
l.insert(0, 0); l.insert(100, 9); l.insert(-1, 8); l.insert(-100, -1)
assert l == [-1, 0, 1, 2, 1, 2, 8, 9]
assert l.pop() == 9 and l.pop(0) == -1 and l.pop(-2) == 2 and l == [0, 1, 2, 1, 8]
assert l.index(1) == 1 and l.index(1, 2) == 3 and l.index(1, -2) == 3 and l.index(8, 0, 10**30) == 4
assert l.count(1) == 2 and l.count(7) == 0 and [1, 1.0, True].count(1) == 3
l.remove(1); assert l == [0, 2, 1, 8]
c = l.copy(); c.append(5); assert l == [0, 2, 1, 8] and c == [0, 2, 1, 8, 5]
l.reverse(); assert l == [8, 1, 2, 0]
l.clear(); assert l == []

raises(IndexError, "pop from empty list", [].pop)
raises(IndexError, "pop from empty list", [].pop, 3)
raises(IndexError, "pop index out of range", [1].pop, 5)
raises(IndexError, "pop index out of range", [1].pop, -2)
raises(TypeError, "'str' object cannot be interpreted as an integer", [1].pop, "a")
raises(ValueError, "list.remove(x): x not in list", [1].remove, 2)
raises(ValueError, "2 is not in list", [1].index, 2)
raises(ValueError, "'a' is not in list", [1].index, "a")
raises(ValueError, "3 is not in list", [1, 2, 3].index, 3, 0, 2)
raises(TypeError, "slice indices must be integers or have an __index__ method", [1].index, 1, "a")
raises(TypeError, "'str' object cannot be interpreted as an integer", [1].insert, "a", 1)
raises(TypeError, "'int' object is not iterable", [].extend, 1)
raises(TypeError, "list.count() takes exactly one argument (0 given)", [].count)
raises(TypeError, "list.append() takes no keyword arguments", lambda: [].append(x=1))

# sort
l = [3, 1, 2]; assert l.sort() is None and l == [1, 2, 3]
l.sort(reverse=True); assert l == [3, 2, 1]
l = ["bb", "a", "ccc", "dd"]; l.sort(key=len); assert l == ["a", "bb", "dd", "ccc"]   # stable
l.sort(key=len, reverse=True); assert l == ["ccc", "bb", "dd", "a"]                   # stable in reverse too
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
pairs.sort(key=lambda p: p[0]); assert pairs == [(0, "a"), (0, "b"), (1, "b"), (1, "a")]
pairs.sort(key=lambda p: p[0], reverse=True); assert pairs == [(1, "b"), (1, "a"), (0, "a"), (0, "b")]
l = [3, 1, 2]; l.sort(key=None, reverse=0); assert l == [1, 2, 3]
raises(TypeError, "sort() takes no positional arguments", [].sort, 1)
raises(TypeError, "'<' not supported between instances of 'str' and 'int'", [1, "a"].sort)
l = [3, 2, 1]
raises(ValueError, "list modified during sort", l.sort, key=lambda x: l.append(x) or x)
assert l == [1, 2, 3]
def seen_empty(x):
    assert l2 == []
    return x
l2 = [2, 1]; l2.sort(key=seen_empty); assert l2 == [1, 2]
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        if self.v == 99: raise RuntimeError("boom")
        return self.v < other.v
l = [K(1), K(99), K(0)]
raises(RuntimeError, "boom", l.sort)
assert len(l) == 3

# subclasses use the list methods on their value
class L(list):
    pass
m = L([3, 1]); m.sort(); m.append(5); assert m == [1, 3, 5] and m.index(5) == 2
print("ok")

# failing comparisons: the first failing pair and the partly sorted list are CPython's
def failed_sort(l, **kw):
    try:
        l.sort(**kw)
    except TypeError as e:
        return str(e), l
    raise AssertionError("no TypeError")
assert failed_sort([3, 1, "a", 0]) == ("'<' not supported between instances of 'str' and 'int'", [3, 1, "a", 0])
assert failed_sort([5, 4, 3, None, 1]) == ("'<' not supported between instances of 'NoneType' and 'int'", [5, 4, 3, None, 1])
assert failed_sort([1, 2, 0, "a", -1]) == ("'<' not supported between instances of 'str' and 'int'", [0, 1, 2, "a", -1])
assert failed_sort([1, 2, 3, "x", 0], reverse=True) == ("'<' not supported between instances of 'str' and 'int'", [1, 2, 3, "x", 0])
assert failed_sort([(1, 2), True, "a"])[0] == "'<' not supported between instances of 'bool' and 'tuple'"

# long lists: stable, with key and reverse
seed = 5
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n
for size in (63, 64, 65, 300, 2000):
    data = [(rnd(50), i) for i in range(size)]
    a = list(data); a.sort(key=lambda p: p[0])
    assert all(a[i][0] < a[i + 1][0] or (a[i][0] == a[i + 1][0] and a[i][1] < a[i + 1][1]) for i in range(size - 1))
    b = list(data); b.sort(key=lambda p: p[0], reverse=True)
    assert all(b[i][0] > b[i + 1][0] or (b[i][0] == b[i + 1][0] and b[i][1] < b[i + 1][1]) for i in range(size - 1))
print("ok")

# += extends with any iterable (the list object stays the same)
l = [1]; m = l
l += (2, 3); l += "ab"; l += (x for x in [4]); l += l
assert l is m and l == [1, 2, 3, "a", "b", 4, 1, 2, 3, "a", "b", 4]
raises(TypeError, "'int' object is not iterable", lambda: l.__iadd__(1))
def iadd_int():
    x = [1]
    x += 1
raises(TypeError, "'int' object is not iterable", iadd_int)
raises(TypeError, 'can only concatenate list (not "tuple") to list', lambda: [1] + (1,))
class L2(list):
    pass
q = L2([1]); r = q; q += (2,); assert q is r and q == [1, 2] and type(q) is L2
print("ok")
