# Imported by syntax_error_in_import.py: a module with a syntax error.
x = 1
y = (
