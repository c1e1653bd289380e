def f():
    [nonlocal_x for nonlocal_x in y]
    nonlocal y
