# Random Python programs for differential testing of compile-time errors against CPython:
# statements and expressions that stress scopes, comprehensions, match, async, __debug__
# ("mixed"), and deep nesting of blocks with exits at the bottom ("blocks").
# Usage: generate.py OUTDIR SEED COUNT [mixed|blocks]
import os
import random
import sys

# Random Python snippets aimed at compile-stage checks (scopes, loops, match, async...).

NAMES = ['a', 'b', 'x', 'y', 'T', '__debug__', '__a', 'z', '__class__', 'super']
R = random.Random(0)

def ch(*xs):
    return R.choice(xs)

def p(prob):
    return R.random() < prob

def name():
    n = R.choice(NAMES)
    if n == '__debug__' and not p(0.3):
        n = 'a'
    return n

def const():
    return ch('1', '0', '1.0', "'s'", 'b"b"', 'None', 'True', '-1', '2j', '1+2j', '...', "'it\\'s'", '0x10', '16')

def expr(d=0):
    if d > 3:
        return ch(name(), const())
    k = R.randrange(24)
    if k < 5:
        return name()
    if k < 7:
        return const()
    if k == 7:
        return '%s(%s)' % (name(), args(d))
    if k == 8:
        return '[%s for %s in %s%s]' % (expr(d + 1), comp_target(), expr(d + 1), comp_tail(d))
    if k == 9:
        return '(%s for %s in %s%s)' % (expr(d + 1), comp_target(), expr(d + 1), comp_tail(d))
    if k == 10:
        return '{%s: %s for %s in %s%s}' % (expr(d + 1), expr(d + 1), comp_target(), expr(d + 1), comp_tail(d))
    if k == 11:
        return '(%s := %s)' % (name(), expr(d + 1))
    if k == 12:
        return '(lambda %s: %s)' % (params(lam=True), expr(d + 1))
    if k == 13:
        return '(yield %s)' % expr(d + 1) if p(0.7) else '(yield from %s)' % expr(d + 1)
    if k == 14:
        return '(await %s)' % expr(d + 1)
    if k == 15:
        return '[%s]' % ', '.join(ch(expr(d + 1), '*' + name()) for _ in range(R.randrange(3)))
    if k == 16:
        return '%s.%s' % (name(), name())
    if k == 17:
        return '%s[%s]' % (name(), expr(d + 1))
    if k == 18:
        return '%s + %s' % (expr(d + 1), expr(d + 1))
    if k == 19:
        return '(%s if %s else %s)' % (expr(d + 1), expr(d + 1), expr(d + 1))
    if k == 20:
        return 'f"{%s}"' % expr(d + 1).replace('"', "'")
    if k == 21:
        return '{%s}' % ', '.join('%s: %s' % (expr(d + 1), expr(d + 1)) for _ in range(R.randrange(3)))
    if k == 22:
        return '(*%s,)' % name() if p(0.8) else '*' + name()
    return '[%s async for %s in %s]' % (expr(d + 1), comp_target(), expr(d + 1))

def comp_target():
    if p(0.2):
        return '%s, %s' % (name(), name())
    return name()

def comp_tail(d):
    s = ''
    for _ in range(R.randrange(3)):
        if p(0.5):
            s += ' if %s' % expr(d + 1)
        else:
            s += ' %sfor %s in %s' % (ch('', '', 'async '), comp_target(), expr(d + 1))
    return s

def args(d):
    out = []
    for _ in range(R.randrange(4)):
        k = R.randrange(4)
        if k == 0:
            out.append(expr(d + 1))
        elif k == 1:
            out.append('*' + name())
        else:
            out.append('%s=%s' % (name(), expr(d + 1)))
    # keep positional before keyword to stay parseable
    pos = [a for a in out if '=' not in a or a.startswith('(')]
    kw = [a for a in out if a not in pos]
    if p(0.2):
        kw.append('**' + name())
    return ', '.join(pos + kw)

def params(lam=False):
    ps = []
    for _ in range(R.randrange(4)):
        n = name()
        if not lam and p(0.3):
            n += ': ' + expr(2)
        ps.append(n)
    if p(0.2):
        ps.append('*' + name())
    elif p(0.2):
        ps.append('*')
        ps.append(name())
    if p(0.15):
        ps.append('**' + name())
    return ', '.join(ps)

def target():
    k = R.randrange(8)
    if k < 4:
        return name()
    if k == 4:
        return '%s, *%s' % (name(), name())
    if k == 5:
        return '%s.%s' % (name(), name())
    if k == 6:
        return '%s[%s]' % (name(), expr(2))
    return '*%s' % name() if p(0.3) else '(%s, %s)' % (name(), name())

def pattern(d=0):
    k = R.randrange(12)
    if d > 2 or k < 3:
        return ch(name(), '_', const())
    if k < 5:
        return '[%s]' % ', '.join(ch(pattern(d + 1), '*' + ch(name(), '_')) for _ in range(R.randrange(4)))
    if k < 7:
        items = ['%s: %s' % (ch('1', "'k'", '-1', '1.0', 'True', 'None', 'a.b', '2j'), pattern(d + 1)) for _ in range(R.randrange(3))]
        if p(0.3):
            items.append('**' + ch(name(), 'rest'))
        return '{%s}' % ', '.join(items)
    if k < 9:
        return '%s | %s' % (pattern(d + 1), pattern(d + 1))
    if k == 9:
        return '(%s as %s)' % (pattern(d + 1), name())
    return 'C(%s)' % ', '.join([pattern(d + 1) for _ in range(R.randrange(2))] + ['%s=%s' % (ch('k', 'j'), pattern(d + 1)) for _ in range(R.randrange(3))])

def block(d, ind):
    n = R.randrange(1, 4)
    return ''.join(stmt(d + 1, ind) for _ in range(n))

def stmt(d, ind):
    pad = ' ' * ind
    if d > 3:
        return pad + ch('pass', 'break', 'continue', 'return', 'x = 1', 'yield', 'await x', 'global x', 'nonlocal x') + '\n'
    k = R.randrange(30)
    i2 = ind + 4
    if k < 3:
        return pad + '%s = %s\n' % (target(), expr())
    if k == 3:
        return pad + '%s += %s\n' % (target(), expr())
    if k == 4:
        return pad + '%s: %s%s\n' % (ch(name(), name(), '%s.%s' % (name(), name())), expr(2), ch('', ' = ' + expr(2)))
    if k == 5:
        return pad + expr() + '\n'
    if k == 6:
        return pad + ch('return', 'return ' + expr(), 'break', 'continue', 'pass') + '\n'
    if k == 7:
        return pad + '%s %s\n' % (ch('global', 'nonlocal'), ', '.join(name() for _ in range(R.randrange(1, 3))))
    if k == 8:
        return pad + 'del %s\n' % target().replace('*', '')
    if k == 9:
        return pad + ch('import %s' % name(), 'from m import %s' % ch('*', name(), 'a as ' + name()), 'from __future__ import %s' % ch('annotations', 'braces', 'nonsense')) + '\n'
    if k == 10:
        return pad + 'if %s:\n%s' % (expr(), block(d, i2)) + (pad + 'else:\n' + block(d, i2) if p(0.3) else '')
    if k == 11:
        return pad + 'while %s:\n%s' % (expr(), block(d, i2)) + (pad + 'else:\n' + block(d, i2) if p(0.3) else '')
    if k == 12:
        return pad + '%sfor %s in %s:\n%s' % (ch('', '', 'async '), target(), expr(), block(d, i2)) + (pad + 'else:\n' + block(d, i2) if p(0.3) else '')
    if k == 13:
        return pad + '%swith %s as %s:\n%s' % (ch('', '', 'async '), expr(), target(), block(d, i2))
    if k == 14:
        star = ch('', '', '*')
        s = pad + 'try:\n' + block(d, i2)
        for _ in range(R.randrange(1, 3)):
            if star:
                s += pad + 'except* %s%s:\n' % (name(), ch('', ' as ' + name())) + block(d, i2)
            else:
                s += pad + 'except%s:\n' % ch('', ' ' + name(), ' %s as %s' % (name(), name())) + block(d, i2)
        if p(0.3):
            s += pad + 'else:\n' + block(d, i2)
        if p(0.3):
            s += pad + 'finally:\n' + block(d, i2)
        return s
    if k in (15, 16):
        s = pad + 'match %s:\n' % expr()
        for _ in range(R.randrange(1, 4)):
            s += pad + '    case %s%s:\n' % (pattern(), ch('', '', ' if ' + expr(2))) + block(d, i2 + 4)
        return s
    if k in (17, 18, 19):
        tp = '[%s]' % ', '.join(ch(name(), '%s: %s' % (name(), expr(2)), '*' + name(), '**' + name()) for _ in range(R.randrange(1, 3))) if p(0.25) else ''
        return pad + '%sdef f%s(%s)%s:\n%s' % (ch('', '', 'async '), tp, params(), ch('', ' -> ' + expr(2)), block(d, i2))
    if k in (20, 21):
        tp = '[%s]' % ', '.join(ch(name(), '%s: %s' % (name(), expr(2))) for _ in range(R.randrange(1, 3))) if p(0.25) else ''
        return pad + 'class C%s(%s):\n%s' % (tp, args(2), block(d, i2))
    if k == 22:
        tp = '[%s]' % name() if p(0.4) else ''
        return pad + 'type A%s = %s\n' % (tp, expr())
    if k == 23:
        return pad + 'assert %s, %s\n' % (expr(), expr())
    if k == 24:
        return pad + 'raise %s from %s\n' % (expr(), expr())
    return pad + ch('pass', 'x = 1', 'print(x)') + '\n'


KINDS = ['for', 'while', 'with', 'with2', 'try_except', 'try_finally', 'try_except_finally', 'try_star',
         'if', 'match', 'async_for', 'async_with', 'class', 'def', 'async_def', 'else_of_for', 'finally_part',
         'handler_part', 'star_handler_part', 'else_of_try']

def build_blocks(depth, ind, leaf):
    pad = ' ' * ind
    if depth == 0:
        return ''.join(pad + l + '\n' for l in leaf)
    k = R.choice(KINDS)
    inner = lambda: build_blocks(depth - 1, ind + 1, leaf)
    p1 = ' ' * (ind + 1)
    if k == 'for':
        return pad + 'for x in y:\n' + inner()
    if k == 'async_for':
        return pad + 'async for x in y:\n' + inner()
    if k == 'while':
        return pad + 'while x:\n' + inner()
    if k == 'with':
        return pad + 'with a as b:\n' + inner()
    if k == 'with2':
        return pad + 'with a, b:\n' + inner()
    if k == 'async_with':
        return pad + 'async with a:\n' + inner()
    if k == 'try_except':
        return pad + 'try:\n' + inner() + pad + 'except E:\n' + p1 + 'pass\n'
    if k == 'try_finally':
        return pad + 'try:\n' + inner() + pad + 'finally:\n' + p1 + 'pass\n'
    if k == 'try_except_finally':
        return pad + 'try:\n' + inner() + pad + 'except:\n' + p1 + 'pass\n' + pad + 'finally:\n' + p1 + 'pass\n'
    if k == 'try_star':
        return pad + 'try:\n' + inner() + pad + 'except* E:\n' + p1 + 'pass\n'
    if k == 'if':
        return pad + 'if x:\n' + inner()
    if k == 'match':
        return pad + 'match x:\n' + p1 + 'case 1:\n' + build_blocks(depth - 1, ind + 2, leaf)
    if k == 'class':
        return pad + 'class C:\n' + inner()
    if k == 'def':
        return pad + 'def f():\n' + inner()
    if k == 'async_def':
        return pad + 'async def f():\n' + inner()
    if k == 'else_of_for':
        return pad + 'for x in y:\n' + p1 + 'pass\n' + pad + 'else:\n' + inner()
    if k == 'finally_part':
        return pad + 'try:\n' + p1 + 'pass\n' + pad + 'finally:\n' + inner()
    if k == 'handler_part':
        return pad + 'try:\n' + p1 + 'pass\n' + pad + 'except E as e:\n' + inner()
    if k == 'star_handler_part':
        return pad + 'try:\n' + p1 + 'pass\n' + pad + 'except* E:\n' + inner()
    if k == 'else_of_try':
        return pad + 'try:\n' + p1 + 'pass\n' + pad + 'except E:\n' + p1 + 'pass\n' + pad + 'else:\n' + inner()
    return inner()

LEAVES = ['break', 'continue', 'return', 'return 1', 'yield', 'await x', 'x = [a async for a in b]',
          'x = (a async for a in b)', 'pass', 'yield from x', 'return (yield)']


def mixed_program():
    src = ''.join(stmt(0, 0) for _ in range(R.randrange(1, 4)))
    if p(0.3):
        src = 'from __future__ import annotations\n' + src
    if p(0.3):
        src = 'def outer():\n' + ''.join('    ' + l + '\n' for l in src.splitlines())
    return src


def blocks_program():
    depth = R.choice([R.randrange(1, 8), R.randrange(15, 26)])
    leaf = [R.choice(LEAVES) for _ in range(R.randrange(1, 3))]
    src = build_blocks(depth, 0, leaf)
    if R.random() < 0.3:
        src = R.choice(['def g():\n', 'async def g():\n']) + ''.join(' ' + l + '\n' for l in src.splitlines())
    return src


def main():
    out, seed, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    kind = sys.argv[4] if len(sys.argv) > 4 else 'mixed'
    R.seed(seed)
    os.makedirs(out, exist_ok=True)
    for i in range(count):
        src = mixed_program() if kind == 'mixed' else blocks_program()
        with open(os.path.join(out, '%s_%05d.py' % (kind, i)), 'w') as f:
            f.write(src)


if __name__ == '__main__':
    main()
