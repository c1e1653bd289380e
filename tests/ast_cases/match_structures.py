# match statements, part 2: sequence, star, mapping and class patterns, nesting.
match point:
    case []:
        pass
    case ():
        pass
    case [x]:
        pass
    case (x,):
        pass
    case [x, y]:
        pass
    case x, y, z:
        pass
    case [x, *rest]:
        pass
    case [*_, last]:
        pass
    case (first, *_, last):
        pass
    case [[a, b], (c, d), [*e]]:
        pass
    case {}:
        pass
    case {'key': value}:
        pass
    case {'a': 1, 'b': [x, y], **rest}:
        pass
    case {1: _, None: _, Color.RED: _, -1: _}:
        pass
    case {**rest}:
        pass
    case Point():
        pass
    case Point(0, 0):
        pass
    case Point(x=0, y=yy):
        pass
    case Point(1, y=2):
        pass
    case module.Point3D(x, y, z=[1, *others]):
        pass
    case Point(x=Point(x=inner)) as outer:
        pass
    case [Point(x=0, y=0) | Point(x=1, y=1), *_]:
        pass
    case {'type': 'circle', 'radius': r} if r > 0:
        pass
    case str() | bytes():
        pass
    case [1, 2, *_] | (3, 4):
        pass
    case (x as y):
        pass
    case [x as y, *z]:
        pass
    case Point(x=(1 | 2) as xv,):
        pass
