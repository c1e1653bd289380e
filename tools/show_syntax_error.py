#!/usr/bin/env python3
# Prints, on stdout, what CPython 3.12 shows for the error raised while parsing FILE (read as
# bytes, as ast.parse() gets it; --compile: compile(..., 'exec') instead, which also raises
# the symbol-table errors). The reference for `pyxis --dump-ast FILE`'s stderr.
# Run it with CPython 3.12.7: py312 --pyodide tools/show_syntax_error.py [--compile] [--attributes] FILE
# It calls sys.__excepthook__, CPython's built-in display that `python3 FILE` uses: Pyodide
# sets sys.excepthook to traceback.print_exception, whose output differs for tabs and carets.
import ast
import io
import sys


def main(argv):
    full_compile = "--compile" in argv
    show_attributes = "--attributes" in argv
    paths = [arg for arg in argv[1:] if not arg.startswith("--")]
    if len(paths) != 1:
        sys.stderr.write("usage: show_syntax_error.py [--compile] [--attributes] FILE\n")
        return 2
    path = paths[0]
    with open(path, "rb") as source_file:
        source = source_file.read()
    try:
        if full_compile:
            compile(source, path, "exec", dont_inherit=True)
        else:
            ast.parse(source, path)
    except Exception as error:
        error.__traceback__ = None
        if show_attributes and isinstance(error, SyntaxError):
            print(repr({name: getattr(error, name) for name in
                        ("msg", "filename", "lineno", "offset", "end_lineno", "end_offset", "text")}))
        captured = io.StringIO()
        saved_stderr, sys.stderr = sys.stderr, captured
        try:
            sys.__excepthook__(type(error), error, None)
        finally:
            sys.stderr = saved_stderr
        sys.stdout.write(captured.getvalue())
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
