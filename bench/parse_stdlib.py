# CPython's side of the front-end benchmark: ast.parse over every .py file under a
# directory, several rounds, best round reported in the same format as parse_stdlib.cpp.
import ast
import os
import sys
import time


def load_tree(root):
    files = []
    for dirpath, _, names in os.walk(root):
        for name in names:
            if name.endswith(".py"):
                path = os.path.join(dirpath, name)
                with open(path, "rb") as f:
                    files.append((path, f.read()))
    files.sort()
    return files


def main():
    root = sys.argv[1]
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    files = load_tree(root)
    total = sum(len(data) for _, data in files)
    best = float("inf")
    failures = 0
    for _ in range(rounds):
        failures = 0
        start = time.perf_counter()
        for path, data in files:
            try:
                ast.parse(data, path)
            except (SyntaxError, ValueError):
                failures += 1
        best = min(best, time.perf_counter() - start)
    print(f"files={len(files)} bytes={total} failures={failures} best_seconds={best:.6f}")


main()
