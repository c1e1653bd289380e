await a = 1
