def a():
    try:
        raise ValueError(1)
    finally:
        print("cleanup")
def b():
    try:
        a()
    except ValueError as e:
        raise e
b()
