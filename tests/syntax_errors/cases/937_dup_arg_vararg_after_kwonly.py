def f(*__debug__, __debug__): pass
