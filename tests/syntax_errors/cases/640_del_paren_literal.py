del ()
del (1)
