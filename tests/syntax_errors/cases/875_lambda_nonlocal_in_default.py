def f():
    lambda a=(yield): 0
    nonlocal z
