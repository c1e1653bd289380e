def __debug__():
    break
