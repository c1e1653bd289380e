# Pattern matching on instances of classes derived from builtin types: which protocol calls
# sequence and mapping patterns make (len, indexing, iteration, get), self-matching builtin
# bases, and subclasses of str never being sequences.
calls = []

class LoggingList(list):
    def __getitem__(self, i):
        calls.append(("getitem", i))
        return super().__getitem__(i)
    def __len__(self):
        calls.append("len")
        return super().__len__()
    def __iter__(self):
        calls.append("iter")
        return super().__iter__()

def seq_calls(pattern_number):
    calls.clear()
    match LoggingList([1, 2, 3]):
        case [*_] if pattern_number == 0:
            pass
        case [*rest] if pattern_number == 1:
            assert rest == [1, 2, 3]
        case [1, *_] if pattern_number == 2:
            pass
        case [_, *_, _] if pattern_number == 3:
            pass
        case [1, *_, 3] if pattern_number == 4:
            pass
        case [a, b, c] if pattern_number == 5:
            assert (a, b, c) == (1, 2, 3)
        case [_, _, _] if pattern_number == 6:
            pass
    return list(calls)

# A star wildcard alone needs nothing; a starred capture iterates; other patterns with a
# star wildcard check len() and index (from the end through len() - k); patterns without
# a star check len() and then iterate, unless every sub-pattern is a wildcard.
assert seq_calls(0) == []
assert seq_calls(1) == ["iter"]
assert seq_calls(2) == ["iter", "len", ("getitem", 0)]
assert seq_calls(3) == ["iter", "len", ("getitem", 0), "len"]
assert seq_calls(4) == ["iter", "len", ("getitem", 0), "len", "len", ("getitem", 0), "len", ("getitem", 2)]
assert seq_calls(5)[-2:] == ["len", "iter"]
assert seq_calls(6)[-1] == "len"

class LoggingDict(dict):
    def get(self, key, default=None):
        calls.append(("get", key))
        return super().get(key, default)
    def __getitem__(self, key):
        calls.append(("getitem", key))
        return super().__getitem__(key)

calls.clear()
match LoggingDict(a=1, b=2):
    case {"a": 1, "c": x}:
        assert False
    case {"a": 1, **rest}:
        assert rest == {"b": 2} and type(rest) is dict
# Keys are looked up with get(), stopping at the first missing one; **rest copies the dict
# without __getitem__.
assert calls == [("get", "a"), ("get", "c"), ("get", "a")]

class MyInt(int):
    pass
class MyStr(str):
    pass
class MyTuple(tuple):
    pass

match MyInt(5):
    case int(x):
        assert x == 5 and type(x) is MyInt
match MyInt(7):
    case MyInt(y):                      # the self-matching behaviour is inherited
        assert y == 7 and type(y) is MyInt
match MyStr("ab"):
    case [*_]:
        assert False
    case str(s):
        assert s == "ab"
match MyTuple((1, 2)):
    case (a, b):
        assert (a, b) == (1, 2)
    case _:
        assert False

# A subclass that defines __match_args__ uses it instead of matching itself.
class Pair(tuple):
    __match_args__ = ("first",)
    @property
    def first(self):
        return self[0]
match Pair((1, 2)):
    case Pair(f):
        assert f == 1
    case _:
        assert False
