class MyError(Exception):
    pass
e = MyError("custom")
e.add_note("first note")
e.add_note("second\nnote")
raise e
