try:
    1/0
except ZeroDivisionError:
    try:
        {}['x']
    finally:
        pass
