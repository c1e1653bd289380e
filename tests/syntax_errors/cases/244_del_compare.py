del a < b
