try:
    import helpers.bad_syntax
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
    print(str(e))
import helpers.bad_syntax
