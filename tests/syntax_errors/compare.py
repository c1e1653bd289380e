# Compares actual errors with expected.jsonl for run.sh (plain Python 3, any version >= 3.8:
# it only reads JSON, it does not need to know how CPython 3.12 behaves).
#   compare.py expected.jsonl --jsonl GOT.jsonl [--select LIST]   (oracle results)
#   compare.py expected.jsonl --outputs DIR [--select LIST]       (DIR/CASE.out/.err/.rc of pyxis)
#   compare.py --file-mode TRACEBACKS.json BATCHDIR               (regen_expected.sh check)
import json
import os
import sys

KEYS = ('type', 'msg', 'lineno', 'offset', 'end_lineno', 'end_offset')


def load_expected(path):
    expected = {}
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.strip():
                record = json.loads(line)
                expected[record.pop('case')] = record
    return expected


def read_text(path):
    try:
        with open(path, 'rb') as f:
            return f.read().decode('utf-8', errors='replace')
    except OSError:
        return ''


def outcome_of_pyxis(out_dir, case):
    """What pyxis reported: a dict like expected's, or a string describing a malfunction."""
    base = os.path.join(out_dir, case)
    rc_text = read_text(base + '.rc').strip()
    stdout = read_text(base + '.out')
    stderr = read_text(base + '.err')
    rc = int(rc_text) if rc_text.lstrip('-').isdigit() else None
    if rc == 0 and stdout == '':
        return {key: None for key in KEYS}
    if rc == 1:
        lines = stdout.splitlines()
        if len(lines) == 1:
            try:
                got = json.loads(lines[0])
                if isinstance(got, dict):
                    return got
            except ValueError:
                pass
    detail = 'exit status %s' % rc_text
    if rc == 124:
        detail += ' (timeout)'
    if stdout:
        detail += ', stdout %r' % stdout[:300]
    if stderr:
        detail += ', stderr %r' % stderr[-300:]
    return detail


def show(record):
    if isinstance(record, str):
        return record
    if record.get('type') is None and all(record.get(key) is None for key in KEYS):
        return 'no error (compiled)'
    return json.dumps(record, ensure_ascii=False, sort_keys=True)


def compare(expected, got_of, selected):
    passed = failed = 0
    for case in selected:
        want = expected.get(case)
        if want is None:
            print('%s: no expected result in expected.jsonl' % case)
            failed += 1
            continue
        got = got_of(case)
        if isinstance(got, dict):
            got = {k: v for k, v in got.items() if k != 'case'}
        if got == want:
            passed += 1
        else:
            failed += 1
            print('%s:\n    expected %s\n    got      %s' % (case, show(want), show(got)))
    print('%d passed, %d failed' % (passed, failed))
    return 0 if failed == 0 else 1


def check_file_mode(tracebacks_path, batch_dir):
    """Running a case as a program must show the error compile(bytes) raised."""
    with open(tracebacks_path, encoding='utf-8') as f:
        tracebacks = json.load(f)
    passed = failed = skipped = 0
    for case, shown in sorted(tracebacks.items()):
        rc = read_text(os.path.join(batch_dir, case + '.rc')).strip()
        err = read_text(os.path.join(batch_dir, case + '.err'))
        if rc == '125':
            skipped += 1
            print('%s: skipped (the WebAssembly runtime failed running it as a file)' % case)
        elif shown in err:
            passed += 1
        else:
            failed += 1
            print('%s: compile(bytes) shows\n%s  running the file shows\n%s' % (case, shown, err[-600:]))
    print('%d passed, %d failed (%d skipped)' % (passed, failed, skipped))
    return 0 if failed == 0 else 1


def main(argv):
    if argv[0] == '--file-mode':
        return check_file_mode(argv[1], argv[2])
    expected = load_expected(argv[0])
    args = argv[1:]
    selected = sorted(expected)
    if '--select' in args:
        i = args.index('--select')
        with open(args[i + 1], encoding='utf-8') as f:
            selected = [line.strip() for line in f if line.strip()]
        del args[i:i + 2]
    if args[0] == '--jsonl':
        got = load_expected(args[1])
        return compare(expected, lambda case: got.get(case, 'no result from the oracle'), selected)
    if args[0] == '--outputs':
        return compare(expected, lambda case: outcome_of_pyxis(args[1], case), selected)
    sys.exit('usage: see the header of compare.py')


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
