for x in y:
    try:
        break
        g(b=1, b=1)
    finally:
        f(a=1, a=1)
