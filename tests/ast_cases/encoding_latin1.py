# -*- coding: latin-1 -*-
# A PEP 263 declaration: these bytes are Latin-1, not UTF-8.
café = "déjà vu © ½"
b = b"raw bytes stay bytes"
print(café)
