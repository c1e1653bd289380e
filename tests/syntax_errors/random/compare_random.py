# Compares `IMPL --check-syntax FILE` with the oracle's results for random programs.
# Usage: compare_random.py IMPL ORACLE.jsonl  (plain Python 3; prints differences, then a summary)
import json
import subprocess
import sys

KEYS = ('type', 'msg', 'lineno', 'offset', 'end_lineno', 'end_offset')


def pyxis_result(impl, path):
    proc = subprocess.run([impl, '--check-syntax', path], capture_output=True, timeout=60)
    out = proc.stdout.decode('utf-8', 'replace')
    if proc.returncode == 0 and out == '':
        return {key: None for key in KEYS}
    try:
        return json.loads(out)
    except ValueError:
        return {'malfunction': 'exit status %d' % proc.returncode, 'stderr': proc.stderr.decode('utf-8', 'replace')[-300:]}


def main(impl, oracle_path):
    same = 0
    different = {'parse': 0, 'compile': 0}
    with open(oracle_path, encoding='utf-8') as f:
        for line in f:
            want = json.loads(line)
            path = want.pop('path')
            stage = want.pop('stage')
            got = pyxis_result(impl, path)
            if got == want:
                same += 1
                continue
            different[stage] += 1
            with open(path, encoding='utf-8', errors='replace') as src:
                text = src.read()
            print('%s (%s stage):\n%s    expected %s\n    got      %s' %
                  (path, stage, ''.join('    | ' + l + '\n' for l in text.splitlines()[:40]), want, got))
    print('%d same, %d different (%d where CPython parses the source, %d where it does not)' %
          (same, different['compile'] + different['parse'], different['compile'], different['parse']))
    return 0 if different['compile'] + different['parse'] == 0 else 1


if __name__ == '__main__':
    sys.exit(main(sys.argv[1], sys.argv[2]))
