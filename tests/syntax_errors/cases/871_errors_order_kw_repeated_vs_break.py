f(a=1, a=1)
break
