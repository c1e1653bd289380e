class Outer:
    class Err(Exception):
        pass
print(repr(Outer.Err("x")), str(Outer.Err("x")))
raise Outer.Err("boom")
