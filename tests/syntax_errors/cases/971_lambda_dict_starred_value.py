(lambda: {1: *b})
