x = lambda: {a: b} o
