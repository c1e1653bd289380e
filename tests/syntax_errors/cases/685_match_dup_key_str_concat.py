match x:
    case {'a' 'b': a, 'ab': b}:
        pass
