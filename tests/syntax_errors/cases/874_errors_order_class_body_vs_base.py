class A((yield)):
    nonlocal z
