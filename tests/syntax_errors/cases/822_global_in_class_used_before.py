class A:
    print(x)
    global x
