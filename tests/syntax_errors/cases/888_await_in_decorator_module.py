@(await x)
def f(): pass
