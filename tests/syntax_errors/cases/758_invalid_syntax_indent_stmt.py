if x:
    pass
        pass
