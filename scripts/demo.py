# Python 3.12 syntax: a generic type alias, a generic function with a bound (PEP 695),
# and an f-string nesting the same quotes (PEP 701).
type Pair[T] = tuple[T, T]

def larger[T: (int, float)](pair: Pair[T]) -> T:
    return max(pair)

print(f"{"larger"}: {larger((3, 4))=}")
