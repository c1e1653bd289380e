(lambda: {1: [*b for x in y]}
