#!/usr/bin/env python3
# Mutation corpus for the parser's error reporting (run under py312, ideally --pyodide):
# takes random statements from Python files, damages one token (delete, duplicate, replace,
# insert), and records what CPython's ast.parse() says about each result.
#   parser_fuzz_errors.py OUT_DIR SEED COUNT FILE_OR_DIR...
# Writes OUT_DIR/cases/NNNNN.py and OUT_DIR/expected.jsonl in the format of
# tests/syntax_errors/expected.jsonl (no error: all fields null). Compare, in OUT_DIR, with
#   tools/parser_replay.sh --errors cases/*.py > got.jsonl
#   python3 tests/syntax_errors/compare.py OUT_DIR/expected.jsonl --jsonl got.jsonl --select LIST
import ast
import io
import json
import os
import random
import sys
import textwrap
import tokenize

VOCABULARY = ["(", ")", "[", "]", "{", "}", ":", ",", ";", "=", "==", ":=", "*", "**", ".", "...", "->", "@",
              "+", "-", "not", "in", "is", "if", "else", "elif", "for", "while", "lambda", "yield", "await",
              "async", "def", "class", "return", "import", "from", "as", "with", "try", "except", "finally",
              "pass", "del", "global", "x", "1", "'s'", "f'{x}'", "f'{", "}", "\n", "\n    ", "print", "match",
              "case", "type", "_", "True", "None", "/", "!", "=="]


def statement_snippets(path):
    try:
        with open(path, "rb") as f:
            source = f.read().decode("utf-8")
        tree = ast.parse(source)
    except Exception:
        return []
    lines = source.splitlines(keepends=True)
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.stmt) and node.end_lineno - node.lineno < 12:
            text = textwrap.dedent("".join(lines[node.lineno - 1:node.end_lineno]))
            if text.strip():
                out.append(text)
    return out


def mutate(rng, text):
    try:
        tokens = [t for t in tokenize.generate_tokens(io.StringIO(text).readline)
                  if t.type not in (tokenize.ENDMARKER, tokenize.DEDENT, tokenize.NL, tokenize.COMMENT)]
    except Exception:
        return None
    if not tokens:
        return None
    lines = text.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))

    def offset(pos):
        return starts[pos[0] - 1] + pos[1]

    t = rng.choice(tokens)
    a, b = offset(t.start), offset(t.end)
    how = rng.randrange(4)
    if how == 0:
        return text[:a] + text[b:]
    if how == 1:
        return text[:b] + " " + t.string + text[b:]
    word = rng.choice(VOCABULARY)
    if how == 2:
        return text[:a] + word + text[b:]
    return text[:a] + word + " " + text[a:]


def fnv1a(text):
    h = 0xcbf29ce484222325
    for b in text.encode("utf-8", "surrogatepass"):
        h = ((h ^ b) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return "%016x" % h


def outcome(source, path):
    # `path` exists, holding `source`: CPython then reads error lines back from it, as it
    # does for `pyxis --check-syntax path` and the SyntaxError catalog.
    try:
        tree = ast.parse(source, path)
    except SyntaxError as e:
        return {"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset,
                "end_lineno": e.end_lineno, "end_offset": e.end_offset}
    except Exception as e:
        return {"type": type(e).__name__, "msg": str(e), "lineno": None, "offset": None, "end_lineno": None,
                "end_offset": None}
    # no error: the tree's dump, hashed (tools/parser_replay.cpp --errors prints the same)
    return {"type": None, "msg": fnv1a(ast.dump(tree, include_attributes=True)), "lineno": None, "offset": None,
            "end_lineno": None, "end_offset": None}


def mutate_lines(rng, text):
    # indentation and line structure: re-indent, dedent, delete, duplicate or swap lines
    lines = text.splitlines(keepends=True)
    if not lines:
        return None
    i = rng.randrange(len(lines))
    how = rng.randrange(6)
    if how == 0:
        lines[i] = rng.choice((" ", "  ", "    ", "\t", "        ")) + lines[i]
    elif how == 1:
        lines[i] = lines[i].lstrip(" \t")
    elif how == 2:
        del lines[i]
    elif how == 3:
        lines.insert(i, lines[i])
    elif how == 4 and len(lines) > 1:
        j = rng.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
    else:
        lines[i] = lines[i].replace("    ", "\t", 1)
    return "".join(lines)


def damage(rng, text):
    # one to three mutations
    for _ in range(rng.choice((1, 1, 1, 2, 3))):
        mutated = mutate_lines(rng, text) if rng.random() < 0.25 else mutate(rng, text)
        if mutated is None:
            return None
        text = mutated
    return text


def main(out_dir, seed, count, roots):
    rng = random.Random(int(seed))
    files = []
    for root in roots:
        if os.path.isdir(root):
            for directory, subdirs, names in os.walk(root):
                subdirs.sort()
                files += [os.path.join(directory, n) for n in sorted(names) if n.endswith(".py")]
        else:
            files.append(root)
    os.makedirs(os.path.join(out_dir, "cases"), exist_ok=True)
    files = [os.path.abspath(f) for f in files]
    os.chdir(out_dir)
    with open("expected.jsonl", "w", encoding="utf-8") as expected:
        made = 0
        while made < int(count):
            snippets = statement_snippets(rng.choice(files))
            if not snippets:
                continue
            mutated = damage(rng, rng.choice(snippets))
            if mutated is None:
                continue
            name = "%05d.py" % made
            with open(os.path.join("cases", name), "w", encoding="utf-8") as f:
                f.write(mutated)
            record = {"case": name}
            record.update(outcome(mutated, os.path.join("cases", name)))
            expected.write(json.dumps(record, ensure_ascii=False) + "\n")
            made += 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]))
