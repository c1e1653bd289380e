def f():
    match a:
        case x: pass
    global x
