lambda a=(yield): 0
