# str case mappings with Unicode semantics: full mappings (SpecialCasing), final sigma,
# title/capitalize/swapcase/casefold, and the case predicates islower/isupper/istitle.

# ASCII
assert "Hello World".upper() == "HELLO WORLD" and "Hello World".lower() == "hello world"
assert "hello world".title() == "Hello World" and "they're bill's".title() == "They'Re Bill'S"
assert "hELLO wORLD".capitalize() == "Hello world" and "".capitalize() == ""
assert "Hello World".swapcase() == "hELLO wORLD" and "ABC".casefold() == "abc"
assert "a1b2".title() == "A1B2" and "123abc".capitalize() == "123abc"

# full mappings: one character becomes several
assert "ß".upper() == "SS" and "ß".lower() == "ß" and "ß".title() == "Ss" and "ß".casefold() == "ss"
assert "ﬁ".upper() == "FI" and "ﬁ".title() == "Fi" and "ﬀ".upper() == "FF"
assert "ŉ".upper() == "ʼN" and "ǰ".upper() == "J̌"
assert "İ".lower() == "i̇" and len("İ".lower()) == 2 and "ı".upper() == "I"
assert "ᾳ".upper() == "ΑΙ" and "ᾳ".title() == "ᾼ" and "ῼ".lower() == "ῳ"
assert "\u1e9e".lower() == "ß" and "\u1e9e".casefold() == "ss"

# titlecase digraphs
assert "ǅ".upper() == "Ǆ" and "ǅ".lower() == "ǆ" and "ǆ".title() == "ǅ" and "Ǆ".title() == "ǅ"
assert "ǅungla".title() == "ǅungla" and "ǆungla".capitalize() == "ǅungla"
assert "ǅ".istitle() and not "ǅ".isupper() and not "ǅ".islower()
assert "ǅ".swapcase() == "ǅ"

# final sigma
assert "ΣΑΣ".lower() == "σας" and "ΑΣ Σ".lower() == "ας σ"
assert "aΣ".lower() == "aς" and "Σa".lower() == "σa" and "Σ".lower() == "σ"
assert "ΑΣ\u0301".lower() == "ας\u0301"   # a case-ignorable mark after it keeps it final
assert "ΌΣΟΣ".lower() == "όσος" and "όσος".upper() == "ΌΣΟΣ"
assert "ΌΣΟΣ".title() == "Όσος" and "ΌΣΟΣ".capitalize() == "Όσος"
assert "ΣΑΣ".swapcase() == "σας"

# other scripts and planes
assert "Ａｂｃ".upper() == "ＡＢＣ" and "Ａｂｃ".lower() == "ａｂｃ"
assert "𐐀𐐨".lower() == "𐐨𐐨" and "𐐀𐐨".upper() == "𐐀𐐀" and "𐐀𐐨".swapcase() == "𐐨𐐀"
assert "ꭰ".upper() == "Ꭰ" and "ꭰ".casefold() == "Ꭰ"
assert "Ⅻ".lower() == "ⅻ" and "ⓐ".upper() == "Ⓐ"

# predicates
assert "ABC".isupper() and not "AbC".isupper() and not "123".isupper() and "A1".isupper()
assert "abc".islower() and not "aBc".islower() and not "".islower() and "ß".islower()
assert "Hello World".istitle() and not "Hello world".istitle() and not "".istitle() and not "HEllo".istitle()
assert "Ⅻ".isupper() and "ⓐ".islower() and "ª".islower()
assert "1A".istitle() and not "A1b".istitle() and "A1B".istitle() and not "1a".istitle()

# str subclasses: the result is a plain str
class S(str):
    pass
r = S("abc").upper()
assert r == "ABC" and type(r) is str

# no arguments
try:
    "a".upper(1)
except TypeError as e:
    assert str(e) == "str.upper() takes no arguments (1 given)", str(e)
else:
    raise AssertionError("no TypeError")
print("ok")
