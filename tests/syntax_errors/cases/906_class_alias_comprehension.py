class C:
    type A = [x for x in y]
