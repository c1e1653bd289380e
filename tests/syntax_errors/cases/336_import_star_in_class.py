class A:
    from a import *
