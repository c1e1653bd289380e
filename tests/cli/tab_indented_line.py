if x:
	1 +
