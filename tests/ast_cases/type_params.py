# PEP 695 (3.12): type aliases and generic functions and classes with type parameters.
type Point = tuple[float, float]
type ListOrSet[T] = list[T] | set[T]
type Pair[K, V] = tuple[K, V]
type Bounded[T: int] = list[T]
type Constrained[T: (int, str)] = T
type Variadic[*Ts] = tuple[*Ts]
type Callback[**P, R] = Callable[P, R]
type Recursive = list[Recursive] | int

def identity[T](x: T) -> T:
    return x

def bounded[T: Sequence[int]](x: T) -> T:
    return x

def everything[T: int, U: (str, bytes), *Ts, **P](*args: *Ts, **kwargs: P.kwargs) -> T:
    pass

class Box[T]:
    def get(self) -> T:
        ...

class Mapping[K, V](Base[K], metaclass=Meta):
    pass

class Nested[T]:
    def method[U](self, x: T, y: U) -> tuple[T, U]:
        type Local[W] = dict[W, U]
        return (x, y)

async def agen[T](x: T) -> T:
    return x

@decorator
def decorated[T](x: T): pass

# 'type' stays an ordinary name where it is not a statement keyword.
type = 5
type(x)
type.attr = 1
print(type)
type X = type
type Y[T,] = T
