#!/usr/bin/env python3
# Checks that a set of Python files (normally tests/ast_cases/*.py) exercises every AST node
# class, every field with a non-empty value, every operator and every kind of constant that
# ast.parse(source) in 'exec' mode can produce. Run it with CPython 3.12: py312 --pyodide.
# Usage: ast_coverage.py FILE...   Exit status 0 when nothing is missing.
import ast
import sys

# Deprecated aliases and classes ast.parse never builds from a file in 'exec' mode without
# type_comments=True (other modes, type comments, type: ignore).
UNREACHABLE = {
    "Interactive", "Expression", "FunctionType", "TypeIgnore",
    "Num", "Str", "Bytes", "NameConstant", "Ellipsis", "Index", "ExtSlice", "Suite",
    "AugLoad", "AugStore", "Param",
}
UNREACHABLE_FIELDS = {"type_comment", "type_ignores"}
CONSTANT_KINDS = ["None", "bool", "ellipsis", "int", "float", "complex", "str", "bytes", "str-with-kind-u"]


def concrete_node_classes():
    classes = {}
    for name, value in vars(ast).items():
        if isinstance(value, type) and issubclass(value, ast.AST) and value is not ast.AST:
            if name in UNREACHABLE or name.startswith("_") or value.__subclasses__():
                continue
            classes[name] = value
    return classes


def main(paths):
    classes = concrete_node_classes()
    seen_classes = set()
    seen_fields = set()
    seen_constants = set()
    for path in paths:
        with open(path, "rb") as source_file:
            tree = ast.parse(source_file.read(), path)
        for node in ast.walk(tree):
            name = type(node).__name__
            seen_classes.add(name)
            for field in node._fields:
                value = getattr(node, field, None)
                if value is not None and value != []:
                    seen_fields.add((name, field))
            if isinstance(node, ast.Constant):
                kind = "ellipsis" if node.value is ... else type(node.value).__name__
                if node.value is None:
                    kind = "None"
                seen_constants.add(kind)
                if node.kind == "u":
                    seen_constants.add("str-with-kind-u")
    missing = []
    for name in sorted(classes):
        if name not in seen_classes:
            missing.append("class " + name)
            continue
        for field in classes[name]._fields:
            if field not in UNREACHABLE_FIELDS and (name, field) not in seen_fields:
                missing.append("field %s.%s" % (name, field))
    missing += ["constant " + kind for kind in CONSTANT_KINDS if kind not in seen_constants]
    for item in missing:
        print("missing:", item)
    print("%d node classes, %d fields, %d constant kinds covered by %d files; %d missing" % (
        len(seen_classes & set(classes)), len(seen_fields), len(seen_constants), len(paths), len(missing)))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
