#!/usr/bin/env python3
# For every .py file under DIR (sorted), prints "RELPATH SHA256" where SHA256 is the hash of
# ast.dump(ast.parse(source, RELPATH), include_attributes=True) + "\n" in UTF-8 (what
# `pyxis --dump-ast RELPATH` prints, run from DIR), or "RELPATH ERROR Type: message".
# Run with CPython 3.12.7 (py312 --pyodide): one interpreter for the whole tree.
# Usage: stdlib_ast_hashes.py DIR
import ast
import hashlib
import os
import sys


def main(root):
    paths = []
    for directory, subdirectories, files in os.walk(root):
        subdirectories.sort()
        paths += [os.path.relpath(os.path.join(directory, name), root) for name in files if name.endswith(".py")]
    for relpath in sorted(paths):
        with open(os.path.join(root, relpath), "rb") as source_file:
            source = source_file.read()
        try:
            dump = ast.dump(ast.parse(source, relpath), include_attributes=True) + "\n"
        except Exception as error:
            message = str(error).splitlines()[0] if str(error) else ""
            print(relpath, "ERROR", type(error).__name__ + ": " + message)
            continue
        print(relpath, hashlib.sha256(dump.encode("utf-8")).hexdigest())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
