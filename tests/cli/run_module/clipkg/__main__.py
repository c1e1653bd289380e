print("clipkg main", __name__, __package__)
