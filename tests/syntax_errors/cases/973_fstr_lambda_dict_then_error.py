f"{(lambda: {a: b})}" o
