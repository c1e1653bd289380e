class A(**a, B): pass
