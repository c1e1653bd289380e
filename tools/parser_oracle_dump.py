#!/usr/bin/env python3
# Parser test fixtures from CPython 3.12 (run under py312): for every .py file given (or
# under a directory given), writes OUT/<relpath>.tokens (the C tokenizer's tokens, exactly
# what CPython's parser sees) and OUT/<relpath>.expected (ast.dump(..., include_attributes=
# True) or the SyntaxError as one JSON line). tools/parser_replay.cpp replays the tokens
# through our parser, so parser bugs show up independently of our tokenizer.
#   parser_oracle_dump.py OUT ROOT [FILES...]     (FILES relative to ROOT; default: all)
# Token file format, one token per record:
#   KIND SLINE SCOL ELINE ECOL NBYTES\n TEXT\n      (columns in UTF-8 bytes, -1 = none)
# preceded by "SOURCE NBYTES\n<decoded source>\n" and ended by "END\n" or
# "ERROR <json>\n" when the tokenizer fails.
import ast
import io
import json
import keyword
import os
import sys
import token
import tokenize


def byte_col(lines, lineno, col):
    if col < 0 or lineno < 1 or lineno > len(lines):
        return col
    return len(lines[lineno - 1][:col].encode("utf-8", "surrogatepass"))


def token_records(source):
    lines = source.split("\n")
    out = []
    error = None
    try:
        for t in tokenize._generate_tokens_from_c_tokenizer(io.StringIO(source).readline, extra_tokens=False):
            kind = token.tok_name[t.type]
            if (kind == "NAME" and keyword.iskeyword(t.string)) or kind in ("ASYNC", "AWAIT"):
                kind = "KW_" + t.string.upper()
            text = t.string.encode("utf-8", "surrogatepass")
            out.append("%s %d %d %d %d %d\n" % (kind, t.start[0], byte_col(lines, t.start[0], t.start[1]), t.end[0],
                                                byte_col(lines, t.end[0], t.end[1]), len(text)))
            out.append(text.decode("utf-8", "surrogatepass") + "\n")
    except Exception as e:  # tokenizer error: the parser would report it
        error = {"type": type(e).__name__, "msg": str(e)}
    return out, error


def error_json(e):
    return json.dumps({"type": type(e).__name__, "msg": getattr(e, "msg", str(e)), "lineno": getattr(e, "lineno", None),
                       "offset": getattr(e, "offset", None), "end_lineno": getattr(e, "end_lineno", None),
                       "end_offset": getattr(e, "end_offset", None)})


def main(out_dir, root, files):
    if not files:
        for directory, subdirs, names in os.walk(root):
            subdirs.sort()
            files += [os.path.relpath(os.path.join(directory, n), root) for n in sorted(names) if n.endswith(".py")]
    for rel in files:
        with open(os.path.join(root, rel), "rb") as f:
            raw = f.read()
        try:
            encoding, _ = tokenize.detect_encoding(io.BytesIO(raw).readline)
            source = raw.decode(encoding)
            if source.startswith("\ufeff"):
                source = source[1:]
        except Exception:
            continue
        target = os.path.join(out_dir, rel)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        try:
            expected = ast.dump(ast.parse(raw, rel), include_attributes=True) + "\n"
        except Exception as e:
            expected = error_json(e) + "\n"
        with open(target + ".expected", "w", encoding="utf-8", errors="surrogatepass") as f:
            f.write(expected)
        records, error = token_records(source)
        encoded = source.encode("utf-8", "surrogatepass")
        with open(target + ".tokens", "w", encoding="utf-8", errors="surrogatepass", newline="") as f:
            f.write("SOURCE %d\n" % len(encoded))
            f.write(source)
            f.write("\n")
            f.writelines(records)
            f.write("ERROR " + json.dumps(error) + "\n" if error else "END\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3:]))
