x = """abc
def
