# A nested package (test_imports.py).
DEPTH = 2
