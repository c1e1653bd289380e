class A((yield)): pass
