def f():
    try:
        x
    finally:
        global x
