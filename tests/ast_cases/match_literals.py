# match statements, part 1: literal, singleton, capture, wildcard, value, or and as patterns.
match command:
    case 0:
        pass
    case -1:
        pass
    case 1.5:
        pass
    case -2.5e3:
        pass
    case 1j:
        pass
    case -1 + 2j:
        pass
    case 3 - 4j:
        pass
    case 'text':
        pass
    case 'implicit' 'concat':
        pass
    case b'bytes':
        pass
    case None:
        pass
    case True:
        pass
    case False:
        pass
    case Color.RED:
        pass
    case module.sub.CONSTANT:
        pass
    case 1 | 2 | 3:
        pass
    case 'a' | 'b' as letter:
        pass
    case (1 | 2) as num if num > 1:
        pass
    case captured if captured:
        pass
    case _:
        pass

match x:
    case y:
        pass

match (a, b):
    case _ if a == b:
        pass

match value,:
    case _:
        pass

match *a, b:
    case _:
        pass

match -x:
    case (_):
        pass

# Soft keywords used as ordinary names.
match = 1
case = 2
_ = 3
match.attr = match
print(match, case, _)
match(x)
match[0]
match * 2
