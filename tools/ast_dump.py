#!/usr/bin/env python3
# Prints ast.dump(ast.parse(source, FILE), include_attributes=True) for FILE read as bytes:
# the reference for `pyxis --dump-ast FILE`. Run it with CPython 3.12.7: py312 --pyodide.
# The dump runs at module level on purpose: ast.dump recurses once per tree level, and
# CPython's RecursionError threshold counts the caller's frames (pyxis assumes one).
import ast
import sys

if len(sys.argv) != 2:
    sys.stderr.write("usage: ast_dump.py FILE\n")
    sys.exit(2)
with open(sys.argv[1], "rb") as source_file:
    source = source_file.read()
dump = ast.dump(ast.parse(source, sys.argv[1]), include_attributes=True)
sys.stdout.buffer.write((dump + "\n").encode("utf-8"))
sys.stdout.flush()
