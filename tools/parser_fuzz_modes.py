#!/usr/bin/env python3
# Mutation fuzzing of the 'eval' and 'single' modes (sources given as str, as to compile()):
# random expressions (eval) and statements (single) from Python files, sometimes damaged.
#   py312 --pyodide tools/parser_fuzz_modes.py generate OUT.json SEED COUNT ROOT
#   python3 tools/parser_fuzz_modes.py compare OUT.json PARSER_REPLAY_BINARY
import ast
import json
import os
import random
import subprocess
import sys
import tempfile
import textwrap

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import parser_fuzz_errors as F  # noqa: E402


def generate(out_path, seed, count, root):
    rng = random.Random(int(seed))
    files = []
    for d, sub, names in os.walk(root):
        sub.sort()
        files += [os.path.join(d, n) for n in sorted(names) if n.endswith('.py')]
    out = []
    while len(out) < int(count):
        path = rng.choice(files)
        try:
            src = open(path, encoding='utf-8').read()
            tree = ast.parse(src)
        except Exception:
            continue
        nodes = [n for n in ast.walk(tree) if isinstance(n, (ast.expr, ast.stmt)) and n.end_lineno - n.lineno < 6]
        if not nodes:
            continue
        n = rng.choice(nodes)
        seg = ast.get_source_segment(src, n)
        if not seg:
            continue
        mode = 'eval' if isinstance(n, ast.expr) else 'single'
        if mode == 'single':
            seg = textwrap.dedent(seg)
        text = seg if rng.random() < 0.3 else F.damage(rng, seg + '\n')
        if text is None:
            continue
        try:
            t = ast.parse(text, '/nonexistent/m.py', mode)
            exp = 'OK ' + F.fnv1a(ast.dump(t, include_attributes=True))
        except SyntaxError as e:
            exp = json.dumps([type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset])
        except Exception as e:
            exp = type(e).__name__
        out.append((mode, text, exp))
    json.dump(out, open(out_path, 'w'))


def compare(cases_path, binary):
    cases = json.load(open(cases_path))
    bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 'm.py')
        for mode, text, exp in cases:
            with open(path, 'w') as f:
                f.write(text)
            got = subprocess.run([binary, '--parse', mode, path], capture_output=True, text=True).stdout.strip()
            if got.startswith('{'):
                try:
                    d = json.loads(got)
                    got = json.dumps([d['type'], d['msg'], d['lineno'], d['offset'], d['end_lineno'], d['end_offset']])
                except ValueError:
                    pass
            else:
                got = 'OK ' + F.fnv1a(got)
            if got != exp:
                bad += 1
                if bad <= 12:
                    print('DIFF', mode, repr(text)[:200])
                    print('  exp', exp[:200])
                    print('  got', got[:200])
    print('%d cases, %d differ' % (len(cases), bad))
    return 1 if bad else 0


if __name__ == '__main__':
    if sys.argv[1] == 'generate':
        generate(*sys.argv[2:6])
    else:
        sys.exit(compare(sys.argv[2], sys.argv[3]))
