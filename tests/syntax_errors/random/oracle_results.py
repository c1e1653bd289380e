# Run by the oracle (CPython 3.12.7): one JSON line per file given, with what
# compile(bytes, path, 'exec') raises and whether ast.parse() accepts the source
# ("stage": "parse" if the parser rejects it, "compile" otherwise).
import ast
import json
import sys

for path in sys.argv[1:]:
    with open(path, 'rb') as f:
        data = f.read()
    record = {'path': path}
    try:
        ast.parse(data, path)
        record['stage'] = 'compile'
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        record['stage'] = 'parse'
    try:
        compile(data, path, 'exec')
        record.update(type=None, msg=None, lineno=None, offset=None, end_lineno=None, end_offset=None)
    except SyntaxError as e:
        record.update(type=type(e).__name__, msg=e.msg, lineno=e.lineno, offset=e.offset, end_lineno=e.end_lineno,
                      end_offset=e.end_offset)
    except (ValueError, MemoryError, RecursionError) as e:
        record.update(type=type(e).__name__, msg=str(e), lineno=None, offset=None, end_lineno=None, end_offset=None)
    print(json.dumps(record, ensure_ascii=False))
