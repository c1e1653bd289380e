try:
    break
finally:
    f(a=1, a=1)
