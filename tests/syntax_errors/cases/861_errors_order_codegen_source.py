continue
break
