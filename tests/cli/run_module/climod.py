import sys
print("climod", __name__, sys.argv[1:])
