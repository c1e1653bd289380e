def f(a=(yield)):
    nonlocal z
