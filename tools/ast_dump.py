#!/usr/bin/env python3
# Prints ast.dump(ast.parse(source, FILE), include_attributes=True) for FILE read as bytes:
# the reference for `pyxis --dump-ast FILE`. Run it with CPython 3.12.7: py312 --pyodide.
import ast
import sys


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: ast_dump.py FILE\n")
        return 2
    path = argv[1]
    with open(path, "rb") as source_file:
        source = source_file.read()
    tree = ast.parse(source, path)
    sys.stdout.buffer.write((ast.dump(tree, include_attributes=True) + "\n").encode("utf-8"))
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
