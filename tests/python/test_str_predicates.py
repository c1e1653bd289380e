# str predicates with Unicode properties: isalnum isalpha isascii isdecimal isdigit
# isidentifier isnumeric isprintable isspace, per character and for whole strings.

def props(c):
    return (c.isalnum(), c.isalpha(), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isspace(), c.isprintable(),
            c.isidentifier(), c.isascii())

T, F = True, False
#              alnum alpha decimal digit numeric space printable identifier ascii
cases = {
    "0":      (T, F, T, T, T, F, T, F, T),
    "١":      (T, F, T, T, T, F, T, F, F),   # ARABIC-INDIC DIGIT ONE
    "²":      (T, F, F, T, T, F, T, F, F),   # SUPERSCRIPT TWO: digit, not decimal
    "½":      (T, F, F, F, T, F, T, F, F),   # numeric only
    "Ⅻ":      (T, F, F, F, T, F, T, T, F),   # ROMAN NUMERAL TWELVE (Nl): not alpha
    "一":     (T, T, F, F, T, F, T, T, F),   # numeric through Unihan
    "壹":     (T, T, F, F, T, F, T, T, F),
    "൦":      (T, F, T, T, T, F, T, F, F),
    "𝟘":      (T, F, T, T, T, F, T, F, F),
    " ":      (F, F, F, F, F, T, T, F, T),
    "\t":     (F, F, F, F, F, T, F, F, T),
    "\xa0":   (F, F, F, F, F, T, F, F, F),
    "\u2028": (F, F, F, F, F, T, F, F, F),
    "\x1c":   (F, F, F, F, F, T, F, F, T),
    "\x85":   (F, F, F, F, F, T, F, F, F),
    "\u200b": (F, F, F, F, F, F, F, F, F),   # ZERO WIDTH SPACE is Cf, not whitespace
    "\u3000": (F, F, F, F, F, T, F, F, F),
    "a":      (T, T, F, F, F, F, T, T, T),
    "é":      (T, T, F, F, F, F, T, T, F),
    "_":      (F, F, F, F, F, F, T, T, T),
    "\u0300": (F, F, F, F, F, F, T, F, F),
    "ǅ":      (T, T, F, F, F, F, T, T, F),
    "ⓐ":      (F, F, F, F, F, F, T, F, F),   # So with a lowercase mapping: not alpha
    "\U0001F600": (F, F, F, F, F, F, T, F, F),
    "\x00":   (F, F, F, F, F, F, F, F, T),
    "\x7f":   (F, F, F, F, F, F, F, F, T),
    "\xad":   (F, F, F, F, F, F, F, F, F),
}
for c, expected in cases.items():
    assert props(c) == expected, (hex(ord(c)), props(c), expected)

# whole strings: every character must qualify; empty is False except isprintable/isascii
for name in ("isalnum", "isalpha", "isdecimal", "isdigit", "isnumeric", "isspace", "isidentifier"):
    assert getattr("", name)() is False, name
assert "".isprintable() is True and "".isascii() is True
assert "abc123".isalnum() and not "abc 123".isalnum() and "héllo".isalpha()
assert "12３".isdecimal() and not "12.3".isdecimal() and "²3".isdigit() and "½3".isnumeric()
assert " \t\n\r\x0b\x0c".isspace() and not " a ".isspace()
assert "abc".isascii() and not "abcé".isascii()
assert "hello\n".isprintable() is False and "héllo wörld".isprintable()
assert "_x1".isidentifier() and "ǅAbc".isidentifier() and not "1a".isidentifier() and not "a-b".isidentifier()
assert "été".isidentifier() and "x\u0300".isidentifier() and not "\u0300x".isidentifier()
assert not "a b".isidentifier() and "℘".isidentifier()
print("ok")
