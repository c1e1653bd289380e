lambda x=*a: 0
