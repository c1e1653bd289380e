# Generates the expectation tables of tests/unit/tokenizer_*_test.cpp from CPython 3.12.7:
#   py312 --pyodide tools/gen_tokenizer_tests.py streams CASEFILE > rows   (tokenize -e dumps)
#   py312 --pyodide tools/gen_tokenizer_tests.py errors CASEFILE > rows    (compile() errors)
# CASEFILE holds Python bytes literals separated by lines "====". Rows are C++ initializers
# {source, expected} with every byte escaped, ready to paste into a table.
import ast
import io
import os
import sys
import tempfile
import tokenize


def cpp_literal(data):
    out = ['"']
    for b in data:
        c = chr(b)
        if c == '"' or c == '\\':
            out.append('\\' + c)
        elif 0x20 <= b < 0x7F and c != '?':
            out.append(c)
        elif c == '\n':
            out.append('\\n')
        else:
            out.append('\\%03o' % b)
    out.append('"')
    return ''.join(out)


def stream(src):
    """tokenize -e view, one token per ' | '-separated item, or 'ERROR line:col: msg'."""
    items = []
    try:
        for tok in tokenize.tokenize(io.BytesIO(src).readline):
            if tok.type == tokenize.ENCODING:
                continue
            items.append('%d,%d-%d,%d %s %r' % (tok.start + tok.end + (tokenize.tok_name[tok.exact_type], tok.string)))
    except IndentationError as e:
        return 'ERROR %d:%d: %s' % (e.args[1][1], e.args[1][2], e.args[0])
    except tokenize.TokenError as e:
        return 'ERROR %d:%d: %s' % (e.args[1][0], e.args[1][1], e.args[0])
    except SyntaxError as e:
        return 'ERROR %s' % e
    return ' | '.join(items)


def error(src, path):
    with open(path, 'wb') as f:
        f.write(src)
    try:
        compile(src, path, 'exec')
        return None
    except SyntaxError as e:
        def show(v):
            return 'None' if v is None else repr(v)
        return '%s %r %s %s %s %s %s' % (type(e).__name__, e.msg, show(e.lineno), show(e.offset), show(e.end_lineno),
                                        show(e.end_offset), show(e.text))


def main():
    mode, casefile = sys.argv[1], sys.argv[2]
    data = open(casefile, 'rb').read()
    cases = [ast.literal_eval(c.strip(b'\n').decode('latin-1')) for c in data.split(b'\n====\n') if c.strip(b'\n')]
    path = os.path.join(tempfile.mkdtemp(), 'case.py')
    for src in cases:
        expected = stream(src) if mode == 'streams' else error(src, path)
        if expected is None:
            continue
        print('    {%s,\n     %s},' % (cpp_literal(src), cpp_literal(expected.encode('utf-8'))))


main()
