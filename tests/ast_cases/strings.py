# String and bytes literals: quotes, prefixes, escapes, concatenation, non-ASCII text.
a = 'single'
b = "double"
c = '''triple single
spanning lines'''
d = """triple double"""
empty = '', "", '''''', """"""
u = u'unicode prefix'
U = U"upper"
raw = r'\d+\.\w*', R"C:\path\n", r'\''
by = b'bytes', B"BYTES", b'\x00\xff\n'
raw_bytes = rb'\d', Rb'\n', bR'x', BR"y", br'''z'''
escapes = '\n\t\r\\\'\"\a\b\f\v\0\12\101\x41\u00e9\U0001F600\N{BULLET}\N{LATIN SMALL LETTER E WITH ACUTE}'
byte_escapes = b'\n\t\\\'\x7f\101\0'
line_cont = 'abc\
def'
surrogate = '\ud800\udfff'
concat = 'a' "b" '''c''' """d"""
bytes_concat = b'a' b"b"
multiline_concat = ('first '
                    'second '
                    "third")
unicode_text = 'héllo wörld — 日本語 😀 Ελληνικά'
quotes_inside = "it's", 'say "hi"', '''both ' and "''', """x"y"""
control = '\x00\x1f\x7f\x80\xa0\xad'
not_printable = '\u2028\u200b\ufeff'
u_concat = u'x' 'y'
