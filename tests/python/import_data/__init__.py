# A package imported by test_imports.py.
from import_data.values import twice
NAME = "import_data"
