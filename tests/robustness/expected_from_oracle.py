# Prints, for every input file given, one JSON line with what CPython's compile() of the
# file's bytes raises (or "OK"): the expected results of the robustness test.
import json
import os
import sys

for path in sys.argv[1:]:
    name = os.path.basename(path)
    with open(path, "rb") as f:
        data = f.read()
    result = {"case": name}
    try:
        compile(data, name, "exec")
        result["type"] = "OK"
    except (SyntaxError, ValueError, MemoryError, RecursionError, OverflowError) as e:
        result["type"] = type(e).__name__
        if isinstance(e, SyntaxError):
            result.update(msg=e.msg, lineno=e.lineno, offset=e.offset, end_lineno=e.end_lineno, end_offset=e.end_offset)
        else:
            result.update(msg=str(e), lineno=None, offset=None, end_lineno=None, end_offset=None)
    print(json.dumps(result, ensure_ascii=False))
