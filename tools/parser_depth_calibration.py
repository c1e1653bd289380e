#!/usr/bin/env python3
# Where "Parser stack overflowed" starts, for nested unary minus in ~100 syntactic contexts:
# CPython counts rule nesting up to 6000, so the threshold depends on the exact chain of
# rules (gathers, groups, lookaheads, memoized results) leading to the expression.
#   py312 tools/parser_depth_calibration.py oracle > expected.txt
#   python3 tools/parser_depth_calibration.py BIN > ours.txt     (BIN: build-*/parser_replay)
#   diff expected.txt ours.txt
import json
import subprocess
import sys
import tempfile

M = lambda n: '-' * n + 'x'
CONTEXTS = {
    'statement': lambda n: M(n),
    'number': lambda n: '-' * n + '1',
    'not': lambda n: 'not ' * n + 'x',
    'lambda_chain': lambda n: 'lambda: ' * (n // 2) + 'x',
    'return': lambda n: 'def f():\n    return ' + M(n),
    'if': lambda n: 'if ' + M(n) + ': pass',
    'while': lambda n: 'while ' + M(n) + ': pass',
    'for_iter': lambda n: 'for y in ' + M(n) + ': pass',
    'with': lambda n: 'with ' + M(n) + ': pass',
    'assert': lambda n: 'assert ' + M(n),
    'raise': lambda n: 'raise ' + M(n),
    'subscript': lambda n: 'a[' + M(n) + ']',
    'call': lambda n: 'f(' + M(n) + ')',
    'kwarg': lambda n: 'f(k=' + M(n) + ')',
    'list': lambda n: '[' + M(n) + ']',
    'dictkey': lambda n: '{' + M(n) + ': 1}',
    'decorator': lambda n: '@' + M(n) + '\ndef f(): pass',
    'classbase': lambda n: 'class A(' + M(n) + '): pass',
    'lambda': lambda n: 'lambda: ' + M(n),
    'fstring': lambda n: 'f"{' + M(n) + '}"',
    'annassign': lambda n: 'x: ' + M(n),
    'augassign': lambda n: 'x += ' + M(n),
    'yield': lambda n: 'def f():\n    yield ' + M(n),
    'match': lambda n: 'match ' + M(n) + ':\n    case 1: pass',
    'typealias': lambda n: 'type X = ' + M(n),
    'default': lambda n: 'def f(a=' + M(n) + '): pass',
    'annotation': lambda n: 'def f(a: ' + M(n) + '): pass',
    'returns': lambda n: 'def f() -> ' + M(n) + ': pass',
    'starcall': lambda n: 'f(*' + M(n) + ')',
    'startuple': lambda n: 'x = *' + M(n) + ',',
    'ifexp': lambda n: 'y if ' + M(n) + ' else z',
    'compare': lambda n: 'a < ' + M(n),
    'binop': lambda n: 'a + ' + M(n),
    'listcomp': lambda n: '[y for y in ' + M(n) + ']',
    'genarg': lambda n: 'f(y for y in ' + M(n) + ')',
    'slice': lambda n: 'a[' + M(n) + ':]',
    'walrus': lambda n: '(y := ' + M(n) + ')',
    'del': lambda n: 'del a[' + M(n) + ']',
    'assign_target': lambda n: 'a[' + M(n) + '] = 1',
    'tuple_assign': lambda n: 'a, b = 1, ' + M(n),
    'global_then': lambda n: 'x = 1; y = ' + M(n),
    'elif': lambda n: 'if a: pass\nelif ' + M(n) + ': pass',
    'except': lambda n: 'try: pass\nexcept ' + M(n) + ': pass',
    'guard': lambda n: 'match a:\n    case b if ' + M(n) + ': pass',
    'or2': lambda n: 'a or ' + M(n),
    'or3': lambda n: 'a or b or ' + M(n),
    'and2': lambda n: 'a and ' + M(n),
    'tuple2': lambda n: '1, ' + M(n),
    'list2': lambda n: '[1, ' + M(n) + ']',
    'call2': lambda n: 'f(1, ' + M(n) + ')',
    'dict2': lambda n: '{1: 1, 2: ' + M(n) + '}',
    'dictkey2': lambda n: '{1: 1, ' + M(n) + ': 2}',
    'set2': lambda n: '{1, ' + M(n) + '}',
    'subscript2': lambda n: 'a[1, ' + M(n) + ']',
    'kw2': lambda n: 'f(a=1, b=' + M(n) + ')',
    'slice2': lambda n: 'a[1:' + M(n) + ']',
    'slice3': lambda n: 'a[::' + M(n) + ']',
    'cmpchain': lambda n: 'a < b < ' + M(n),
    'with2': lambda n: 'with a, ' + M(n) + ': pass',
    'lambdadef2': lambda n: 'lambda a=1, b=' + M(n) + ': 0',
    'defdefault2': lambda n: 'def f(a=1, b=' + M(n) + '): pass',
    'classkw': lambda n: 'class A(metaclass=' + M(n) + '): pass',
    'decorator2': lambda n: '@a\n@' + M(n) + '\ndef f(): pass',
    'returntuple': lambda n: 'def f():\n    return 1, ' + M(n),
    'assignmulti': lambda n: 'a = b = ' + M(n),
    'fstring2': lambda n: 'f"{1}{' + M(n) + '}"',
    'formatspec': lambda n: 'f"{x:{' + M(n) + '}}"',
    'fstrconcat': lambda n: '"a" f"{' + M(n) + '}"',
    'dictcomp': lambda n: '{y: z for y in ' + M(n) + '}',
    'compif': lambda n: '[y for y in z if ' + M(n) + ']',
    'compif2': lambda n: '[y for y in z if a if ' + M(n) + ']',
    'comp2for': lambda n: '[y for y in z for w in ' + M(n) + ']',
    'tparambound': lambda n: 'def f[T: ' + M(n) + '](): pass',
    'assertmsg': lambda n: 'assert x, ' + M(n),
    'raisefrom': lambda n: 'raise x from ' + M(n),
    'delmulti': lambda n: 'del a, b[' + M(n) + ']',
    'annvalue': lambda n: 'x: int = ' + M(n),
    'yieldfrom': lambda n: 'def f():\n    yield from ' + M(n),
    'starlist': lambda n: '[*' + M(n) + ']',
    'dstar': lambda n: '{**' + M(n) + '}',
    'dstarcall': lambda n: 'f(**' + M(n) + ')',
    'ifelse': lambda n: 'a if b else ' + M(n),
    'notin': lambda n: 'a not in ' + M(n),
    'isnot': lambda n: 'a is not ' + M(n),
    'power': lambda n: 'a ** ' + M(n),
    'lambdaparams': lambda n: 'lambda a, b=' + M(n) + ', *c: 0',
    'kwonly': lambda n: 'def f(*, a=' + M(n) + '): pass',
    'posonly': lambda n: 'def f(a=1, /, b=' + M(n) + '): pass',
    'subscriptassign': lambda n: 'a[1, ' + M(n) + '] = 1',
    'forelse': lambda n: 'for a in b: pass\nelse:\n    x = ' + M(n),
    'trybody': lambda n: 'try:\n    x = ' + M(n) + '\nexcept: pass',
    'withas': lambda n: 'with a as (b, c[' + M(n) + ']): pass',
    'matchtuple': lambda n: 'match a, ' + M(n) + ':\n    case 1: pass',
    'import_then': lambda n: 'import a\nx = ' + M(n),
    'semicolon3': lambda n: 'a; b; c = ' + M(n),
    'global_stmt_then': lambda n: 'global a; x = ' + M(n),
    'genexp2': lambda n: '(y for y in z if ' + M(n) + ')',
    'walruscomp': lambda n: '[(y := ' + M(n) + ') for z in w]',
    'typealias_params': lambda n: 'type A[T] = ' + M(n),
    'classdeco': lambda n: '@' + M(n) + '\nclass A: pass',
    'asyncfor': lambda n: 'async def f():\n    async for a in ' + M(n) + ': pass',
    'asyncwith': lambda n: 'async def f():\n    async with ' + M(n) + ': pass',
    'exceptstar': lambda n: 'try: pass\nexcept* ' + M(n) + ': pass',
    'elif2': lambda n: 'if a: pass\nelif b: pass\nelif ' + M(n) + ': pass',
}


def oracle(src):
    try:
        compile(src, 'x', 'exec')
        return 'ok'
    except MemoryError:
        return 'overflow'
    except SyntaxError as e:
        return 'syntax: ' + e.msg
    except RecursionError:
        return 'ok'  # parsed; the compiler gave up later


def ours(binary):
    def run(src):
        with tempfile.NamedTemporaryFile('w', suffix='.py', delete=False) as f:
            f.write(src)
        out = subprocess.run([binary, '--errors', f.name], capture_output=True, text=True).stdout
        d = json.loads(out)
        if d['type'] is None:
            return 'ok'
        return 'overflow' if d['type'] == 'MemoryError' else 'syntax: ' + d['msg']
    return run


def threshold(run, make):
    lo, hi = 5000, 6100
    if run(make(lo)) != 'ok':
        return 'error at %d: %s' % (lo, run(make(lo)))
    if run(make(hi)) == 'ok':
        return 'no overflow'
    while lo + 1 < hi:
        mid = (lo + hi) // 2
        if run(make(mid)) == 'ok':
            lo = mid
        else:
            hi = mid
    return lo


def main():
    run = oracle if sys.argv[1] == 'oracle' else ours(sys.argv[1])
    for name, make in CONTEXTS.items():
        print(name, threshold(run, make), flush=True)


if __name__ == '__main__':
    main()
