# f-strings (PEP 701 in 3.12): nesting, quotes, format specs, conversions, debug '='.
name = "world"
width = 10
precision = 4
value = 3.14159
s1 = f"hello {name}"
s2 = f'{name!r} {name!s} {name!a}'
s3 = f"{value:{width}.{precision}}"
s4 = f"{value=}"
s5 = f"{value = }"
s6 = f"{value=!r:>20}"
s7 = f"{name=:^12}"
s8 = f"{{literal braces}} {name}"
s9 = f"{'nested' + "same quotes"}"
s10 = f"{f"{f"{name}"}"}"
s11 = f"{'\n'.join(['a', 'b'])}"
s12 = rf"raw {name} \d"
s13 = fr'{name}\n'
s14 = f"plain" "concat" f"{name}"
s15 = "start " f"{name}" " end"
s16 = f"""triple {
    name
} quoted"""
s17 = f'''multi
line {name!r:>{width}}
'''
s18 = f"{x:=10}" if False else None
s19 = f"{(x:=10)}"
s20 = f"{name:}"
s21 = f"{3.14:.2f} {42:#x} {1e6:,}"
s22 = f"{ {'a': 1}['a'] }"
s23 = f"{(lambda: 1)()}"
s24 = f"{value:{'>' if True else '<'}{width}}"
s25 = f""
s26 = f"{name}" f"{name}"
s27 = f"é{name}😀{name!r}ü"
s28 = f"{
    name  # a comment inside the replacement field
}"
s29 = f"{name:{width}}{value:.{precision}f}"
s30 = f"a{{b}}c{{{name}}}d"
s31 = f"{'a' if name else 'b'}"
s32 = f"{*[1, 2],}"
s33 = f"{yield_ if (yield_ := 1) else 0}"
