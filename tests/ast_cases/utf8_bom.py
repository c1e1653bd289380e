# A UTF-8 byte order mark at the very start of the file.
x = "bom"
if x:
    y = "é"
