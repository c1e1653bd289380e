print("tool", __name__, __package__)
