# A module with a syntax error (for test_imports_relative).
x = 1
y = (
