# Displays: lists, tuples, sets, dicts, starred items, unpacking, trailing commas.
empty_list = []
empty_tuple = ()
empty_dict = {}
one_tuple = 1,
one_tuple_paren = (1,)
lst = [1, 2, 3,]
tpl = (1, 'two', 3.0)
st = {1, 2, 3}
dct = {'a': 1, 'b': 2,}
nested = [[1, [2, [3]]], (4, (5,)), {6: {7: 8}}]
starred_list = [*a, *b, c]
starred_tuple = (*a, b)
starred_set = {*a, *b}
dict_unpack = {**a, 'k': v, **b}
bare_tuple = 1, 2, 3
paren_expr = (1)
mixed = [x for x in ()], (y for y in []), {1: 2}
multiline = [
    1,
    2,
    3,
]
dict_multiline = {
    'key': 'value',  # comment
    **other,
}
ellipsis = ...
consts = None, True, False, ...
