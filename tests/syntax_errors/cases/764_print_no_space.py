print"hello"
