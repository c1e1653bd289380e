while x:
    class A:
        break
