# Every code point's str predicates and case mappings (upper, lower, title, casefold),
# folded into checksums per plane range; the constants are CPython 3.12's (Unicode 15.0).

def checksum(lo, hi):
    total = 0
    for cp in range(lo, hi):
        if 0xD800 <= cp < 0xE000:
            continue
        c = chr(cp)
        bits = 0
        for f in (c.isalnum(), c.isalpha(), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isspace(),
                  c.isprintable(), c.isidentifier(), c.islower(), c.isupper(), c.istitle()):
            bits = bits * 2 + (1 if f else 0)
        h = bits
        for mapped in (c.upper(), c.lower(), c.title(), c.casefold()):
            if mapped != c:
                for ch in mapped:
                    h = (h * 1000003 + ord(ch)) % 2305843009213693951
                h = h * 7 + len(mapped)
        total = (total * 31 + h * (cp + 1)) % 2305843009213693951
    return total

EXPECTED = {
    (0, 0x800): 99135596701097005,
    (0x800, 0x10000): 184140801434573950,
    (0x10000, 0x20000): 1579246721859697682,
    (0x20000, 0x110000): 1950883143756295416,
}
results = {(lo, hi): checksum(lo, hi) for lo, hi in ((0, 0x800), (0x800, 0x10000), (0x10000, 0x20000), (0x20000, 0x110000))}
for key, value in results.items():
    assert value == EXPECTED[key], (hex(key[0]), value, EXPECTED[key])
print("ok")
