# Runs CPython's `python -m tokenize -e` logic over many files in one interpreter and
# prints, per file, the MD5 of what that command would print (stdout, then stderr), or
# with --show the text itself. Used by tools/check_tokenize.sh.
# usage: tokenize_oracle.py [--show] FILELIST   (FILELIST: one path per line, or - for stdin)
import hashlib
import io
import sys
import tokenize
import warnings


def render(path):
    """stdout and stderr of `python -m tokenize -e path` (tokenize.main's formatting,
    SyntaxWarnings included as a fresh interpreter shows them: once per line and text)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out, err = render_tokens(path)
    shown = []
    for w in caught:
        line = "%s:%d: %s: %s\n" % (w.filename, w.lineno, w.category.__name__, w.message)
        if line not in shown:
            shown.append(line)
    return out, "".join(shown) + err


def render_tokens(path):
    out = io.StringIO()
    err = ""
    try:
        with open(path, "rb") as f:
            tokens = list(tokenize.tokenize(f.readline))
        for token in tokens:
            token_range = "%d,%d-%d,%d:" % (token.start + token.end)
            out.write("%-20s%-15s%-15r\n" % (token_range, tokenize.tok_name[token.exact_type], token.string))
    except IndentationError as e:
        line, column = e.args[1][1:3]
        return "", "%s:%d:%d: error: %s\n" % (path, line, column, e.args[0])
    except tokenize.TokenError as e:
        line, column = e.args[1]
        return "", "%s:%d:%d: error: %s\n" % (path, line, column, e.args[0])
    except SyntaxError as e:
        return "", "%s: error: %s\n" % (path, e)
    except OSError as e:
        return "", "error: %s\n" % e
    except Exception as e:  # tokenize's main() prints this and re-raises
        return "", "unexpected error: %s\n" % e
    return out.getvalue(), err


def main():
    args = sys.argv[1:]
    show = False
    if args and args[0] == "--show":
        show = True
        args = args[1:]
    source = sys.stdin if args == ["-"] else open(args[0])
    paths = [line.rstrip("\n") for line in source if line.strip()]
    for path in paths:
        out, err = render(path)
        text = out + "--stderr--\n" + err
        if show:
            sys.stdout.write(text)
        else:
            digest = hashlib.md5(text.encode("utf-8", "surrogateescape")).hexdigest()
            sys.stdout.write("%s %s\n" % (digest, path))


main()
