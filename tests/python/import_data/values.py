# A module of the import_data package (test_imports.py).
VALUE = 41


def twice(v):
    return 2 * v


def bump(v):
    return v + 1


loaded_as = __name__
