# Computes the expected error of every case with the oracle (CPython 3.12.7 under Pyodide):
# compile(bytes, 'cases/NAME.py', 'exec'), i.e. file semantics (BOM, coding declaration).
# Usage (from tests/syntax_errors, run by py312):
#   regen_expected.py OUT.jsonl [STAGES.txt] [--file-mode-traceback OUT.json]
# OUT.jsonl gets one JSON object per case; STAGES.txt lists the cases whose source parses
# (ast.parse accepts it) so that the error comes from compile()'s later passes; the optional
# traceback dump lets regen_expected.sh check that running the file shows the same error.
import ast
import json
import os
import sys
import traceback

CASES_DIR = 'cases'


def error_record(case, exc):
    record = {'case': case, 'type': type(exc).__name__}
    if isinstance(exc, SyntaxError):
        record.update(msg=exc.msg, lineno=exc.lineno, offset=exc.offset, end_lineno=exc.end_lineno,
                      end_offset=exc.end_offset)
    else:
        record.update(msg=str(exc), lineno=None, offset=None, end_lineno=None, end_offset=None)
    return record


def main(argv):
    if sys.version_info[:3] != (3, 12, 7):
        sys.exit('regen_expected.py must run under CPython 3.12.7 (py312 --pyodide), not %s' % sys.version)
    args = list(argv)
    traceback_out = None
    if '--file-mode-traceback' in args:
        i = args.index('--file-mode-traceback')
        traceback_out = args[i + 1]
        del args[i:i + 2]
    out_path = args[0]
    stages_path = args[1] if len(args) > 1 else None
    cases = sorted(f for f in os.listdir(CASES_DIR) if f.endswith('.py'))
    records, parses, tracebacks = [], [], {}
    for case in cases:
        path = os.path.join(CASES_DIR, case)
        with open(path, 'rb') as f:
            data = f.read()
        try:
            compile(data, path, 'exec')
            records.append({'case': case, 'type': None, 'msg': None, 'lineno': None, 'offset': None,
                            'end_lineno': None, 'end_offset': None})
        except (SyntaxError, ValueError, MemoryError, RecursionError) as exc:
            records.append(error_record(case, exc))
        try:
            ast.parse(data, path)
            parses.append(case)
        except (SyntaxError, ValueError, MemoryError, RecursionError):
            pass
        if traceback_out is not None:
            try:
                compile(data, os.path.abspath(path), 'exec')
            except BaseException as exc:
                tracebacks[case] = ''.join(traceback.format_exception_only(exc))
    with open(out_path, 'w', encoding='utf-8') as f:
        for record in records:
            f.write(json.dumps(record, ensure_ascii=False) + '\n')
    if stages_path:
        with open(stages_path, 'w', encoding='utf-8') as f:
            f.write('# Cases that ast.parse() accepts: their error comes from compile() after parsing\n')
            f.write('# (symbol table / code generation), i.e. from compiler::check_compile_errors.\n')
            for case in parses:
                f.write(case + '\n')
    if traceback_out is not None:
        with open(traceback_out, 'w', encoding='utf-8') as f:
            json.dump(tracebacks, f, ensure_ascii=False)


if __name__ == '__main__':
    main(sys.argv[1:])
